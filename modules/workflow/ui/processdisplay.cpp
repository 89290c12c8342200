#include "processdisplay.h"

#include "widgets/language.h"

#include <QRegularExpression>
#include <QStringList>

namespace Hearth::Workflow {

namespace {

struct EventInfo
{
    const char *code;
    const char *title;
};

constexpr EventInfo events[] = {
    {"resubmit", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Resubmit")},
    {"approve", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Approve")},
    {"reject", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Reject")},
    {"amend", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Amend")},
    {"cancel", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Cancel")},
    {"purchased", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Purchased")},
    {"production_done",
     QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Production done")},
    {"shipped", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Shipped")},
    {"delivered", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Delivered")},
    {"installed", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Installed")},
    {"paid", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Paid")},
    {"close", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Close")},
    {"reopen", QT_TRANSLATE_NOOP("Hearth::Workflow::ProcessDisplay", "Reopen")},
};

QString pick(const QString &chinese, const QString &english)
{
    if (ProcessDisplay::english() && !english.isEmpty())
        return english;
    return chinese.isEmpty() ? english : chinese;
}

QString assigneeText(const ProcessAction &action)
{
    if (action.toOwner)
        return ProcessDisplay::tr("the order's owner");
    QStringList parts;
    if (!action.assignee.role.isEmpty())
        parts.append(action.assignee.role);
    if (!action.assignee.unitCode.isEmpty())
        parts.append(action.assignee.unitCode);
    QString text = parts.join(QStringLiteral(" @ "));
    if (!action.assignee.strategy.isEmpty())
        text += QStringLiteral(" (%1)").arg(action.assignee.strategy);
    return text;
}

} // namespace

bool ProcessDisplay::english()
{
    return Widgets::Language::installed() == QLatin1String("en");
}

QString ProcessDisplay::stateName(const ProcessState &state)
{
    const QString name = pick(state.name, state.nameEn);
    return name.isEmpty() ? state.id : name;
}

QString ProcessDisplay::processName(const ProcessDefinition &definition)
{
    const QString name = pick(definition.name(), definition.nameEn());
    return name.isEmpty() ? definition.code() : name;
}

QString ProcessDisplay::eventTitle(const QString &event)
{
    for (const EventInfo &info : events) {
        if (event == QLatin1String(info.code))
            return tr(info.title);
    }
    return event;
}

QString ProcessDisplay::deadlineText(const ProcessState &state)
{
    if (!state.deadline || state.deadline->workingHours <= 0)
        return {};
    return tr("%n working hour(s)", nullptr, state.deadline->workingHours);
}

QString ProcessDisplay::transitionLabel(const ProcessTransition &transition)
{
    const QString name = pick(transition.name, transition.nameEn);
    if (!name.isEmpty())
        return name;
    if (!transition.event.isEmpty())
        return eventTitle(transition.event);
    QString guard = transition.when.simplified();
    if (guard.isEmpty() || guard == QLatin1String("true"))
        return tr("automatic");
    if (guard.size() <= LabelLength)
        return guard;
    // Short of room, "review.outcome == 'hold'" says enough as "outcome == 'hold'".
    static const QRegularExpression prefix(QStringLiteral("\\b[a-z_]+\\.(?=[a-z_])"));
    guard.remove(prefix);
    if (guard.size() <= LabelLength)
        return guard;
    return guard.left(LabelLength - 1).trimmed() + QChar(0x2026);
}

QString ProcessDisplay::actionText(const ProcessAction &action)
{
    const QString code = ProcessAction::typeCode(action.type);
    switch (action.type) {
    case ProcessAction::Type::CreateTask:
        return QStringLiteral("%1: %2 → %3")
            .arg(code, pick(action.title, action.titleEn), assigneeText(action));
    case ProcessAction::Type::Notify:
        return QStringLiteral("%1: %2 → %3")
            .arg(code, pick(action.title, action.titleEn), assigneeText(action));
    case ProcessAction::Type::RequestApproval:
        return action.approverRoles.isEmpty()
            ? QStringLiteral("%1: %2").arg(code, action.approvalKind)
            : QStringLiteral("%1: %2 → %3")
                  .arg(code, action.approvalKind,
                       action.approverRoles.join(QStringLiteral(" → ")));
    case ProcessAction::Type::SetDate:
        return QStringLiteral("%1: %2 + %3").arg(code, action.field,
                                                 tr("%n working day(s)", nullptr,
                                                    action.workingDays));
    case ProcessAction::Type::CancelTasks:
        return action.cancelKinds.isEmpty()
            ? code
            : QStringLiteral("%1: %2").arg(code, action.cancelKinds.join(QStringLiteral(", ")));
    case ProcessAction::Type::Split:
        return action.rush ? QStringLiteral("%1 (%2)").arg(code, tr("rush")) : code;
    case ProcessAction::Type::Review:
        break;
    }
    return code;
}

QString ProcessDisplay::transitionToolTip(const ProcessDefinition &definition, int index)
{
    if (index < 0 || index >= definition.transitions().size())
        return {};
    const ProcessTransition &t = definition.transitions().at(index);
    QStringList from;
    for (const QString &id : t.from) {
        const ProcessState *s = definition.state(id);
        from.append(s ? stateName(*s) : id);
    }
    const ProcessState *to = definition.state(t.to);
    QStringList lines;
    lines.append(QStringLiteral("<b>%1 → %2</b>")
                     .arg(from.join(QStringLiteral(", ")).toHtmlEscaped(),
                          (to ? stateName(*to) : t.to).toHtmlEscaped()));
    lines.append(tr("Event: %1")
                     .arg(t.event.isEmpty()
                              ? tr("none, taken when the engine runs")
                              : QStringLiteral("%1 (%2)").arg(eventTitle(t.event), t.event)
                                    .toHtmlEscaped()));
    lines.append(tr("Condition: %1")
                     .arg(t.when.isEmpty() ? tr("none")
                                           : QStringLiteral("<code>%1</code>")
                                                 .arg(t.when.toHtmlEscaped())));
    for (const ProcessAction &a : t.actions)
        lines.append(QStringLiteral("• ") + actionText(a).toHtmlEscaped());
    lines.append(QStringLiteral("<span style=\"color:#6b7280\">transitions[%1]</span>")
                     .arg(index));
    return lines.join(QStringLiteral("<br>"));
}

QString ProcessDisplay::stateToolTip(const ProcessDefinition &definition,
                                     const ProcessState &state)
{
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b> (%2)")
                     .arg(stateName(state).toHtmlEscaped(), state.id.toHtmlEscaped()));
    if (state.id == definition.initial())
        lines.append(tr("Initial state: every order of this process starts here"));
    if (state.isFinal)
        lines.append(tr("Final state: the order's process ends here"));
    lines.append(tr("Order status shown: %1").arg(Orders::statusName(state.status)));
    if (state.deadline) {
        lines.append(state.deadline->escalate
                         ? tr("Deadline: %1, then escalated to the owner's lead")
                               .arg(deadlineText(state))
                         : tr("Deadline: %1").arg(deadlineText(state)));
    }
    for (const ProcessAction &a : state.onEnter)
        lines.append(tr("On entry: %1").arg(actionText(a).toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

QString ProcessDisplay::outcomeTitle(ReviewFinding::Outcome outcome)
{
    switch (outcome) {
    case ReviewFinding::Outcome::Pass:
        return tr("Pass");
    case ReviewFinding::Outcome::Hold:
        return tr("Hold");
    case ReviewFinding::Outcome::Approval:
        return tr("Needs approval");
    }
    return {};
}

QString ProcessDisplay::versionText(int version, bool active)
{
    return active ? tr("v%1 (active)").arg(version) : tr("v%1").arg(version);
}

} // namespace Hearth::Workflow
