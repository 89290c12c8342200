#include "taskdisplay.h"

#include "users/roles.h"
#include "widgets/sitetime.h"

#include <QLocale>

namespace Hearth::Workflow {

namespace {

struct KindName
{
    const char *code;
    const char *title;
};

// Kinds the engine and the split rules create (PlannedTask::kind, TaskStore::EscalationKind).
constexpr KindName Kinds[] = {
    {"approval", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Approval")},
    {"review", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Order review")},
    {"work_order", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Work order")},
    {"purchase", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Purchase requisition")},
    {"collection", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Payment collection")},
    {"installation", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Installation")},
    {"shipment", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Shipment")},
    {"amendment", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Order amendment")},
    {"remake", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Re-make")},
    {"fix_order", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Order to correct")},
    {"chargeback", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Charge-back")},
    {"escalation", QT_TRANSLATE_NOOP("Hearth::Workflow::TaskDisplay", "Overdue escalation")},
};

constexpr qint64 MinuteSecs = 60;
constexpr qint64 HourSecs = 60 * MinuteSecs;
constexpr qint64 DaySecs = 24 * HourSecs;

} // namespace

QStringList TaskDisplay::kindCodes()
{
    QStringList codes;
    for (const KindName &k : Kinds)
        codes.append(QLatin1String(k.code));
    return codes;
}

QString TaskDisplay::kindTitle(const QString &kind)
{
    for (const KindName &k : Kinds) {
        if (kind == QLatin1String(k.code))
            return tr(k.title);
    }
    return kind;
}

QString TaskDisplay::overdueText(const QDateTime &due, const QDateTime &now)
{
    const qint64 secs = std::max<qint64>(due.secsTo(now), MinuteSecs);
    if (secs >= DaySecs)
        return tr("%n day(s)", nullptr, int(secs / DaySecs));
    if (secs >= HourSecs)
        return tr("%n hour(s)", nullptr, int(secs / HourSecs));
    return tr("%n minute(s)", nullptr, int(secs / MinuteSecs));
}

QString TaskDisplay::dueText(const Task &task, const QDateTime &now)
{
    if (!task.dueAt.isValid())
        return {};
    if (task.isOverdue(now))
        return tr("Overdue %1").arg(overdueText(task.dueAt, now));
    const QTimeZone zone = Widgets::SiteTime::zone();
    const QDateTime due = task.dueAt.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QString time = due.toString(QStringLiteral("HH:mm"));
    if (due.date() == today)
        return tr("Today %1").arg(time);
    if (due.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(time);
    if (due.date().year() == today.year())
        return due.toString(QStringLiteral("MM-dd HH:mm"));
    return due.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QColor TaskDisplay::dueColor(const Task &task, const QDateTime &now)
{
    if (task.isOverdue(now))
        return QColor(0xb91c1c);
    const QTimeZone zone = Widgets::SiteTime::zone();
    if (task.isActive() && task.dueAt.isValid()
        && task.dueAt.toTimeZone(zone).date() == now.toTimeZone(zone).date()) {
        return QColor(0xb45309);
    }
    return {};
}

QString TaskDisplay::money(qint64 fen)
{
    if (fen == 0)
        return {};
    const QLocale locale;
    const qint64 absolute = fen < 0 ? -fen : fen;
    QString text = locale.toString(absolute / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (fen < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString TaskDisplay::statusText(const Task &task)
{
    const QString status = TaskStore::statusTitle(task.status);
    if (task.isActive() && task.escalatedAt.isValid())
        return tr("%1 · escalated").arg(status);
    return status;
}

QString TaskDisplay::roleTitle(const QString &roleCode)
{
    const std::optional<Users::Role> role = Users::Roles::fromCode(roleCode);
    return role ? Users::Roles::title(*role) : roleCode;
}

} // namespace Hearth::Workflow
