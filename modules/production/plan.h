#pragma once

#include "core/result.h"
#include "productioncalendar.h"
#include "workcenter.h"
#include "workorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Hearth::Production {

/// A work center as a plan sees it: capacity lanes (machines) 0 … capacity-1, its working time
/// and its outages.
struct PlanCenter
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString kind;
    int capacity = 1;
    bool setupByMaterial = false;
    qint64 changeoverSeconds = 0;
    ProductionCalendar calendar;
    QList<Outage> outages;  // lane -1: every lane
};

/// A work order as a plan sees it. deadline is when it must be done (UTC seconds): a confirmed
/// installation slot, else the end of its due day in the site's zone; NoTime for none.
struct PlanJob
{
    QString id;
    QString woNo;
    QString orderId;
    QString orderNo;
    QString workshop;
    QString material;
    QString colour;
    QDate dueDate;
    qint64 deadline = ProductionCalendar::NoTime;
    int priority = WorkOrder::NormalPriority;
    qint64 releaseAt = 0;  // nothing starts before (material arrives); 0: no limit
    QList<int> operations;  // indexes into Plan::operations(), by seq
};

/// Where an operation sits: [start, end) on a lane, UTC seconds; start NoTime when unplaced.
struct Placement
{
    qint64 start = ProductionCalendar::NoTime;
    qint64 end = ProductionCalendar::NoTime;
    int lane = -1;
    bool locked = false;

    bool operator==(const Placement &) const = default;
};

/// An operation as a plan sees it. It holds its lane from start to end; inside that span it
/// works only in its center's working time and pauses over breaks, nights and days off, and it
/// needs setup + run of working time there. Where its center changes over by material and the
/// job before it on the lane has another material or colour, the changeover comes on top: in
/// its span, or in idle working time on the lane between that job's end and its start
/// (changeoverSeconds says how long; the scheduler and PlanStore::load set it).
struct PlanOperation
{
    QString id;
    int job = -1;
    int seq = 0;
    int center = -1;
    QString name;
    qint64 runSeconds = 0;
    qint64 setupSeconds = 0;
    qint64 changeoverSeconds = 0;
    qint64 quantity = 0;
    OperationStatus status = OperationStatus::Waiting;
    qint64 start = ProductionCalendar::NoTime;
    qint64 end = ProductionCalendar::NoTime;
    int lane = -1;
    bool locked = false;
    Placement saved;  // as read from the database or last saved

    bool isPlaced() const { return start != ProductionCalendar::NoTime; }
    /// Waiting or started: it takes a lane. Done and cancelled ones do not.
    bool isActive() const
    {
        return status == OperationStatus::Waiting || status == OperationStatus::Started;
    }
    /// Kept where it is by every scheduler run: locked by a planner, or started on the floor.
    bool isFixed() const { return locked || status == OperationStatus::Started; }
    Placement placement() const { return {start, end, lane, locked}; }
};

/// A planner's drag on the Gantt chart: the operation to [start, end) on lane (-1: any free
/// lane of its center, its own first).
struct OperationMove
{
    QString operationId;
    qint64 start = 0;
    qint64 end = 0;
    int lane = -1;
    bool lock = true;  // a moved operation stays where the planner put it
};

/// How late a work order's plan is: seconds past its deadline (negative: early).
struct JobLateness
{
    int job = -1;
    qint64 finish = ProductionCalendar::NoTime;
    qint64 deadline = ProductionCalendar::NoTime;
    qint64 seconds = 0;

    bool isLate() const { return seconds > 0; }
    bool operator==(const JobLateness &) const = default;
};

/// A production plan: work centers, work orders (jobs) and their operations with where each
/// sits. Plain data with look-ups; Scheduler fills it, PlanChecker judges it, PlanStore reads
/// and writes it, the Gantt chart shows it.
class Plan
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::Plan)

public:
    Plan();
    explicit Plan(const QTimeZone &siteZone);

    QTimeZone siteZone() const { return m_siteZone; }

    /// Adds and returns the index. An operation's job and center must be added first; it goes
    /// into its job's list by seq.
    int addCenter(const PlanCenter &center);
    int addJob(const PlanJob &job);
    int addOperation(const PlanOperation &operation);

    const QList<PlanCenter> &centers() const { return m_centers; }
    const QList<PlanJob> &jobs() const { return m_jobs; }
    const QList<PlanOperation> &operations() const { return m_operations; }
    const PlanCenter &center(int i) const { return m_centers[i]; }
    PlanCenter &center(int i) { return m_centers[i]; }
    const PlanJob &job(int i) const { return m_jobs[i]; }
    PlanJob &job(int i) { return m_jobs[i]; }
    const PlanOperation &operation(int i) const { return m_operations[i]; }
    PlanOperation &operation(int i) { return m_operations[i]; }

    /// -1 when unknown.
    int centerIndex(const QString &id) const { return m_centerById.value(id, -1); }
    int jobIndex(const QString &id) const { return m_jobById.value(id, -1); }
    int operationIndex(const QString &id) const { return m_operationById.value(id, -1); }
    int jobIndexByNo(const QString &woNo) const;

    /// The operation before and after in its work order that is not done; -1 when none.
    int previousInJob(int op) const;
    int nextInJob(int op) const;
    /// The changeover an operation needs after another on the same lane (0 for none).
    qint64 changeoverAfter(int before, int op) const;
    /// Working time the operation needs with its changeover: setup + changeover + run.
    qint64 requiredSeconds(int op) const;
    /// Active placed operations on a lane, by start.
    QList<int> onLane(int center, int lane) const;

    /// The end of the job's last operation; NoTime while one that is not done is unplaced.
    qint64 finish(int job) const;
    JobLateness lateness(int job) const;
    /// Work orders that finish after their deadline, latest first.
    QList<JobLateness> lateJobs() const;
    /// The latest end of any placed active operation; NoTime for none.
    qint64 makespanEnd() const;
    int placedCount() const;
    int activeCount() const;

    /// Puts an operation where the move says, unchecked (PlanChecker::check first).
    Core::Status apply(const OperationMove &move);
    /// Widens every center's calendar to cover [from, to).
    void ensureHorizon(qint64 from, qint64 to);

    /// The deadline for a due date: the start of the next day in zone (the end of the due day).
    static qint64 endOfDay(QDate day, const QTimeZone &zone);

private:
    QTimeZone m_siteZone;
    QList<PlanCenter> m_centers;
    QList<PlanJob> m_jobs;
    QList<PlanOperation> m_operations;
    QHash<QString, int> m_centerById;
    QHash<QString, int> m_jobById;
    QHash<QString, int> m_operationById;
};

} // namespace Hearth::Production
