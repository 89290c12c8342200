#include "processdefinition.h"

#include "orderscope.h"
#include "processreader.h"
#include "processvalidator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Hearth::Workflow {

namespace {

struct ActionInfo
{
    ProcessAction::Type type;
    const char *code;
};

constexpr ActionInfo actionTypes[] = {
    {ProcessAction::Type::Review, "review"},
    {ProcessAction::Type::RequestApproval, "request_approval"},
    {ProcessAction::Type::Split, "split"},
    {ProcessAction::Type::CreateTask, "create_task"},
    {ProcessAction::Type::Notify, "notify"},
    {ProcessAction::Type::SetDate, "set_date"},
    {ProcessAction::Type::CancelTasks, "cancel_tasks"},
};

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString ProcessAction::typeCode(Type type)
{
    for (const ActionInfo &info : actionTypes) {
        if (info.type == type)
            return QLatin1String(info.code);
    }
    return {};
}

std::optional<ProcessAction::Type> ProcessAction::typeFromCode(const QString &code)
{
    for (const ActionInfo &info : actionTypes) {
        if (code == QLatin1String(info.code))
            return info.type;
    }
    return std::nullopt;
}

Core::Result<bool> ProcessTransition::guardHolds(const Scope &scope) const
{
    if (when.trimmed().isEmpty())
        return true;
    return guard.test(scope);
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------

Core::Result<ProcessDefinition> ProcessDefinition::fromJson(const QJsonObject &json,
                                                            const QString &where)
{
    if (!json.contains(QLatin1String("states"))) {
        return Core::Error{tr("not a process definition: it has no \"states\""), where};
    }
    ProcessDefinition definition;
    definition.m_raw = json;
    definition.m_where = where;
    Internal::readProcess(definition, json);
    return definition;
}

Core::Result<ProcessDefinition> ProcessDefinition::fromText(const QByteArray &text,
                                                            const QString &where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on.
        const QByteArray before = text.left(std::max(0, error.offset - 1));
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1))
                                   .size()) + 1;
        return Core::Error{tr("not valid JSON at line %1, column %2: %3")
                               .arg(line)
                               .arg(column)
                               .arg(error.errorString()),
                           where};
    }
    if (!document.isObject())
        return Core::Error{tr("expected a JSON object"), where};
    return fromJson(document.object(), where);
}

Core::Result<ProcessDefinition> ProcessDefinition::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the file: %1").arg(file.errorString()), path};
    return fromText(file.readAll(), path);
}

Core::Result<QList<ProcessDefinition>> ProcessDefinition::builtIns()
{
    const QDir dir(QStringLiteral(":/hearth/processes"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Core::Error{tr("no process definitions are built in"), dir.path()};
    QList<ProcessDefinition> definitions;
    for (const QString &name : files) {
        auto definition = fromFile(dir.filePath(name));
        if (!definition)
            return definition.error();
        const QList<Core::Error> problems = definition->validate();
        if (!problems.isEmpty()) {
            Core::Error first = problems.first();
            if (problems.size() > 1)
                first.message += u' ' + tr("(and %n more)", nullptr, int(problems.size()) - 1);
            return first;
        }
        const bool twice = std::any_of(definitions.cbegin(), definitions.cend(),
                                       [&](const ProcessDefinition &d) {
                                           return d.code() == definition->code();
                                       });
        if (twice) {
            return Core::Error{tr("a second definition with the code %1")
                                   .arg(quoted(definition->code())),
                               dir.filePath(name)};
        }
        definitions.append(definition.value());
    }
    std::stable_sort(definitions.begin(), definitions.end(),
                     [](const ProcessDefinition &a, const ProcessDefinition &b) {
                         return a.priority() > b.priority();
                     });
    return definitions;
}

const ProcessDefinition *ProcessDefinition::choose(const QList<ProcessDefinition> &definitions,
                                                   const Orders::SalesOrder &order)
{
    const ProcessDefinition *best = nullptr;
    for (const ProcessDefinition &d : definitions) {
        const bool better = !best || d.priority() > best->priority()
            || (d.priority() == best->priority() && d.code() < best->code());
        if (better && d.applies(order))
            best = &d;
    }
    return best;
}

QList<Core::Error> ProcessDefinition::validate() const
{
    const QString prefix = label();
    QList<Core::Error> problems;
    auto place = [&](Core::Error e) {
        e.where = e.where.isEmpty() ? prefix : prefix + QStringLiteral(": ") + e.where;
        problems.append(e);
    };
    for (const Core::Error &e : m_problems)
        place(e);
    for (const Core::Error &e : ProcessValidator::check(*this))
        place(e);
    return problems;
}

bool ProcessDefinition::applies(const Orders::SalesOrder &order) const
{
    if (m_appliesWhenText.isEmpty())
        return false;
    const auto holds = m_appliesWhen.test(OrderScope(order));
    return holds.ok() && holds.value();
}

QString ProcessDefinition::label() const
{
    if (m_code.isEmpty())
        return m_where.isEmpty() ? tr("process") : m_where;
    return m_code + QStringLiteral(" v") + QString::number(m_version);
}

const ProcessState *ProcessDefinition::state(const QString &id) const
{
    for (const ProcessState &s : m_states) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<const ProcessTransition *> ProcessDefinition::transitionsFrom(const QString &stateId) const
{
    QList<const ProcessTransition *> out;
    for (const ProcessTransition &t : m_transitions) {
        if (t.from.contains(stateId))
            out.append(&t);
    }
    return out;
}

Core::Result<const ProcessTransition *> ProcessDefinition::next(const QString &stateId,
                                                                const QString &event,
                                                                const Scope &scope) const
{
    for (const ProcessTransition *t : transitionsFrom(stateId)) {
        if (t->event != event)
            continue;
        const auto holds = t->guardHolds(scope);
        if (!holds) {
            const int index = int(t - m_transitions.constData());
            Core::Error error = holds.error();
            error.where = label() + QStringLiteral(": transitions[") + QString::number(index)
                + QStringLiteral("].when, ") + error.where;
            return error;
        }
        if (holds.value())
            return t;
    }
    return static_cast<const ProcessTransition *>(nullptr);
}

namespace {

QJsonArray actionsJson(const QList<ProcessAction> &actions)
{
    QJsonArray out;
    for (const ProcessAction &a : actions)
        out.append(a.params);
    return out;
}

} // namespace

QJsonObject ProcessDefinition::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("code"), m_code);
    json.insert(QLatin1String("version"), m_version);
    json.insert(QLatin1String("name"), m_name);
    json.insert(QLatin1String("name_en"), m_nameEn);
    if (!m_description.isEmpty())
        json.insert(QLatin1String("description"), m_description);
    if (!m_descriptionEn.isEmpty())
        json.insert(QLatin1String("description_en"), m_descriptionEn);
    json.insert(QLatin1String("applies_when"), m_appliesWhenText);
    json.insert(QLatin1String("priority"), m_priority);
    json.insert(QLatin1String("initial"), m_initial);

    QJsonArray states;
    for (const ProcessState &s : m_states) {
        QJsonObject o{{QLatin1String("id"), s.id},
                      {QLatin1String("name"), s.name},
                      {QLatin1String("name_en"), s.nameEn},
                      {QLatin1String("status"), s.statusCode}};
        if (s.isFinal)
            o.insert(QLatin1String("final"), true);
        if (!s.onEnter.isEmpty())
            o.insert(QLatin1String("on_enter"), actionsJson(s.onEnter));
        if (s.deadline) {
            o.insert(QLatin1String("deadline"),
                     QJsonObject{{QLatin1String("working_hours"), s.deadline->workingHours},
                                 {QLatin1String("escalate"), s.deadline->escalate}});
        }
        if (!s.ui.isEmpty())
            o.insert(QLatin1String("ui"), s.ui);
        states.append(o);
    }
    json.insert(QLatin1String("states"), states);

    QJsonArray transitions;
    for (const ProcessTransition &t : m_transitions) {
        QJsonObject o;
        if (t.from.size() == 1)
            o.insert(QLatin1String("from"), t.from.first());
        else
            o.insert(QLatin1String("from"), QJsonArray::fromStringList(t.from));
        o.insert(QLatin1String("to"), t.to);
        if (!t.when.isEmpty())
            o.insert(QLatin1String("when"), t.when);
        if (!t.event.isEmpty())
            o.insert(QLatin1String("on"), t.event);
        if (!t.name.isEmpty())
            o.insert(QLatin1String("name"), t.name);
        if (!t.nameEn.isEmpty())
            o.insert(QLatin1String("name_en"), t.nameEn);
        if (!t.actions.isEmpty())
            o.insert(QLatin1String("do"), actionsJson(t.actions));
        transitions.append(o);
    }
    json.insert(QLatin1String("transitions"), transitions);
    return json;
}

QString ProcessDefinition::fingerprint() const
{
    const QByteArray body = QJsonDocument(m_raw).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QStringList ProcessDefinition::knownEvents()
{
    return {QStringLiteral("resubmit"),        QStringLiteral("approve"),
            QStringLiteral("reject"),          QStringLiteral("amend"),
            QStringLiteral("cancel"),          QStringLiteral("purchased"),
            QStringLiteral("production_done"), QStringLiteral("shipped"),
            QStringLiteral("delivered"),       QStringLiteral("installed"),
            QStringLiteral("paid"),            QStringLiteral("close"),
            QStringLiteral("reopen")};
}

QStringList ProcessDefinition::dateFields()
{
    return {QStringLiteral("promised_on")};
}

} // namespace Hearth::Workflow
