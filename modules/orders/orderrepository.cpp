#include "orderrepository.h"

#include "core/searchtext.h"
#include "orderdocument.h"
#include "ordernumbers.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>

namespace Hearth::Orders {

using Internal::OrderDocument;
using Storage::Connection;
using Storage::Statement;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDate dateFrom(const QString &s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

std::optional<qint64> optInt(const Statement &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.int64(column);
}

std::optional<Core::Decimal> optDecimal(const Statement &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return Core::Decimal::fromMicros(q.int64(column));
}

Core::Error dbError(const Statement &q, const QString &where)
{
    return Core::Error{
        QCoreApplication::translate("Hearth::Orders", "database error: %1").arg(q.error()), where};
}

// One row of the search index. Each statement is a single-row write on purpose: a statement
// that may write several rows (INSERT ... SELECT) opens a statement savepoint, and FTS5 flushes
// its pending terms to a new segment at every savepoint, so an import of many orders in one
// transaction would leave one segment per order and spend its time merging them.
Core::Status writeSearchRow(Connection &c, const SalesOrder &o, qint64 rowid, bool replace)
{
    QStringList fields{o.orderNo, o.channelOrderNo, o.customer.name, o.customer.mobile,
                       o.address.toString(), o.address.postalCode, o.dealer.name,
                       o.designer.name};
    for (const OrderLine &l : o.lines)
        fields << l.sku << l.description;
    if (replace) {
        Statement &remove = c.prepare("DELETE FROM orders_fts WHERE rowid = ?");
        remove.bind(1, rowid);
        if (!remove.exec())
            return dbError(remove, QStringLiteral("orders_fts"));
    }
    Statement &insert = c.prepare("INSERT INTO orders_fts(rowid, tokens) VALUES (?, ?)");
    insert.bind(1, rowid).bind(2, Core::SearchText::indexTokens(fields));
    if (!insert.exec())
        return dbError(insert, QStringLiteral("orders_fts"));
    return {};
}

} // namespace

QList<FieldError> OrderRepository::validate(const SalesOrder &order)
{
    QList<FieldError> errors;
    static const QRegularExpression mobilePattern(QStringLiteral("^1[3-9]\\d{9}$"));
    if (order.customer.name.trimmed().isEmpty())
        errors.append({QStringLiteral("customer"), tr("a customer name is required")});
    const QString mobile = order.customer.mobile.trimmed();
    if (order.channel != Channel::Other && !mobile.isEmpty() && mobile.at(0) == u'1'
        && mobile.size() == 11 && !mobilePattern.match(mobile).hasMatch()) {
        errors.append({QStringLiteral("mobile"),
                       tr("a mainland mobile number has 11 digits starting 13–19")});
    }
    if (!order.signedOn.isValid())
        errors.append({QStringLiteral("signed_on"), tr("the date signed is required")});
    if (order.promisedOn.isValid() && order.signedOn.isValid()
        && order.promisedOn < order.signedOn) {
        errors.append({QStringLiteral("promised_on"),
                       tr("the promised date is before the date signed")});
    }
    if (order.depositFen < 0)
        errors.append({QStringLiteral("deposit"), tr("the deposit cannot be negative")});
    if (order.lines.isEmpty())
        errors.append({QStringLiteral("lines"), tr("an order needs at least one line")});
    for (const OrderLine &line : order.lines) {
        const QString where = QStringLiteral("lines[%1]").arg(line.lineNo);
        if (line.description.trimmed().isEmpty() && line.sku.trimmed().isEmpty())
            errors.append({where, tr("line %1 has neither a product nor a description")
                                      .arg(line.lineNo)});
        if (line.quantity.micros() <= 0)
            errors.append({where, tr("line %1: the quantity must be above zero").arg(line.lineNo)});
        for (const auto &dim : {line.widthMm, line.heightMm, line.depthMm}) {
            if (dim && (*dim <= 0 || *dim > 10000)) {
                errors.append({where, tr("line %1: sizes are in mm, between 1 and 10000")
                                          .arg(line.lineNo)});
                break;
            }
        }
        if (line.discount.micros() < 0 || line.discount.micros() > Core::Decimal::One)
            errors.append({where, tr("line %1: the discount is a rate between 0 and 1")
                                      .arg(line.lineNo)});
    }
    const Core::Decimal deposit = Core::Decimal::fromMicros(order.depositFen * 10'000);
    if (!order.lines.isEmpty() && deposit > order.total())
        errors.append({QStringLiteral("deposit"), tr("the deposit is more than the order total")});
    return errors;
}

QString OrderRepository::nextOrderNo(Connection &c)
{
    const QString prefix = OrderNumbers::prefix(c);
    return OrderNumbers::format(prefix, OrderNumbers::lastNumber(c, prefix) + 1);
}

QJsonObject OrderRepository::toJson(const SalesOrder &o)
{
    return OrderDocument::build(o);
}

Core::Result<QString> OrderRepository::upsertCustomer(Connection &c, Channel channel,
                                                      const Customer &cu, const QString &hlc,
                                                      const QString &now)
{
    QString code = cu.externalCode;
    if (code.isEmpty())
        code = cu.mobile.isEmpty() ? cu.name : cu.mobile;
    const QString channelText = channelCode(channel);

    Statement &find = c.prepare(
        "SELECT id, name, mobile, province, city, district, street, postal_code, segment "
        "FROM customers WHERE channel = ? AND external_code = ?");
    find.bind(1, channelText).bind(2, code);
    if (find.next()) {
        const QString id = find.text(0);
        const bool same = find.text(1) == cu.name && find.text(2) == cu.mobile
            && find.text(3) == cu.address.province && find.text(4) == cu.address.city
            && find.text(5) == cu.address.district && find.text(6) == cu.address.street
            && find.text(7) == cu.address.postalCode && find.text(8) == cu.segment;
        find.reset();
        if (same)
            return id;
        Statement &update = c.prepare(
            "UPDATE customers SET name = ?, mobile = ?, province = ?, city = ?, district = ?, "
            "street = ?, postal_code = ?, segment = ?, hlc = ?, updated_at = ? WHERE id = ?");
        update.bind(1, cu.name).bind(2, orNull(cu.mobile)).bind(3, orNull(cu.address.province))
            .bind(4, orNull(cu.address.city)).bind(5, orNull(cu.address.district))
            .bind(6, orNull(cu.address.street)).bind(7, orNull(cu.address.postalCode))
            .bind(8, orNull(cu.segment)).bind(9, hlc).bind(10, now).bind(11, id);
        if (!update.exec())
            return dbError(update, QStringLiteral("customers"));
        return id;
    }
    find.reset();

    const QString id = newId();
    Statement &insert = c.prepare(
        "INSERT INTO customers(id, hlc, channel, external_code, name, mobile, province, city, "
        "district, street, postal_code, segment, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, hlc).bind(3, channelText).bind(4, code).bind(5, cu.name)
        .bind(6, orNull(cu.mobile)).bind(7, orNull(cu.address.province))
        .bind(8, orNull(cu.address.city)).bind(9, orNull(cu.address.district))
        .bind(10, orNull(cu.address.street)).bind(11, orNull(cu.address.postalCode))
        .bind(12, orNull(cu.segment)).bind(13, now).bind(14, now);
    if (!insert.exec())
        return dbError(insert, QStringLiteral("customers"));
    return id;
}

Core::Result<QString> OrderRepository::upsertPartner(Connection &c, const Partner &p,
                                                     const QString &hlc, const QString &now)
{
    const QString code = p.code.isEmpty() ? p.name : p.code;
    Statement &find = c.prepare("SELECT id, name FROM partners WHERE kind = ? AND code = ?");
    find.bind(1, p.kind).bind(2, code);
    if (find.next()) {
        const QString id = find.text(0);
        const bool sameName = p.name.isEmpty() || find.text(1) == p.name;
        find.reset();
        if (!sameName) {
            Statement &update = c.prepare(
                "UPDATE partners SET name = ?, hlc = ?, updated_at = ? WHERE id = ?");
            update.bind(1, p.name).bind(2, hlc).bind(3, now).bind(4, id);
            if (!update.exec())
                return dbError(update, QStringLiteral("partners"));
        }
        return id;
    }
    find.reset();
    const QString id = newId();
    Statement &insert = c.prepare(
        "INSERT INTO partners(id, hlc, kind, code, name, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, hlc).bind(3, p.kind).bind(4, code)
        .bind(5, p.name.isEmpty() ? code : p.name).bind(6, now).bind(7, now);
    if (!insert.exec())
        return dbError(insert, QStringLiteral("partners"));
    return id;
}

Core::Result<QString> OrderRepository::upsertProduct(Connection &c, const OrderLine &line,
                                                     const QString &hlc, const QString &now)
{
    Statement &find = c.prepare("SELECT id FROM products WHERE sku = ?");
    find.bind(1, line.sku);
    if (find.next()) {
        const QString id = find.text(0);
        find.reset();
        return id;
    }
    find.reset();
    const QString id = newId();
    Statement &insert = c.prepare(
        "INSERT INTO products(id, hlc, sku, name, kind, unit, price_micros, category, "
        "sub_category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, hlc).bind(3, line.sku)
        .bind(4, line.description.isEmpty() ? line.sku : line.description)
        .bind(5, line.isCustom() ? QStringLiteral("custom") : QStringLiteral("standard"))
        .bind(6, unitCode(line.unit))
        .bind(7, line.unitPrice ? std::optional<qint64>(line.unitPrice->micros()) : std::nullopt)
        .bind(8, orNull(line.category)).bind(9, orNull(line.subCategory)).bind(10, now)
        .bind(11, now);
    if (!insert.exec())
        return dbError(insert, QStringLiteral("products"));
    return id;
}

Core::Status OrderRepository::writeSearchIndex(Connection &c, const SalesOrder &o)
{
    Statement &find = c.prepare("SELECT rowid FROM sales_orders WHERE id = ?");
    find.bind(1, o.id);
    const std::optional<qint64> rowid = find.next() ? std::optional(find.int64(0)) : std::nullopt;
    find.reset();
    if (!rowid)
        return {};
    return writeSearchRow(c, o, *rowid, true);
}

Core::Status OrderRepository::writeOrder(Connection &c, SalesOrder &o, bool isNew,
                                         const QString &now)
{
    const auto customerId = upsertCustomer(c, o.channel, o.customer, o.hlc, now);
    if (!customerId)
        return customerId.error();
    o.customer.id = customerId.value();
    for (Partner *p : {&o.dealer, &o.store, &o.designer}) {
        if (p->code.isEmpty() && p->name.isEmpty()) {
            p->id.clear();
            continue;
        }
        const auto id = upsertPartner(c, *p, o.hlc, now);
        if (!id)
            return id.error();
        p->id = id.value();
    }

    Statement &q = isNew
        ? c.prepare("INSERT INTO sales_orders(order_no, channel, channel_order_no, customer_id, "
                    "dealer_id, store_id, designer_id, signed_on, promised_on, shipped_on, "
                    "ship_mode, status, returned, deposit_fen, total_micros, region, province, "
                    "city, district, street, postal_code, source_file, owner_id, parent_order_id, "
                    "charged_to, remake_reason, hlc, updated_at, id, created_at) VALUES (?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?)")
        : c.prepare("UPDATE sales_orders SET order_no = ?, channel = ?, channel_order_no = ?, "
                    "customer_id = ?, dealer_id = ?, store_id = ?, designer_id = ?, "
                    "signed_on = ?, promised_on = ?, shipped_on = ?, ship_mode = ?, status = ?, "
                    "returned = ?, deposit_fen = ?, total_micros = ?, region = ?, province = ?, "
                    "city = ?, district = ?, street = ?, postal_code = ?, source_file = ?, "
                    "owner_id = ?, parent_order_id = ?, charged_to = ?, remake_reason = ?, "
                    "hlc = ?, updated_at = ? WHERE id = ?");
    q.bind(1, o.orderNo).bind(2, channelCode(o.channel)).bind(3, orNull(o.channelOrderNo))
        .bind(4, o.customer.id).bind(5, orNull(o.dealer.id)).bind(6, orNull(o.store.id))
        .bind(7, orNull(o.designer.id)).bind(8, OrderDocument::dateText(o.signedOn))
        .bind(9, OrderDocument::dateText(o.promisedOn))
        .bind(10, OrderDocument::dateText(o.shippedOn))
        .bind(11, orNull(o.shipMode)).bind(12, statusCode(o.status)).bind(13, qint64(o.returned))
        .bind(14, o.depositFen).bind(15, o.total().micros()).bind(16, orNull(o.region))
        .bind(17, orNull(o.address.province)).bind(18, orNull(o.address.city))
        .bind(19, orNull(o.address.district)).bind(20, orNull(o.address.street))
        .bind(21, orNull(o.address.postalCode)).bind(22, orNull(o.sourceFile))
        .bind(23, orNull(o.ownerId)).bind(24, orNull(o.parentOrderId))
        .bind(25, orNull(o.chargedTo)).bind(26, orNull(o.remakeReason)).bind(27, o.hlc)
        .bind(28, now).bind(29, o.id);
    if (isNew)
        q.bind(30, now);
    if (!q.exec())
        return dbError(q, QStringLiteral("sales_orders %1").arg(o.orderNo));
    // The search index row shares the order's rowid; a new order has none to replace.
    const qint64 rowid = isNew ? sqlite3_last_insert_rowid(c.handle()) : 0;

    if (!isNew) {
        Statement &clear = c.prepare("DELETE FROM order_lines WHERE order_id = ?");
        clear.bind(1, o.id);
        if (!clear.exec())
            return dbError(clear, QStringLiteral("order_lines"));
    }
    for (OrderLine &l : o.lines) {
        if (l.id.isEmpty())
            l.id = newId();
        l.productId.clear();
        if (!l.sku.isEmpty()) {
            const auto productId = upsertProduct(c, l, o.hlc, now);
            if (!productId)
                return productId.error();
            l.productId = productId.value();
        }
        Statement &line = c.prepare(
            "INSERT INTO order_lines(id, hlc, order_id, line_no, channel_line_no, product_id, "
            "description, width_mm, height_mm, depth_mm, material, colour, unit, "
            "quantity_micros, unit_price_micros, discount_micros, amount_micros, profit_micros, "
            "spec, category, sub_category) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        line.bind(1, l.id).bind(2, o.hlc).bind(3, o.id).bind(4, l.lineNo)
            .bind(5, orNull(l.channelLineNo)).bind(6, orNull(l.productId))
            .bind(7, orNull(l.description)).bind(8, l.widthMm).bind(9, l.heightMm)
            .bind(10, l.depthMm).bind(11, orNull(l.material)).bind(12, orNull(l.colour))
            .bind(13, unitCode(l.unit)).bind(14, l.quantity)
            .bind(15, l.unitPrice ? std::optional<qint64>(l.unitPrice->micros()) : std::nullopt)
            .bind(16, l.discount)
            .bind(17, l.amount)
            .bind(18, l.profit ? std::optional<qint64>(l.profit->micros()) : std::nullopt)
            .bind(19, l.spec.isEmpty() ? QString()
                                       : QString::fromUtf8(QJsonDocument(l.spec).toJson(
                                           QJsonDocument::Compact)))
            .bind(20, orNull(l.category))
            .bind(21, orNull(l.subCategory));
        if (!line.exec())
            return dbError(line, QStringLiteral("%1 line %2").arg(o.orderNo).arg(l.lineNo));
    }
    return isNew ? writeSearchRow(c, o, rowid, false) : writeSearchIndex(c, o);
}

Core::Status OrderRepository::save(SalesOrder &order, const QString &reason)
{
    const QList<FieldError> errors = validate(order);
    if (!errors.isEmpty())
        return Core::Error{errors.first().message, errors.first().field};

    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};

    const bool isNew = order.id.isEmpty();
    SalesOrder before;
    if (isNew) {
        order.id = newId();
        if (order.orderNo.isEmpty())
            order.orderNo = nextOrderNo(c);
    } else {
        auto loaded = loadWith(c, order.id);
        if (!loaded)
            return loaded.error();
        before = loaded.value();
    }
    for (qsizetype i = 0; i < order.lines.size(); ++i)
        order.lines[i].lineNo = int(i + 1);
    const QString now = nowUtc();
    order.hlc = Storage::Database::clock().now();

    if (const Core::Status s = writeOrder(c, order, isNew, now); !s)
        return s;
    const Core::Status logged = Storage::ChangeLog::record(
        c, {QStringLiteral("sales_orders"), order.id,
            isNew ? Storage::ChangeLog::Op::Insert : Storage::ChangeLog::Op::Update,
            isNew ? QJsonObject() : toJson(before), toJson(order), order.hlc, reason});
    if (!logged)
        return logged;
    return tx.commit();
}

Core::Status OrderRepository::remove(const QString &id, const QString &reason)
{
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    auto loaded = loadWith(c, id);
    if (!loaded)
        return loaded.error();
    const QString hlc = Storage::Database::clock().now();
    Statement &del = c.prepare(
        "UPDATE sales_orders SET deleted = 1, hlc = ?, updated_at = ? WHERE id = ?");
    del.bind(1, hlc).bind(2, nowUtc()).bind(3, id);
    if (!del.exec())
        return dbError(del, QStringLiteral("sales_orders"));
    Statement &fts = c.prepare(
        "DELETE FROM orders_fts WHERE rowid = (SELECT rowid FROM sales_orders WHERE id = ?)");
    fts.bind(1, id);
    if (!fts.exec())
        return dbError(fts, QStringLiteral("orders_fts"));
    const Core::Status logged = Storage::ChangeLog::record(
        c, {QStringLiteral("sales_orders"), id, Storage::ChangeLog::Op::Delete,
            toJson(loaded.value()), QJsonObject(), hlc, reason});
    if (!logged)
        return logged;
    return tx.commit();
}

Core::Result<SalesOrder> OrderRepository::load(const QString &id)
{
    return loadWith(Storage::Database::connection(), id);
}

Core::Result<SalesOrder> OrderRepository::loadByOrderNo(const QString &orderNo)
{
    Connection &c = Storage::Database::connection();
    Statement &find = c.prepare("SELECT id FROM sales_orders WHERE order_no = ? AND deleted = 0");
    find.bind(1, orderNo);
    if (!find.next()) {
        find.reset();
        return Core::Error{tr("no order numbered %1").arg(orderNo), {}};
    }
    const QString id = find.text(0);
    find.reset();
    return loadWith(c, id);
}

Core::Result<SalesOrder> OrderRepository::loadWith(Connection &c, const QString &id)
{
    Statement &h = c.prepare(
        "SELECT o.id, o.order_no, o.channel, o.channel_order_no, o.signed_on, o.promised_on, "
        "o.shipped_on, o.ship_mode, o.status, o.returned, o.deposit_fen, o.region, o.province, "
        "o.city, o.district, o.street, o.postal_code, o.source_file, o.hlc, o.created_at, "
        "o.updated_at, cu.id, cu.external_code, cu.name, cu.mobile, cu.segment, "
        "cu.province, cu.city, cu.district, cu.street, cu.postal_code, "
        "d.id, d.code, d.name, s.id, s.code, s.name, g.id, g.code, g.name, o.owner_id, "
        "o.parent_order_id, o.charged_to, o.remake_reason "
        "FROM sales_orders o LEFT JOIN customers cu ON cu.id = o.customer_id "
        "LEFT JOIN partners d ON d.id = o.dealer_id LEFT JOIN partners s ON s.id = o.store_id "
        "LEFT JOIN partners g ON g.id = o.designer_id WHERE o.id = ? AND o.deleted = 0");
    h.bind(1, id);
    if (!h.next()) {
        h.reset();
        return Core::Error{tr("the order no longer exists"), id};
    }
    SalesOrder o;
    o.id = h.text(0);
    o.orderNo = h.text(1);
    o.channel = channelFromCode(h.text(2)).value_or(Channel::Other);
    o.channelOrderNo = h.text(3);
    o.signedOn = dateFrom(h.text(4));
    o.promisedOn = dateFrom(h.text(5));
    o.shippedOn = dateFrom(h.text(6));
    o.shipMode = h.text(7);
    o.status = statusFromCode(h.text(8)).value_or(OrderStatus::New);
    o.returned = h.int64(9) != 0;
    o.depositFen = h.int64(10);
    o.region = h.text(11);
    o.address = {h.text(12), h.text(13), h.text(14), h.text(15), h.text(16)};
    o.sourceFile = h.text(17);
    o.hlc = h.text(18);
    o.createdAt = h.text(19);
    o.updatedAt = h.text(20);
    o.customer.id = h.text(21);
    o.customer.externalCode = h.text(22);
    o.customer.name = h.text(23);
    o.customer.mobile = h.text(24);
    o.customer.segment = h.text(25);
    o.customer.address = {h.text(26), h.text(27), h.text(28), h.text(29), h.text(30)};
    o.dealer = {h.text(31), QStringLiteral("dealer"), h.text(32), h.text(33)};
    o.store = {h.text(34), QStringLiteral("store"), h.text(35), h.text(36)};
    o.designer = {h.text(37), QStringLiteral("designer"), h.text(38), h.text(39)};
    o.ownerId = h.text(40);
    o.parentOrderId = h.text(41);
    o.chargedTo = h.text(42);
    o.remakeReason = h.text(43);
    h.reset();

    Statement &l = c.prepare(
        "SELECT l.id, l.line_no, l.channel_line_no, l.product_id, p.sku, l.description, "
        "COALESCE(l.category, p.category), COALESCE(l.sub_category, p.sub_category), "
        "l.width_mm, l.height_mm, l.depth_mm, l.material, l.colour, "
        "l.unit, l.quantity_micros, l.unit_price_micros, l.discount_micros, l.amount_micros, "
        "l.profit_micros, l.spec FROM order_lines l LEFT JOIN products p ON p.id = l.product_id "
        "WHERE l.order_id = ? ORDER BY l.line_no");
    l.bind(1, id);
    while (l.next()) {
        OrderLine line;
        line.id = l.text(0);
        line.lineNo = int(l.int64(1));
        line.channelLineNo = l.text(2);
        line.productId = l.text(3);
        line.sku = l.text(4);
        line.description = l.text(5);
        line.category = l.text(6);
        line.subCategory = l.text(7);
        line.widthMm = optInt(l, 8);
        line.heightMm = optInt(l, 9);
        line.depthMm = optInt(l, 10);
        line.material = l.text(11);
        line.colour = l.text(12);
        line.unit = unitFromCode(l.text(13)).value_or(Unit::Piece);
        line.quantity = Core::Decimal::fromMicros(l.int64(14));
        line.unitPrice = optDecimal(l, 15);
        line.discount = Core::Decimal::fromMicros(l.int64(16));
        line.amount = Core::Decimal::fromMicros(l.int64(17));
        line.profit = optDecimal(l, 18);
        if (const QString spec = l.text(19); !spec.isEmpty())
            line.spec = QJsonDocument::fromJson(spec.toUtf8()).object();
        o.lines.append(line);
    }
    l.reset();
    return o;
}

QList<TimelineEntry> OrderRepository::timeline(const QString &orderId)
{
    QList<TimelineEntry> entries;
    Statement &q = Storage::Database::connection().prepare(
        "SELECT at, user_name, action, table_name, reason, before_json, after_json "
        "FROM audit_log WHERE row_id = ? ORDER BY id");
    q.bind(1, orderId);
    while (q.next()) {
        entries.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                        QJsonDocument::fromJson(q.text(5).toUtf8()).object(),
                        QJsonDocument::fromJson(q.text(6).toUtf8()).object()});
    }
    q.reset();
    return entries;
}

QList<OrderNote> OrderRepository::notes(const QString &orderId)
{
    QList<OrderNote> result;
    Statement &q = Storage::Database::connection().prepare(
        "SELECT id, author, body, created_at FROM order_notes WHERE order_id = ? AND deleted = 0 "
        "ORDER BY created_at");
    q.bind(1, orderId);
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2), q.text(3)});
    q.reset();
    return result;
}

Core::Status OrderRepository::addNote(const QString &orderId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return Core::Error{tr("a note cannot be empty"), {}};
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    const QString hlc = Storage::Database::clock().now();
    const auto document = insertNote(c, orderId, body, hlc, nowUtc());
    if (!document)
        return document.error();
    const Core::Status logged = Storage::ChangeLog::record(
        c, {QStringLiteral("order_notes"), document->value(QLatin1String("id")).toString(),
            Storage::ChangeLog::Op::Insert, {}, document.value(), hlc, {}}, orderId);
    if (!logged)
        return logged;
    return tx.commit();
}

Core::Result<QJsonObject> OrderRepository::insertNote(Connection &c, const QString &orderId,
                                                      const QString &body, const QString &hlc,
                                                      const QString &now)
{
    const QString id = newId();
    Statement &q = c.prepare(
        "INSERT INTO order_notes(id, hlc, order_id, author, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, id).bind(2, hlc).bind(3, orderId).bind(4, Storage::Database::currentUser())
        .bind(5, body.trimmed()).bind(6, now);
    if (!q.exec())
        return dbError(q, QStringLiteral("order_notes"));
    return QJsonObject{{QStringLiteral("note"), body.trimmed()}, {QStringLiteral("id"), id}};
}

QList<OrderAttachment> OrderRepository::attachments(const QString &orderId)
{
    QList<OrderAttachment> result;
    Statement &q = Storage::Database::connection().prepare(
        "SELECT id, file_name, mime_type, size_bytes, created_at FROM order_attachments "
        "WHERE order_id = ? AND deleted = 0 ORDER BY created_at");
    q.bind(1, orderId);
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2), q.int64(3), q.text(4)});
    q.reset();
    return result;
}

Core::Status OrderRepository::addAttachment(const QString &orderId, const QString &filePath)
{
    constexpr qint64 maxBytes = 50 * 1024 * 1024;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the file: %1").arg(file.errorString()), filePath};
    if (file.size() > maxBytes)
        return Core::Error{tr("the file is larger than 50 MB"), filePath};
    const QByteArray content = file.readAll();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(filePath, content).name();

    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    const QString id = newId();
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "INSERT INTO order_attachments(id, hlc, order_id, file_name, mime_type, sha256, "
        "size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id).bind(2, hlc).bind(3, orderId).bind(4, QFileInfo(filePath).fileName())
        .bind(5, mime).bind(6, sha).bind(7, qint64(content.size()));
    q.bindBlob(8, content);
    q.bind(9, nowUtc());
    if (!q.exec())
        return dbError(q, QStringLiteral("order_attachments"));
    const Core::Status logged = Storage::ChangeLog::record(
        c, {QStringLiteral("order_attachments"), id, Storage::ChangeLog::Op::Insert, {},
            QJsonObject{{QStringLiteral("file"), QFileInfo(filePath).fileName()},
                        {QStringLiteral("sha256"), sha}, {QStringLiteral("id"), id}},
            hlc, {}},
        orderId);
    if (!logged)
        return logged;
    return tx.commit();
}

} // namespace Hearth::Orders
