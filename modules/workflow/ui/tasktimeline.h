#pragma once

#include "orders/orderrepository.h"
#include "workflow/taskstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Hearth::Workflow {

/// One thing that happened to a task, in words: when (site time), who, what, and the reason
/// or text that came with it.
struct TaskEvent
{
    QString when;
    QString who;
    QString what;
    QString note;

    bool operator==(const TaskEvent &) const = default;
};

/// The task's part of its order's timeline (the audit trail the stores write): the task's own
/// changes, its comments and, for an approval task, the steps of its approval request.
class TaskTimeline
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::TaskTimeline)

public:
    /// Reads the entries and describes them, oldest first.
    static QList<TaskEvent> read(const Task &task, const QString &approvalRequest = {});
    /// userNames maps user ids and login names to display names; names not in it show as
    /// they are.
    static QList<TaskEvent> describe(const QList<Orders::TimelineEntry> &entries,
                                     const Task &task, const QString &approvalRequest,
                                     const QHash<QString, QString> &userNames);
    /// Translated: created -> 创建, handed_over -> 转交, ...; the code for an unknown event.
    static QString eventTitle(const QString &event);
};

} // namespace Hearth::Workflow
