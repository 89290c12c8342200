// The factory scheduler on a small plant: capacity at every instant, precedence, working time
// with pauses, changeovers and grouping by board, locked work, backward plans to the due date or
// an installation slot, repair after a breakdown or a rush order, and promise dates.

#include "schedulerfixture.h"

#include "production/planchecker.h"
#include "production/scheduler.h"

#include <QTest>

#include <set>

using namespace Hearth;
using namespace Hearth::Production;
using namespace Hearth::Production::TestFactory;

namespace {

/// Operations of a center running at instant t.
int loadAt(const Plan &plan, int center, qint64 t)
{
    int load = 0;
    for (const PlanOperation &o : plan.operations()) {
        if (o.center == center && o.isActive() && o.isPlaced() && o.start <= t && t < o.end)
            ++load;
    }
    return load;
}

QString errors(const QList<Core::Error> &list)
{
    QStringList text;
    for (const Core::Error &e : list)
        text.append(e.toString());
    return text.join('\n');
}

ScheduleOptions forwardFrom(qint64 now)
{
    ScheduleOptions o;
    o.from = now;
    return o;
}

std::vector<Placement> placements(const Plan &plan)
{
    std::vector<Placement> list;
    for (const PlanOperation &o : plan.operations())
        list.push_back(o.placement());
    return list;
}

} // namespace

class tst_Scheduler : public QObject
{
    Q_OBJECT

private slots:
    void capacityAndPrecedenceHold_data();
    void capacityAndPrecedenceHold();
    void operationPausesOverBreaksAndNights();
    void changeoversAreCountedAndLikeBoardsGrouped();
    void groupingNeverMakesAnOrderLate();
    void lockedOperationsStayPut();
    void lockedOperationsThatClashAreReported();
    void backwardPlanEndsByTheDueDate();
    void backwardPlanEndsByTheInstallationSlot();
    void backwardPlanThatCannotFitGoesForwardAndIsLate();
    void rescheduleAfterBreakdownMovesOnlyWhatItMust();
    void rushOrderGoesFirstAndLockedStays();
    void newOrdinaryOrderFillsGapsAndMovesNothing();
    void promiseDateCountsTodaysLoad();
    void checkerJudgesMoves_data();
    void checkerJudgesMoves();
    void checkerSeesNeighboursChangeover();
};

void tst_Scheduler::capacityAndPrecedenceHold_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<int>("edgeCapacity");

    QTest::newRow("40 orders forward") << 40 << 1u << false << 2;
    QTest::newRow("120 orders forward") << 120 << 7u << false << 3;
    QTest::newRow("40 orders backward") << 40 << 3u << true << 2;
    QTest::newRow("120 orders backward, one bander") << 120 << 11u << true << 1;
}

void tst_Scheduler::capacityAndPrecedenceHold()
{
    QFETCH(int, orders);
    QFETCH(quint32, seed);
    QFETCH(bool, backward);
    QFETCH(int, edgeCapacity);
    Factory f(1, edgeCapacity, 1);
    f.generate(orders, seed);
    ScheduleOptions options = forwardFrom(f.now);
    if (backward)
        options.direction = ScheduleOptions::Direction::Backward;
    const ScheduleResult r = Scheduler::plan(f.plan, options);
    QCOMPARE(r.unplaced, 0);
    QCOMPARE(r.planned, orders * 3);
    QCOMPARE(f.plan.placedCount(), orders * 3);

    // Capacity at every instant where the load can change.
    for (int c = 0; c < f.plan.centers().size(); ++c) {
        std::set<qint64> instants;
        for (const PlanOperation &o : f.plan.operations()) {
            if (o.center == c) {
                instants.insert(o.start);
                instants.insert(o.end);
            }
        }
        for (qint64 t : instants)
            QVERIFY2(loadAt(f.plan, c, t) <= f.plan.center(c).capacity,
                     qPrintable(f.plan.center(c).code + " at " + text(t)));
    }
    // Precedence, and nothing before now.
    for (const PlanJob &j : f.plan.jobs()) {
        for (qsizetype k = 0; k < j.operations.size(); ++k) {
            const PlanOperation &o = f.plan.operation(j.operations[k]);
            QVERIFY(o.start >= f.now);
            if (k > 0)
                QVERIFY2(o.start >= f.plan.operation(j.operations[k - 1]).end,
                         qPrintable(j.woNo));
        }
    }
    const QList<Core::Error> problems = PlanChecker::verify(f.plan);
    QVERIFY2(problems.isEmpty(), qPrintable(errors(problems)));
}

void tst_Scheduler::operationPausesOverBreaksAndNights()
{
    Factory f;
    f.job("A", "颗粒板", QDate(2026, 11, 6), {{f.saw, 5 * 60}, {f.pack, 6 * 60}});
    Scheduler::plan(f.plan, forwardFrom(at("2026-11-02 10:00")));
    // 10:00-12:00 and 13:00-16:00 on Monday; packing 16:00-17:00, then Tuesday to 14:00.
    QCOMPARE(text(f.plan.operation(f.op("A", 10)).start), QString("2026-11-02 10:00"));
    QCOMPARE(text(f.plan.operation(f.op("A", 10)).end), QString("2026-11-02 16:00"));
    QCOMPARE(text(f.plan.operation(f.op("A", 20)).start), QString("2026-11-02 16:00"));
    QCOMPARE(text(f.plan.operation(f.op("A", 20)).end), QString("2026-11-03 14:00"));
    // Starting on Saturday waits for Monday.
    Factory weekend;
    weekend.job("B", "颗粒板", QDate(2026, 11, 13), {{weekend.saw, 30}});
    Scheduler::plan(weekend.plan, forwardFrom(at("2026-11-07 09:00")));
    QCOMPARE(text(weekend.plan.operation(0).start), QString("2026-11-09 08:00"));
    QCOMPARE(text(weekend.plan.operation(0).end), QString("2026-11-09 08:30"));
}

void tst_Scheduler::changeoversAreCountedAndLikeBoardsGrouped()
{
    const auto build = [](Factory &f) {
        const QDate due(2026, 11, 13);
        f.job("WO-1", "颗粒板", due, {{f.saw, 60}});
        f.job("WO-2", "多层板", due, {{f.saw, 60}});
        f.job("WO-3", "颗粒板", due, {{f.saw, 60}});
        f.job("WO-4", "多层板", due, {{f.saw, 60}});
    };
    Factory plain;
    build(plain);
    ScheduleOptions noGrouping = forwardFrom(plain.now);
    noGrouping.groupingWindowsDays.clear();
    const ScheduleResult p = Scheduler::plan(plain.plan, noGrouping);
    // By number: board changes three times, 30 min each, inside the operations' time.
    QCOMPARE(p.changeovers, 3);
    QCOMPARE(p.changeoverSeconds, 3 * 30 * Minute);
    QCOMPARE(text(plain.plan.operation(plain.op("WO-4", 10)).end), QString("2026-11-02 14:30"));
    QVERIFY2(PlanChecker::verify(plain.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(plain.plan))));

    Factory grouped;
    build(grouped);
    const ScheduleResult g = Scheduler::plan(grouped.plan, forwardFrom(grouped.now));
    QCOMPARE(g.changeovers, 1);
    QCOMPARE(g.changeoverSeconds, 30 * Minute);
    QVERIFY(g.groupingWindowDays > 0);
    // The two of each board follow each other on the saw.
    const auto adjacent = [&grouped](const char *a, const char *b) {
        const PlanOperation &x = grouped.plan.operation(grouped.op(a, 10));
        const PlanOperation &y = grouped.plan.operation(grouped.op(b, 10));
        return x.end == y.start || y.end == x.start;
    };
    QVERIFY(adjacent("WO-1", "WO-3"));
    QVERIFY(adjacent("WO-2", "WO-4"));
    QCOMPARE(text(grouped.plan.makespanEnd()), QString("2026-11-02 13:30"));
    QVERIFY(g.late.isEmpty());
    QVERIFY2(PlanChecker::verify(grouped.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(grouped.plan))));
}

void tst_Scheduler::groupingNeverMakesAnOrderLate()
{
    // A1 is wanted at Monday noon, B1 on Monday, A2 on Tuesday: cutting A1 and A2 together
    // would save a board change but finish B1 on Tuesday.
    Factory f;
    f.job("A1", "颗粒板", QDate(2026, 11, 2), {{f.saw, 180}}, 0, at("2026-11-02 12:00"));
    f.job("B1", "多层板", QDate(2026, 11, 2), {{f.saw, 180}});
    f.job("A2", "颗粒板", QDate(2026, 11, 3), {{f.saw, 180}});
    const ScheduleResult r = Scheduler::plan(f.plan, forwardFrom(f.now));
    QVERIFY2(r.late.isEmpty(), qPrintable(text(f.plan.finish(f.plan.jobIndex("B1")))));
    QCOMPARE(text(f.plan.finish(f.plan.jobIndex("B1"))), QString("2026-11-02 15:30"));
    QCOMPARE(r.changeovers, 2);
}

void tst_Scheduler::lockedOperationsStayPut()
{
    Factory f;
    f.generate(20, 5);
    // A planner put WO-0007's cut on Tuesday at 09:00.
    const int locked = f.op("WO-0007", 10);
    PlanOperation &l = f.plan.operation(locked);
    l.locked = true;
    l.start = at("2026-11-03 09:00");
    l.end = f.plan.center(f.saw).calendar.addWorkingSeconds(l.start,
                                                            l.setupSeconds + l.runSeconds
                                                                + 30 * Minute);
    l.lane = 0;
    l.changeoverSeconds = 30 * Minute;
    const Placement kept = l.placement();
    const ScheduleResult r = Scheduler::plan(f.plan, forwardFrom(f.now));
    QCOMPARE(r.kept, 1);
    QCOMPARE(f.plan.operation(locked).placement(), kept);
    // The rest of its order follows it; other work goes around it.
    QVERIFY(f.plan.operation(f.op("WO-0007", 20)).start >= kept.end);
    QVERIFY2(PlanChecker::verify(f.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(f.plan))));
    QCOMPARE(r.unplaced, 0);
}

void tst_Scheduler::lockedOperationsThatClashAreReported()
{
    Factory f;
    f.job("A", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}});
    f.job("B", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}});
    for (const char *no : {"A", "B"}) {
        PlanOperation &o = f.plan.operation(f.op(no, 10));
        o.locked = true;
        o.start = at("2026-11-03 09:00");
        o.end = at("2026-11-03 10:00");
        o.lane = 0;
    }
    const ScheduleResult r = Scheduler::plan(f.plan, forwardFrom(f.now));
    QCOMPARE(r.kept, 2);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().message.contains("overlaps"),
             qPrintable(r.problems.first().toString()));
    QCOMPARE(text(f.plan.operation(f.op("B", 10)).start), QString("2026-11-03 09:00"));
    QVERIFY(!PlanChecker::verify(f.plan).isEmpty());
}

void tst_Scheduler::backwardPlanEndsByTheDueDate()
{
    Factory f;
    f.generate(30, 21);
    ScheduleOptions backward = forwardFrom(f.now);
    backward.direction = ScheduleOptions::Direction::Backward;
    const ScheduleResult r = Scheduler::plan(f.plan, backward);
    QCOMPARE(r.unplaced, 0);
    QStringList late;
    for (const JobLateness &l : r.late)
        late.append(f.plan.job(l.job).woNo + " " + text(l.finish) + " > " + text(l.deadline));
    QVERIFY2(r.late.isEmpty(), qPrintable(late.join('\n')));
    int onDueDay = 0;
    for (int j = 0; j < f.plan.jobs().size(); ++j) {
        const PlanJob &job = f.plan.job(j);
        const qint64 finish = f.plan.finish(j);
        QVERIFY2(finish <= job.deadline, qPrintable(job.woNo + " " + text(finish)));
        if (text(finish).left(10) == job.dueDate.toString(Qt::ISODate))
            ++onDueDay;
    }
    // Just in time: most orders are finished on their due day, not days early.
    QVERIFY2(onDueDay * 2 > f.plan.jobs().size(), qPrintable(QString::number(onDueDay)));
    QVERIFY2(PlanChecker::verify(f.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(f.plan))));
}

void tst_Scheduler::backwardPlanEndsByTheInstallationSlot()
{
    Factory f;
    // Due Friday, but the installers come on Wednesday at 14:00.
    f.job("A", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}, {f.edge, 90}, {f.pack, 30}}, 0,
          at("2026-11-04 14:00"));
    ScheduleOptions backward = forwardFrom(f.now);
    backward.direction = ScheduleOptions::Direction::Backward;
    Scheduler::plan(f.plan, backward);
    QCOMPARE(text(f.plan.finish(0)), QString("2026-11-04 14:00"));
    QCOMPARE(text(f.plan.operation(f.op("A", 30)).start), QString("2026-11-04 13:30"));
    // Banding 11:00-12:00 and 13:00-13:30 over lunch.
    QCOMPARE(text(f.plan.operation(f.op("A", 20)).start), QString("2026-11-04 11:00"));
    QCOMPARE(text(f.plan.operation(f.op("A", 10)).start), QString("2026-11-04 10:00"));
}

void tst_Scheduler::backwardPlanThatCannotFitGoesForwardAndIsLate()
{
    Factory f;
    f.job("A", "颗粒板", QDate(2026, 11, 2), {{f.saw, 10 * 60}});
    ScheduleOptions backward = forwardFrom(f.now);
    backward.direction = ScheduleOptions::Direction::Backward;
    const ScheduleResult r = Scheduler::plan(f.plan, backward);
    QCOMPARE(text(f.plan.operation(0).start), QString("2026-11-02 08:00"));
    QCOMPARE(text(f.plan.operation(0).end), QString("2026-11-03 10:00"));
    QCOMPARE(r.late.size(), 1);
    QCOMPARE(r.late.first().seconds, qint64(10 * Hour));  // 10:00 Tuesday vs midnight
}

void tst_Scheduler::rescheduleAfterBreakdownMovesOnlyWhatItMust()
{
    Factory f(1, 2, 1);
    f.generate(40, 9);
    Scheduler::plan(f.plan, forwardFrom(f.now));
    const std::vector<Placement> before = placements(f.plan);

    // The saw breaks down on Wednesday from 10:00 to 15:00.
    const qint64 down = at("2026-11-04 10:00");
    const qint64 up = at("2026-11-04 15:00");
    f.plan.center(f.saw).outages.append({"o1", "saw", -1, down, up, "主轴故障"});
    const ScheduleResult r = Scheduler::reschedule(f.plan, forwardFrom(f.now));
    QCOMPARE(r.unplaced, 0);
    QVERIFY2(PlanChecker::verify(f.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(f.plan))));
    QVERIFY(r.moved > 0);
    QCOMPARE(r.moved, int(std::count_if(before.begin(), before.end(),
                                        [&, i = 0](const Placement &b) mutable {
                                            return b != f.plan.operation(i++).placement();
                                        })));

    // Nothing on the saw during the breakdown; everything that ended before it is untouched.
    for (int i = 0; i < f.plan.operations().size(); ++i) {
        const PlanOperation &o = f.plan.operation(i);
        if (o.center == f.saw)
            QVERIFY(o.end <= down || o.start >= up);
        if (before[size_t(i)].end <= down)
            QVERIFY2(o.placement() == before[size_t(i)], qPrintable(o.id));
    }
    // What moved overlapped the breakdown, or had to follow something that moved.
    std::set<int> moved;
    for (int i = 0; i < f.plan.operations().size(); ++i) {
        if (f.plan.operation(i).placement() != before[size_t(i)])
            moved.insert(i);
    }
    for (int i : moved) {
        const PlanOperation &o = f.plan.operation(i);
        const Placement &b = before[size_t(i)];
        const bool overlapped = o.center == f.saw && b.start < up && down < b.end;
        const int previous = f.plan.previousInJob(i);
        const bool afterMovedInOrder = previous >= 0 && moved.count(previous) > 0;
        bool afterMovedOnMachine = false;
        for (int m : moved) {
            const PlanOperation &x = f.plan.operation(m);
            afterMovedOnMachine = afterMovedOnMachine
                                  || (x.center == o.center && before[size_t(m)].start <= b.start
                                      && x.end > b.start);
        }
        QVERIFY2(overlapped || afterMovedInOrder || afterMovedOnMachine, qPrintable(o.id));
        // Moved later, never earlier.
        QVERIFY2(o.start >= b.start, qPrintable(o.id));
    }
    // A second repair with nothing new moves nothing.
    QCOMPARE(Scheduler::reschedule(f.plan, forwardFrom(f.now)).moved, 0);
}

void tst_Scheduler::rushOrderGoesFirstAndLockedStays()
{
    Factory f;
    f.generate(15, 4);
    for (int j = 0; j < f.plan.jobs().size(); ++j)
        f.plan.job(j).priority = WorkOrder::NormalPriority;
    Scheduler::plan(f.plan, forwardFrom(f.now));
    // A planner locked one cut on Tuesday afternoon.
    const int locked = f.op("WO-0003", 10);
    f.plan.operation(locked).locked = true;
    const Placement kept = f.plan.operation(locked).placement();

    // A re-make arrives at 10:00 on Monday, due the same day.
    const qint64 now = at("2026-11-02 10:00");
    const int rush = f.job("RM-1", "多层板", QDate(2026, 11, 2),
                           {{f.saw, 30}, {f.edge, 30}, {f.pack, 15}}, WorkOrder::RushPriority);
    const ScheduleResult r = Scheduler::reschedule(f.plan, forwardFrom(now));
    QCOMPARE(r.unplaced, 0);
    QCOMPARE(f.plan.operation(locked).placement(), kept);
    QVERIFY2(!f.plan.lateness(rush).isLate(), qPrintable(text(f.plan.finish(rush))));
    QCOMPARE(text(f.plan.operation(f.plan.job(rush).operations.first()).start),
             QString("2026-11-02 10:00"));
    QVERIFY2(PlanChecker::verify(f.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(f.plan))));
}

void tst_Scheduler::newOrdinaryOrderFillsGapsAndMovesNothing()
{
    Factory f;
    f.generate(15, 12);
    Scheduler::plan(f.plan, forwardFrom(f.now));
    const std::vector<Placement> before = placements(f.plan);
    const int added = f.job("NEW", "颗粒板", QDate(2026, 11, 20), {{f.saw, 20}, {f.pack, 10}});
    const ScheduleResult r = Scheduler::reschedule(f.plan, forwardFrom(f.now));
    QCOMPARE(r.moved, 0);
    for (size_t i = 0; i < before.size(); ++i)
        QCOMPARE(f.plan.operation(int(i)).placement(), before[i]);
    QVERIFY(f.plan.finish(added) != ProductionCalendar::NoTime);
    QVERIFY(PlanChecker::verify(f.plan).isEmpty());
}

void tst_Scheduler::promiseDateCountsTodaysLoad()
{
    Factory empty;
    const int quote = empty.job("Q", "颗粒板", QDate(), {{empty.saw, 120}, {empty.pack, 60}});
    const auto idle = Scheduler::promise(empty.plan, {quote}, empty.now);
    QVERIFY(idle);
    QCOMPARE(text(idle->finish), QString("2026-11-02 11:00"));
    QCOMPARE(idle->date, QDate(2026, 11, 2));

    // The saw is booked until Wednesday noon.
    Factory busy;
    busy.job("LOAD", "颗粒板", QDate(2026, 11, 4), {{busy.saw, 20 * 60}});
    Scheduler::plan(busy.plan, forwardFrom(busy.now));
    const std::vector<Placement> before = placements(busy.plan);
    const int q = busy.job("Q", "颗粒板", QDate(), {{busy.saw, 120}, {busy.pack, 60}});
    const auto promised = Scheduler::promise(busy.plan, {q}, busy.now);
    QVERIFY2(promised, qPrintable(promised ? QString() : promised.error().toString()));
    QCOMPARE(text(promised->finish), QString("2026-11-04 16:00"));
    QCOMPARE(promised->date, QDate(2026, 11, 4));
    // Nothing was planned for it in the caller's plan.
    QVERIFY(!busy.plan.operation(busy.plan.job(q).operations.first()).isPlaced());
    for (size_t i = 0; i < before.size(); ++i)
        QCOMPARE(busy.plan.operation(int(i)).placement(), before[i]);
}

void tst_Scheduler::checkerJudgesMoves_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("lane");
    QTest::addColumn<QString>("refusal");  // empty: accepted

    // A: cut 08:00-09:00, band 09:00-10:00; B: cut 09:00-10:00 (same board), pack 10:00-10:30.
    QTest::newRow("later the same day") << "A/20" << "2026-11-02 14:00" << "2026-11-02 15:00"
                                        << -1 << "";
    QTest::newRow("stretched over lunch") << "A/20" << "2026-11-02 11:30" << "2026-11-02 13:30"
                                          << 1 << "";
    QTest::newRow("starts in the lunch break")
        << "A/20" << "2026-11-02 12:15" << "2026-11-02 14:00" << -1 << "outside the working";
    QTest::newRow("before its cut ends") << "A/20" << "2026-11-02 08:30" << "2026-11-02 09:30"
                                         << -1 << "before";
    QTest::newRow("after the pack of its order starts")
        << "B/10" << "2026-11-02 09:30" << "2026-11-02 10:30" << -1 << "after";
    QTest::newRow("onto the busy saw") << "B/10" << "2026-11-02 08:30" << "2026-11-02 09:30"
                                       << -1 << "overlap";
    QTest::newRow("too short") << "A/20" << "2026-11-02 14:00" << "2026-11-02 14:30" << -1
                               << "needs";
    QTest::newRow("no third bander") << "A/20" << "2026-11-02 14:00" << "2026-11-02 15:00"
                                     << 2 << "no machine 3";
    QTest::newRow("during the breakdown") << "A/20" << "2026-11-03 09:00" << "2026-11-03 10:00"
                                          << -1 << "out of use";
    QTest::newRow("ends before it starts") << "A/20" << "2026-11-02 15:00"
                                           << "2026-11-02 14:00" << -1 << "end before";
}

void tst_Scheduler::checkerJudgesMoves()
{
    QFETCH(QString, operation);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, lane);
    QFETCH(QString, refusal);
    Factory f;
    f.job("A", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}, {f.edge, 60}});
    f.job("B", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}, {f.pack, 30}});
    Scheduler::plan(f.plan, forwardFrom(f.now));
    QCOMPARE(text(f.plan.operation(f.op("B", 20)).start), QString("2026-11-02 10:00"));
    // Both banders are down on Tuesday morning.
    f.plan.center(f.edge).outages.append({"o", "edge", -1, at("2026-11-03 08:00"),
                                          at("2026-11-03 12:00"), "保养"});

    const OperationMove move{operation, at(start.toLatin1().constData()),
                             at(end.toLatin1().constData()), lane, true};
    int chosen = -1;
    const Core::Status s = PlanChecker::check(f.plan, move, &chosen);
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(chosen >= 0);
        QVERIFY(f.plan.apply({operation, move.start, move.end, chosen, true}));
        QVERIFY2(PlanChecker::verify(f.plan).isEmpty(),
                 qPrintable(errors(PlanChecker::verify(f.plan))));
        return;
    }
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(refusal), qPrintable(s.error().toString()));
    QVERIFY(s.error().where.contains(operation.left(1)));
}

void tst_Scheduler::checkerSeesNeighboursChangeover()
{
    // On the saw: A (颗粒板) 08:00-09:00, B (颗粒板) 09:00-10:00 with no changeover.
    Factory f;
    f.job("A", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}});
    f.job("B", "颗粒板", QDate(2026, 11, 6), {{f.saw, 60}});
    f.job("C", "多层板", QDate(2026, 11, 6), {{f.saw, 60}});
    ScheduleOptions options = forwardFrom(f.now);
    options.groupingWindowsDays.clear();
    Scheduler::plan(f.plan, options);
    QCOMPARE(text(f.plan.operation(f.op("B", 10)).end), QString("2026-11-02 10:00"));
    QCOMPARE(f.plan.operation(f.op("C", 10)).changeoverSeconds, 30 * Minute);

    // B moved right behind C (another board) needs the changeover in its own time.
    const Core::Status behind = PlanChecker::check(
        f.plan, {"B/10", at("2026-11-02 11:30"), at("2026-11-02 13:30"), 0, true});
    QVERIFY(!behind);
    QVERIFY2(behind.error().message.contains("needs 1 h 30 min"),
             qPrintable(behind.error().toString()));
    // With the machine idle from 11:30, the changeover fits before it.
    const Core::Status roomy = PlanChecker::check(
        f.plan, {"B/10", at("2026-11-02 14:00"), at("2026-11-02 15:00"), 0, true});
    QVERIFY2(roomy, qPrintable(roomy ? QString() : roomy.error().toString()));
    QVERIFY(f.plan.apply({"B/10", at("2026-11-02 14:00"), at("2026-11-02 15:00"), 0, true}));
    QVERIFY2(PlanChecker::verify(f.plan).isEmpty(),
             qPrintable(errors(PlanChecker::verify(f.plan))));
    // C right after B, with only its run time: no room for its own changeover.
    const Core::Status noChangeover = PlanChecker::check(
        f.plan, {"C/10", at("2026-11-02 15:00"), at("2026-11-02 16:00"), 0, true});
    QVERIFY(!noChangeover);
    QVERIFY2(noChangeover.error().message.contains("changeover 0 h 30 min"),
             qPrintable(noChangeover.error().toString()));
    // C moved between A and B: B (颗粒板 right after 多层板) would lose its time.
    QVERIFY(f.plan.apply({"C/10", at("2026-11-02 15:00"), at("2026-11-02 16:30"), 0, true}));
    QVERIFY(f.plan.apply({"B/10", at("2026-11-02 10:30"), at("2026-11-02 11:30"), 0, true}));
    const Core::Status squeezed = PlanChecker::check(
        f.plan, {"C/10", at("2026-11-02 09:00"), at("2026-11-02 10:30"), 0, true});
    QVERIFY(!squeezed);
    QVERIFY2(squeezed.error().message.contains("the job after it"),
             qPrintable(squeezed.error().toString()));
}

QTEST_GUILESS_MAIN(tst_Scheduler)

#include "tst_scheduler.moc"
