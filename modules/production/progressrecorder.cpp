#include "progressrecorder.h"

#include "productionhandoff.h"
#include "shopfloorcode.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QUuid>

namespace Hearth::Production {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;

namespace {

Core::Error dbError(Statement &q, const char *table)
{
    const QString message = q.error();
    q.reset();
    return Core::Error{message, QString::fromLatin1(table)};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Runs one event's writes under a savepoint, so that an error part-way leaves none of them
/// in the caller's transaction.
class Savepoint
{
public:
    explicit Savepoint(Connection &c) : m_c(c)
    {
        m_ok = m_c.execScript(QStringLiteral("SAVEPOINT progress_event")).ok();
    }
    ~Savepoint()
    {
        if (m_ok && !m_released)
            m_c.execScript(QStringLiteral(
                "ROLLBACK TO progress_event; RELEASE progress_event"));
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isValid() const { return m_ok; }
    Core::Status release()
    {
        m_released = true;
        return m_c.execScript(QStringLiteral("RELEASE progress_event"));
    }

private:
    Connection &m_c;
    bool m_ok = false;
    bool m_released = false;
};

/// The operation of a work order at a station that a report of this kind goes to: the first
/// one that can take it, else the one whose state explains the refusal.
QString pickOperation(const QList<OperationProgress> &atStation,
                      std::optional<ProgressKind> kind)
{
    const auto first = [&atStation](const char *status) -> const OperationProgress * {
        for (const OperationProgress &op : atStation) {
            if (op.status == QLatin1String(status))
                return &op;
        }
        return nullptr;
    };
    const OperationProgress *op = nullptr;
    if (kind == ProgressKind::Start) {
        op = first("waiting");
        if (!op)
            op = first("started");
    } else if (kind == ProgressKind::Report || kind == ProgressKind::Finish) {
        op = first("started");
        if (!op)
            op = first("waiting");
    } else {
        op = first("started");
        if (!op)
            op = first("waiting");
    }
    if (!op && !atStation.isEmpty())
        op = &atStation.last();
    return op ? op->id : QString();
}

} // namespace

struct ProgressRecorder::Resolved
{
    ScanTarget target;
    QString stationCode;
    QString stationName;
    QList<OperationProgress> atStation;  // the work order's operations there, in sequence
};

ProgressRecorder::ProgressRecorder(Connection &connection)
    : m_c(connection), m_zone(ProgressQuery::siteZone(connection))
{
}

Core::Status ProgressRecorder::checkWorkOrderOpen(const WorkOrderProgress &w) const
{
    if (w.status == u"cancelled")
        return Core::Error{tr("%1 is cancelled: it takes no progress").arg(w.woNo), {}};
    if (w.orderStatus == u"cancelled")
        return Core::Error{tr("%1 belongs to order %2, which is cancelled").arg(w.woNo, w.orderNo),
                           {}};
    if (w.orderStatus == u"deleted")
        return Core::Error{tr("%1 belongs to an order that was deleted").arg(w.woNo), {}};
    return {};
}

Core::Result<ProgressRecorder::Resolved>
ProgressRecorder::resolveCode(const QString &stationId, const QString &code,
                              const QString &contextWorkOrderId, bool needOperation)
{
    const ShopfloorCode parsed = ShopfloorCode::parse(code);
    if (parsed.kind() == ShopfloorCode::Kind::Station
        || parsed.kind() == ShopfloorCode::Kind::Command) {
        return Core::Error{tr("\"%1\" is a station or command code: scan a work order or part")
                               .arg(parsed.text()),
                           {}};
    }
    if (!parsed.isValid())
        return Core::Error{parsed.error(), {}};
    if (stationId.isEmpty())
        return Core::Error{tr("choose this desk's station first"), {}};

    Resolved r;
    Statement &station = m_c.prepare(
        "SELECT code, name FROM work_centers WHERE id = ? AND deleted = 0");
    station.bind(1, stationId);
    if (!station.next()) {
        if (station.failed())
            return dbError(station, "work_centers");
        station.reset();
        return Core::Error{tr("no work center with id %1").arg(stationId), {}};
    }
    r.stationCode = station.text(0);
    r.stationName = station.text(1);
    station.reset();

    if (parsed.kind() == ShopfloorCode::Kind::WorkOrder) {
        auto w = ProgressQuery::workOrderByNo(m_c, parsed.value());
        if (!w)
            return w.error();
        r.target.workOrder = w.value();
    } else {
        Statement &part = m_c.prepare(
            "SELECT p.name, p.quantity, COALESCE(s.order_no, ''), w.id FROM order_parts p "
            "LEFT JOIN sales_orders s ON s.id = p.order_id "
            "LEFT JOIN work_orders w ON w.order_id = p.order_id AND w.task_key = p.task_key "
            "  AND w.deleted = 0 WHERE p.id = ?");
        part.bind(1, parsed.value());
        if (!part.next()) {
            if (part.failed())
                return dbError(part, "order_parts");
            part.reset();
            return Core::Error{tr("no part %1 here: the label belongs to another site or to a "
                                  "removed order").arg(parsed.value()),
                               {}};
        }
        r.target.partId = parsed.value();
        r.target.partName = part.text(0);
        r.target.partQuantity = int(part.int64(1));
        const QString orderNo = part.text(2);
        const QString workOrderId = part.text(3);
        part.reset();
        if (workOrderId.isEmpty()) {
            return Core::Error{tr("part %1 of order %2 has no work order yet")
                                   .arg(r.target.partName, orderNo),
                               {}};
        }
        auto w = ProgressQuery::workOrder(m_c, workOrderId);
        if (!w)
            return w.error();
        r.target.workOrder = w.value();
        if (!contextWorkOrderId.isEmpty() && contextWorkOrderId != workOrderId) {
            auto shown = ProgressQuery::workOrder(m_c, contextWorkOrderId);
            const QString shownNo = shown ? shown->woNo : contextWorkOrderId;
            return Core::Error{tr("part %1 belongs to %2 of order %3, not to %4 on this station: "
                                  "scan %2 to work on it")
                                   .arg(r.target.partName, r.target.workOrder.woNo,
                                        r.target.workOrder.orderNo, shownNo),
                               {}};
        }
    }

    const WorkOrderProgress &w = r.target.workOrder;
    if (Core::Status open = checkWorkOrderOpen(w); !open)
        return open.error();
    QStringList route;
    for (const OperationProgress &op : w.operations) {
        if (op.status == u"cancelled")
            continue;
        route.append(tr("%1 %2 at %3").arg(op.seq).arg(op.name, op.workCenterCode));
        if (op.workCenterId == stationId)
            r.atStation.append(op);
    }
    if (r.atStation.isEmpty() && needOperation) {
        const QString station = QStringLiteral("%1 %2").arg(r.stationCode, r.stationName);
        if (route.isEmpty())
            return Core::Error{tr("%1 has no operations").arg(w.woNo), {}};
        return Core::Error{tr("%1 has no operation at station %2 (its operations: %3)")
                               .arg(w.woNo, station.trimmed(), route.join(QStringLiteral(", "))),
                           {}};
    }
    return r;
}

Core::Result<ScanTarget> ProgressRecorder::resolve(const QString &stationId, const QString &code,
                                                   std::optional<ProgressKind> kind)
{
    auto r = resolveCode(stationId, code, QString(), kind != ProgressKind::Pack);
    if (!r)
        return r.error();
    ScanTarget target = r->target;
    target.operationId = pickOperation(r->atStation, kind);
    return target;
}

Core::Result<ProgressOutcome> ProgressRecorder::record(const ProgressScan &scan)
{
    if (scan.scanId.isEmpty())
        return Core::Error{tr("a scan needs the desk's scan id"), {}};

    Statement &seen = m_c.prepare("SELECT 1 FROM production_events WHERE source_key = ?");
    seen.bind(1, scan.scanId);
    const bool repeated = seen.next();
    seen.reset();
    ProgressEvent event;
    event.kind = scan.kind;
    event.sourceKey = scan.scanId;
    if (repeated)
        return record(event);

    auto r = resolveCode(scan.stationId, scan.code, scan.workOrderId,
                         scan.kind != ProgressKind::Pack);
    if (!r)
        return r.error();
    const QString operationId = pickOperation(r->atStation, scan.kind);
    const OperationProgress *op = r->target.workOrder.operation(operationId);

    event.workOrderId = r->target.workOrder.id;
    event.operationId = scan.kind == ProgressKind::Pack ? QString() : operationId;
    event.partId = r->target.partId;
    event.good = scan.good;
    event.scrap = scan.scrap;
    event.station = r->stationCode;
    event.userId = scan.userId;
    event.at = scan.at.isValid() ? scan.at : QDateTime::currentDateTimeUtc();
    event.source = QStringLiteral("scan");
    if (scan.finishWhenComplete && scan.kind == ProgressKind::Report && op
        && op->good + op->scrap + scan.good + scan.scrap == op->quantity) {
        event.kind = ProgressKind::Finish;
    }

    Storage::Transaction tx(m_c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy: scan again"), {}};
    QStringList warnings;
    if (scan.startIfWaiting && op && op->status == u"waiting"
        && (event.kind == ProgressKind::Report || event.kind == ProgressKind::Finish)) {
        ProgressEvent start = event;
        start.kind = ProgressKind::Start;
        start.good = 0;
        start.scrap = 0;
        start.sourceKey = scan.scanId + QStringLiteral(":start");
        auto started = apply(start);
        if (!started)
            return started.error();
        warnings += started->warnings;
    }
    auto outcome = apply(event);
    if (!outcome)
        return outcome;
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    outcome.value().warnings = warnings + outcome->warnings;
    handOff(outcome.value());
    return outcome;
}

Core::Result<ProgressOutcome> ProgressRecorder::record(const ProgressEvent &event)
{
    Storage::Transaction tx(m_c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy: try again"), {}};
    auto outcome = apply(event);
    if (!outcome)
        return outcome;
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    handOff(outcome.value());
    return outcome;
}

void ProgressRecorder::handOff(ProgressOutcome &outcome)
{
    if (outcome.repeated || outcome.workOrder.id.isEmpty())
        return;
    const auto handed = ProductionHandoff::afterProgress(m_c, outcome.workOrder.id);
    if (!handed) {
        outcome.warnings.append(handed.error().toString());
        return;
    }
    if (!handed->message.isEmpty())
        outcome.message += QStringLiteral("; ") + handed->message;
}

Core::Result<ProgressOutcome> ProgressRecorder::recordInTransaction(const ProgressEvent &event)
{
    return apply(event);
}

Core::Result<ProgressOutcome> ProgressRecorder::apply(const ProgressEvent &event)
{
    if (event.sourceKey.isEmpty())
        return Core::Error{tr("a production event needs a source key"), {}};

    ProgressOutcome outcome;
    Statement &existing = m_c.prepare(
        "SELECT id, work_order_id, COALESCE(operation_id, '') FROM production_events "
        "WHERE source_key = ?");
    existing.bind(1, event.sourceKey);
    if (existing.next()) {
        outcome.repeated = true;
        outcome.eventId = existing.text(0);
        const QString workOrderId = existing.text(1);
        outcome.operationId = existing.text(2);
        existing.reset();
        auto w = ProgressQuery::workOrder(m_c, workOrderId);
        if (!w)
            return w.error();
        outcome.workOrder = w.value();
        outcome.message = tr("%1: this scan was recorded before; nothing new").arg(w->woNo);
        return outcome;
    }
    if (existing.failed())
        return dbError(existing, "production_events");
    existing.reset();

    if (event.good < 0 || event.scrap < 0)
        return Core::Error{tr("good and scrap cannot be negative"), QStringLiteral("good")};
    if (!event.userId.isEmpty()) {
        Statement &user = m_c.prepare("SELECT 1 FROM users WHERE id = ?");
        user.bind(1, event.userId);
        const bool known = user.next();
        user.reset();
        if (!known)
            return Core::Error{tr("no user with id %1").arg(event.userId),
                               QStringLiteral("user")};
    }

    QString workOrderId = event.workOrderId;
    if (!event.operationId.isEmpty()) {
        Statement &owner = m_c.prepare(
            "SELECT work_order_id FROM operations WHERE id = ? AND deleted = 0");
        owner.bind(1, event.operationId);
        if (!owner.next()) {
            owner.reset();
            return Core::Error{tr("no operation with id %1").arg(event.operationId), {}};
        }
        workOrderId = owner.text(0);
        owner.reset();
    } else if (event.kind != ProgressKind::Pack) {
        return Core::Error{tr("a %1 event needs its operation")
                               .arg(ProgressQuery::kindCode(event.kind)),
                           {}};
    }
    auto loaded = ProgressQuery::workOrder(m_c, workOrderId);
    if (!loaded)
        return loaded.error();
    const WorkOrderProgress &w = loaded.value();
    if (Core::Status open = checkWorkOrderOpen(w); !open)
        return open.error();
    const QDateTime at = event.at.isValid() ? event.at.toUTC()
                                            : QDateTime::currentDateTimeUtc();

    const OperationProgress *op = w.operation(event.operationId);
    QString newOperationStatus;
    QString newWorkOrderStatus;
    if (event.kind == ProgressKind::Pack) {
        if (w.status == u"packed")
            return Core::Error{tr("%1 is already packed").arg(w.woNo), {}};
        if (w.status != u"made") {
            int done = 0;
            int count = 0;
            for (const OperationProgress &o : w.operations) {
                if (o.status == u"cancelled")
                    continue;
                ++count;
                done += o.status == u"done" ? 1 : 0;
            }
            return Core::Error{tr("%1 is not made yet: %2 of %3 operations finished")
                                   .arg(w.woNo)
                                   .arg(done)
                                   .arg(count),
                               {}};
        }
        newWorkOrderStatus = QStringLiteral("packed");
    } else {
        const QString label = tr("%1 operation %2 (%3)").arg(w.woNo).arg(op->seq).arg(op->name);
        if (!event.station.isEmpty() && event.station != op->workCenterCode) {
            return Core::Error{tr("%1 runs at %2, not at %3")
                                   .arg(label, op->workCenterCode, event.station),
                               QStringLiteral("station")};
        }
        if (op->status == u"cancelled")
            return Core::Error{tr("%1 is cancelled").arg(label), {}};
        if (op->status == u"done") {
            return Core::Error{tr("%1 is already finished (%2 good, %3 scrap)")
                                   .arg(label)
                                   .arg(op->good)
                                   .arg(op->scrap),
                               {}};
        }
        const OperationProgress *previous = nullptr;
        for (const OperationProgress &o : w.operations) {
            if (o.seq < op->seq && o.status != u"cancelled")
                previous = &o;
        }

        if (event.kind == ProgressKind::Start) {
            if (op->status == u"started") {
                return Core::Error{tr("%1 was already started at %2: report its quantities or "
                                      "finish it")
                                       .arg(label, ProgressQuery::formatTime(op->actualStart,
                                                                             m_zone)),
                                   {}};
            }
            if (event.good != 0 || event.scrap != 0)
                return Core::Error{tr("a start reports no quantities: report them after"),
                                   QStringLiteral("good")};
            if (previous && previous->good == 0) {
                return Core::Error{tr("%1 cannot start: the operation before it, %2 (%3), has "
                                      "no good parts yet")
                                       .arg(label)
                                       .arg(previous->seq)
                                       .arg(previous->name),
                                   {}};
            }
            newOperationStatus = QStringLiteral("started");
            if (w.status == u"planned" || w.status == u"released")
                newWorkOrderStatus = QStringLiteral("started");
        } else {
            if (op->status != u"started")
                return Core::Error{tr("%1 has not been started: scan start first").arg(label), {}};
            if (at < op->actualStart) {
                return Core::Error{tr("%1 cannot take a %2 at %3: it started later, at %4")
                                       .arg(label, ProgressQuery::kindLabel(event.kind),
                                            ProgressQuery::formatTime(at, m_zone),
                                            ProgressQuery::formatTime(op->actualStart, m_zone)),
                                   QStringLiteral("at")};
            }
            if (event.kind == ProgressKind::Report && event.good == 0 && event.scrap == 0)
                return Core::Error{tr("report a good or scrap quantity for %1").arg(label),
                                   QStringLiteral("good")};
            const int before = op->good + op->scrap;
            if (qint64(before) + event.good + event.scrap > op->quantity) {
                if (before == 0) {
                    return Core::Error{tr("good %1 + scrap %2 exceeds the %3 parts of %4")
                                           .arg(event.good)
                                           .arg(event.scrap)
                                           .arg(op->quantity)
                                           .arg(label),
                                       QStringLiteral("good")};
                }
                return Core::Error{tr("good %1 + scrap %2 exceeds the %3 parts left of %4: %5 "
                                      "of its %6 parts are reported already")
                                       .arg(event.good)
                                       .arg(event.scrap)
                                       .arg(op->quantity - before)
                                       .arg(label)
                                       .arg(before)
                                       .arg(op->quantity),
                                   QStringLiteral("good")};
            }
            if (!event.partId.isEmpty()) {
                Statement &part = m_c.prepare(
                    "SELECT p.name, p.quantity, p.order_id = ?2 AND p.task_key = ?3, "
                    "(SELECT COALESCE(SUM(good_qty + scrap_qty), 0) FROM production_events e "
                    " WHERE e.work_order_id = ?5 AND e.operation_id = ?4 AND e.part_id = p.id "
                    " AND e.kind IN ('report', 'finish')) FROM order_parts p WHERE p.id = ?1");
                part.bind(1, event.partId).bind(2, w.orderId).bind(3, w.taskKey);
                part.bind(4, op->id).bind(5, w.id);
                if (!part.next()) {
                    part.reset();
                    return Core::Error{tr("no part %1 here").arg(event.partId),
                                       QStringLiteral("part")};
                }
                const QString partName = part.text(0);
                const qint64 partQuantity = part.int64(1);
                const bool ours = part.int64(2) != 0;
                const qint64 reported = part.int64(3);
                part.reset();
                if (!ours)
                    return Core::Error{tr("part %1 is not one of %2").arg(partName, w.woNo),
                                       QStringLiteral("part")};
                if (reported + event.good + event.scrap > partQuantity) {
                    return Core::Error{tr("part %1 is already reported at %2: %3 of %4")
                                           .arg(partName, label)
                                           .arg(reported)
                                           .arg(partQuantity),
                                       QStringLiteral("part")};
                }
            }
            const int after = before + event.good + event.scrap;
            if (previous && after > previous->good) {
                outcome.warnings.append(tr("%1 has %2 parts reported, more than the %3 good "
                                           "parts of operation %4 (%5) so far")
                                            .arg(label)
                                            .arg(after)
                                            .arg(previous->good)
                                            .arg(previous->seq)
                                            .arg(previous->name));
            }
            if (event.kind == ProgressKind::Finish) {
                newOperationStatus = QStringLiteral("done");
                if (after < op->quantity) {
                    outcome.warnings.append(tr("%1 finished with %2 of its %3 parts reported: "
                                               "%4 missing")
                                                .arg(label)
                                                .arg(after)
                                                .arg(op->quantity)
                                                .arg(op->quantity - after));
                }
                bool allDone = true;
                const OperationProgress *last = nullptr;
                for (const OperationProgress &o : w.operations) {
                    if (o.status == u"cancelled")
                        continue;
                    last = &o;
                    if (o.id != op->id && o.status != u"done")
                        allDone = false;
                }
                if (allDone) {
                    newWorkOrderStatus = last && last->workCenterKind == u"packing"
                                             ? QStringLiteral("packed")
                                             : QStringLiteral("made");
                }
            }
        }
    }

    Savepoint savepoint(m_c);
    if (!savepoint.isValid())
        return Core::Error{tr("the database is busy: try again"), {}};
    const QString now = ProgressQuery::isoUtc(QDateTime::currentDateTimeUtc());
    const QString eventId = newId();
    const QString hlc = Storage::Database::clock().now();
    Statement &insert = m_c.prepare(
        "INSERT INTO production_events(id, hlc, work_order_id, operation_id, part_id, kind, "
        "good_qty, scrap_qty, station, user_id, at, source, source_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString station = !event.station.isEmpty() ? event.station
                            : op                      ? op->workCenterCode
                                                      : QString();
    insert.bind(1, eventId)
        .bind(2, hlc)
        .bind(3, w.id)
        .bind(4, event.operationId.isEmpty() ? QString() : event.operationId)
        .bind(5, event.partId.isEmpty() ? QString() : event.partId)
        .bind(6, ProgressQuery::kindCode(event.kind))
        .bind(7, event.good)
        .bind(8, event.scrap)
        .bind(9, station.isEmpty() ? QString() : station)
        .bind(10, event.userId.isEmpty() ? QString() : event.userId)
        .bind(11, ProgressQuery::isoUtc(at))
        .bind(12, event.source.isEmpty() ? QStringLiteral("scan") : event.source)
        .bind(13, event.sourceKey)
        .bind(14, now);
    if (!insert.exec())
        return dbError(insert, "production_events");
    insert.reset();

    QJsonObject doc{{QStringLiteral("id"), eventId},
                    {QStringLiteral("work_order_id"), w.id},
                    {QStringLiteral("wo_no"), w.woNo},
                    {QStringLiteral("kind"), ProgressQuery::kindCode(event.kind)},
                    {QStringLiteral("good_qty"), event.good},
                    {QStringLiteral("scrap_qty"), event.scrap},
                    {QStringLiteral("station"), station},
                    {QStringLiteral("user_id"), event.userId},
                    {QStringLiteral("at"), ProgressQuery::isoUtc(at)},
                    {QStringLiteral("source"), event.source},
                    {QStringLiteral("source_key"), event.sourceKey},
                    {QStringLiteral("event"), QStringLiteral("production_")
                                                  + ProgressQuery::kindCode(event.kind)}};
    if (op) {
        doc.insert(QStringLiteral("operation_id"), op->id);
        doc.insert(QStringLiteral("seq"), op->seq);
        doc.insert(QStringLiteral("operation"), op->name);
    }
    if (!event.partId.isEmpty())
        doc.insert(QStringLiteral("part_id"), event.partId);
    // Synced as the event itself; in the history under its sales order, for the timeline.
    if (Core::Status s = ChangeLog::record(m_c, {QStringLiteral("production_events"), eventId,
                                                 ChangeLog::Op::Insert, {}, doc, hlc, {}},
                                           w.orderId);
        !s) {
        return s.error();
    }

    if (!newOperationStatus.isEmpty()) {
        const QString opHlc = Storage::Database::clock().now();
        Statement &update = m_c.prepare(
            "UPDATE operations SET status = ?, hlc = ?, updated_at = ? WHERE id = ?");
        update.bind(1, newOperationStatus).bind(2, opHlc).bind(3, now).bind(4, op->id);
        if (!update.exec())
            return dbError(update, "operations");
        update.reset();
        const QJsonObject before{{QStringLiteral("id"), op->id},
                                 {QStringLiteral("status"), op->status}};
        const QJsonObject after{{QStringLiteral("id"), op->id},
                                {QStringLiteral("work_order_id"), w.id},
                                {QStringLiteral("wo_no"), w.woNo},
                                {QStringLiteral("seq"), op->seq},
                                {QStringLiteral("status"), newOperationStatus},
                                {QStringLiteral("event"), QStringLiteral("operation_")
                                                              + newOperationStatus}};
        if (Core::Status s = ChangeLog::record(m_c, {QStringLiteral("operations"), op->id,
                                                     ChangeLog::Op::Update, before, after, opHlc,
                                                     {}},
                                               w.orderId);
            !s) {
            return s.error();
        }
    }
    if (!newWorkOrderStatus.isEmpty() && newWorkOrderStatus != w.status) {
        const QString woHlc = Storage::Database::clock().now();
        Statement &update = m_c.prepare(
            "UPDATE work_orders SET status = ?, hlc = ?, updated_at = ? WHERE id = ?");
        update.bind(1, newWorkOrderStatus).bind(2, woHlc).bind(3, now).bind(4, w.id);
        if (!update.exec())
            return dbError(update, "work_orders");
        update.reset();
        const QJsonObject before{{QStringLiteral("id"), w.id},
                                 {QStringLiteral("status"), w.status}};
        const QJsonObject after{{QStringLiteral("id"), w.id},
                                {QStringLiteral("wo_no"), w.woNo},
                                {QStringLiteral("status"), newWorkOrderStatus},
                                {QStringLiteral("event"), QStringLiteral("work_order_")
                                                              + newWorkOrderStatus}};
        if (Core::Status s = ChangeLog::record(m_c, {QStringLiteral("work_orders"), w.id,
                                                     ChangeLog::Op::Update, before, after, woHlc,
                                                     {}},
                                               w.orderId);
            !s) {
            return s.error();
        }
    }
    if (Core::Status s = savepoint.release(); !s)
        return s.error();

    auto reloaded = ProgressQuery::workOrder(m_c, w.id);
    if (!reloaded)
        return reloaded.error();
    outcome.eventId = eventId;
    outcome.workOrder = reloaded.value();
    outcome.operationId = event.operationId;
    const OperationProgress *current = outcome.workOrder.operation(event.operationId);
    const QString label = current ? tr("%1 operation %2 (%3)")
                                     .arg(w.woNo)
                                     .arg(current->seq)
                                     .arg(current->name)
                               : w.woNo;
    switch (event.kind) {
    case ProgressKind::Start:
        outcome.message = tr("%1: started").arg(label);
        break;
    case ProgressKind::Report:
        outcome.message = tr("%1: %2 good and %3 scrap reported, %4 of %5 parts left")
                              .arg(label)
                              .arg(event.good)
                              .arg(event.scrap)
                              .arg(current ? current->left() : 0)
                              .arg(current ? current->quantity : 0);
        break;
    case ProgressKind::Finish:
        outcome.message = tr("%1: finished with %2 good and %3 scrap")
                              .arg(label)
                              .arg(current ? current->good : 0)
                              .arg(current ? current->scrap : 0);
        break;
    case ProgressKind::Pack:
        outcome.message = tr("%1: packed").arg(label);
        break;
    }
    if (outcome.workOrder.status != w.status) {
        outcome.message += tr("; the work order is now %1")
                               .arg(ProgressQuery::workOrderStatusLabel(outcome.workOrder.status));
    }
    return outcome;
}

} // namespace Hearth::Production
