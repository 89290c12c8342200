#pragma once

// A small factory in Shanghai for the scheduler and checker tests: a saw that changes boards
// (changeover 30 min, one machine), an edge bander with two, a packing table; all Monday to
// Friday 08:00-12:00 and 13:00-17:00. Monday 2 November 2026 08:00 is "now".

#include "production/plan.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Hearth::Production::TestFactory {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;

inline QTimeZone shanghai()
{
    return QTimeZone(QByteArray("Asia/Shanghai"));
}

inline qint64 at(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(t.date(), t.time(), shanghai()).toSecsSinceEpoch();
}

inline QString text(qint64 t)
{
    if (t == ProductionCalendar::NoTime)
        return "unplaced";
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toTimeZone(shanghai()).toString(
        "yyyy-MM-dd HH:mm");
}

struct Step
{
    int center;
    qint64 runMinutes;
    qint64 setupMinutes = 0;
};

struct Factory
{
    Plan plan{shanghai()};
    qint64 now = at("2026-11-02 08:00");
    int saw = -1;
    int edge = -1;
    int pack = -1;

    explicit Factory(int sawCapacity = 1, int edgeCapacity = 2, int packCapacity = 1)
    {
        const CalendarRules rules(shanghai(), {1, 2, 3, 4, 5},
                                  {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
        const ProductionCalendar cal(rules, at("2026-10-01 00:00"), at("2026-12-31 00:00"));
        saw = plan.addCenter({"saw", "SAW", "开料锯", "Saw", "cutting", sawCapacity, true,
                              30 * Minute, cal, {}});
        edge = plan.addCenter({"edge", "EDGE", "封边机", "Edge bander", "edging", edgeCapacity,
                               false, 0, cal, {}});
        pack = plan.addCenter({"pack", "PACK", "包装台", "Packing", "packing", packCapacity,
                               false, 0, cal, {}});
    }

    /// A work order due at the end of dueDate (or at deadline when given).
    int job(const QString &no, const QString &material, QDate dueDate,
            const QList<Step> &steps, int priority = 0,
            qint64 deadline = ProductionCalendar::NoTime)
    {
        PlanJob j;
        j.id = no;
        j.woNo = no;
        j.orderNo = no;
        j.material = material;
        j.colour = "白";
        j.dueDate = dueDate;
        j.deadline = deadline != ProductionCalendar::NoTime
                         ? deadline
                         : Plan::endOfDay(dueDate, shanghai());
        j.priority = priority;
        const int index = plan.addJob(j);
        int seq = 10;
        for (const Step &s : steps) {
            PlanOperation o;
            o.id = QStringLiteral("%1/%2").arg(no).arg(seq);
            o.job = index;
            o.seq = seq;
            o.center = s.center;
            o.name = plan.center(s.center).name;
            o.runSeconds = s.runMinutes * Minute;
            o.setupSeconds = s.setupMinutes * Minute;
            plan.addOperation(o);
            seq += 10;
        }
        return index;
    }

    int op(const QString &no, int seq) const
    {
        return plan.operationIndex(QStringLiteral("%1/%2").arg(no).arg(seq));
    }

    /// count work orders of cut, band, pack with random boards and due dates over two weeks.
    void generate(int count, quint32 seed)
    {
        QRandomGenerator random(seed);
        const QStringList boards = {"颗粒板", "多层板", "生态板"};
        for (int i = 0; i < count; ++i) {
            const QString no = QStringLiteral("WO-%1").arg(i, 4, 10, QLatin1Char('0'));
            const QDate due = QDate(2026, 11, 3).addDays(random.bounded(14));
            const qint64 parts = 4 + random.bounded(30);
            job(no, boards[random.bounded(int(boards.size()))], due,
                {{saw, parts * 2, 10}, {edge, parts * 3}, {pack, parts}},
                random.bounded(10) == 0 ? WorkOrder::RushPriority : WorkOrder::NormalPriority);
        }
    }
};

} // namespace Hearth::Production::TestFactory
