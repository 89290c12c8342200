#pragma once

#include "core/result.h"
#include "orders/salesorder.h"
#include "workflow/expression.h"
#include "workflow/splitplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Workflow {

/// Something a process does when an order enters a state ("on_enter") or takes a transition
/// ("do"). The engine carries actions out; a definition only describes them.
struct ProcessAction
{
    enum class Type { Review, RequestApproval, Split, CreateTask, Notify, SetDate, CancelTasks };

    Type type = Type::Review;
    QJsonObject params;  // the action as written, "do" included

    // create_task: the task; notify: whom to tell. "assign" is a role and/or an organisation
    // unit with a strategy, or {"to": "owner"} for the order's owner.
    QString taskKind;     // "kind": what the task is (fix_order, chargeback, ...)
    QString taskKey;      // "key", or the kind: one open task per key and order
    QString title;        // "title" (Chinese) / notify: "message"
    QString titleEn;      // "title_en" / notify: "message_en"
    Assignee assignee;
    bool toOwner = false;
    int dueWorkingHours = 0;  // 0: no deadline

    // set_date
    QString field;  // "promised_on"
    int workingDays = 0;
    bool onlyIfEmpty = false;

    // request_approval: the approval's kind and, when given, the roles that approve in order
    // (otherwise those the review's findings ask for).
    QString approvalKind;  // "review" unless given
    QStringList approverRoles;

    QStringList cancelKinds;  // cancel_tasks: only these kinds of open task; empty: all
    bool rush = false;        // split: plan the work as urgent (re-makes)

    static QString typeCode(Type type);
    static std::optional<Type> typeFromCode(const QString &code);
};

/// How long an order may stay in a state, in the site's working time, and whether to escalate
/// to the owner's lead when it stays longer.
struct StateDeadline
{
    int workingHours = 0;
    bool escalate = false;
};

struct ProcessState
{
    QString id;
    QString name;    // Chinese
    QString nameEn;
    QString statusCode;  // the coarse Orders::OrderStatus shown while in this state
    Orders::OrderStatus status = Orders::OrderStatus::New;
    bool isFinal = false;
    QList<ProcessAction> onEnter;
    std::optional<StateDeadline> deadline;
    QJsonObject ui;  // free-form, for the graph editor (positions)
};

struct ProcessTransition
{
    QStringList from;  // "from" may name one state or several
    QString to;
    QString event;     // "on": taken when this event is handled; empty: on automatic runs
    QString when;      // the guard as written; empty: none
    Expression guard;  // parsed against OrderScope::schema()
    QString name;      // label of an event's button (Chinese) and its English
    QString nameEn;
    QList<ProcessAction> actions;  // "do"

    bool isAutomatic() const { return event.isEmpty(); }
    /// True when there is no guard, else the guard's value for the order.
    Core::Result<bool> guardHolds(const Scope &scope) const;
};

/// A process (流程) as data: states, the transitions between them with their guards and events,
/// and the actions that run on the way. Read from resources/processes/<code>.json or from a
/// site's stored version; an order keeps the version it started with.
class ProcessDefinition
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::ProcessDefinition)

public:
    /// Reads a definition; only input that is no process at all (no "states") is refused here.
    /// Every other problem is kept for validate(), so that an editor can show them all.
    /// where names the source ("processes/cabinetry.json") in messages about the whole input.
    static Core::Result<ProcessDefinition> fromJson(const QJsonObject &json,
                                                    const QString &where = {});
    /// The same from JSON text: a syntax error says its line and column.
    static Core::Result<ProcessDefinition> fromText(const QByteArray &text, const QString &where);
    static Core::Result<ProcessDefinition> fromFile(const QString &path);
    /// The definitions shipped in :/hearth/processes, each validated, highest priority first.
    static Core::Result<QList<ProcessDefinition>> builtIns();
    /// The definition a new order starts with: the highest priority one that applies to it.
    static const ProcessDefinition *choose(const QList<ProcessDefinition> &definitions,
                                           const Orders::SalesOrder &order);

    /// Every problem, each placed: "cabinetry v1: states[3]",
    /// "cabinetry v1: transitions[5].when, column 12". Empty when the definition can be used.
    QList<Core::Error> validate() const;

    /// Whether "applies_when" holds for the order (false when it cannot be evaluated).
    bool applies(const Orders::SalesOrder &order) const;

    QString code() const { return m_code; }
    int version() const { return m_version; }
    QString name() const { return m_name; }
    QString nameEn() const { return m_nameEn; }
    QString description() const { return m_description; }
    QString descriptionEn() const { return m_descriptionEn; }
    int priority() const { return m_priority; }
    QString initial() const { return m_initial; }
    QString appliesWhenText() const { return m_appliesWhenText; }
    const Expression &appliesWhen() const { return m_appliesWhen; }
    const QList<ProcessState> &states() const { return m_states; }
    const QList<ProcessTransition> &transitions() const { return m_transitions; }
    /// "cabinetry v1", the prefix of every problem's place.
    QString label() const;

    const ProcessState *state(const QString &id) const;
    /// The transitions out of a state, in the order they are written (the order they are tried).
    QList<const ProcessTransition *> transitionsFrom(const QString &stateId) const;
    /// The first transition out of stateId that is taken: for an empty event the first automatic
    /// one whose guard holds, else the first one on that event whose guard holds; nullptr when
    /// none. A guard that cannot be evaluated is an error.
    Core::Result<const ProcessTransition *> next(const QString &stateId, const QString &event,
                                                 const Scope &scope) const;

    /// The parsed definition written back; fromJson(toJson()) gives the same definition.
    QJsonObject toJson() const;
    /// The JSON as it was read, to be stored as the version's body.
    const QJsonObject &rawJson() const { return m_raw; }
    /// SHA-256 (hex) of the compact raw JSON, to tell stored versions apart.
    QString fingerprint() const;

    /// Events a transition may wait for ("on"): resubmit, approve, reject, amend, cancel, ...
    static QStringList knownEvents();
    /// Fields set_date may set.
    static QStringList dateFields();

private:
    friend class ProcessReader;
    friend class ProcessValidator;

    QJsonObject m_raw;
    QString m_where;
    QString m_code;
    int m_version = 0;
    QString m_name;
    QString m_nameEn;
    QString m_description;
    QString m_descriptionEn;
    int m_priority = 0;
    QString m_initial;
    QString m_appliesWhenText;
    Expression m_appliesWhen;
    QList<ProcessState> m_states;
    QList<ProcessTransition> m_transitions;
    QList<Core::Error> m_problems;  // found while reading; where is relative ("states[3].id")
};

} // namespace Hearth::Workflow
