#include "processvalidator.h"

#include "orderscope.h"
#include "processdefinition.h"

#include <QHash>
#include <QSet>

namespace Hearth::Workflow {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString stateAt(int index)
{
    return QStringLiteral("states[%1]").arg(index);
}

QString transitionAt(int index)
{
    return QStringLiteral("transitions[%1]").arg(index);
}

class Checker
{
public:
    explicit Checker(const ProcessDefinition &d) : m_d(d)
    {
        for (int i = 0; i < d.states().size(); ++i) {
            const QString &id = d.states().at(i).id;
            if (!id.isEmpty() && !m_index.contains(id))
                m_index.insert(id, i);
        }
    }

    QList<Core::Error> run()
    {
        checkStates();
        checkAppliesWhen();
        checkTransitions();
        checkShadowed();
        checkAutomaticLoops();
        checkGraph();
        return m_problems;
    }

private:
    void problem(const QString &where, const QString &message)
    {
        m_problems.append(Core::Error{message, where});
    }

    bool known(const QString &id) const { return m_index.contains(id); }

    /// A guard that holds for every order: none, or one that reads nothing and is true.
    bool alwaysHolds(const ProcessTransition &t) const
    {
        if (t.when.trimmed().isEmpty())
            return !t.isAutomatic();  // an automatic one without a guard is an error of its own
        if (t.guard.text().isEmpty() || !t.guard.names().isEmpty())
            return false;
        const Orders::SalesOrder none;
        const auto holds = t.guard.test(OrderScope(none));
        return holds.ok() && holds.value();
    }

    void checkStates()
    {
        const auto &states = m_d.states();
        bool anyFinal = false;
        for (int i = 0; i < states.size(); ++i) {
            const ProcessState &s = states.at(i);
            anyFinal = anyFinal || s.isFinal;
            const int first = m_index.value(s.id, i);
            if (!s.id.isEmpty() && first != i) {
                problem(stateAt(i), ProcessValidator::tr("a second state with the id %1 (the "
                                                         "first is states[%2])")
                                        .arg(quoted(s.id))
                                        .arg(first));
            }
        }
        if (!states.isEmpty() && !anyFinal) {
            problem(QString(), ProcessValidator::tr("no state is final: an order in this process "
                                                    "could never be finished"));
        }
        if (states.isEmpty())
            problem(QStringLiteral("states"), ProcessValidator::tr("the process has no states"));
        if (!m_d.initial().isEmpty() && !known(m_d.initial())) {
            problem(QStringLiteral("initial"),
                    ProcessValidator::tr("unknown state %1").arg(quoted(m_d.initial())));
        }
    }

    void checkAppliesWhen()
    {
        const Expression &when = m_d.appliesWhen();
        if (when.text().isEmpty())
            return;
        const QStringList facts = OrderScope::factNames();
        for (const QString &name : when.names()) {
            if (facts.contains(name)) {
                problem(QStringLiteral("applies_when"),
                        ProcessValidator::tr("%1 is known only once an order is in its process; "
                                             "choosing the process cannot depend on it")
                            .arg(name));
            }
        }
        if (when.neverTrue()) {
            problem(QStringLiteral("applies_when"),
                    ProcessValidator::tr("%1 can never hold: the process would apply to no order")
                        .arg(quoted(when.text())));
        }
    }

    void checkTransitions()
    {
        const auto &transitions = m_d.transitions();
        for (int i = 0; i < transitions.size(); ++i) {
            const ProcessTransition &t = transitions.at(i);
            const QString at = transitionAt(i);
            for (const QString &from : t.from) {
                if (!known(from)) {
                    problem(at + QStringLiteral(".from"),
                            ProcessValidator::tr("unknown state %1").arg(quoted(from)));
                } else if (m_d.state(from)->isFinal) {
                    problem(stateAt(m_index.value(from)),
                            ProcessValidator::tr("the final state %1 has a transition out of it "
                                                 "(%2)")
                                .arg(quoted(from), at));
                }
                if (from == t.to && t.isAutomatic()) {
                    problem(at, ProcessValidator::tr("an automatic transition from %1 back to "
                                                     "itself would repeat as long as its guard "
                                                     "holds")
                                    .arg(quoted(from)));
                }
            }
            if (!t.to.isEmpty() && !known(t.to)) {
                problem(at + QStringLiteral(".to"),
                        ProcessValidator::tr("unknown state %1").arg(quoted(t.to)));
            }
            if (!t.guard.text().isEmpty() && t.guard.neverTrue()) {
                problem(at + QStringLiteral(".when"),
                        ProcessValidator::tr("the guard %1 can never hold, so the transition is "
                                             "never taken")
                            .arg(quoted(t.when)));
            }
            for (int j = 0; j < i; ++j) {
                const ProcessTransition &o = transitions.at(j);
                if (o.from == t.from && o.to == t.to && o.event == t.event
                    && o.when.simplified() == t.when.simplified()) {
                    problem(at, ProcessValidator::tr("the same transition as transitions[%1]")
                                    .arg(j));
                    break;
                }
            }
        }
    }

    // A transition is tried only when none before it from the same state, on the same event,
    // was taken: one that always holds hides all that follow it.
    void checkShadowed()
    {
        const auto &transitions = m_d.transitions();
        QSet<int> reported;
        for (const ProcessState &s : m_d.states()) {
            QHash<QString, int> takenFirst;  // event ("" automatic) -> transition always taken
            for (int i = 0; i < transitions.size(); ++i) {
                const ProcessTransition &t = transitions.at(i);
                if (!t.from.contains(s.id))
                    continue;
                const auto first = takenFirst.constFind(t.event);
                if (first != takenFirst.constEnd()) {
                    if (!reported.contains(i)) {
                        reported.insert(i);
                        problem(transitionAt(i),
                                t.isAutomatic()
                                    ? ProcessValidator::tr("never taken: transitions[%1] always "
                                                           "goes first from %2")
                                          .arg(*first)
                                          .arg(quoted(s.id))
                                    : ProcessValidator::tr("never taken: transitions[%1] always "
                                                           "goes first from %2 on %3")
                                          .arg(*first)
                                          .arg(quoted(s.id), quoted(t.event)));
                    }
                    continue;
                }
                if (alwaysHolds(t))
                    takenFirst.insert(t.event, i);
            }
        }
    }

    // Automatic transitions that always hold and lead back to where they started would move an
    // order round for ever.
    void checkAutomaticLoops()
    {
        QHash<QString, QStringList> edges;
        for (const ProcessTransition &t : m_d.transitions()) {
            if (!t.isAutomatic() || !alwaysHolds(t))
                continue;
            for (const QString &from : t.from) {
                if (from != t.to)
                    edges[from].append(t.to);
            }
        }
        QSet<QString> reported;
        for (int i = 0; i < m_d.states().size(); ++i) {
            const QString &start = m_d.states().at(i).id;
            QStringList path{start};
            if (reported.contains(start) || !findLoop(edges, start, path))
                continue;
            for (const QString &id : path)
                reported.insert(id);
            problem(stateAt(i),
                    ProcessValidator::tr("automatic transitions that always hold go round in a "
                                         "loop (%1): an order would never stop moving")
                        .arg(path.join(QStringLiteral(" → "))));
        }
    }

    static bool findLoop(const QHash<QString, QStringList> &edges, const QString &start,
                         QStringList &path)
    {
        for (const QString &next : edges.value(path.last())) {
            if (next == start) {
                path.append(next);
                return true;
            }
            if (path.contains(next))
                continue;
            path.append(next);
            if (findLoop(edges, start, path))
                return true;
            path.removeLast();
        }
        return false;
    }

    void checkGraph()
    {
        if (!known(m_d.initial()))
            return;
        QHash<QString, QSet<QString>> forward;
        QHash<QString, QSet<QString>> backward;
        for (const ProcessTransition &t : m_d.transitions()) {
            if (!known(t.to))
                continue;
            for (const QString &from : t.from) {
                if (!known(from))
                    continue;
                forward[from].insert(t.to);
                backward[t.to].insert(from);
            }
        }
        const QSet<QString> reachable = closure(forward, {m_d.initial()});
        QSet<QString> finals;
        for (const ProcessState &s : m_d.states()) {
            if (s.isFinal)
                finals.insert(s.id);
        }
        const QSet<QString> finishing = closure(backward, finals);

        for (int i = 0; i < m_d.states().size(); ++i) {
            const ProcessState &s = m_d.states().at(i);
            if (s.id.isEmpty() || m_index.value(s.id) != i)
                continue;
            if (!reachable.contains(s.id)) {
                problem(stateAt(i), ProcessValidator::tr("state %1 cannot be reached from the "
                                                         "initial state %2")
                                        .arg(quoted(s.id), quoted(m_d.initial())));
            }
            if (s.isFinal)
                continue;
            if (forward.value(s.id).isEmpty()) {
                problem(stateAt(i), ProcessValidator::tr("state %1 is not final but has no "
                                                         "transition out of it")
                                        .arg(quoted(s.id)));
            } else if (!finals.isEmpty() && !finishing.contains(s.id)) {
                problem(stateAt(i), ProcessValidator::tr("no final state can be reached from "
                                                         "state %1")
                                        .arg(quoted(s.id)));
            }
        }
    }

    static QSet<QString> closure(const QHash<QString, QSet<QString>> &edges,
                                 const QSet<QString> &start)
    {
        QSet<QString> seen = start;
        QStringList queue(start.cbegin(), start.cend());
        while (!queue.isEmpty()) {
            const QString id = queue.takeLast();
            for (const QString &next : edges.value(id)) {
                if (!seen.contains(next)) {
                    seen.insert(next);
                    queue.append(next);
                }
            }
        }
        return seen;
    }

    const ProcessDefinition &m_d;
    QHash<QString, int> m_index;  // state id -> its first index
    QList<Core::Error> m_problems;
};

} // namespace

QList<Core::Error> ProcessValidator::check(const ProcessDefinition &definition)
{
    return Checker(definition).run();
}

} // namespace Hearth::Workflow
