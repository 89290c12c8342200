#include "productioncommands.h"

#include "cliutil.h"
#include "commands.h"
#include "orders/orderrepository.h"
#include "production/planstore.h"
#include "production/productionsetup.h"
#include "production/scheduler.h"
#include "production/workordermaker.h"
#include "production/workorderstatuses.h"
#include "production/workorderstore.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QDateTime>

namespace Hearth::Cli {

namespace {

using Production::ProductionCalendar;

QTimeZone siteZone()
{
    const auto site = Workflow::WorkCalendar::load(Storage::Database::connection());
    return site ? site->timeZone()
                : Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId);
}

QString siteText(qint64 at, const QTimeZone &zone)
{
    if (at == ProductionCalendar::NoTime)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC)
        .toTimeZone(zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// --from: an ISO 8601 time; one without a zone is read on the site's clock.
std::optional<qint64> parseFrom(const QString &text, const QTimeZone &zone)
{
    if (text.isEmpty())
        return QDateTime::currentSecsSinceEpoch();
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toSecsSinceEpoch();
}

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes >= 24 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

bool ensureSetup(int *code)
{
    if (const Core::Status s = Production::ProductionSetup::ensure(Storage::Database::connection());
        !s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        *code = Failed;
        return false;
    }
    return true;
}

std::optional<QString> orderIdFor(const QString &orderNo, int *code)
{
    if (orderNo.isEmpty())
        return QString();
    const auto found = Orders::OrderRepository::loadByOrderNo(orderNo);
    if (!found) {
        err() << tr("hearthctl: no order %1").arg(orderNo) << "\n";
        *code = NotFound;
        return std::nullopt;
    }
    return found->id;
}

void printWorkOrder(const Production::WorkOrder &w, const QTimeZone &zone)
{
    qint64 start = ProductionCalendar::NoTime;
    qint64 end = ProductionCalendar::NoTime;
    for (const Production::Operation &op : w.operations) {
        if (op.plannedStart)
            start = std::min(start, *op.plannedStart);
        if (op.plannedEnd && (end == ProductionCalendar::NoTime || *op.plannedEnd > end))
            end = *op.plannedEnd;
    }
    out() << w.woNo << '\t' << w.orderNo << '\t' << w.workshop << '\t'
          << Production::WorkOrderStatuses::title(w.status) << '\t'
          << tr("%1 parts, %2 m²").arg(w.parts).arg(double(w.areaMm2) / 1e6, 0, 'f', 2) << '\t'
          << (w.material + QLatin1Char(' ') + w.colour).trimmed() << '\t'
          << (w.dueDate.isValid() ? w.dueDate.toString(Qt::ISODate) : QStringLiteral("-"))
          << '\t'
          << (w.priority > Production::WorkOrder::NormalPriority ? tr("rush") : QString())
          << '\t' << siteText(start, zone) << " → " << siteText(end, zone) << "\n";
}

} // namespace

int cmdWorkOrders(const QStringList &args)
{
    Parsed p;
    QCommandLineOption order(QStringLiteral("order"), tr("Only this order (its number)."),
                             QStringLiteral("NO"));
    QCommandLineOption all(QStringLiteral("all"), tr("Made, packed and cancelled ones too."));
    p.parser.addOptions({order, all});
    p.parser.addPositionalArgument(QStringLiteral("action"), tr("make or list"));
    int code = Ok;
    if (!parse(p, args, tr("hearthctl workorders: make work orders (工单) from the split's "
                           "work order tasks and exploded parts, or list them."),
               &code))
        return code;
    const QString action = p.parser.positionalArguments().value(0);
    if (action != QLatin1String("make") && action != QLatin1String("list")) {
        err() << tr("hearthctl workorders: give make or list") << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist) || !ensureSetup(&code))
        return code;
    const auto orderId = orderIdFor(p.parser.value(order), &code);
    if (!orderId)
        return code;
    Storage::Connection &c = Storage::Database::connection();

    if (action == QLatin1String("make")) {
        const auto made = Production::WorkOrderMaker::make(c, *orderId);
        if (!made) {
            err() << tr("hearthctl: %1").arg(made.error().toString()) << "\n";
            return Failed;
        }
        for (const Core::Error &e : made->problems)
            err() << e.toString() << "\n";
        out() << tr("%1 work order(s) made, %2 changed, %3 cancelled, %4 unchanged; %5 "
                    "problem(s).")
                     .arg(made->created)
                     .arg(made->changed)
                     .arg(made->cancelled)
                     .arg(made->unchanged)
                     .arg(made->problems.size())
              << "\n";
        return made->problems.isEmpty() ? Ok : Failed;
    }

    Production::WorkOrderFilter filter;
    filter.orderId = *orderId;
    filter.activeOnly = !p.parser.isSet(all);
    const auto list = Production::WorkOrderStore::list(c, filter);
    if (!list) {
        err() << tr("hearthctl: %1").arg(list.error().toString()) << "\n";
        return Failed;
    }
    const QTimeZone zone = siteZone();
    for (const Production::WorkOrder &w : list.value())
        printWorkOrder(w, zone);
    out() << tr("%1 work order(s).").arg(list->size()) << "\n";
    return Ok;
}

int cmdPlan(const QStringList &args)
{
    Parsed p;
    QCommandLineOption backward(QStringLiteral("backward"),
                                tr("Plan each work order as late as it can still end by its due "
                                   "date (just in time) instead of as early as it can."));
    QCommandLineOption reschedule(QStringLiteral("reschedule"),
                                  tr("Repair the saved plan (after a rush order or a breakdown), "
                                     "moving as little as it must, instead of planning afresh."));
    QCommandLineOption from(QStringLiteral("from"),
                            tr("Plan from this time instead of now: 2026-10-12T08:00:00+08:00, "
                               "or 2026-10-12 08:00 on the site's clock."),
                            QStringLiteral("DATETIME"));
    QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Plan, but save nothing."));
    QCommandLineOption promise(QStringLiteral("promise"),
                               tr("The earliest date the factory can finish this order given "
                                  "today's load; saves nothing."),
                               QStringLiteral("ORDER-NO"));
    p.parser.addOptions({backward, reschedule, from, dryRun, promise});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl plan: plan the factory (排产) with finite capacity, "
                           "work calendars and setups, and save the plan; or give a promise "
                           "date for an order."),
               &code))
        return code;
    if (p.parser.isSet(backward) && p.parser.isSet(reschedule)) {
        err() << tr("hearthctl plan: --backward plans afresh; it does not go with --reschedule")
              << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist) || !ensureSetup(&code))
        return code;
    Storage::Connection &c = Storage::Database::connection();
    const QTimeZone zone = siteZone();
    const auto now = parseFrom(p.parser.value(from), zone);
    if (!now) {
        err() << tr("hearthctl plan: --from takes a time such as 2026-10-12T08:00:00+08:00")
              << "\n";
        return Usage;
    }
    // A mistyped year would save a plan decades away and hide every late order: a saved plan
    // starts within a week before now and a year after; --dry-run may try any time.
    const QDateTime clock = QDateTime::currentDateTimeUtc();
    if (p.parser.isSet(from) && !p.parser.isSet(dryRun)
        && (*now < clock.addDays(-7).toSecsSinceEpoch()
            || *now > clock.addDays(366).toSecsSinceEpoch())) {
        err() << tr("hearthctl plan: --from %1 is more than a week before now or a year ahead; "
                    "try it with --dry-run")
                     .arg(p.parser.value(from))
              << "\n";
        return Usage;
    }

    if (p.parser.isSet(promise)) {
        const QString orderNo = p.parser.value(promise).trimmed();
        if (orderNo.isEmpty()) {
            err() << tr("hearthctl plan: --promise needs an order number") << "\n";
            return Usage;
        }
        const auto order = Orders::OrderRepository::loadByOrderNo(orderNo);
        if (!order) {
            err() << tr("hearthctl: no order %1").arg(orderNo) << "\n";
            return NotFound;
        }
        // A promise date is for work still to be made: an order shipped, installed, closed or
        // cancelled has none to give.
        using Orders::OrderStatus;
        if (order->status == OrderStatus::Shipped || order->status == OrderStatus::Installed
            || order->status == OrderStatus::Closed || order->status == OrderStatus::Cancelled) {
            err() << tr("hearthctl plan: %1 (%2): a promise date is for an order not yet made")
                         .arg(orderNo, Orders::statusName(order->status))
                  << "\n";
            return Failed;
        }
        const auto promised = Production::PlanStore::promiseForOrder(c, order->id, *now);
        if (!promised) {
            // Named by its number, not by the id the store reports it under.
            err() << tr("hearthctl: %1: %2").arg(orderNo, promised.error().message) << "\n";
            return Failed;
        }
        out() << tr("%1: the factory can finish it by %2; promise date %3.")
                     .arg(p.parser.value(promise), siteText(promised->finish, zone),
                          promised->date.toString(Qt::ISODate))
              << "\n";
        return Ok;
    }

    auto loaded = Production::PlanStore::load(c, *now);
    if (!loaded) {
        err() << tr("hearthctl: %1").arg(loaded.error().toString()) << "\n";
        return Failed;
    }
    Production::Plan &plan = loaded.value();
    Production::ScheduleOptions options;
    options.from = *now;
    if (p.parser.isSet(backward))
        options.direction = Production::ScheduleOptions::Direction::Backward;
    const Production::ScheduleResult r = p.parser.isSet(reschedule)
                                             ? Production::Scheduler::reschedule(plan, options)
                                             : Production::Scheduler::plan(plan, options);
    for (const Core::Error &e : r.problems)
        err() << e.toString() << "\n";

    int saved = 0;
    if (!p.parser.isSet(dryRun)) {
        const auto written = Production::PlanStore::save(
            c, plan, p.parser.isSet(reschedule) ? tr("rescheduled") : tr("planned"));
        if (!written) {
            err() << tr("hearthctl: %1").arg(written.error().toString()) << "\n";
            return Failed;
        }
        saved = written.value();
    }
    out() << tr("%1 operation(s) planned, %2 kept where they were, %3 moved, %4 with no room; "
                "%5 changeover(s).")
                 .arg(r.planned)
                 .arg(r.kept)
                 .arg(r.moved)
                 .arg(r.unplaced)
                 .arg(r.changeovers)
          << "\n";
    out() << tr("%1 of %2 work order(s) late; the last operation ends %3.")
                 .arg(r.late.size())
                 .arg(plan.jobs().size())
                 .arg(siteText(r.makespanEnd, zone))
          << "\n";
    for (qsizetype i = 0; i < std::min<qsizetype>(r.late.size(), 20); ++i) {
        const Production::JobLateness &l = r.late[i];
        const Production::PlanJob &job = plan.job(l.job);
        out() << "  " << job.woNo << '\t' << tr("due %1, ends %2, %3 late")
                                                 .arg(job.dueDate.toString(Qt::ISODate),
                                                      siteText(l.finish, zone),
                                                      duration(l.seconds))
              << "\n";
    }
    out() << (p.parser.isSet(dryRun) ? tr("Nothing saved (dry run).")
                                     : tr("%1 operation(s) saved.").arg(saved))
          << "\n";
    return r.unplaced == 0 ? Ok : Failed;
}

} // namespace Hearth::Cli
