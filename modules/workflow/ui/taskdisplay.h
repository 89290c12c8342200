#pragma once

#include "workflow/taskstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Hearth::Workflow {

/// How the task screens write a task's kind, deadline, money and pool for people to read.
class TaskDisplay
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::TaskDisplay)

public:
    /// The kinds the engine creates, in the order the inbox's filter lists them.
    static QStringList kindCodes();
    /// Translated: 生产工单, 采购申请, 收款, 安装, 发货, 审批, 逾期督办; the
    /// code itself for a kind this version does not know.
    static QString kindTitle(const QString &kind);

    /// The deadline as the inbox's column says it: "逾期 2 天" / "Overdue 2 days" past due,
    /// "今天 17:00" / "明天 09:00" for today and tomorrow in the site's zone, else
    /// "05-20 18:00" (the year too when it is not now's); empty without a deadline.
    static QString dueText(const Task &task, const QDateTime &now);
    /// How long past due: "2 days", "5 hours", "20 minutes" (at least a minute).
    static QString overdueText(const QDateTime &due, const QDateTime &now);
    /// Red past due, amber for later today, invalid otherwise.
    static QColor dueColor(const Task &task, const QDateTime &now);

    /// Fen with the locale's grouping and two decimals: "12,345.60"; empty for 0.
    static QString money(qint64 fen);
    /// The status, with "escalated" added while an escalated task is still active.
    static QString statusText(const Task &task);
    /// The role's translated title (销售经理); the code for a role this version does not know.
    static QString roleTitle(const QString &roleCode);
};

} // namespace Hearth::Workflow
