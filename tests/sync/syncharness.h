#pragma once

// The server and desks of the merge and event tests: a fresh server per test, desks in a
// temporary folder, and rows written as the repositories write them (the change's record
// names the row's key and the fields it set, before and after).

#include "../server/serverfixture.h"
#include "deskfixture.h"

#include "core/searchtext.h"
#include "sync/protocol.h"
#include "users/passwordhasher.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace SyncTest {

struct Harness
{
    ServerTest::Fixture f;
    QString adminToken;
    std::unique_ptr<QTemporaryDir> dir;

    bool start()
    {
        if (!f.start())
            return false;
        dir = std::make_unique<QTemporaryDir>();
        adminToken = token(QStringLiteral("admin"),
                           QLatin1String(ServerTest::Fixture::AdminPassword));
        return dir->isValid() && !adminToken.isEmpty();
    }

    void stop()
    {
        f.stop();
        dir.reset();
    }

    QString token(const QString &user, const QString &password)
    {
        return f.login(user, password).json.value(QStringLiteral("token")).toString();
    }

    /// An organisation unit with one user in it; returns the user's token.
    QString addMember(const QString &kind, const QString &code, const QString &userName,
                      Hearth::Users::Role role)
    {
        Hearth::Server::Accounts accounts(*f.store);
        if (!f.store->begin())
            return {};
        const auto unit = accounts.createOrgUnit({{}, kind, code, code, {}}, f.now);
        if (!unit)
            return {};
        const auto user = accounts.createUser({userName, userName, role,
                                               QStringLiteral("D3aler-pass-word"), unit->id},
                                              f.now);
        if (!user || !f.store->commit())
            return {};
        return token(userName, QStringLiteral("D3aler-pass-word"));
    }

    Hearth::Sync::SyncSettings settings(const QString &token, int pullLimit = 200)
    {
        Hearth::Sync::SyncSettings s;
        s.server = f.url(QString());
        s.token = token;
        s.trustedCertificates = {f.certificate};
        s.pushBatch = 50;
        s.pullLimit = pullLimit;
        return s;
    }

    bool openDesk(Desk &desk, const QString &name, const QString &token, int pullLimit = 200)
    {
        if (!desk.open(dir->filePath(name + QStringLiteral(".hearth")),
                       settings(token, pullLimit))) {
            return false;
        }
        // The tests write child rows without every parent a real desk would hold.
        return desk.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }

    qint64 serverCount(const QString &where)
    {
        return f.count(QStringLiteral("sync_rows WHERE %1").arg(where));
    }

    QString serverFields(const QString &table, const QString &rowId)
    {
        QSqlQuery q = f.store->prepare(QStringLiteral(
            "SELECT fields FROM sync_rows WHERE table_name = ? AND row_id = ?"));
        q.addBindValue(table);
        q.addBindValue(rowId);
        return f.store->exec(q) && q.next() ? q.value(0).toString() : QString();
    }
};

inline QVariant bindable(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isNull() || v.isUndefined())
        return QVariant();
    return v.toString();
}

/// Inserts a row and records it as a repository does: the record holds the row with its key.
/// fileUnder files the outbox entry under another id (the order's, as tasks and work orders
/// are filed).
inline bool insertRow(Desk &desk, const QString &table, const QString &id,
                      const QJsonObject &fields, const QString &fileUnder = QString())
{
    Hearth::Storage::Transaction tx(*desk.connection);
    const QString hlc = desk.clock->now();
    const QString key = Hearth::Sync::SyncTables::keyColumn(table);
    QStringList columns{key, QStringLiteral("hlc")};
    QVariantList values{id, hlc};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        columns.append(it.key());
        values.append(bindable(it.value()));
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    if (!desk.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(u','), marks.join(u',')),
                   values)) {
        return false;
    }
    QJsonObject after = fields;
    after.insert(key, id);
    if (!Hearth::Storage::ChangeLog::record(
            *desk.connection, {table, fileUnder.isEmpty() ? id : fileUnder,
                               Hearth::Storage::ChangeLog::Op::Insert, {}, after, hlc, {}})) {
        return false;
    }
    return bool(tx.commit());
}

/// Changes some fields of a row and records only those, before and after.
inline bool updateRow(Desk &desk, const QString &table, const QString &id,
                      const QJsonObject &changes, const QString &fileUnder = QString())
{
    Hearth::Storage::Transaction tx(*desk.connection);
    const QString hlc = desk.clock->now();
    const QString key = Hearth::Sync::SyncTables::keyColumn(table);
    QJsonObject before;
    QStringList sets{QStringLiteral("hlc = ?")};
    QVariantList values{hlc};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QVariant was = desk.value(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(it.key(), table, key), {id});
        before.insert(it.key(), QJsonValue::fromVariant(was));
        sets.append(it.key() + QStringLiteral(" = ?"));
        values.append(bindable(it.value()));
    }
    values.append(id);
    if (!desk.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                       .arg(table, sets.join(QStringLiteral(", ")), key),
                   values)) {
        return false;
    }
    QJsonObject after = changes;
    after.insert(key, id);
    before.insert(key, id);
    if (!Hearth::Storage::ChangeLog::record(
            *desk.connection, {table, fileUnder.isEmpty() ? id : fileUnder,
                               Hearth::Storage::ChangeLog::Op::Update, before, after, hlc, {}})) {
        return false;
    }
    return bool(tx.commit());
}

inline bool deleteRow(Desk &desk, const QString &table, const QString &id)
{
    Hearth::Storage::Transaction tx(*desk.connection);
    const QString hlc = desk.clock->now();
    const QString key = Hearth::Sync::SyncTables::keyColumn(table);
    if (!desk.exec(QStringLiteral("UPDATE %1 SET hlc = ?, deleted = 1 WHERE %2 = ?")
                       .arg(table, key),
                   {hlc, id})) {
        return false;
    }
    if (!Hearth::Storage::ChangeLog::record(
            *desk.connection, {table, id, Hearth::Storage::ChangeLog::Op::Delete,
                               QJsonObject{{key, id}}, {}, hlc, {}})) {
        return false;
    }
    return bool(tx.commit());
}

inline QString field(Desk &desk, const QString &table, const QString &id, const QString &column)
{
    const QString key = Hearth::Sync::SyncTables::keyColumn(table);
    const QVariant v = desk.value(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(column, table, key), {id});
    return v.isNull() ? QStringLiteral("∅") : v.toString();
}

/// An order of the desk, with the fields a new order has.
inline QString newOrder(Desk &desk, const QString &orderNo, const QJsonObject &extra = {})
{
    const QString id = desk.newId();
    QJsonObject fields{{QStringLiteral("order_no"), orderNo},
                       {QStringLiteral("channel"), QStringLiteral("dealer")},
                       {QStringLiteral("signed_on"), QStringLiteral("2026-12-01")},
                       {QStringLiteral("status"), QStringLiteral("new")},
                       {QStringLiteral("total_micros"), 1000000000},
                       {QStringLiteral("city"), QStringLiteral("深圳")},
                       {QStringLiteral("created_at"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T08:00:00Z")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        fields.insert(it.key(), it.value());
    return insertRow(desk, QStringLiteral("sales_orders"), id, fields) ? id : QString();
}

/// Stock as the warehouse module writes it (0009_stock.sql): an item, a warehouse and a bin.
struct StockPlace
{
    QString item;
    QString warehouse;
    QString bin;
};

inline StockPlace addStockPlace(Desk &desk, const QString &code)
{
    const QString stamp = QStringLiteral("2026-12-01T08:00:00Z");
    StockPlace p{desk.newId(), desk.newId(), desk.newId()};
    const bool ok =
        insertRow(desk, QStringLiteral("items"), p.item,
                  {{QStringLiteral("code"), QStringLiteral("HW-") + code},
                   {QStringLiteral("name"), QStringLiteral("铰链")},
                   {QStringLiteral("name_en"), QStringLiteral("Hinge")},
                   {QStringLiteral("kind"), QStringLiteral("hardware")},
                   {QStringLiteral("unit"), QStringLiteral("piece")},
                   {QStringLiteral("standard_cost_micros"), 2500000},
                   {QStringLiteral("created_at"), stamp}, {QStringLiteral("updated_at"), stamp}})
        && insertRow(desk, QStringLiteral("warehouses"), p.warehouse,
                     {{QStringLiteral("code"), QStringLiteral("WH-") + code},
                      {QStringLiteral("name"), QStringLiteral("五金仓")},
                      {QStringLiteral("created_at"), stamp},
                      {QStringLiteral("updated_at"), stamp}})
        && insertRow(desk, QStringLiteral("bins"), p.bin,
                     {{QStringLiteral("warehouse_id"), p.warehouse},
                      {QStringLiteral("code"), QStringLiteral("B-") + code},
                      {QStringLiteral("name"), QStringLiteral("A01货架")},
                      {QStringLiteral("created_at"), stamp},
                      {QStringLiteral("updated_at"), stamp}});
    return ok ? p : StockPlace{};
}

/// A stock move (出入库) of whole pieces at 2.50 yuan each: "receive" into the bin, "issue"
/// out of it. key is the move's idempotency key (a scan's); order may be empty.
inline QString stockMove(Desk &desk, const StockPlace &p, const QString &kind, qint64 pieces,
                         const QString &key, const QString &order = QString())
{
    const QString id = desk.newId();
    const bool in = kind == QLatin1String("receive");
    QJsonObject fields{{QStringLiteral("idempotency_key"), key},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("item_id"), p.item},
                       {QStringLiteral("quantity_micros"), pieces * 1000000},
                       {QStringLiteral("unit"), QStringLiteral("piece")},
                       {QStringLiteral("unit_cost_micros"), 2500000},
                       {QStringLiteral("value_micros"), pieces * 2500000},
                       {QStringLiteral("user_name"), QStringLiteral("warehouse.wu")},
                       {QStringLiteral("created_at"), QStringLiteral("2026-12-03T08:00:00Z")}};
    fields.insert(in ? QStringLiteral("to_bin_id") : QStringLiteral("from_bin_id"), p.bin);
    if (!order.isEmpty())
        fields.insert(QStringLiteral("order_id"), order);
    return insertRow(desk, QStringLiteral("stock_moves"), id, fields, order) ? id : QString();
}

/// A receipt (收款) on an order, filed under the order as the finance module files it.
inline QString receipt(Desk &desk, const QString &order, qint64 fen, const QString &key,
                       const QString &kind = QStringLiteral("deposit"))
{
    const QString id = desk.newId();
    const bool ok = insertRow(
        desk, QStringLiteral("receipts"), id,
        {{QStringLiteral("order_id"), order}, {QStringLiteral("kind"), kind},
         {QStringLiteral("method"), QStringLiteral("wechat_pay")},
         {QStringLiteral("amount_fen"), fen},
         {QStringLiteral("received_on"), QStringLiteral("2026-12-03")},
         {QStringLiteral("idempotency_key"), key},
         {QStringLiteral("recorded_by"), QStringLiteral("finance.sun")},
         {QStringLiteral("recorded_at"), QStringLiteral("2026-12-03T09:00:00Z")}},
        order);
    return ok ? id : QString();
}

/// A tax document with its lines (lines first, then the document and its change, which the
/// finance module writes in one transaction); the change is recorded for the document only.
inline QString taxDocument(Desk &desk, const QString &order, const QString &docNo,
                           const QList<qint64> &lineNetFen)
{
    const QString id = desk.newId();
    qint64 net = 0;
    for (qint64 fen : lineNetFen)
        net += fen;
    const qint64 tax = net * 13 / 100;
    for (qsizetype i = 0; i < lineNetFen.size(); ++i) {
        const qint64 lineTax = lineNetFen.at(i) * 13 / 100;
        if (!desk.exec(QStringLiteral("INSERT INTO tax_document_lines (id, document_id, line_no, "
                                      "description, net_fen, tax_fen, gross_fen) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?)"),
                       {desk.newId(), id, int(i + 1), QStringLiteral("吊柜 %1").arg(i + 1),
                        lineNetFen.at(i), lineTax, lineNetFen.at(i) + lineTax})) {
            return {};
        }
    }
    const bool ok = insertRow(
        desk, QStringLiteral("tax_documents"), id,
        {{QStringLiteral("order_id"), order}, {QStringLiteral("doc_no"), docNo},
         {QStringLiteral("kind"), QStringLiteral("invoice")},
         {QStringLiteral("tax_rounding"), QStringLiteral("line")},
         {QStringLiteral("prices_include_tax"), 0},
         {QStringLiteral("vat_rate_micros"), 130000}, {QStringLiteral("net_fen"), net},
         {QStringLiteral("tax_fen"), tax}, {QStringLiteral("gross_fen"), net + tax},
         {QStringLiteral("issued_by"), QStringLiteral("finance.sun")},
         {QStringLiteral("issued_at"), QStringLiteral("2026-12-03T10:00:00Z")}},
        order);
    return ok ? id : QString();
}

/// A row in each dealer table (0015_dealers.sql) as the finance module writes them: a dealer
/// unit with its credit limit, a rebate policy of two tiers (which travel inside it), a
/// settlement and a confirmed statement; and a closed month (0020_month_close.sql).
inline bool addDealerRows(Desk &desk)
{
    const QString stamp = QStringLiteral("2026-12-03T09:30:00Z");
    const QString unit = desk.newId();
    const QString policy = desk.newId();
    const QString suffix = desk.newId().left(8);
    for (const auto &[threshold, rate] : {std::pair{0, 10000}, std::pair{5000000, 20000}}) {
        if (!desk.exec(QStringLiteral("INSERT INTO rebate_policy_tiers (id, hlc, policy_id, "
                                      "threshold_fen, rate_micros) VALUES (?, ?, ?, ?, ?)"),
                       {desk.newId(), desk.clock->now(), policy, threshold, rate})) {
            return false;
        }
    }
    return insertRow(desk, QStringLiteral("org_units"), unit,
                     {{QStringLiteral("kind"), QStringLiteral("dealer")},
                      {QStringLiteral("code"), QStringLiteral("D-") + suffix},
                      {QStringLiteral("name"), QStringLiteral("佛山经销商")},
                      {QStringLiteral("created_at"), stamp},
                      {QStringLiteral("updated_at"), stamp}})
           && insertRow(desk, QStringLiteral("dealer_credit_limits"), desk.newId(),
                        {{QStringLiteral("dealer_unit_id"), unit},
                         {QStringLiteral("limit_fen"), 5000000},
                         {QStringLiteral("updated_by"), QStringLiteral("finance.sun")},
                         {QStringLiteral("created_at"), stamp},
                         {QStringLiteral("updated_at"), stamp}})
           && insertRow(desk, QStringLiteral("rebate_policies"), policy,
                        {{QStringLiteral("code"), QStringLiteral("R-") + suffix},
                         {QStringLiteral("name"), QStringLiteral("季度返利")},
                         {QStringLiteral("dealer_unit_id"), unit},
                         {QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
                         {QStringLiteral("ends_on"), QStringLiteral("2026-12-31")},
                         {QStringLiteral("period"), QStringLiteral("quarter")},
                         {QStringLiteral("mode"), QStringLiteral("retroactive")},
                         {QStringLiteral("created_at"), stamp},
                         {QStringLiteral("updated_at"), stamp}})
           && insertRow(desk, QStringLiteral("rebate_settlements"), desk.newId(),
                        {{QStringLiteral("dealer_unit_id"), unit},
                         {QStringLiteral("policy_id"), policy},
                         {QStringLiteral("period_from"), QStringLiteral("2026-07-01")},
                         {QStringLiteral("period_to"), QStringLiteral("2026-09-30")},
                         {QStringLiteral("volume_fen"), 6000000},
                         {QStringLiteral("earned_fen"), 120000},
                         {QStringLiteral("amount_fen"), 120000},
                         {QStringLiteral("settled_on"), QStringLiteral("2026-10-08")},
                         {QStringLiteral("idempotency_key"), QStringLiteral("Q3-") + suffix},
                         {QStringLiteral("recorded_by"), QStringLiteral("finance.sun")},
                         {QStringLiteral("recorded_at"), stamp}})
           && insertRow(desk, QStringLiteral("dealer_statements"), desk.newId(),
                        {{QStringLiteral("dealer_unit_id"), unit},
                         {QStringLiteral("period_from"), QStringLiteral("2026-11-01")},
                         {QStringLiteral("period_to"), QStringLiteral("2026-11-30")},
                         {QStringLiteral("opening_fen"), 100000},
                         {QStringLiteral("orders_fen"), 800000},
                         {QStringLiteral("payments_fen"), 300000},
                         {QStringLiteral("rebates_fen"), 0},
                         {QStringLiteral("closing_fen"), 600000},
                         {QStringLiteral("confirmed_by"), QStringLiteral("张经理")},
                         {QStringLiteral("confirmed_on"), QStringLiteral("2026-12-02")},
                         {QStringLiteral("recorded_by"), QStringLiteral("finance.sun")},
                         {QStringLiteral("recorded_at"), stamp}})
           && insertRow(desk, QStringLiteral("finance_periods"), desk.newId(),
                        {{QStringLiteral("month"), QStringLiteral("2026-10")},
                         {QStringLiteral("status"), QStringLiteral("closed")},
                         {QStringLiteral("closed_at"), stamp},
                         {QStringLiteral("closed_by"), QStringLiteral("finance.sun")},
                         {QStringLiteral("snapshot"), QStringLiteral("{}")},
                         {QStringLiteral("created_at"), stamp},
                         {QStringLiteral("updated_at"), stamp}});
}

/// A row of every stock and finance table that syncs, for tests that walk every table.
inline bool addStockAndFinanceRows(Desk &desk, const QString &order)
{
    const StockPlace p = addStockPlace(desk, desk.newId().left(8));
    const QString stamp = QStringLiteral("2026-12-01T08:00:00Z");
    return !p.bin.isEmpty()
           && insertRow(desk, QStringLiteral("lots"), desk.newId(),
                        {{QStringLiteral("item_id"), p.item},
                         {QStringLiteral("lot_no"), QStringLiteral("L2026-12")},
                         {QStringLiteral("created_at"), stamp},
                         {QStringLiteral("updated_at"), stamp}})
           && !stockMove(desk, p, QStringLiteral("receive"), 10, desk.newId()).isEmpty()
           && !receipt(desk, order, 100000, desk.newId()).isEmpty()
           && insertRow(desk, QStringLiteral("payment_schedules"), desk.newId(),
                        {{QStringLiteral("order_id"), order},
                         {QStringLiteral("stage"), QStringLiteral("deposit")},
                         {QStringLiteral("amount_fen"), 300000},
                         {QStringLiteral("due_on"), QStringLiteral("2026-12-05")},
                         {QStringLiteral("created_at"), stamp},
                         {QStringLiteral("updated_at"), stamp}},
                        order)
           && !taxDocument(desk, order, QStringLiteral("FP-") + desk.newId().left(8),
                           {100000, 50000})
                   .isEmpty();
}

/// A row in each table of packing, purchasing, shipping and costing (0011 to 0014), as their
/// modules write them: two packages of the order with a panel in one, a supplier with its price
/// and a reorder point for a hinge, a purchase order line taken by a requisition for the order
/// and put at risk by the supplier's delay, a shipment carrying the order's package with a
/// tracking event, and the order's cost line and estimate.
inline bool addPackingShippingAndCostRows(Desk &desk, const QString &order)
{
    const StockPlace p = addStockPlace(desk, desk.newId().left(8));
    const QString stamp = QStringLiteral("2026-12-03T09:00:00Z");
    const QString package = desk.newId();
    const QString supplier = desk.newId();
    const QString po = desk.newId();
    const QString poLine = desk.newId();
    const QString shipment = desk.newId();
    const QString suffix = desk.newId().left(8);
    const auto stamped = [&stamp](QJsonObject row, bool updated = true) {
        row.insert(QStringLiteral("created_at"), stamp);
        if (updated)
            row.insert(QStringLiteral("updated_at"), stamp);
        return row;
    };
    return !p.bin.isEmpty()
           && insertRow(desk, QStringLiteral("packages"), package,
                        stamped({{QStringLiteral("order_id"), order},
                                 {QStringLiteral("number"), 1},
                                 {QStringLiteral("count"), 2},
                                 {QStringLiteral("status"), QStringLiteral("staged")},
                                 {QStringLiteral("task_key"), QStringLiteral("cabinets")},
                                 {QStringLiteral("weight_grams"), 18500},
                                 {QStringLiteral("bin_id"), p.bin},
                                 {QStringLiteral("closed_at"), stamp},
                                 {QStringLiteral("staged_at"), stamp}}),
                        order)
           && insertRow(desk, QStringLiteral("packages"), desk.newId(),
                        stamped({{QStringLiteral("order_id"), order},
                                 {QStringLiteral("number"), 2},
                                 {QStringLiteral("count"), 2},
                                 {QStringLiteral("status"), QStringLiteral("planned")}}),
                        order)
           && insertRow(desk, QStringLiteral("package_items"), desk.newId(),
                        stamped({{QStringLiteral("package_id"), package},
                                 {QStringLiteral("order_id"), order},
                                 {QStringLiteral("part_id"), desk.newId()},
                                 {QStringLiteral("quantity_micros"), 1000000},
                                 {QStringLiteral("packed_micros"), 1000000},
                                 {QStringLiteral("packed_at"), stamp}}),
                        order)
           && insertRow(desk, QStringLiteral("suppliers"), supplier,
                        stamped({{QStringLiteral("code"), QStringLiteral("SUP-") + suffix},
                                 {QStringLiteral("name"), QStringLiteral("佛山五金厂")},
                                 {QStringLiteral("name_en"), QStringLiteral("Foshan Hardware")},
                                 {QStringLiteral("lead_days"), 7},
                                 {QStringLiteral("phone"), QStringLiteral("0757-88886666")}}))
           && insertRow(desk, QStringLiteral("supplier_items"), desk.newId(),
                        stamped({{QStringLiteral("supplier_id"), supplier},
                                 {QStringLiteral("item_id"), p.item},
                                 {QStringLiteral("price_micros"), 2300000},
                                 {QStringLiteral("pack_size_micros"), 50000000},
                                 {QStringLiteral("preferred"), 1}}))
           && insertRow(desk, QStringLiteral("reorder_points"), desk.newId(),
                        stamped({{QStringLiteral("item_id"), p.item},
                                 {QStringLiteral("reorder_point_micros"), 100000000},
                                 {QStringLiteral("reorder_quantity_micros"), 200000000},
                                 {QStringLiteral("supplier_id"), supplier}}))
           && insertRow(desk, QStringLiteral("purchase_orders"), po,
                        stamped({{QStringLiteral("po_no"), QStringLiteral("PO-") + suffix},
                                 {QStringLiteral("supplier_id"), supplier},
                                 {QStringLiteral("ordered_on"), QStringLiteral("2026-12-03")},
                                 {QStringLiteral("total_micros"), 115000000}}))
           && insertRow(desk, QStringLiteral("purchase_order_lines"), poLine,
                        stamped({{QStringLiteral("po_id"), po},
                                 {QStringLiteral("line_no"), 1},
                                 {QStringLiteral("item_id"), p.item},
                                 {QStringLiteral("description"), QStringLiteral("铰链")},
                                 {QStringLiteral("unit"), QStringLiteral("piece")},
                                 {QStringLiteral("need_micros"), 4000000},
                                 {QStringLiteral("quantity_micros"), 50000000},
                                 {QStringLiteral("surplus_micros"), 46000000},
                                 {QStringLiteral("packs"), 1},
                                 {QStringLiteral("price_micros"), 2300000},
                                 {QStringLiteral("amount_micros"), 115000000},
                                 {QStringLiteral("needed_by"), QStringLiteral("2026-12-08")},
                                 {QStringLiteral("confirmed_micros"), 50000000},
                                 {QStringLiteral("confirmed_on"), QStringLiteral("2026-12-10")}}))
           && insertRow(desk, QStringLiteral("purchase_requisitions"), desk.newId(),
                        stamped({{QStringLiteral("source_key"),
                                  QStringLiteral("hardware:%1:1-hinge").arg(order)},
                                 {QStringLiteral("source"), QStringLiteral("hardware")},
                                 {QStringLiteral("order_id"), order},
                                 {QStringLiteral("item_id"), p.item},
                                 {QStringLiteral("description"), QStringLiteral("铰链")},
                                 {QStringLiteral("supplier_id"), supplier},
                                 {QStringLiteral("quantity_micros"), 4000000},
                                 {QStringLiteral("unit"), QStringLiteral("piece")},
                                 {QStringLiteral("needed_by"), QStringLiteral("2026-12-08")},
                                 {QStringLiteral("status"), QStringLiteral("ordered")},
                                 {QStringLiteral("po_line_id"), poLine}}),
                        order)
           && insertRow(desk, QStringLiteral("order_risks"), desk.newId(),
                        stamped({{QStringLiteral("order_id"), order},
                                 {QStringLiteral("po_line_id"), poLine},
                                 {QStringLiteral("source"), QStringLiteral("confirmation")},
                                 {QStringLiteral("reason"), QStringLiteral("供应商延期至12月10日")},
                                 {QStringLiteral("needed_by"), QStringLiteral("2026-12-08")},
                                 {QStringLiteral("new_date"), QStringLiteral("2026-12-10")}},
                                false),
                        order)
           && insertRow(desk, QStringLiteral("shipments"), shipment,
                        stamped({{QStringLiteral("shipment_no"), QStringLiteral("SH-") + suffix},
                                 {QStringLiteral("carrier_code"), QStringLiteral("sf")},
                                 {QStringLiteral("tracking_no"), QStringLiteral("SF") + suffix},
                                 {QStringLiteral("status"), QStringLiteral("shipped")},
                                 {QStringLiteral("ship_date"), QStringLiteral("2026-12-03")},
                                 {QStringLiteral("freight_fen"), 12000}}))
           && insertRow(desk, QStringLiteral("shipment_packages"), desk.newId(),
                        stamped({{QStringLiteral("shipment_id"), shipment},
                                 {QStringLiteral("order_id"), order},
                                 {QStringLiteral("package_id"), package},
                                 {QStringLiteral("package_label"), QStringLiteral("1/2")}},
                                false),
                        order)
           && insertRow(desk, QStringLiteral("shipment_orders"), desk.newId(),
                        stamped({{QStringLiteral("shipment_id"), shipment},
                                 {QStringLiteral("order_id"), order},
                                 {QStringLiteral("packages"), 1},
                                 {QStringLiteral("freight_fen"), 12000},
                                 {QStringLiteral("status"), QStringLiteral("shipped")},
                                 {QStringLiteral("last_status"), QStringLiteral("accepted")},
                                 {QStringLiteral("last_place"), QStringLiteral("佛山")}}),
                        order)
           && insertRow(desk, QStringLiteral("tracking_events"), desk.newId(),
                        {{QStringLiteral("shipment_id"), shipment},
                         {QStringLiteral("event_key"), desk.newId()},
                         {QStringLiteral("occurred_at"), stamp},
                         {QStringLiteral("status"), QStringLiteral("accepted")},
                         {QStringLiteral("carrier_status"), QStringLiteral("50")},
                         {QStringLiteral("place"), QStringLiteral("佛山")},
                         {QStringLiteral("description"), QStringLiteral("快件已揽收")},
                         {QStringLiteral("recorded_at"), stamp}},
                        shipment)
           && insertRow(desk, QStringLiteral("cost_lines"), desk.newId(),
                        stamped({{QStringLiteral("order_id"), order},
                                 {QStringLiteral("kind"), QStringLiteral("freight")},
                                 {QStringLiteral("origin"), QStringLiteral("fed")},
                                 {QStringLiteral("amount_fen"), 12000},
                                 {QStringLiteral("source_table"), QStringLiteral("shipments")},
                                 {QStringLiteral("source_id"), shipment},
                                 {QStringLiteral("description"), QStringLiteral("顺丰运费")},
                                 {QStringLiteral("occurred_at"), stamp}}),
                        order)
           && insertRow(desk, QStringLiteral("order_estimates"), desk.newId(),
                        stamped({{QStringLiteral("order_id"), order},
                                 {QStringLiteral("material_fen"), 42000},
                                 {QStringLiteral("hardware_fen"), 1000},
                                 {QStringLiteral("labour_fen"), 6000},
                                 {QStringLiteral("area_mm2"), 252000},
                                 {QStringLiteral("run_seconds"), 600},
                                 {QStringLiteral("estimated_at"), stamp}}),
                        order);
}

/// What a bin holds of an item on a desk, in micros of the item's unit, from the balance the
/// triggers keep.
inline qint64 binBalance(Desk &desk, const StockPlace &p)
{
    return desk.value(QStringLiteral("SELECT COALESCE(SUM(quantity_micros), 0) FROM "
                                     "stock_balances WHERE item_id = ? AND bin_id = ?"),
                      {p.item, p.bin})
        .toLongLong();
}

/// What was paid on an order: receipts less refunds, in fen.
inline qint64 paidFen(Desk &desk, const QString &order)
{
    return desk.value(QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'refund' THEN "
                                     "-amount_fen ELSE amount_fen END), 0) FROM receipts WHERE "
                                     "order_id = ? AND deleted = 0"),
                      {order})
        .toLongLong();
}

} // namespace SyncTest
