// bench_factory_plan: the factory scheduler on a plant-sized plan — 40 work centers (cutting,
// edge banding, boring, sorting, assembly, painting, packing and outsourcing lines, two-shift
// calendars with a night span past midnight, day shifts with Saturday overtime, a public
// holiday) and about 20,000 operations of generated work orders (seeded: routings of four to six
// steps by workshop, boards and colours for changeovers, due dates over six weeks, a few rush
// re-makes and locked operations). It times a full forward plan (with the trial groupings by
// board), a backward plan and a repair after a breakdown, against a plain list scheduler run
// in the same process: due-date order, earliest free machine, no calendar, no setups.
//
//   bench_factory_plan [--operations N] [--seed S]

#include "benchreport.h"

#include "production/planchecker.h"
#include "production/scheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Hearth;
using namespace Hearth::Production;
using namespace Hearth::Bench;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Day = 86400;

struct Options
{
    int operations = 20'000;
    quint32 seed = 20261102;
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--operations"))
            o.operations = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            o.seed = args[i + 1].toUInt();
    }
    return o;
}

QTimeZone shanghai()
{
    return QTimeZone(QByteArray("Asia/Shanghai"));
}

qint64 siteTime(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), shanghai()).toSecsSinceEpoch();
}

struct CenterKind
{
    const char *code;
    const char *name;
    const char *kind;
    int count;
    int capacity;
    bool twoShifts;
    qint64 changeover;  // by board; 0: none
    qint64 perPart;     // seconds of run time per part
};

// Lines of each kind: 40 work centers in all.
const CenterKind kinds[] = {
    {"CUT", "开料", "cutting", 6, 2, true, 15 * Minute, 40},
    {"EDGE", "封边", "edging", 6, 2, true, 10 * Minute, 45},
    {"BORE", "排钻", "boring", 6, 2, false, 0, 35},
    {"SORT", "分拣", "sorting", 5, 3, false, 0, 12},
    {"ASSY", "组装", "assembly", 5, 4, false, 0, 150},
    {"PAINT", "喷涂", "painting", 4, 1, false, 30 * Minute, 60},
    {"PACK", "包装", "packing", 6, 3, false, 0, 20},
    {"OUT", "委外", "outsourced", 2, 10, false, 0, 300},
};

/// Index of the first center of each kind in the plan.
struct Plant
{
    Plan plan{shanghai()};
    std::vector<int> first;
    std::vector<int> count;
};

Plant buildPlant(qint64 from)
{
    Plant p;
    CalendarRules twoShifts(shanghai(), {1, 2, 3, 4, 5, 6},
                            CalendarRules::parseHours(
                                QStringLiteral("08:00-12:00,13:00-17:00,19:00-23:00,23:30-03:30"))
                                .value());
    CalendarRules day(shanghai(), {1, 2, 3, 4, 5},
                      CalendarRules::parseHours(QStringLiteral("08:30-12:00,13:30-18:00"))
                          .value());
    // Saturday overtime on the day shift, and a public holiday for everyone.
    for (int week = 0; week < 10; ++week)
        day.setDay({QDate(2026, 11, 7).addDays(7 * week),
                    CalendarRules::parseHours(QStringLiteral("08:30-12:00")).value(),
                    QStringLiteral("加班")});
    for (CalendarRules *r : {&twoShifts, &day})
        r->setDay({QDate(2027, 1, 1), {}, QStringLiteral("元旦")});
    const ProductionCalendar twoShiftCalendar(twoShifts, from - 2 * Day, from + 30 * Day);
    const ProductionCalendar dayCalendar(day, from - 2 * Day, from + 30 * Day);
    const ProductionCalendar outsourced(CalendarRules::continuous(shanghai()), from - 2 * Day,
                                        from + 30 * Day);
    for (const CenterKind &k : kinds) {
        p.first.push_back(int(p.plan.centers().size()));
        p.count.push_back(k.count);
        for (int i = 0; i < k.count; ++i) {
            PlanCenter c;
            c.code = QStringLiteral("%1-%2").arg(QLatin1String(k.code)).arg(i + 1, 2, 10,
                                                                            QLatin1Char('0'));
            c.id = c.code;
            c.name = QString::fromUtf8(k.name) + QString::number(i + 1);
            c.kind = QLatin1String(k.kind);
            c.capacity = k.capacity;
            c.setupByMaterial = k.changeover > 0;
            c.changeoverSeconds = k.changeover;
            c.calendar = QLatin1String(k.kind) == QLatin1String("outsourced") ? outsourced
                         : k.twoShifts                                        ? twoShiftCalendar
                                                                              : dayCalendar;
            p.plan.addCenter(c);
        }
    }
    return p;
}

/// Work orders with routings by workshop until the plan holds about `operations` operations.
void generate(Plant &p, const Options &o, qint64 from)
{
    QRandomGenerator random(o.seed);
    // Kind indexes into kinds[] per workshop routing.
    const std::vector<std::vector<int>> routings = {
        {0, 1, 2, 3, 6},     // carcasses
        {0, 1, 2, 4, 6},     // drawer units, assembled
        {0, 1, 2, 5, 6},     // lacquered doors
        {0, 1, 2, 3, 7, 6},  // with an outsourced step
        {4, 6},              // finished furniture
    };
    const QStringList boards = {QStringLiteral("颗粒板"), QStringLiteral("多层板"),
                                QStringLiteral("生态板"), QStringLiteral("密度板")};
    const QStringList colours = {QStringLiteral("暖白"), QStringLiteral("胡桃木"),
                                 QStringLiteral("灰橡"), QStringLiteral("象牙白"),
                                 QStringLiteral("黑胡桃")};
    const QDate today = QDateTime::fromSecsSinceEpoch(from, Qt::UTC)
                            .toTimeZone(shanghai())
                            .date();
    int made = 0;
    for (int n = 0; made < o.operations; ++n) {
        const auto &routing = routings[size_t(random.bounded(int(routings.size())))];
        PlanJob j;
        j.woNo = QStringLiteral("WO-SO%1").arg(n, 8, 10, QLatin1Char('0'));
        j.id = j.woNo;
        j.material = boards[random.bounded(int(boards.size()))];
        j.colour = colours[random.bounded(int(colours.size()))];
        j.dueDate = today.addDays(3 + random.bounded(40));
        j.deadline = Plan::endOfDay(j.dueDate, shanghai());
        j.priority = random.bounded(50) == 0 ? WorkOrder::RushPriority : 0;
        const int job = p.plan.addJob(j);
        const qint64 parts = 6 + random.bounded(40);
        int seq = 10;
        for (int kind : routing) {
            PlanOperation op;
            op.id = QStringLiteral("%1/%2").arg(j.woNo).arg(seq);
            op.job = job;
            op.seq = seq;
            op.center = p.first[size_t(kind)] + random.bounded(p.count[size_t(kind)]);
            op.name = QString::fromUtf8(kinds[kind].name);
            op.runSeconds = kinds[kind].perPart * parts;
            op.setupSeconds = kinds[kind].changeover > 0 ? 5 * Minute : 0;
            op.quantity = parts;
            p.plan.addOperation(op);
            seq += 10;
            ++made;
        }
    }
}

/// The reference: due-date order, each operation on the machine of its center that frees first,
/// after the operation before it; time runs without calendar, setups or changeovers.
double listSchedule(const Plan &plan, qint64 from, qint64 *makespan)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::vector<qint64>> freeAt(size_t(plan.centers().size()));
    for (int c = 0; c < plan.centers().size(); ++c)
        freeAt[size_t(c)].assign(size_t(plan.center(c).capacity), from);
    std::vector<int> order(size_t(plan.jobs().size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&plan](int a, int b) {
        return plan.job(a).deadline < plan.job(b).deadline;
    });
    qint64 latest = from;
    for (int j : order) {
        qint64 ready = from;
        for (int op : plan.job(j).operations) {
            const PlanOperation &o = plan.operation(op);
            auto &machines = freeAt[size_t(o.center)];
            const auto machine = std::min_element(machines.begin(), machines.end());
            const qint64 start = std::max(ready, *machine);
            ready = start + o.runSeconds;
            *machine = ready;
        }
        latest = std::max(latest, ready);
    }
    *makespan = latest;
    return double(timer.nsecsElapsed()) / 1e9;
}

QString siteText(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
        .toTimeZone(shanghai())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseArguments(app.arguments());
    const qint64 from = siteTime(QDate(2026, 11, 2), 8);

    Plant plant = buildPlant(from);
    generate(plant, options, from);
    Plan &plan = plant.plan;
    // A planner has locked a few cuts in the first week.
    QRandomGenerator random(options.seed + 1);
    for (int locked = 0; locked < 20;) {
        const int j = random.bounded(int(plan.jobs().size()));
        PlanOperation &o = plan.operation(plan.job(j).operations.first());
        const ProductionCalendar &cal = plan.center(o.center).calendar;
        const int lane = random.bounded(plan.center(o.center).capacity);
        const qint64 start = cal.nextWorkingInstant(from + qint64(random.bounded(5 * 24)) * 3600);
        const qint64 end = cal.addWorkingSeconds(start, o.setupSeconds + o.runSeconds
                                                            + plan.center(o.center)
                                                                  .changeoverSeconds);
        const bool clash = std::any_of(plan.operations().begin(), plan.operations().end(),
                                       [&](const PlanOperation &x) {
                                           return x.locked && x.center == o.center
                                                  && x.lane == lane && x.start < end
                                                  && start < x.end;
                                       });
        if (o.locked || clash)
            continue;
        o.locked = true;
        o.lane = lane;
        o.start = start;
        o.end = end;
        ++locked;
    }
    Report::note(QStringLiteral("%1 operations of %2 work orders on %3 work centers")
                     .arg(plan.operations().size())
                     .arg(plan.jobs().size())
                     .arg(plan.centers().size()));

    qint64 referenceEnd = 0;
    double reference = listSchedule(plan, from, &referenceEnd);
    for (int i = 0; i < 4; ++i)
        reference = std::min(reference, listSchedule(plan, from, &referenceEnd));

    ScheduleOptions forward;
    forward.from = from;
    QElapsedTimer timer;
    timer.start();
    const ScheduleResult result = Scheduler::plan(plan, forward);
    const double planSeconds = double(timer.nsecsElapsed()) / 1e9;
    Report::versus(QStringLiteral("factory_plan_s"), planSeconds,
                   QStringLiteral("list_schedule_no_calendar_s"), reference, QStringLiteral("s"));
    Report::note(QStringLiteral("forward: %1 planned, %2 kept, %3 unplaced, %4 late, "
                                "%5 changeovers, grouping %6 days, makespan end %7 "
                                "(list schedule without calendar %8)")
                     .arg(result.planned)
                     .arg(result.kept)
                     .arg(result.unplaced)
                     .arg(result.late.size())
                     .arg(result.changeovers)
                     .arg(result.groupingWindowDays)
                     .arg(siteText(result.makespanEnd), siteText(referenceEnd)));

    timer.restart();
    const QList<Core::Error> violations = PlanChecker::verify(plan);
    Report::note(QStringLiteral("checker: %1 rule(s) broken in %2 s")
                     .arg(violations.size())
                     .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 3));
    for (qsizetype i = 0; i < std::min<qsizetype>(violations.size(), 5); ++i)
        Report::note(violations[i].toString());

    // A breakdown of the busiest cutting line on the second day, repaired.
    plan.center(0).outages.append({QStringLiteral("bench"), plan.center(0).id, -1, from + Day,
                                   from + Day + 6 * 3600, QStringLiteral("主轴故障")});
    timer.restart();
    const ScheduleResult repaired = Scheduler::reschedule(plan, forward);
    const double repairSeconds = double(timer.nsecsElapsed()) / 1e9;
    Report::versus(QStringLiteral("factory_reschedule_s"), repairSeconds,
                   QStringLiteral("list_schedule_no_calendar_s"), reference, QStringLiteral("s"));
    Report::note(QStringLiteral("repair after a 6 h breakdown: %1 of %2 operations moved")
                     .arg(repaired.moved)
                     .arg(plan.placedCount()));

    ScheduleOptions backward = forward;
    backward.direction = ScheduleOptions::Direction::Backward;
    timer.restart();
    const ScheduleResult back = Scheduler::plan(plan, backward);
    Report::versus(QStringLiteral("factory_plan_backward_s"), double(timer.nsecsElapsed()) / 1e9,
                   QStringLiteral("list_schedule_no_calendar_s"), reference, QStringLiteral("s"));
    Report::note(QStringLiteral("backward: %1 late, %2 unplaced").arg(back.late.size())
                     .arg(back.unplaced));
    return violations.isEmpty() && result.unplaced == 0 ? 0 : 1;
}
