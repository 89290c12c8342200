#include "tasktimeline.h"

#include "taskdisplay.h"
#include "users/ui/userdisplay.h"
#include "users/userstore.h"
#include "widgets/sitetime.h"
#include "workflow/approvalstore.h"

namespace Hearth::Workflow {

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString nameOf(const QHash<QString, QString> &names, const QString &key)
{
    return names.value(key, key);
}

} // namespace

QString TaskTimeline::eventTitle(const QString &event)
{
    static constexpr std::pair<const char *, const char *> titles[] = {
        {"created", QT_TR_NOOP("Task created")},
        {"claimed", QT_TR_NOOP("Claimed")},
        {"handed_over", QT_TR_NOOP("Handed over")},
        {"started", QT_TR_NOOP("Started")},
        {"completed", QT_TR_NOOP("Completed")},
        {"cancelled", QT_TR_NOOP("Cancelled")},
        {"adjusted", QT_TR_NOOP("Changed")},
        {"commented", QT_TR_NOOP("Comment")},
        {"escalated", QT_TR_NOOP("Escalated")},
    };
    for (const auto &[code, title] : titles) {
        if (event == QLatin1String(code))
            return tr(title);
    }
    return event;
}

QList<TaskEvent> TaskTimeline::read(const Task &task, const QString &approvalRequest)
{
    if (task.id.isEmpty())
        return {};
    QHash<QString, QString> names;
    for (const Users::User &u : Users::UserStore::list()) {
        const QString name = Users::UserDisplay::name(u);
        names.insert(u.id, name);
        names.insert(u.userName, name);
    }
    // The stores file a task's changes under its order, or under the task for no order.
    const QString rowId = task.orderId.isEmpty() ? task.id : task.orderId;
    return describe(Orders::OrderRepository::timeline(rowId), task, approvalRequest, names);
}

QList<TaskEvent> TaskTimeline::describe(const QList<Orders::TimelineEntry> &entries,
                                        const Task &task, const QString &approvalRequest,
                                        const QHash<QString, QString> &userNames)
{
    QList<TaskEvent> events;
    for (const Orders::TimelineEntry &e : entries) {
        const QJsonObject &after = e.after;
        TaskEvent event{Widgets::SiteTime::formatIso(e.at), nameOf(userNames, e.user), {},
                        e.reason};
        if (e.table == QLatin1String("tasks") && field(after, "id") == task.id) {
            const QString code = field(after, "event");
            event.what = eventTitle(code);
            if (code == QLatin1String("handed_over")) {
                event.what = tr("Handed over to %1")
                                 .arg(nameOf(userNames, field(after, "assignee_id")));
            } else if (code == QLatin1String("escalated")) {
                event.what = tr("Escalated to %1")
                                 .arg(nameOf(userNames, field(after, "escalated_to")));
            } else if (code == QLatin1String("completed") && !field(after, "result").isEmpty()) {
                event.note = field(after, "result");
            }
        } else if (e.table == QLatin1String("task_comments")
                   && field(after, "task_id") == task.id) {
            event.what = eventTitle(QStringLiteral("commented"));
            event.note = field(after, "body");
        } else if (e.table == QLatin1String("approvals") && !approvalRequest.isEmpty()
                   && field(after, "request") == approvalRequest) {
            const int step = after.value(QLatin1String("step")).toInt();
            const QString role = TaskDisplay::roleTitle(field(after, "role"));
            const QString status = field(after, "status");
            if (status == QLatin1String(ApprovalStore::Approved)) {
                event.what = tr("Step %1 (%2) approved").arg(QString::number(step), role);
                event.note = field(after, "comment");
            } else if (status == QLatin1String(ApprovalStore::Rejected)) {
                event.what = tr("Step %1 (%2) rejected").arg(QString::number(step), role);
                event.note = field(after, "comment");
            } else if (status == QLatin1String(ApprovalStore::Withdrawn)) {
                event.what = tr("Step %1 (%2) withdrawn").arg(QString::number(step), role);
            } else if (status == QLatin1String(ApprovalStore::Pending)) {
                event.what = tr("Step %1 waits for %2").arg(QString::number(step), role);
            } else {
                continue;
            }
        } else {
            continue;
        }
        events.append(event);
    }
    return events;
}

} // namespace Hearth::Workflow
