#pragma once

#include "workflow/processdefinition.h"
#include "workflow/reviewresult.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Workflow {

/// How the process and rule pages write states, transitions, events and review outcomes for
/// people to read, in the interface's language (a definition's Chinese names, or its English
/// ones when the interface is in English).
class ProcessDisplay
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::ProcessDisplay)

public:
    static constexpr int LabelLength = 22;  // characters of a guard shown on an arrow

    /// True when names are shown in English (the interface is in English).
    static bool english();
    /// The state's name in the interface's language; its id when it has none.
    static QString stateName(const ProcessState &state);
    static QString processName(const ProcessDefinition &definition);
    /// 批准, 驳回, 改单, ...; the code itself for an event this version does not know.
    static QString eventTitle(const QString &event);
    /// "限时 8 工时" / "8 working hours"; empty without a deadline.
    static QString deadlineText(const ProcessState &state);
    /// The arrow's label: the transition's name, else its event, else "automatic" for a guard
    /// that is plain true, else the guard shortened to LabelLength characters with "…".
    static QString transitionLabel(const ProcessTransition &transition);
    /// Everything about the transition, as rich text for a tool tip.
    static QString transitionToolTip(const ProcessDefinition &definition, int index);
    static QString stateToolTip(const ProcessDefinition &definition, const ProcessState &state);
    /// One line per action: "create_task: 修改订单 → 销售 (round_robin)".
    static QString actionText(const ProcessAction &action);
    /// 通过 / 挂起 / 需审批.
    static QString outcomeTitle(ReviewFinding::Outcome outcome);
    /// "v3", with "(active)" when it is the active one.
    static QString versionText(int version, bool active);
};

} // namespace Hearth::Workflow
