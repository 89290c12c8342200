#include "shipmentstore.h"

#include "completeness.h"
#include "core/money.h"
#include "orders/ordernumbers.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/processengine.h"
#include "workflow/writescope.h"

#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace Hearth::Warehouse {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::newId;
using Workflow::Internal::nowIso;

namespace {

// Shipment numbers: FH<desk code->yyMMdd-NNN, counted per day on this desk.
constexpr int ShipmentSeqDigits = 3;

QDate siteToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
}

#define SHIPMENT_COLUMNS                                                                        \
    "SELECT s.id, s.shipment_no, s.carrier_code, s.tracking_no, s.status, s.ship_date, "      \
    "s.freight_fen, s.note, s.polled_at, s.poll_error, "                                      \
    "(SELECT COUNT(*) FROM shipment_orders o WHERE o.shipment_id = s.id AND o.deleted = 0), " \
    "(SELECT COUNT(*) FROM shipment_packages p WHERE p.shipment_id = s.id "                   \
    "AND p.deleted = 0) FROM shipments s "

Shipment readShipment(const Statement &q)
{
    Shipment s;
    s.id = q.text(0);
    s.shipmentNo = q.text(1);
    s.carrierCode = q.text(2);
    s.trackingNo = q.text(3);
    s.status = Shipment::statusFromCode(q.text(4)).value_or(ShipmentStatus::Planned);
    s.shipDate = QDate::fromString(q.text(5), Qt::ISODate);
    s.freightFen = q.int64(6);
    s.note = q.text(7);
    s.polledAt = q.text(8);
    s.pollError = q.text(9);
    s.orders = int(q.int64(10));
    s.packages = int(q.int64(11));
    return s;
}

QJsonObject shipmentDoc(const Shipment &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("shipment_no"), s.shipmentNo);
    o.insert(QStringLiteral("carrier_code"), s.carrierCode);
    o.insert(QStringLiteral("tracking_no"), s.trackingNo);
    o.insert(QStringLiteral("status"), Shipment::statusCode(s.status));
    o.insert(QStringLiteral("ship_date"),
             s.shipDate.isValid() ? QJsonValue(s.shipDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("freight_fen"), s.freightFen);
    o.insert(QStringLiteral("note"), s.note);
    return o;
}

/// A shipment_orders row as its order's timeline reads it.
struct OrderRow
{
    QString id;
    QString orderId;
    QString orderNo;
    bool deleted = false;
    int packages = 0;
    qint64 freightFen = 0;
    QString status;
    QString lastAt;
    QString lastStatus;
    QString lastPlace;
    QString lastText;
};

QJsonObject orderDoc(const OrderRow &r, const Shipment &s, const QString &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("event"), event);
    o.insert(QStringLiteral("shipment_id"), s.id);
    o.insert(QStringLiteral("shipment_no"), s.shipmentNo);
    o.insert(QStringLiteral("carrier_code"), s.carrierCode);
    o.insert(QStringLiteral("tracking_no"), s.trackingNo);
    o.insert(QStringLiteral("order_id"), r.orderId);
    o.insert(QStringLiteral("packages"), r.packages);
    o.insert(QStringLiteral("freight_fen"), r.freightFen);
    o.insert(QStringLiteral("status"), r.status);
    o.insert(QStringLiteral("last_event_at"), r.lastAt);
    o.insert(QStringLiteral("last_status"), r.lastStatus);
    o.insert(QStringLiteral("last_place"), r.lastPlace);
    o.insert(QStringLiteral("last_text"), r.lastText);
    return o;
}

Core::Result<QList<OrderRow>> orderRows(Connection &c, const QString &shipmentId)
{
    Statement &q = c.prepare(
        "SELECT so.id, so.order_id, o.order_no, so.deleted, so.packages, so.freight_fen, "
        "so.status, so.last_event_at, so.last_status, so.last_place, so.last_text "
        "FROM shipment_orders so JOIN sales_orders o ON o.id = so.order_id "
        "WHERE so.shipment_id = ? ORDER BY o.order_no");
    q.bind(1, shipmentId);
    QList<OrderRow> rows;
    while (q.next()) {
        rows.append({q.text(0), q.text(1), q.text(2), q.int64(3) != 0, int(q.int64(4)),
                     q.int64(5), q.text(6), q.text(7), q.text(8), q.text(9), q.text(10)});
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "shipment_orders");
    q.reset();
    return rows;
}

/// tracked: the tracking event a "tracking" change shows on the order's timeline.
Core::Status writeOrderRow(Connection &c, const OrderRow &before, const OrderRow &after,
                           const Shipment &s, const QString &event, bool insert,
                           const QJsonObject &tracked = QJsonObject())
{
    const QString hlc = Storage::Database::clock().now();
    const QString now = nowIso();
    if (insert) {
        Statement &q = c.prepare(
            "INSERT INTO shipment_orders(id, hlc, shipment_id, order_id, packages, freight_fen, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, after.id).bind(2, hlc).bind(3, s.id).bind(4, after.orderId);
        q.bind(5, after.packages).bind(6, after.freightFen).bind(7, after.status);
        q.bind(8, now).bind(9, now);
        if (!q.exec())
            return dbError(q, "shipment_orders");
        q.reset();
    } else {
        Statement &q = c.prepare(
            "UPDATE shipment_orders SET hlc = ?, deleted = ?, packages = ?, freight_fen = ?, "
            "status = ?, last_event_at = ?, last_status = ?, last_place = ?, last_text = ?, "
            "updated_at = ? WHERE id = ?");
        q.bind(1, hlc).bind(2, after.deleted ? 1 : 0).bind(3, after.packages);
        q.bind(4, after.freightFen).bind(5, after.status).bind(6, after.lastAt);
        q.bind(7, after.lastStatus).bind(8, after.lastPlace).bind(9, after.lastText);
        q.bind(10, now).bind(11, after.id);
        if (!q.exec())
            return dbError(q, "shipment_orders");
        q.reset();
    }
    ChangeLog::Change change;
    change.table = QStringLiteral("shipment_orders");
    change.rowId = after.id;
    change.op = insert ? ChangeLog::Op::Insert
                       : (after.deleted ? ChangeLog::Op::Delete : ChangeLog::Op::Update);
    if (!insert)
        change.before = orderDoc(before, s, event);
    change.after = orderDoc(after, s, event);
    if (!tracked.isEmpty())
        change.after.insert(QStringLiteral("tracking"), tracked);
    change.hlc = hlc;
    change.reason = event;
    return ChangeLog::record(c, change, after.orderId);
}

Core::Status writeShipment(Connection &c, const Shipment &before, const Shipment &after,
                           const QString &reason)
{
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "UPDATE shipments SET hlc = ?, carrier_code = ?, tracking_no = ?, status = ?, "
        "ship_date = ?, freight_fen = ?, note = ?, updated_at = ? WHERE id = ?");
    q.bind(1, hlc).bind(2, after.carrierCode).bind(3, after.trackingNo);
    q.bind(4, Shipment::statusCode(after.status));
    q.bind(5, after.shipDate.isValid() ? after.shipDate.toString(Qt::ISODate) : QString());
    q.bind(6, after.freightFen).bind(7, after.note).bind(8, nowIso()).bind(9, after.id);
    if (!q.exec())
        return dbError(q, "shipments");
    q.reset();
    return ChangeLog::record(c, {QStringLiteral("shipments"), after.id, ChangeLog::Op::Update,
                                 shipmentDoc(before), shipmentDoc(after), hlc, reason});
}

/// Counts each order's live packages, splits the freight and brings shipment_orders in line.
Core::Status refreshOrders(Connection &c, const Shipment &s)
{
    Statement &q = c.prepare(
        "SELECT p.order_id, o.order_no, COUNT(*) FROM shipment_packages p "
        "JOIN sales_orders o ON o.id = p.order_id WHERE p.shipment_id = ? AND p.deleted = 0 "
        "GROUP BY p.order_id, o.order_no ORDER BY o.order_no");
    q.bind(1, s.id);
    QList<OrderRow> wanted;
    QList<int> counts;
    while (q.next()) {
        OrderRow r;
        r.orderId = q.text(0);
        r.orderNo = q.text(1);
        r.packages = int(q.int64(2));
        wanted.append(r);
        counts.append(r.packages);
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "shipment_packages");
    q.reset();
    const QList<qint64> shares = ShipmentStore::splitFreight(s.freightFen, counts);

    const auto existing = orderRows(c, s.id);
    if (!existing)
        return existing.error();
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        OrderRow &w = wanted[i];
        w.freightFen = shares.at(i);
        const auto old = std::find_if(existing->cbegin(), existing->cend(),
                                      [&w](const OrderRow &r) { return r.orderId == w.orderId; });
        if (old == existing->cend()) {
            w.id = newId();
            w.status = Shipment::statusCode(s.status);
            if (Core::Status st = writeOrderRow(c, OrderRow(), w, s, QStringLiteral("added"), true);
                !st)
                return st;
            continue;
        }
        if (!old->deleted && old->packages == w.packages && old->freightFen == w.freightFen)
            continue;
        OrderRow after = *old;
        after.deleted = false;
        after.packages = w.packages;
        after.freightFen = w.freightFen;
        after.status = Shipment::statusCode(s.status);
        const QString event = old->deleted ? QStringLiteral("added") : QStringLiteral("changed");
        if (Core::Status st = writeOrderRow(c, *old, after, s, event, false); !st)
            return st;
    }
    for (const OrderRow &old : *existing) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(), [&old](const OrderRow &w) {
            return w.orderId == old.orderId;
        });
        if (kept || old.deleted)
            continue;
        OrderRow after = old;
        after.deleted = true;
        after.packages = 0;
        after.freightFen = 0;
        if (Core::Status st = writeOrderRow(c, old, after, s, QStringLiteral("removed"), false);
            !st)
            return st;
    }
    return {};
}

/// Writes a new status on the shipment and on each of its live orders' rows.
Core::Status applyStatus(Connection &c, const Shipment &before, ShipmentStatus to,
                         const QDate &shipDate, const QString &reason)
{
    Shipment after = before;
    after.status = to;
    if (to == ShipmentStatus::Shipped && !before.shipDate.isValid())
        after.shipDate = shipDate.isValid() ? shipDate : siteToday();
    if (to == ShipmentStatus::Planned || to == ShipmentStatus::Loaded)
        after.shipDate = QDate();
    if (Core::Status s = writeShipment(c, before, after, reason); !s)
        return s;
    const auto rows = orderRows(c, before.id);
    if (!rows)
        return rows.error();
    for (const OrderRow &r : *rows) {
        if (r.deleted)
            continue;
        OrderRow changed = r;
        changed.status = Shipment::statusCode(to);
        if (Core::Status s = writeOrderRow(c, r, changed, after, QStringLiteral("status"), false);
            !s)
            return s;
    }
    return {};
}

Core::Error notFound(const QString &shipmentId)
{
    return Core::Error{ShipmentStore::tr("no such shipment"),
                       QStringLiteral("shipments/%1").arg(shipmentId)};
}

Core::Status editable(const Shipment &s)
{
    if (s.status == ShipmentStatus::Planned || s.status == ShipmentStatus::Loaded)
        return {};
    return Core::Error{ShipmentStore::tr("shipment %1 is %2: its packages can no longer change")
                           .arg(s.shipmentNo, Shipment::statusName(s.status)),
                       QStringLiteral("shipments/%1").arg(s.id)};
}

QString nextShipmentNo(Connection &c)
{
    const QString desk = Orders::OrderNumbers::deskCode(c);
    const QString prefix = QStringLiteral("FH%1%2-").arg(
        desk.isEmpty() ? QString() : desk + QLatin1Char('-'), siteToday().toString(u"yyMMdd"));
    Statement &q = c.prepare("SELECT shipment_no FROM shipments WHERE shipment_no LIKE ? "
                             "ORDER BY shipment_no DESC LIMIT 1");
    q.bind(1, prefix + QLatin1Char('%'));
    const qint64 last = q.next() ? q.text(0).mid(prefix.size()).toLongLong() : 0;
    q.reset();
    return prefix + QStringLiteral("%1").arg(last + 1, ShipmentSeqDigits, 10, QLatin1Char('0'));
}

} // namespace

QList<qint64> ShipmentStore::splitFreight(qint64 freightFen, const QList<int> &packageCounts)
{
    QList<qint64> weights;
    weights.reserve(packageCounts.size());
    for (int n : packageCounts)
        weights.append(std::max(0, n));
    QList<qint64> shares;
    for (const Core::Money &m : Core::Money(freightFen).allocate(weights))
        shares.append(m.minor());
    return shares;
}

Core::Result<Shipment> ShipmentStore::create(Connection &c, const ShipmentDraft &draft)
{
    if (draft.freightFen < 0)
        return Core::Error{tr("the freight cannot be negative"), QStringLiteral("freight")};
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    Shipment s;
    s.id = newId();
    s.shipmentNo = nextShipmentNo(c);
    // Empty, never NULL: a load's shipment gets its carrier and tracking number later.
    s.carrierCode = draft.carrierCode.trimmed().toUpper();
    s.trackingNo = draft.trackingNo.trimmed();
    s.freightFen = draft.freightFen;
    s.note = draft.note;
    for (QString *text : {&s.carrierCode, &s.trackingNo, &s.note}) {
        if (text->isNull())
            *text = QLatin1String("");
    }
    const QString hlc = Storage::Database::clock().now();
    const QString now = nowIso();
    Statement &q = c.prepare(
        "INSERT INTO shipments(id, hlc, shipment_no, carrier_code, tracking_no, status, "
        "freight_fen, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?)");
    q.bind(1, s.id).bind(2, hlc).bind(3, s.shipmentNo).bind(4, s.carrierCode);
    q.bind(5, s.trackingNo).bind(6, s.freightFen).bind(7, s.note).bind(8, now).bind(9, now);
    if (!q.exec()) {
        const Core::Error e = dbError(q, "shipments");
        if (e.message.contains(QLatin1String("UNIQUE")))
            return Core::Error{tr("tracking number %1 of %2 is already on another shipment")
                                   .arg(s.trackingNo, s.carrierCode),
                               QStringLiteral("tracking_no")};
        return e;
    }
    q.reset();
    if (Core::Status st = ChangeLog::record(c, {QStringLiteral("shipments"), s.id,
                                                ChangeLog::Op::Insert, {}, shipmentDoc(s), hlc,
                                                QString()});
        !st)
        return st.error();
    if (Core::Status st = scope.finish(); !st)
        return st.error();
    return s;
}

Core::Result<Shipment> ShipmentStore::find(Connection &c, const QString &shipmentId)
{
    Statement &q = c.prepare(SHIPMENT_COLUMNS "WHERE s.id = ? AND s.deleted = 0");
    q.bind(1, shipmentId);
    if (!q.next()) {
        if (Workflow::Internal::stepFailed(q))
            return dbError(q, "shipments");
        q.reset();
        return notFound(shipmentId);
    }
    const Shipment s = readShipment(q);
    q.reset();
    return s;
}

Core::Result<QList<Shipment>> ShipmentStore::list(Connection &c, const QString &search)
{
    Statement &q = c.prepare(
        SHIPMENT_COLUMNS
        "WHERE s.deleted = 0 AND (?1 = '' OR s.shipment_no LIKE ?2 OR s.tracking_no LIKE ?2 "
        "OR EXISTS (SELECT 1 FROM shipment_orders so JOIN sales_orders o ON o.id = so.order_id "
        "WHERE so.shipment_id = s.id AND so.deleted = 0 AND o.order_no LIKE ?2)) "
        "ORDER BY s.created_at DESC, s.shipment_no DESC");
    const QString term = search.trimmed();
    q.bind(1, term).bind(2, QLatin1Char('%') + term + QLatin1Char('%'));
    QList<Shipment> result;
    while (q.next())
        result.append(readShipment(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "shipments");
    q.reset();
    return result;
}

Core::Result<QList<Shipment>> ShipmentStore::trackable(Connection &c)
{
    Statement &q = c.prepare(SHIPMENT_COLUMNS
                             "WHERE s.deleted = 0 AND s.status IN ('shipped', 'exception') "
                             "AND s.tracking_no <> '' ORDER BY COALESCE(s.polled_at, ''), "
                             "s.shipment_no");
    QList<Shipment> result;
    while (q.next())
        result.append(readShipment(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "shipments");
    q.reset();
    return result;
}

Core::Status ShipmentStore::addPackage(Connection &c, const QString &shipmentId,
                                       const ShipmentPackage &package)
{
    const QString where = QStringLiteral("shipments/%1/packages/%2").arg(shipmentId,
                                                                         package.packageId);
    if (package.packageId.trimmed().isEmpty() || package.orderId.isEmpty())
        return Core::Error{tr("a package needs its id and its order"), where};
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    const auto s = find(c, shipmentId);
    if (!s)
        return s.error();
    if (Core::Status e = editable(*s); !e)
        return e;

    Statement &order = c.prepare("SELECT order_no FROM sales_orders WHERE id = ? AND deleted = 0");
    order.bind(1, package.orderId);
    const bool orderFound = order.next();
    order.reset();
    if (!orderFound)
        return Core::Error{tr("the package's order does not exist"), where};

    Statement &on = c.prepare("SELECT s.shipment_no FROM shipment_packages p JOIN shipments s "
                              "ON s.id = p.shipment_id WHERE p.package_id = ? AND p.deleted = 0");
    on.bind(1, package.packageId);
    const QString already = on.next() ? on.text(0) : QString();
    on.reset();
    if (!already.isEmpty()) {
        return Core::Error{tr("package %1 is already on shipment %2")
                               .arg(package.label.isEmpty() ? package.packageId : package.label,
                                    already),
                           where};
    }

    const QString id = newId();
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "INSERT INTO shipment_packages(id, hlc, shipment_id, order_id, package_id, "
        "package_label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id).bind(2, hlc).bind(3, shipmentId).bind(4, package.orderId);
    q.bind(5, package.packageId).bind(6, package.label).bind(7, nowIso());
    if (!q.exec())
        return dbError(q, "shipment_packages");
    q.reset();
    QJsonObject doc;
    doc.insert(QStringLiteral("id"), id);
    doc.insert(QStringLiteral("shipment_id"), shipmentId);
    doc.insert(QStringLiteral("order_id"), package.orderId);
    doc.insert(QStringLiteral("package_id"), package.packageId);
    doc.insert(QStringLiteral("package_label"), package.label);
    if (Core::Status st = ChangeLog::record(c, {QStringLiteral("shipment_packages"), id,
                                                ChangeLog::Op::Insert, {}, doc, hlc, QString()},
                                            shipmentId);
        !st)
        return st;
    if (Core::Status st = refreshOrders(c, *s); !st)
        return st;
    return scope.finish();
}

Core::Status ShipmentStore::removePackage(Connection &c, const QString &shipmentId,
                                          const QString &packageId)
{
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    const auto s = find(c, shipmentId);
    if (!s)
        return s.error();
    if (Core::Status e = editable(*s); !e)
        return e;
    Statement &q = c.prepare("SELECT id, order_id, package_label FROM shipment_packages "
                             "WHERE shipment_id = ? AND package_id = ? AND deleted = 0");
    q.bind(1, shipmentId).bind(2, packageId);
    if (!q.next()) {
        q.reset();
        return Core::Error{tr("the package is not on this shipment"),
                           QStringLiteral("shipments/%1/packages/%2").arg(shipmentId, packageId)};
    }
    QJsonObject doc;
    const QString id = q.text(0);
    doc.insert(QStringLiteral("id"), id);
    doc.insert(QStringLiteral("shipment_id"), shipmentId);
    doc.insert(QStringLiteral("order_id"), q.text(1));
    doc.insert(QStringLiteral("package_id"), packageId);
    doc.insert(QStringLiteral("package_label"), q.text(2));
    q.reset();
    const QString hlc = Storage::Database::clock().now();
    Statement &u = c.prepare("UPDATE shipment_packages SET deleted = 1, hlc = ? WHERE id = ?");
    u.bind(1, hlc).bind(2, id);
    if (!u.exec())
        return dbError(u, "shipment_packages");
    u.reset();
    if (Core::Status st = ChangeLog::record(c, {QStringLiteral("shipment_packages"), id,
                                                ChangeLog::Op::Delete, doc, {}, hlc, QString()},
                                            shipmentId);
        !st)
        return st;
    if (Core::Status st = refreshOrders(c, *s); !st)
        return st;
    return scope.finish();
}

Core::Status ShipmentStore::setFreight(Connection &c, const QString &shipmentId, qint64 freightFen)
{
    if (freightFen < 0)
        return Core::Error{tr("the freight cannot be negative"), QStringLiteral("freight")};
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    const auto s = find(c, shipmentId);
    if (!s)
        return s.error();
    if (s->freightFen == freightFen)
        return scope.finish();
    Shipment after = *s;
    after.freightFen = freightFen;
    if (Core::Status st = writeShipment(c, *s, after, QStringLiteral("freight")); !st)
        return st;
    if (Core::Status st = refreshOrders(c, after); !st)
        return st;
    return scope.finish();
}

Core::Status ShipmentStore::setTracking(Connection &c, const QString &shipmentId,
                                        const QString &carrierCode, const QString &trackingNo)
{
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    const auto s = find(c, shipmentId);
    if (!s)
        return s.error();
    if (s->status == ShipmentStatus::Delivered)
        return Core::Error{tr("shipment %1 is delivered: its tracking number stays")
                               .arg(s->shipmentNo),
                           QStringLiteral("shipments/%1").arg(shipmentId)};
    Shipment after = *s;
    after.carrierCode = carrierCode.trimmed().toUpper();
    after.trackingNo = trackingNo.trimmed();
    if (Core::Status st = writeShipment(c, *s, after, QStringLiteral("tracking")); !st) {
        if (st.error().message.contains(QLatin1String("UNIQUE")))
            return Core::Error{tr("tracking number %1 of %2 is already on another shipment")
                                   .arg(after.trackingNo, after.carrierCode),
                               QStringLiteral("tracking_no")};
        return st;
    }
    return scope.finish();
}

namespace {

/// The completeness gate (齐套) for a truck: every order on the shipment is complete and, to
/// ship, all its packages are on this or another shipment.
Core::Status gate(Connection &c, const Shipment &s, ShipmentStatus to, const QString &where)
{
    Statement &q = c.prepare(
        "SELECT so.order_id, o.order_no, "
        "(SELECT COUNT(*) FROM packages p WHERE p.order_id = so.order_id AND p.deleted = 0), "
        "(SELECT COUNT(*) FROM shipment_packages sp WHERE sp.order_id = so.order_id "
        "AND sp.deleted = 0) "
        "FROM shipment_orders so JOIN sales_orders o ON o.id = so.order_id "
        "WHERE so.shipment_id = ? AND so.deleted = 0 ORDER BY o.order_no");
    q.bind(1, s.id);
    struct OnBoard
    {
        QString orderId;
        QString orderNo;
        qint64 packages = 0;
        qint64 onShipments = 0;
    };
    QList<OnBoard> orders;
    while (q.next())
        orders.append({q.text(0), q.text(1), q.int64(2), q.int64(3)});
    q.reset();
    for (const OnBoard &order : orders) {
        const auto missing = Completeness::check(c, order.orderId);
        if (!missing)
            return missing.error();
        if (!missing->isEmpty()) {
            return Core::Error{QCoreApplication::translate("Hearth::Warehouse::ShipmentStore",
                                                           "order %1 is incomplete, so "
                                                           "shipment %2 cannot be %3:\n%4")
                                   .arg(order.orderNo, s.shipmentNo, Shipment::statusName(to),
                                        Completeness::summary(*missing)),
                               where};
        }
        if (to == ShipmentStatus::Shipped && order.onShipments < order.packages) {
            return Core::Error{QCoreApplication::translate("Hearth::Warehouse::ShipmentStore",
                                                           "only %1 of the %2 packages of order "
                                                           "%3 are on a shipment: put the rest "
                                                           "on before %4 leaves")
                                   .arg(order.onShipments)
                                   .arg(order.packages)
                                   .arg(order.orderNo, s.shipmentNo),
                               where};
        }
    }
    return {};
}

} // namespace

Core::Result<ShipOutcome> ShipmentStore::move(Connection &c, const QString &shipmentId,
                                              ShipmentStatus to, const QDate &shipDate)
{
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    const auto s = find(c, shipmentId);
    if (!s)
        return s.error();
    const QString where = QStringLiteral("shipments/%1").arg(s->shipmentNo);
    ShipOutcome outcome;
    outcome.from = s->status;
    outcome.to = to;
    if (!Shipment::canMove(s->status, to)) {
        return Core::Error{tr("a shipment that is %1 cannot become %2")
                               .arg(Shipment::statusName(s->status), Shipment::statusName(to)),
                           where};
    }
    if ((to == ShipmentStatus::Loaded || to == ShipmentStatus::Shipped) && s->packages == 0)
        return Core::Error{tr("shipment %1 has no packages").arg(s->shipmentNo), where};
    if (to == ShipmentStatus::Shipped && (s->carrierCode.isEmpty() || s->trackingNo.isEmpty()))
        return Core::Error{tr("shipment %1 needs a carrier and a tracking number to ship")
                               .arg(s->shipmentNo),
                           where};
    if (to == ShipmentStatus::Loaded || to == ShipmentStatus::Shipped) {
        if (Core::Status st = gate(c, *s, to, where); !st)
            return st.error();
    }
    if (Core::Status st = applyStatus(c, *s, to, shipDate, QString()); !st)
        return st.error();
    if (Core::Status st = tx.commit(); !st)
        return st.error();
    if (to != ShipmentStatus::Shipped || s->status == ShipmentStatus::Exception)
        return outcome;

    // The orders' processes hear it after the commit: the engine opens its own transaction.
    Statement &q = c.prepare(
        "SELECT so.order_id, o.order_no FROM shipment_orders so "
        "JOIN sales_orders o ON o.id = so.order_id JOIN order_processes p "
        "ON p.order_id = so.order_id AND p.deleted = 0 "
        "WHERE so.shipment_id = ? AND so.deleted = 0 ORDER BY o.order_no");
    q.bind(1, shipmentId);
    QList<std::pair<QString, QString>> withProcess;
    while (q.next())
        withProcess.append({q.text(0), q.text(1)});
    q.reset();
    if (withProcess.isEmpty())
        return outcome;
    Workflow::ProcessEngine engine;
    if (Core::Status st = engine.prepare(); !st) {
        outcome.notes.append(st.error().toString());
        return outcome;
    }
    for (const auto &[orderId, orderNo] : withProcess) {
        const auto step = engine.fire(orderId, QStringLiteral("shipped"),
                                      tr("shipment %1 left").arg(s->shipmentNo));
        if (!step) {
            outcome.notes.append(tr("%1 stays where it is: %2")
                                     .arg(orderNo, step.error().toString()));
            continue;
        }
        if (step->toState != step->fromState)
            outcome.movedOrders.append(orderNo);
    }
    return outcome;
}

Core::Result<int> ShipmentStore::recordTracking(Connection &c, const QString &shipmentId,
                                                const QList<TrackingEvent> &events)
{
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy: try again"), Storage::Database::path()};
    const auto s = find(c, shipmentId);
    if (!s)
        return s.error();

    QList<TrackingEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TrackingEvent &a, const TrackingEvent &b) { return a.at < b.at; });
    QList<TrackingEvent> added;
    for (const TrackingEvent &e : sorted) {
        if (!e.at.isValid())
            continue;
        const QString key = e.key();
        Statement &seen = c.prepare(
            "SELECT 1 FROM tracking_events WHERE shipment_id = ? AND event_key = ?");
        seen.bind(1, shipmentId).bind(2, key);
        const bool known = seen.next();
        seen.reset();
        if (known)
            continue;
        const QString id = newId();
        const QString hlc = Storage::Database::clock().now();
        const QString at = e.at.toUTC().toString(Qt::ISODate);
        Statement &q = c.prepare(
            "INSERT INTO tracking_events(id, hlc, shipment_id, event_key, occurred_at, status, "
            "carrier_status, place, description, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, id).bind(2, hlc).bind(3, shipmentId).bind(4, key).bind(5, at);
        q.bind(6, TrackingEvent::statusCode(e.status)).bind(7, e.carrierStatus);
        q.bind(8, e.place).bind(9, e.text).bind(10, nowIso());
        if (!q.exec())
            return dbError(q, "tracking_events");
        q.reset();
        QJsonObject doc;
        doc.insert(QStringLiteral("id"), id);
        doc.insert(QStringLiteral("shipment_id"), shipmentId);
        doc.insert(QStringLiteral("event_key"), key);
        doc.insert(QStringLiteral("occurred_at"), at);
        doc.insert(QStringLiteral("status"), TrackingEvent::statusCode(e.status));
        doc.insert(QStringLiteral("carrier_status"), e.carrierStatus);
        doc.insert(QStringLiteral("place"), e.place);
        doc.insert(QStringLiteral("description"), e.text);
        if (Core::Status st = ChangeLog::record(c, {QStringLiteral("tracking_events"), id,
                                                    ChangeLog::Op::Insert, {}, doc, hlc,
                                                    QString()},
                                                shipmentId);
            !st)
            return st.error();
        added.append(e);
    }
    if (added.isEmpty()) {
        if (Core::Status st = scope.finish(); !st)
            return st.error();
        return 0;
    }

    // Each new event goes on the timeline of every order on the shipment.
    const auto rows = orderRows(c, shipmentId);
    if (!rows)
        return rows.error();
    for (const OrderRow &r : *rows) {
        if (r.deleted)
            continue;
        OrderRow current = r;
        for (const TrackingEvent &e : added) {
            const QString at = e.at.toUTC().toString(Qt::ISODate);
            OrderRow next = current;
            // An older event that came late goes on the timeline; the row keeps the latest.
            if (at >= current.lastAt) {
                next.lastAt = at;
                next.lastStatus = TrackingEvent::statusCode(e.status);
                next.lastPlace = e.place;
                next.lastText = e.text;
            }
            QJsonObject tracked;
            tracked.insert(QStringLiteral("at"), at);
            tracked.insert(QStringLiteral("status"), TrackingEvent::statusCode(e.status));
            tracked.insert(QStringLiteral("place"), e.place);
            tracked.insert(QStringLiteral("text"), e.text);
            if (Core::Status st = writeOrderRow(c, current, next, *s, QStringLiteral("tracking"),
                                                false, tracked);
                !st)
                return st.error();
            current = next;
        }
    }

    Statement &latest = c.prepare("SELECT status FROM tracking_events WHERE shipment_id = ? "
                                  "ORDER BY occurred_at DESC, rowid DESC LIMIT 1");
    latest.bind(1, shipmentId);
    // A plain value, not an optional: GCC 12 at -O2 takes a compared optional for uninitialised.
    TrackingStatus status = TrackingStatus::Unknown;
    if (latest.next())
        status = TrackingEvent::statusFromCode(latest.text(0)).value_or(TrackingStatus::Unknown);
    latest.reset();
    std::optional<ShipmentStatus> to;
    if (status == TrackingStatus::Delivered)
        to = ShipmentStatus::Delivered;
    else if (status == TrackingStatus::Exception)
        to = ShipmentStatus::Exception;
    else if (s->status == ShipmentStatus::Exception
             && (status == TrackingStatus::InTransit || status == TrackingStatus::OutForDelivery))
        to = ShipmentStatus::Shipped;
    if (to && *to != s->status && Shipment::canMove(s->status, *to)) {
        const auto fresh = find(c, shipmentId);
        if (!fresh)
            return fresh.error();
        if (Core::Status st = applyStatus(c, *fresh, *to, QDate(), QStringLiteral("tracking"));
            !st)
            return st.error();
    }
    if (Core::Status st = scope.finish(); !st)
        return st.error();
    return int(added.size());
}

Core::Status ShipmentStore::notePoll(Connection &c, const QString &shipmentId,
                                     const QString &error)
{
    // Local bookkeeping of this desk's poller: not a change to sync.
    Statement &q = c.prepare("UPDATE shipments SET polled_at = ?, poll_error = ? WHERE id = ?");
    q.bind(1, nowIso()).bind(2, error.isEmpty() ? QString() : error).bind(3, shipmentId);
    if (!q.exec())
        return dbError(q, "shipments");
    q.reset();
    return {};
}

Core::Result<QList<ShipmentOrder>> ShipmentStore::orders(Connection &c, const QString &shipmentId)
{
    const auto rows = orderRows(c, shipmentId);
    if (!rows)
        return rows.error();
    QList<ShipmentOrder> result;
    for (const OrderRow &r : *rows) {
        if (!r.deleted)
            result.append({r.orderId, r.orderNo, r.packages, r.freightFen});
    }
    return result;
}

Core::Result<QList<ShipmentPackage>> ShipmentStore::packages(Connection &c,
                                                             const QString &shipmentId)
{
    Statement &q = c.prepare(
        "SELECT p.package_id, p.order_id, o.order_no, p.package_label FROM shipment_packages p "
        "JOIN sales_orders o ON o.id = p.order_id WHERE p.shipment_id = ? AND p.deleted = 0 "
        "ORDER BY o.order_no, p.package_label, p.package_id");
    q.bind(1, shipmentId);
    QList<ShipmentPackage> result;
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2), q.text(3)});
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "shipment_packages");
    q.reset();
    return result;
}

Core::Result<QList<TrackingEvent>> ShipmentStore::events(Connection &c, const QString &shipmentId)
{
    Statement &q = c.prepare(
        "SELECT occurred_at, status, carrier_status, place, description FROM tracking_events "
        "WHERE shipment_id = ? AND deleted = 0 ORDER BY occurred_at, rowid");
    q.bind(1, shipmentId);
    QList<TrackingEvent> result;
    while (q.next()) {
        TrackingEvent e;
        e.at = QDateTime::fromString(q.text(0), Qt::ISODate).toUTC();
        e.status = TrackingEvent::statusFromCode(q.text(1)).value_or(TrackingStatus::Unknown);
        e.carrierStatus = q.text(2);
        e.place = q.text(3);
        e.text = q.text(4);
        result.append(e);
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "tracking_events");
    q.reset();
    return result;
}

qint64 ShipmentStore::freightForOrder(Connection &c, const QString &orderId)
{
    Statement &q = c.prepare("SELECT COALESCE(SUM(so.freight_fen), 0) FROM shipment_orders so "
                             "JOIN shipments s ON s.id = so.shipment_id "
                             "WHERE so.order_id = ? AND so.deleted = 0 AND s.deleted = 0");
    q.bind(1, orderId);
    const qint64 fen = q.next() ? q.int64(0) : 0;
    q.reset();
    return fen;
}

QHash<QString, QString> ShipmentStore::orderTexts(Connection &c, const QStringList &orderIds)
{
    QHash<QString, QString> result;
    for (const QString &orderId : orderIds) {
        Statement &q = c.prepare(
            "SELECT s.status, s.carrier_code, s.tracking_no, so.last_status, so.last_place "
            "FROM shipment_orders so JOIN shipments s ON s.id = so.shipment_id "
            "WHERE so.order_id = ? AND so.deleted = 0 AND s.deleted = 0 "
            "ORDER BY s.created_at");
        q.bind(1, orderId);
        QStringList parts;
        while (q.next()) {
            const auto status = Shipment::statusFromCode(q.text(0));
            QString text = status ? Shipment::statusName(*status) : q.text(0);
            if (!q.text(2).isEmpty())
                text += QLatin1Char(' ') + q.text(1) + QLatin1Char(' ') + q.text(2);
            if (const auto last = TrackingEvent::statusFromCode(q.text(3))) {
                text += tr(" · %1").arg(TrackingEvent::statusName(*last));
                if (!q.text(4).isEmpty())
                    text += QLatin1Char(' ') + q.text(4);
            }
            parts.append(text);
        }
        q.reset();
        if (!parts.isEmpty())
            result.insert(orderId, parts.join(tr("; ")));
    }
    return result;
}

} // namespace Hearth::Warehouse
