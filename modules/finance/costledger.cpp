#include "costledger.h"

#include "logging.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"
#include "writeguard.h"

#include <QHash>
#include <QStringList>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Hearth::Finance {

namespace {

// The namespace of cost line ids (a random UUID fixed once for Hearth).
const QUuid lineNamespace(QStringLiteral("{6c1f0b7e-3d55-4f2a-9c43-0a6e2b5d9f11}"));

constexpr char stockMovesTable[] = "stock_moves";
constexpr char operationsTable[] = "operations";

__extension__ using Int128 = __int128;

/// a × b ÷ d rounded half away from zero (d > 0), the product held in 128 bits.
qint64 mulDivRound(qint64 a, qint64 b, qint64 d)
{
    const Int128 n = Int128(a) * b;
    const Int128 half = d / 2;
    return qint64(n >= 0 ? (n + half) / d : -((-n + half) / d));
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QJsonObject lineJson(const CostLine &l, bool deleted)
{
    return {
        {QStringLiteral("id"), l.id},
        {QStringLiteral("order_id"), l.orderId},
        {QStringLiteral("kind"), CostLine::kindCode(l.kind)},
        {QStringLiteral("origin"), l.fed ? QStringLiteral("fed") : QStringLiteral("gathered")},
        {QStringLiteral("amount_fen"), l.amountFen},
        {QStringLiteral("source_table"), l.sourceTable},
        {QStringLiteral("source_id"), l.sourceId},
        {QStringLiteral("via_order_id"), l.viaOrderId},
        {QStringLiteral("charged_to"), l.chargedTo},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("quantity_micros"), l.quantity.micros()},
        {QStringLiteral("unit"), l.unit},
        {QStringLiteral("unit_cost_micros"), l.unitCost.micros()},
        {QStringLiteral("occurred_at"), timeText(l.occurredAt)},
        {QStringLiteral("deleted"), deleted ? 1 : 0},
    };
}

struct Stored
{
    CostLine line;
    bool deleted = false;
};

Core::Result<QHash<QString, Stored>> storedLines(Storage::Connection &c, const QString &orderId)
{
    Storage::Statement &q = c.prepare(
        "SELECT id, kind, origin, amount_fen, source_table, source_id, via_order_id, "
        "charged_to, description, quantity_micros, unit, unit_cost_micros, occurred_at, deleted "
        "FROM cost_lines WHERE order_id = ? ORDER BY occurred_at, kind, source_id");
    q.bind(1, orderId);
    QHash<QString, Stored> out;
    while (q.next()) {
        Stored s;
        s.line.id = q.text(0);
        s.line.orderId = orderId;
        s.line.kind = CostLine::kindFromCode(q.text(1)).value_or(CostKind::Other);
        s.line.fed = q.text(2) == QLatin1String("fed");
        s.line.amountFen = q.int64(3);
        s.line.sourceTable = q.text(4);
        s.line.sourceId = q.text(5);
        s.line.viaOrderId = q.text(6);
        s.line.chargedTo = q.text(7);
        s.line.description = q.text(8);
        s.line.quantity = Core::Decimal::fromMicros(q.int64(9));
        s.line.unit = q.text(10);
        s.line.unitCost = Core::Decimal::fromMicros(q.int64(11));
        s.line.occurredAt = parseTime(q.text(12));
        s.deleted = q.int64(13) != 0;
        out.insert(s.line.id, s);
    }
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "cost_lines");
    q.reset();
    return out;
}

Core::Status writeLine(Storage::Connection &c, const CostLine &l, bool deleted,
                       const Stored *before)
{
    const QString hlc = Storage::Database::clock().now();
    const QString now = Internal::WriteGuard::nowIso();
    Storage::Statement &q = c.prepare(
        "INSERT INTO cost_lines(id, hlc, deleted, order_id, kind, origin, amount_fen, "
        "source_table, source_id, via_order_id, charged_to, description, quantity_micros, unit, "
        "unit_cost_micros, occurred_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET hlc = excluded.hlc, deleted = excluded.deleted, "
        "origin = excluded.origin, amount_fen = excluded.amount_fen, "
        "via_order_id = excluded.via_order_id, charged_to = excluded.charged_to, "
        "description = excluded.description, quantity_micros = excluded.quantity_micros, "
        "unit = excluded.unit, unit_cost_micros = excluded.unit_cost_micros, "
        "occurred_at = excluded.occurred_at, updated_at = excluded.updated_at");
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    q.bind(1, l.id)
        .bind(2, hlc)
        .bind(3, deleted ? 1 : 0)
        .bind(4, l.orderId)
        .bind(5, CostLine::kindCode(l.kind))
        .bind(6, l.fed ? QStringLiteral("fed") : QStringLiteral("gathered"))
        .bind(7, l.amountFen)
        .bind(8, l.sourceTable)
        .bind(9, l.sourceId)
        .bind(10, orNull(l.viaOrderId))
        .bind(11, orNull(l.chargedTo))
        .bind(12, orNull(l.description))
        .bind(13, l.quantity.micros())
        .bind(14, orNull(l.unit))
        .bind(15, l.unitCost.micros())
        .bind(16, timeText(l.occurredAt))
        .bind(17, now)
        .bind(18, now);
    if (!q.exec())
        return Internal::WriteGuard::dbError(q, "cost_lines");
    q.reset();
    Storage::ChangeLog::Change change;
    change.table = QStringLiteral("cost_lines");
    change.rowId = l.id;
    change.op = before ? Storage::ChangeLog::Op::Update : Storage::ChangeLog::Op::Insert;
    if (before)
        change.before = lineJson(before->line, before->deleted);
    change.after = lineJson(l, deleted);
    change.hlc = hlc;
    return Storage::ChangeLog::record(c, change, l.orderId);
}

struct OrderRef
{
    QString id;
    QString orderNo;
    QString parentId;
    QString chargedTo;
};

Core::Result<OrderRef> orderRef(Storage::Connection &c, const QString &orderId)
{
    Storage::Statement &q = c.prepare(
        "SELECT id, order_no, parent_order_id, charged_to FROM sales_orders WHERE id = ?");
    q.bind(1, orderId);
    if (!q.next()) {
        const bool failed = q.failed();
        Core::Error e{failed ? q.error()
                             : CostLedger::tr("no order with id \"%1\"").arg(orderId),
                      QStringLiteral("sales_orders")};
        q.reset();
        return e;
    }
    OrderRef r{q.text(0), q.text(1), q.text(2), q.text(3)};
    q.reset();
    return r;
}

CostKind kindOfItem(const QString &itemKind)
{
    if (itemKind == QLatin1String("hardware"))
        return CostKind::Hardware;
    if (itemKind == QLatin1String("bought_in"))
        return CostKind::BoughtIn;
    return CostKind::Material;
}

CostKind kindOfCenter(const QString &centerKind)
{
    if (centerKind == QLatin1String("cutting") || centerKind == QLatin1String("edging")
        || centerKind == QLatin1String("boring") || centerKind == QLatin1String("painting")) {
        return CostKind::Machine;
    }
    if (centerKind == QLatin1String("outsourced"))
        return CostKind::Outsourcing;
    return CostKind::Labour;
}

/// The stock moves and operations of one order, as lines of `owner` (itself, or the parent
/// of a re-make).
Core::Status collectDirect(Storage::Connection &c, const OrderRef &order, const QString &owner,
                           QList<CostLine> &out)
{
    const bool remake = owner != order.id;
    const auto finish = [&](CostLine &l, CostKind kind) {
        l.orderId = owner;
        l.kind = remake ? CostKind::Remake : kind;
        if (remake) {
            l.viaOrderId = order.id;
            l.chargedTo = order.chargedTo;
            l.description = order.orderNo + QStringLiteral(" · ") + l.description;
        }
        l.id = CostLedger::lineId(owner, l.kind, l.sourceTable, l.sourceId);
        // Two re-makes on one shipment or purchase line share a line id: one line, summed.
        for (CostLine &known : out) {
            if (known.id == l.id) {
                known.amountFen += l.amountFen;
                known.quantity = known.quantity + l.quantity;
                known.occurredAt = qMax(known.occurredAt, l.occurredAt);
                return;
            }
        }
        out.append(l);
    };

    Storage::Statement &m = c.prepare(
        "SELECT m.id, m.kind, m.quantity_micros, m.unit, m.unit_cost_micros, m.value_micros, "
        "m.created_at, i.kind, i.code, i.name FROM stock_moves m JOIN items i ON i.id = m.item_id "
        "WHERE m.kind IN ('issue', 'return') AND (m.order_id = ?1 OR m.work_order_id IN "
        "(SELECT id FROM work_orders WHERE order_id = ?1)) AND NOT EXISTS (SELECT 1 FROM "
        "purchase_requisitions r JOIN purchase_order_lines pl ON pl.id = r.po_line_id "
        "WHERE r.order_id = ?1 AND r.source = 'split' AND r.deleted = 0 AND "
        "r.status = 'ordered' AND pl.deleted = 0 AND pl.item_id = m.item_id) "
        "ORDER BY m.created_at, m.id");
    m.bind(1, order.id);
    while (m.next()) {
        const bool back = m.text(1) == QLatin1String("return");
        CostLine l;
        l.sourceTable = QLatin1String(stockMovesTable);
        l.sourceId = m.text(0);
        l.quantity = Core::Decimal::fromMicros(back ? -m.int64(2) : m.int64(2));
        l.unit = m.text(3);
        l.unitCost = Core::Decimal::fromMicros(m.int64(4));
        const qint64 fen = CostLedger::fenFromMicros(m.int64(5));
        l.amountFen = back ? -fen : fen;
        l.occurredAt = parseTime(m.text(6));
        l.description = m.text(8) + QLatin1Char(' ') + m.text(9);
        finish(l, kindOfItem(m.text(7)));
    }
    if (m.failed())
        return Internal::WriteGuard::dbError(m, stockMovesTable);
    m.reset();

    Storage::Statement &o = c.prepare(
        "SELECT o.id, o.name, o.run_seconds, o.setup_seconds, o.quantity, o.status, "
        "o.updated_at, w.code, w.kind, w.rate_fen_per_hour, wo.wo_no, "
        "(SELECT COALESCE(SUM(e.good_qty + e.scrap_qty), 0) FROM production_events e "
        " WHERE e.operation_id = o.id AND e.kind IN ('report', 'finish')), "
        "(SELECT MAX(e.at) FROM production_events e WHERE e.operation_id = o.id) "
        "FROM operations o JOIN work_orders wo ON wo.id = o.work_order_id "
        "JOIN work_centers w ON w.id = o.work_center_id "
        "WHERE wo.order_id = ? AND o.deleted = 0 AND wo.deleted = 0 ORDER BY wo.wo_no, o.seq");
    o.bind(1, order.id);
    while (o.next()) {
        const qint64 run = o.int64(2);
        const qint64 setup = o.int64(3);
        const qint64 units = o.int64(4);
        const bool done = o.text(5) == QLatin1String("done");
        const qint64 reported = done ? qMax<qint64>(units, 1) : qMin(o.int64(11), units);
        if (reported <= 0 && !done)
            continue;
        const qint64 rate = o.int64(9);
        // Seconds as the fraction secondsNum / unitsDen, kept exact until the fen.
        const qint64 unitsDen = units > 0 ? units : 1;
        const qint64 secondsNum = units > 0 ? setup * units + run * reported : setup + run;
        CostLine l;
        l.sourceTable = QLatin1String(operationsTable);
        l.sourceId = o.text(0);
        l.amountFen = mulDivRound(secondsNum, rate, unitsDen * 3600);
        l.quantity = Core::Decimal::fromMicros(mulDivRound(secondsNum, 1'000'000,
                                                           unitsDen * 3600));
        l.unit = QStringLiteral("h");
        l.unitCost = Core::Decimal::fromMicros(rate * 10'000);
        l.occurredAt = parseTime(o.isNull(12) ? o.text(6) : o.text(12));
        l.description = o.text(10) + QStringLiteral(" · ") + o.text(1) + QStringLiteral(" @ ")
                        + o.text(7);
        finish(l, kindOfCenter(o.text(8)));
    }
    if (o.failed())
        return Internal::WriteGuard::dbError(o, operationsTable);
    o.reset();

    const auto bought = Internal::CostSources::boughtIn(c, order.id);
    if (!bought)
        return bought.error();
    const auto basis = CostLedger::freightBasis(c);
    if (!basis)
        return basis.error();
    const auto freight = Internal::CostSources::freight(c, order.id, *basis,
                                                        CostLedger::siteZone(c));
    if (!freight)
        return freight.error();
    for (const QList<CostLine> *from : {&*bought, &*freight}) {
        for (CostLine l : *from)
            finish(l, l.kind);
    }
    return {};
}

Core::Result<QList<OrderRef>> remakesOf(Storage::Connection &c, const QString &orderId)
{
    Storage::Statement &q = c.prepare(
        "SELECT id, order_no, parent_order_id, charged_to FROM sales_orders "
        "WHERE parent_order_id = ? AND deleted = 0 AND status <> 'cancelled' ORDER BY order_no");
    q.bind(1, orderId);
    QList<OrderRef> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3)});
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "sales_orders");
    q.reset();
    return out;
}

Core::Result<int> gatherOne(Storage::Connection &c, const QString &requested)
{
    auto ref = orderRef(c, requested);
    if (!ref)
        return ref.error();
    if (!ref->parentId.isEmpty()) {
        ref = orderRef(c, ref->parentId);
        if (!ref)
            return ref.error();
    }
    const OrderRef order = *ref;

    QList<CostLine> wanted;
    if (Core::Status s = collectDirect(c, order, order.id, wanted); !s)
        return s.error();
    const auto remakes = remakesOf(c, order.id);
    if (!remakes)
        return remakes.error();
    for (const OrderRef &r : *remakes) {
        if (Core::Status s = collectDirect(c, r, order.id, wanted); !s)
            return s.error();
    }

    const auto stored = storedLines(c, order.id);
    if (!stored)
        return stored.error();
    qint64 directFen = 0;
    QDateTime last;
    for (const CostLine &l : wanted) {
        directFen += l.amountFen;
        last = qMax(last, l.occurredAt);
    }
    for (const Stored &s : *stored) {
        if (s.line.fed && !s.deleted) {
            directFen += s.line.amountFen;
            last = qMax(last, s.line.occurredAt);
        }
    }
    const auto rate = CostLedger::overheadRate(c);
    if (!rate)
        return rate.error();
    if (rate->micros() != 0 && directFen != 0) {
        CostLine l;
        l.orderId = order.id;
        l.kind = CostKind::Overhead;
        l.sourceTable = QStringLiteral("settings");
        l.sourceId = QLatin1String(CostLedger::OverheadRateKey);
        l.amountFen = mulDivRound(directFen, rate->micros(), 1'000'000);
        l.quantity = Core::Decimal::fromMicros(directFen * 10'000);
        l.unit = QStringLiteral("yuan");
        l.unitCost = *rate;
        l.occurredAt = last;
        l.id = CostLedger::lineId(order.id, l.kind, l.sourceTable, l.sourceId);
        wanted.append(l);
    }

    int written = 0;
    QSet<QString> wantedIds;
    for (const CostLine &l : std::as_const(wanted)) {
        wantedIds.insert(l.id);
        const auto it = stored->constFind(l.id);
        const Stored *before = it == stored->constEnd() ? nullptr : &*it;
        if (before && !before->deleted && lineJson(before->line, false) == lineJson(l, false))
            continue;
        if (Core::Status s = writeLine(c, l, false, before); !s)
            return s.error();
        ++written;
    }
    for (const Stored &s : *stored) {
        if (s.line.fed || s.deleted || wantedIds.contains(s.line.id))
            continue;
        if (Core::Status st = writeLine(c, s.line, true, &s); !st)
            return st.error();
        ++written;
    }
    if (written > 0)
        qCInfo(lcFinance) << "cost lines of order" << order.orderNo << "written:" << written;
    return written;
}

} // namespace

qint64 CostLedger::mulDivRound(qint64 a, qint64 b, qint64 d)
{
    return Finance::mulDivRound(a, b, d);
}

QString CostLedger::lineId(const QString &orderId, CostKind kind, const QString &sourceTable,
                           const QString &sourceId)
{
    const QString name = orderId + QLatin1Char('/') + CostLine::kindCode(kind) + QLatin1Char('/')
                         + sourceTable + QLatin1Char('/') + sourceId;
    return QUuid::createUuidV5(lineNamespace, name).toString(QUuid::WithoutBraces);
}

Core::Result<Core::Decimal> CostLedger::overheadRate(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(OverheadRateKey));
    std::optional<QString> text;
    if (q.next())
        text = q.text(0);
    const bool failed = q.failed();
    q.reset();
    if (failed)
        return Core::Error{tr("the settings could not be read"), QStringLiteral("settings")};
    if (!text)
        return Core::Decimal();
    const auto rate = Core::Decimal::parse(*text);
    if (!rate || *rate < Core::Decimal() || *rate > Core::Decimal::fromInt(10))
        return Core::Error{tr("expected an overhead rate from 0 to 10 such as 0.08, not \"%1\"")
                               .arg(*text),
                           QStringLiteral("settings %1").arg(QLatin1String(OverheadRateKey))};
    return *rate;
}

Core::Status CostLedger::setOverheadRate(Storage::Connection &c, Core::Decimal rate)
{
    if (rate < Core::Decimal() || rate > Core::Decimal::fromInt(10))
        return Core::Error{tr("expected an overhead rate from 0 to 10 such as 0.08, not %1")
                               .arg(rate.toString()),
                           QLatin1String(OverheadRateKey)};
    Storage::Statement &q =
        c.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    q.bind(1, QLatin1String(OverheadRateKey)).bind(2, rate.toString());
    if (!q.exec())
        return Internal::WriteGuard::dbError(q, "settings");
    q.reset();
    return {};
}

Core::Result<FreightBasis> CostLedger::freightBasis(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(FreightBasisKey));
    std::optional<QString> text;
    if (q.next())
        text = q.text(0);
    const bool failed = q.failed();
    q.reset();
    if (failed)
        return Core::Error{tr("the settings could not be read"), QStringLiteral("settings")};
    if (!text || *text == QLatin1String("packages"))
        return FreightBasis::Packages;
    if (*text == QLatin1String("weight"))
        return FreightBasis::Weight;
    return Core::Error{tr("expected the freight basis \"packages\" or \"weight\", not \"%1\"")
                           .arg(*text),
                       QStringLiteral("settings %1").arg(QLatin1String(FreightBasisKey))};
}

Core::Status CostLedger::setFreightBasis(Storage::Connection &c, FreightBasis basis)
{
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), QStringLiteral("settings")};
    Storage::Statement &q =
        c.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    q.bind(1, QLatin1String(FreightBasisKey))
        .bind(2, basis == FreightBasis::Weight ? QStringLiteral("weight")
                                               : QStringLiteral("packages"));
    if (!q.exec())
        return Internal::WriteGuard::dbError(q, "settings");
    q.reset();
    Storage::Statement &m = c.prepare(
        "INSERT OR IGNORE INTO cost_pending(order_id, marked_at) "
        "SELECT DISTINCT p.order_id, ? FROM shipment_packages p "
        "JOIN shipments s ON s.id = p.shipment_id WHERE p.deleted = 0 AND s.deleted = 0 "
        "AND s.status IN ('shipped', 'delivered', 'exception')");
    m.bind(1, Internal::WriteGuard::nowIso());
    if (!m.exec())
        return Internal::WriteGuard::dbError(m, "cost_pending");
    m.reset();
    return guard.finish();
}

QTimeZone CostLedger::siteZone(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(Workflow::WorkCalendar::ZoneKey));
    QByteArray id = Workflow::WorkCalendar::DefaultZoneId;
    if (q.next() && !q.text(0).isEmpty())
        id = q.text(0).toUtf8();
    q.reset();
    QTimeZone zone = Workflow::WorkCalendar::zoneFor(id);
    if (!zone.isValid()) {
        qCWarning(lcFinance) << "unknown site time zone" << id << "- using Asia/Shanghai";
        zone = Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId);
    }
    return zone;
}

Core::Result<int> CostLedger::gather(Storage::Connection &c, const QString &orderId)
{
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), QStringLiteral("cost_lines")};
    const auto written = gatherOne(c, orderId);
    if (!written)
        return written.error();
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    return *written;
}

Core::Result<int> CostLedger::gatherPending(Storage::Connection &c)
{
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), QStringLiteral("cost_pending")};
    Storage::Statement &q = c.prepare("SELECT order_id FROM cost_pending ORDER BY order_id");
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "cost_pending");
    q.reset();
    for (const QString &id : std::as_const(ids)) {
        // An order not synced here yet keeps its mark until it arrives.
        if (!orderRef(c, id))
            continue;
        if (const auto written = gatherOne(c, id); !written)
            return written.error();
        Storage::Statement &d = c.prepare("DELETE FROM cost_pending WHERE order_id = ?");
        d.bind(1, id);
        if (!d.exec())
            return Internal::WriteGuard::dbError(d, "cost_pending");
        d.reset();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    return int(ids.size());
}

Core::Result<int> CostLedger::gatherAll(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare(
        "SELECT id FROM sales_orders WHERE deleted = 0 AND parent_order_id IS NULL AND ("
        "EXISTS (SELECT 1 FROM work_orders w WHERE w.order_id = sales_orders.id) OR "
        "EXISTS (SELECT 1 FROM stock_moves m WHERE m.order_id = sales_orders.id) OR "
        "EXISTS (SELECT 1 FROM cost_lines l WHERE l.order_id = sales_orders.id) OR "
        "EXISTS (SELECT 1 FROM purchase_requisitions q WHERE q.order_id = sales_orders.id "
        "        AND q.po_line_id IS NOT NULL) OR "
        "EXISTS (SELECT 1 FROM shipment_packages p WHERE p.order_id = sales_orders.id) OR "
        "EXISTS (SELECT 1 FROM sales_orders r WHERE r.parent_order_id = sales_orders.id)) "
        "ORDER BY order_no");
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "sales_orders");
    q.reset();
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), QStringLiteral("cost_lines")};
    for (const QString &id : std::as_const(ids)) {
        if (const auto written = gatherOne(c, id); !written)
            return written.error();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    return int(ids.size());
}

Core::Status CostLedger::record(Storage::Connection &c, CostLine line)
{
    const QString where = QStringLiteral("cost line %1 %2").arg(line.sourceTable, line.sourceId);
    if (line.orderId.isEmpty() || line.sourceTable.isEmpty() || line.sourceId.isEmpty())
        return Core::Error{tr("a cost line needs an order, a source table and a source row"),
                           where};
    if (!line.occurredAt.isValid())
        return Core::Error{tr("a cost line needs the time its cost arose"), where};
    if (line.kind == CostKind::Overhead || line.kind == CostKind::Remake)
        return Core::Error{tr("overhead and re-make lines are gathered, not recorded"), where};
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};
    const auto order = orderRef(c, line.orderId);
    if (!order)
        return order.error();
    if (!order->parentId.isEmpty()) {
        line.viaOrderId = order->id;
        line.chargedTo = order->chargedTo;
        line.description = order->orderNo + QStringLiteral(" · ") + line.description;
        line.orderId = order->parentId;
        line.kind = CostKind::Remake;
    }
    line.fed = true;
    line.id = lineId(line.orderId, line.kind, line.sourceTable, line.sourceId);
    const auto stored = storedLines(c, line.orderId);
    if (!stored)
        return stored.error();
    const auto it = stored->constFind(line.id);
    const Stored *before = it == stored->constEnd() ? nullptr : &*it;
    if (!before || before->deleted || lineJson(before->line, false) != lineJson(line, false)) {
        if (Core::Status s = writeLine(c, line, false, before); !s)
            return s;
    }
    if (const auto written = gatherOne(c, line.orderId); !written)
        return written.error();
    return guard.finish();
}

Core::Status CostLedger::withdraw(Storage::Connection &c, const QString &orderId, CostKind kind,
                                  const QString &sourceTable, const QString &sourceId)
{
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), QStringLiteral("cost_lines")};
    auto order = orderRef(c, orderId);
    if (!order)
        return order.error();
    QString owner = order->id;
    if (!order->parentId.isEmpty()) {
        owner = order->parentId;
        kind = CostKind::Remake;
    }
    const auto stored = storedLines(c, owner);
    if (!stored)
        return stored.error();
    const auto it = stored->constFind(lineId(owner, kind, sourceTable, sourceId));
    if (it != stored->constEnd() && it->line.fed && !it->deleted) {
        if (Core::Status s = writeLine(c, it->line, true, &*it); !s)
            return s;
        if (const auto written = gatherOne(c, owner); !written)
            return written.error();
    }
    return guard.finish();
}

Core::Result<QList<CostLine>> CostLedger::lines(Storage::Connection &c, const QString &orderId)
{
    const auto stored = storedLines(c, orderId);
    if (!stored)
        return stored.error();
    QList<CostLine> out;
    for (const Stored &s : *stored) {
        if (!s.deleted)
            out.append(s.line);
    }
    std::sort(out.begin(), out.end(), [](const CostLine &a, const CostLine &b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.sourceId < b.sourceId;
    });
    return out;
}

} // namespace Hearth::Finance
