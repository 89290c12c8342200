#include "plan.h"

#include "workflow/workcalendar.h"

#include <QDateTime>

#include <algorithm>

namespace Hearth::Production {

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;

} // namespace

Plan::Plan()
    : Plan(Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId))
{}

Plan::Plan(const QTimeZone &siteZone) : m_siteZone(siteZone) {}

int Plan::addCenter(const PlanCenter &center)
{
    const int index = int(m_centers.size());
    m_centers.append(center);
    if (m_centers.last().capacity < 1)
        m_centers.last().capacity = 1;
    m_centerById.insert(center.id, index);
    return index;
}

int Plan::addJob(const PlanJob &job)
{
    const int index = int(m_jobs.size());
    m_jobs.append(job);
    m_jobs.last().operations.clear();
    m_jobById.insert(job.id, index);
    return index;
}

int Plan::addOperation(const PlanOperation &operation)
{
    const int index = int(m_operations.size());
    m_operations.append(operation);
    m_operationById.insert(operation.id, index);
    QList<int> &ops = m_jobs[operation.job].operations;
    const auto at = std::upper_bound(ops.begin(), ops.end(), operation.seq, [this](int seq, int i) {
        return seq < m_operations[i].seq;
    });
    ops.insert(at, index);
    return index;
}

int Plan::jobIndexByNo(const QString &woNo) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].woNo == woNo)
            return i;
    }
    return -1;
}

int Plan::previousInJob(int op) const
{
    const QList<int> &ops = m_jobs[m_operations[op].job].operations;
    const qsizetype at = ops.indexOf(op);
    for (qsizetype i = at - 1; i >= 0; --i) {
        if (m_operations[ops[i]].isActive())
            return ops[i];
    }
    return -1;
}

int Plan::nextInJob(int op) const
{
    const QList<int> &ops = m_jobs[m_operations[op].job].operations;
    const qsizetype at = ops.indexOf(op);
    for (qsizetype i = at + 1; i < ops.size(); ++i) {
        if (m_operations[ops[i]].isActive())
            return ops[i];
    }
    return -1;
}

qint64 Plan::changeoverAfter(int before, int op) const
{
    if (before < 0)
        return 0;
    const PlanCenter &c = m_centers[m_operations[op].center];
    if (!c.setupByMaterial)
        return 0;
    const PlanJob &a = m_jobs[m_operations[before].job];
    const PlanJob &b = m_jobs[m_operations[op].job];
    const bool known = !(a.material.isEmpty() && a.colour.isEmpty())
                       && !(b.material.isEmpty() && b.colour.isEmpty());
    return known && (a.material != b.material || a.colour != b.colour) ? c.changeoverSeconds : 0;
}

qint64 Plan::requiredSeconds(int op) const
{
    const PlanOperation &o = m_operations[op];
    return o.setupSeconds + o.changeoverSeconds + o.runSeconds;
}

QList<int> Plan::onLane(int center, int lane) const
{
    QList<int> ops;
    for (int i = 0; i < m_operations.size(); ++i) {
        const PlanOperation &o = m_operations[i];
        if (o.center == center && o.lane == lane && o.isActive() && o.isPlaced())
            ops.append(i);
    }
    std::sort(ops.begin(), ops.end(), [this](int a, int b) {
        return m_operations[a].start != m_operations[b].start
                   ? m_operations[a].start < m_operations[b].start
                   : m_operations[a].end < m_operations[b].end;
    });
    return ops;
}

qint64 Plan::finish(int job) const
{
    qint64 latest = NoTime;
    for (int op : m_jobs[job].operations) {
        const PlanOperation &o = m_operations[op];
        if (!o.isActive())
            continue;
        if (!o.isPlaced())
            return NoTime;
        latest = latest == NoTime ? o.end : std::max(latest, o.end);
    }
    return latest;
}

JobLateness Plan::lateness(int job) const
{
    JobLateness l;
    l.job = job;
    l.finish = finish(job);
    l.deadline = m_jobs[job].deadline;
    if (l.finish != NoTime && l.deadline != NoTime)
        l.seconds = l.finish - l.deadline;
    return l;
}

QList<JobLateness> Plan::lateJobs() const
{
    QList<JobLateness> late;
    for (int j = 0; j < m_jobs.size(); ++j) {
        const JobLateness l = lateness(j);
        if (l.isLate())
            late.append(l);
    }
    std::sort(late.begin(), late.end(), [](const JobLateness &a, const JobLateness &b) {
        return a.seconds > b.seconds;
    });
    return late;
}

qint64 Plan::makespanEnd() const
{
    qint64 latest = NoTime;
    for (const PlanOperation &o : m_operations) {
        if (o.isActive() && o.isPlaced())
            latest = latest == NoTime ? o.end : std::max(latest, o.end);
    }
    return latest;
}

int Plan::placedCount() const
{
    return int(std::count_if(m_operations.begin(), m_operations.end(), [](const PlanOperation &o) {
        return o.isActive() && o.isPlaced();
    }));
}

int Plan::activeCount() const
{
    return int(std::count_if(m_operations.begin(), m_operations.end(),
                             [](const PlanOperation &o) { return o.isActive(); }));
}

Core::Status Plan::apply(const OperationMove &move)
{
    const int op = operationIndex(move.operationId);
    if (op < 0)
        return Core::Error{tr("the operation is not in the plan"), move.operationId};
    PlanOperation &o = m_operations[op];
    o.start = move.start;
    o.end = move.end;
    if (move.lane >= 0)
        o.lane = move.lane;
    o.locked = move.lock;
    return {};
}

void Plan::ensureHorizon(qint64 from, qint64 to)
{
    for (PlanCenter &c : m_centers)
        c.calendar.extend(from, to);
}

qint64 Plan::endOfDay(QDate day, const QTimeZone &zone)
{
    if (!day.isValid())
        return NoTime;
    return QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace Hearth::Production
