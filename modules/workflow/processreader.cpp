// Reading a process definition's JSON, leniently: every problem is noted with its place and
// reading goes on, so that validate() can list them all.

#include "processreader.h"

#include "orderscope.h"
#include "processdefinition.h"
#include "users/roles.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Hearth::Workflow {

namespace {

bool isCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(text).hasMatch();
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString joinPath(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

QString indexed(const QString &where, int index)
{
    return where + u'[' + QString::number(index) + u']';
}

QString statusCodes()
{
    QStringList codes;
    for (int s = int(Orders::OrderStatus::New); s <= int(Orders::OrderStatus::Cancelled); ++s)
        codes.append(Orders::statusCode(Orders::OrderStatus(s)));
    return codes.join(QStringLiteral(", "));
}

} // namespace

/// Reads the JSON into a definition, noting each problem where it is found.
class ProcessReader
{
public:
    explicit ProcessReader(ProcessDefinition &definition) : m_d(definition) {}

    void read(const QJsonObject &json)
    {
        unknownFields(json,
                      {"code", "version", "name", "name_en", "description", "description_en",
                       "applies_when", "priority", "initial", "states", "transitions"},
                      QString());
        m_d.m_code = text(json, "code", QString(), true);
        if (!m_d.m_code.isEmpty() && !isCode(m_d.m_code)) {
            problem(QStringLiteral("code"),
                    ProcessDefinition::tr("the code %1 may hold only lower-case letters, digits "
                                          "and _, starting with a letter")
                        .arg(quoted(m_d.m_code)));
        }
        m_d.m_version = integer(json, "version", QString(), 1).value_or(0);
        if (!json.contains(QLatin1String("version")))
            missing(QString(), QStringLiteral("version"));
        m_d.m_name = text(json, "name", QString(), true);
        m_d.m_nameEn = text(json, "name_en", QString(), true);
        m_d.m_description = text(json, "description", QString(), false);
        m_d.m_descriptionEn = text(json, "description_en", QString(), false);
        m_d.m_priority = integer(json, "priority", QString(), std::nullopt).value_or(0);
        m_d.m_initial = text(json, "initial", QString(), true);
        m_d.m_appliesWhenText = text(json, "applies_when", QString(), true);
        if (!m_d.m_appliesWhenText.isEmpty()) {
            m_d.m_appliesWhen = guard(m_d.m_appliesWhenText, QStringLiteral("applies_when"));
        }

        const QJsonArray states = array(json, "states", QString());
        for (int i = 0; i < states.size(); ++i)
            m_d.m_states.append(readState(states.at(i), indexed(QStringLiteral("states"), i)));
        const QJsonArray transitions = array(json, "transitions", QString());
        for (int i = 0; i < transitions.size(); ++i) {
            m_d.m_transitions.append(
                readTransition(transitions.at(i), indexed(QStringLiteral("transitions"), i)));
        }
    }

private:
    void problem(const QString &where, const QString &message)
    {
        m_d.m_problems.append(Core::Error{message, where});
    }

    void missing(const QString &where, const QString &key)
    {
        problem(where, ProcessDefinition::tr("%1 is missing").arg(quoted(key)));
    }

    void unknownFields(const QJsonObject &object, std::initializer_list<const char *> known,
                       const QString &where)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) {
                return it.key() == QLatin1String(k);
            });
            if (!isKnown) {
                QStringList names;
                for (const char *k : known)
                    names.append(QLatin1String(k));
                problem(where, ProcessDefinition::tr("unknown field %1; known here: %2")
                                   .arg(quoted(it.key()), names.join(QStringLiteral(", "))));
            }
        }
    }

    QString text(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(where, QLatin1String(key));
            return {};
        }
        if (!v.isString()) {
            problem(joinPath(where, QLatin1String(key)), ProcessDefinition::tr("expected text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(joinPath(where, QLatin1String(key)), ProcessDefinition::tr("is empty"));
        return v.toString();
    }

    std::optional<int> integer(const QJsonObject &object, const char *key, const QString &where,
                               std::optional<int> minimum)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        const bool whole = v.isDouble() && std::floor(d) == d && std::abs(d) < 1e9;
        if (!whole || (minimum && d < *minimum)) {
            problem(joinPath(where, QLatin1String(key)),
                    minimum ? ProcessDefinition::tr("expected a whole number from %1")
                                  .arg(*minimum)
                            : ProcessDefinition::tr("expected a whole number"));
            return std::nullopt;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &object, const char *key, const QString &where)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            problem(joinPath(where, QLatin1String(key)),
                    ProcessDefinition::tr("expected true or false"));
        }
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &object, const char *key, const QString &where)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined()) {
            missing(where, QLatin1String(key));
            return {};
        }
        if (!v.isArray()) {
            problem(joinPath(where, QLatin1String(key)), ProcessDefinition::tr("expected a list"));
            return {};
        }
        return v.toArray();
    }

    QStringList textList(const QJsonValue &v, const QString &where)
    {
        QStringList texts;
        if (!v.isArray()) {
            problem(where, ProcessDefinition::tr("expected a list of texts"));
            return texts;
        }
        const QJsonArray items = v.toArray();
        for (int i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                problem(indexed(where, i), ProcessDefinition::tr("expected text"));
            else
                texts.append(items.at(i).toString());
        }
        return texts;
    }

    Expression guard(const QString &text, const QString &where)
    {
        const auto parsed = Expression::parse(text, OrderScope::schema());
        if (!parsed) {
            problem(where + QStringLiteral(", ") + parsed.error().where, parsed.error().message);
            return {};
        }
        if (parsed->type() != ValueType::Bool && parsed->type() != ValueType::Any) {
            problem(where, ProcessDefinition::tr("%1 is a value, not a condition: it should be "
                                                 "true or false")
                               .arg(quoted(text)));
        }
        return parsed.value();
    }

    ProcessState readState(const QJsonValue &value, const QString &where)
    {
        ProcessState state;
        if (!value.isObject()) {
            problem(where, ProcessDefinition::tr("expected a state: an object with an \"id\""));
            return state;
        }
        const QJsonObject o = value.toObject();
        unknownFields(o, {"id", "name", "name_en", "status", "final", "on_enter", "deadline",
                          "ui"},
                      where);
        state.id = text(o, "id", where, true);
        if (!state.id.isEmpty() && !isCode(state.id)) {
            problem(joinPath(where, QStringLiteral("id")),
                    ProcessDefinition::tr("the id %1 may hold only lower-case letters, digits "
                                          "and _, starting with a letter")
                        .arg(quoted(state.id)));
        }
        state.name = text(o, "name", where, true);
        state.nameEn = text(o, "name_en", where, true);
        state.statusCode = text(o, "status", where, true);
        if (!state.statusCode.isEmpty()) {
            if (const auto status = Orders::statusFromCode(state.statusCode)) {
                state.status = *status;
            } else {
                problem(joinPath(where, QStringLiteral("status")),
                        ProcessDefinition::tr("unknown status %1; use one of %2")
                            .arg(quoted(state.statusCode), statusCodes()));
            }
        }
        state.isFinal = boolean(o, "final", where);
        if (o.contains(QLatin1String("on_enter")))
            state.onEnter = readActions(o.value(QLatin1String("on_enter")),
                                        joinPath(where, QStringLiteral("on_enter")));
        if (o.contains(QLatin1String("deadline")))
            state.deadline = readDeadline(o.value(QLatin1String("deadline")),
                                          joinPath(where, QStringLiteral("deadline")));
        if (o.contains(QLatin1String("ui"))) {
            if (!o.value(QLatin1String("ui")).isObject())
                problem(joinPath(where, QStringLiteral("ui")),
                        ProcessDefinition::tr("expected an object"));
            state.ui = o.value(QLatin1String("ui")).toObject();
        }
        return state;
    }

    std::optional<StateDeadline> readDeadline(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            problem(where, ProcessDefinition::tr("expected an object with \"working_hours\""));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        unknownFields(o, {"working_hours", "escalate"}, where);
        StateDeadline deadline;
        if (!o.contains(QLatin1String("working_hours")))
            missing(where, QStringLiteral("working_hours"));
        deadline.workingHours = integer(o, "working_hours", where, 1).value_or(0);
        deadline.escalate = boolean(o, "escalate", where);
        return deadline;
    }

    ProcessTransition readTransition(const QJsonValue &value, const QString &where)
    {
        ProcessTransition t;
        if (!value.isObject()) {
            problem(where, ProcessDefinition::tr("expected a transition: an object with "
                                                 "\"from\" and \"to\""));
            return t;
        }
        const QJsonObject o = value.toObject();
        unknownFields(o, {"from", "to", "when", "on", "do", "name", "name_en"}, where);
        const QJsonValue from = o.value(QLatin1String("from"));
        if (from.isString())
            t.from = QStringList{from.toString()};
        else if (from.isArray())
            t.from = textList(from, joinPath(where, QStringLiteral("from")));
        else if (from.isUndefined())
            missing(where, QStringLiteral("from"));
        else
            problem(joinPath(where, QStringLiteral("from")),
                    ProcessDefinition::tr("expected a state's id or a list of them"));
        if (from.isArray() && t.from.isEmpty() && from.toArray().isEmpty()) {
            problem(joinPath(where, QStringLiteral("from")),
                    ProcessDefinition::tr("the list of states is empty"));
        }
        t.to = text(o, "to", where, true);
        t.when = text(o, "when", where, false);
        t.event = text(o, "on", where, false);
        t.name = text(o, "name", where, false);
        t.nameEn = text(o, "name_en", where, false);
        if (!o.contains(QLatin1String("when")) && !o.contains(QLatin1String("on"))) {
            problem(where, ProcessDefinition::tr("a transition needs \"when\" (a guard for "
                                                 "automatic runs), \"on\" (an event) or both"));
        }
        if (o.contains(QLatin1String("when")) && t.when.trimmed().isEmpty()
            && o.value(QLatin1String("when")).isString()) {
            problem(joinPath(where, QStringLiteral("when")),
                    ProcessDefinition::tr("the guard is empty; write true for none"));
        } else if (!t.when.isEmpty()) {
            t.guard = guard(t.when, joinPath(where, QStringLiteral("when")));
        }
        if (!t.event.isEmpty() && !ProcessDefinition::knownEvents().contains(t.event)) {
            problem(joinPath(where, QStringLiteral("on")),
                    ProcessDefinition::tr("unknown event %1; known events: %2")
                        .arg(quoted(t.event),
                             ProcessDefinition::knownEvents().join(QStringLiteral(", "))));
        }
        if (o.contains(QLatin1String("do")))
            t.actions = readActions(o.value(QLatin1String("do")),
                                    joinPath(where, QStringLiteral("do")));
        return t;
    }

    QList<ProcessAction> readActions(const QJsonValue &value, const QString &where)
    {
        QList<ProcessAction> actions;
        if (!value.isArray()) {
            problem(where, ProcessDefinition::tr("expected a list of actions"));
            return actions;
        }
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            if (auto action = readAction(items.at(i), indexed(where, i)))
                actions.append(*action);
        }
        return actions;
    }

    std::optional<ProcessAction> readAction(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            problem(where, ProcessDefinition::tr("expected an action: an object with \"do\""));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const QString code = text(o, "do", where, true);
        const auto type = ProcessAction::typeFromCode(code);
        if (!type) {
            if (!code.isEmpty()) {
                QStringList codes;
                for (int t = 0; t <= int(ProcessAction::Type::CancelTasks); ++t)
                    codes.append(ProcessAction::typeCode(ProcessAction::Type(t)));
                problem(joinPath(where, QStringLiteral("do")),
                        ProcessDefinition::tr("unknown action %1; use one of %2")
                            .arg(quoted(code), codes.join(QStringLiteral(", "))));
            }
            return std::nullopt;
        }
        ProcessAction action;
        action.type = *type;
        action.params = o;
        switch (*type) {
        case ProcessAction::Type::Review:
            unknownFields(o, {"do"}, where);
            break;
        case ProcessAction::Type::Split:
            unknownFields(o, {"do", "rush"}, where);
            action.rush = boolean(o, "rush", where);
            break;
        case ProcessAction::Type::RequestApproval:
            readApproval(o, where, action);
            break;
        case ProcessAction::Type::CreateTask:
            readTask(o, where, action);
            break;
        case ProcessAction::Type::Notify:
            unknownFields(o, {"do", "assign", "message", "message_en"}, where);
            readAssign(o, where, action);
            action.title = text(o, "message", where, true);
            action.titleEn = text(o, "message_en", where, true);
            break;
        case ProcessAction::Type::SetDate:
            readSetDate(o, where, action);
            break;
        case ProcessAction::Type::CancelTasks:
            unknownFields(o, {"do", "kinds"}, where);
            if (o.contains(QLatin1String("kinds")))
                action.cancelKinds = textList(o.value(QLatin1String("kinds")),
                                              joinPath(where, QStringLiteral("kinds")));
            break;
        }
        return action;
    }

    void readApproval(const QJsonObject &o, const QString &where, ProcessAction &action)
    {
        unknownFields(o, {"do", "kind", "roles"}, where);
        action.approvalKind = text(o, "kind", where, false);
        if (action.approvalKind.isEmpty())
            action.approvalKind = QStringLiteral("review");
        if (!o.contains(QLatin1String("roles")))
            return;
        const QString rolesWhere = joinPath(where, QStringLiteral("roles"));
        action.approverRoles = textList(o.value(QLatin1String("roles")), rolesWhere);
        for (int i = 0; i < action.approverRoles.size(); ++i)
            checkRole(action.approverRoles.at(i), indexed(rolesWhere, i));
    }

    void readTask(const QJsonObject &o, const QString &where, ProcessAction &action)
    {
        unknownFields(o, {"do", "kind", "key", "title", "title_en", "assign", "due_working_hours"},
                      where);
        action.taskKind = text(o, "kind", where, true);
        if (!action.taskKind.isEmpty() && !isCode(action.taskKind)) {
            problem(joinPath(where, QStringLiteral("kind")),
                    ProcessDefinition::tr("the kind %1 may hold only lower-case letters, digits "
                                          "and _, starting with a letter")
                        .arg(quoted(action.taskKind)));
        }
        action.taskKey = text(o, "key", where, false);
        if (action.taskKey.isEmpty())
            action.taskKey = action.taskKind;
        action.title = text(o, "title", where, true);
        action.titleEn = text(o, "title_en", where, true);
        readAssign(o, where, action);
        action.dueWorkingHours = integer(o, "due_working_hours", where, 0).value_or(0);
    }

    void readSetDate(const QJsonObject &o, const QString &where, ProcessAction &action)
    {
        unknownFields(o, {"do", "field", "working_days", "only_if_empty"}, where);
        action.field = text(o, "field", where, true);
        if (!action.field.isEmpty() && !ProcessDefinition::dateFields().contains(action.field)) {
            problem(joinPath(where, QStringLiteral("field")),
                    ProcessDefinition::tr("set_date cannot set %1; it sets %2")
                        .arg(quoted(action.field),
                             ProcessDefinition::dateFields().join(QStringLiteral(", "))));
        }
        if (!o.contains(QLatin1String("working_days")))
            missing(where, QStringLiteral("working_days"));
        action.workingDays = integer(o, "working_days", where, 0).value_or(0);
        action.onlyIfEmpty = boolean(o, "only_if_empty", where);
    }

    void checkRole(const QString &role, const QString &where)
    {
        if (Users::Roles::fromCode(role))
            return;
        QStringList codes;
        for (const Users::Role r : Users::Roles::all())
            codes.append(Users::Roles::code(r));
        problem(where, ProcessDefinition::tr("unknown role %1; roles are %2")
                           .arg(quoted(role), codes.join(QStringLiteral(", "))));
    }

    void readAssign(const QJsonObject &o, const QString &where, ProcessAction &action)
    {
        const QJsonValue value = o.value(QLatin1String("assign"));
        const QString at = joinPath(where, QStringLiteral("assign"));
        if (value.isUndefined()) {
            missing(where, QStringLiteral("assign"));
            return;
        }
        if (!value.isObject()) {
            problem(at, ProcessDefinition::tr("expected an object with \"role\", \"unit\" or "
                                              "\"to\""));
            return;
        }
        const QJsonObject a = value.toObject();
        unknownFields(a, {"role", "unit", "to", "strategy"}, at);
        action.assignee.role = text(a, "role", at, false);
        action.assignee.unitCode = text(a, "unit", at, false);
        const QString to = text(a, "to", at, false);
        action.assignee.strategy = text(a, "strategy", at, false);
        if (!action.assignee.role.isEmpty())
            checkRole(action.assignee.role, joinPath(at, QStringLiteral("role")));
        if (!to.isEmpty()) {
            action.toOwner = to == QLatin1String("owner");
            if (!action.toOwner) {
                problem(joinPath(at, QStringLiteral("to")),
                        ProcessDefinition::tr("%1 is not someone a task can go to; write "
                                              "\"owner\" for the order's owner")
                            .arg(quoted(to)));
            } else if (!action.assignee.role.isEmpty() || !action.assignee.unitCode.isEmpty()) {
                problem(at, ProcessDefinition::tr("\"to\": \"owner\" goes to one person; it "
                                                  "cannot be joined with a role or unit"));
            }
        } else if (action.assignee.role.isEmpty() && action.assignee.unitCode.isEmpty()) {
            problem(at, ProcessDefinition::tr("say whom: a \"role\", a \"unit\", both, or "
                                              "\"to\": \"owner\""));
        }
        const QString strategy = action.assignee.strategy;
        if (!strategy.isEmpty() && strategy != QLatin1String("round_robin")
            && strategy != QLatin1String("least_open")) {
            problem(joinPath(at, QStringLiteral("strategy")),
                    ProcessDefinition::tr("unknown strategy %1; use round_robin or least_open")
                        .arg(quoted(strategy)));
        }
        if (strategy.isEmpty() && !action.toOwner)
            action.assignee.strategy = QStringLiteral("round_robin");
    }

    ProcessDefinition &m_d;
};

void Internal::readProcess(ProcessDefinition &definition, const QJsonObject &json)
{
    ProcessReader(definition).read(json);
}

} // namespace Hearth::Workflow
