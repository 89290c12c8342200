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

#include <algorithm>

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

using LineChanges = QList<Storage::ChangeLog::Change>;

QJsonValue jsonText(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue jsonInt(std::optional<qint64> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonMicros(const std::optional<Core::Decimal> &v)
{
    return v ? QJsonValue(v->micros()) : QJsonValue(QJsonValue::Null);
}

QString specText(const QJsonObject &spec)
{
    return spec.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
}

// A line as the columns of order_lines that sync, keyed by column, so that sync can tell which
// fields an update touched. The spec and the categories are not among them.
QJsonObject lineRow(const QString &orderId, const OrderLine &l)
{
    return QJsonObject{{QStringLiteral("id"), l.id},
                       {QStringLiteral("order_id"), orderId},
                       {QStringLiteral("line_no"), l.lineNo},
                       {QStringLiteral("channel_line_no"), jsonText(l.channelLineNo)},
                       {QStringLiteral("product_id"), jsonText(l.productId)},
                       {QStringLiteral("description"), jsonText(l.description)},
                       {QStringLiteral("width_mm"), jsonInt(l.widthMm)},
                       {QStringLiteral("height_mm"), jsonInt(l.heightMm)},
                       {QStringLiteral("depth_mm"), jsonInt(l.depthMm)},
                       {QStringLiteral("material"), jsonText(l.material)},
                       {QStringLiteral("colour"), jsonText(l.colour)},
                       {QStringLiteral("unit"), unitCode(l.unit)},
                       {QStringLiteral("quantity_micros"), l.quantity.micros()},
                       {QStringLiteral("unit_price_micros"), jsonMicros(l.unitPrice)},
                       {QStringLiteral("discount_micros"), l.discount.micros()},
                       {QStringLiteral("amount_micros"), l.amount.micros()},
                       {QStringLiteral("profit_micros"), jsonMicros(l.profit)}};
}

// The line number a tombstoned line moves to, out of the way of the live lines (order_id and
// line_no are unique together, tombstones included). Taken from the line's id, so that two
// desks removing different lines of an order offline do not pick the same number.
qint64 tombstoneLineNo(const QString &lineId)
{
    const QByteArray digest =
        QCryptographicHash::hash(lineId.toLatin1(), QCryptographicHash::Sha1);
    quint32 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 8) | quint8(digest.at(i));
    return -1 - qint64(bits & 0x3fffffff);
}

// Where a renumbered line waits inside the transaction while the others move: below every
// tombstone's number. Never leaves the desk.
constexpr qint64 movingLineNoBase = -(qint64(1) << 40);

// A kept line's change of number, for the order its change is recorded in.
struct LineMove
{
    qint64 from = 0;
    qint64 to = 0;
};

// Lines whose number goes down are recorded in ascending order of their new number, lines whose
// number goes up in descending order, so that a desk applying the changes one by one finds
// each number free (a shift after a removal or an insertion; a swap stays a sync conflict).
bool recordedBefore(const LineMove &a, const LineMove &b)
{
    const int aGroup = a.to < a.from ? 0 : (a.to > a.from ? 1 : 2);
    const int bGroup = b.to < b.from ? 0 : (b.to > b.from ? 1 : 2);
    if (aGroup != bGroup)
        return aGroup < bGroup;
    if (aGroup == 0)
        return a.to < b.to;
    return aGroup == 1 && a.to > b.to;
}

} // namespace

Core::Status OrderRepository::recordParents(Connection &c, const OrderRowChanges &changes,
                                            const QString &reason)
{
    for (Storage::ChangeLog::Change change : changes.parents) {
        change.reason = reason;
        if (const Core::Status s = Storage::ChangeLog::record(c, change); !s)
            return s;
    }
    return {};
}

Core::Status OrderRepository::recordLines(Connection &c, const QString &orderId,
                                          const OrderRowChanges &changes, const QString &reason)
{
    for (Storage::ChangeLog::Change change : changes.lines) {
        change.reason = reason;
        if (const Core::Status s = Storage::ChangeLog::record(c, change, orderId); !s)
            return s;
    }
    return {};
}

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
                                                      const QString &now, LineChanges *changes,
                                                      const QString &owner)
{
    using Storage::ChangeLog;
    const auto document = [&](const QString &id, const QString &name, const QString &mobile,
                              const Address &a, const QString &segment) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("mobile"), jsonText(mobile)},
                           {QStringLiteral("province"), jsonText(a.province)},
                           {QStringLiteral("city"), jsonText(a.city)},
                           {QStringLiteral("district"), jsonText(a.district)},
                           {QStringLiteral("street"), jsonText(a.street)},
                           {QStringLiteral("postal_code"), jsonText(a.postalCode)},
                           {QStringLiteral("segment"), jsonText(segment)}};
    };
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
        const QJsonObject before =
            document(id, find.text(1), find.text(2),
                     {find.text(3), find.text(4), find.text(5), find.text(6), find.text(7)},
                     find.text(8));
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
        if (changes) {
            QJsonObject after = document(id, cu.name, cu.mobile, cu.address, cu.segment);
            after.insert(QStringLiteral("updated_at"), now);
            changes->append({QStringLiteral("customers"), id, ChangeLog::Op::Update, before,
                             after, hlc, {}});
        }
        return id;
    }
    find.reset();

    static const QUuid customers(QStringLiteral("{e57b0d39-8a1c-4f26-9b43-3c0d6f81a2e7}"));
    QString id = QUuid::createUuidV5(customers, channelText + u'|' + owner + u'|' + code)
                     .toString(QUuid::WithoutBraces);
    Statement &held = c.prepare("SELECT 1 FROM customers WHERE id = ?");
    held.bind(1, id);
    if (held.next())
        id = newId();  // its tombstone, or the same code under another channel text
    held.reset();
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
    if (changes) {
        QJsonObject after = document(id, cu.name, cu.mobile, cu.address, cu.segment);
        after.insert(QStringLiteral("channel"), channelText);
        after.insert(QStringLiteral("external_code"), code);
        after.insert(QStringLiteral("created_at"), now);
        after.insert(QStringLiteral("updated_at"), now);
        changes->append({QStringLiteral("customers"), id, ChangeLog::Op::Insert, {}, after, hlc,
                         {}});
    }
    return id;
}

QString OrderRepository::partnerId(const QString &kind, const QString &code)
{
    // Fixed for good: the ids of every partner row derive from it.
    static const QUuid partners(QStringLiteral("{0b6c1f7e-3d2a-4c59-8e41-7a9d25c3f6b2}"));
    return QUuid::createUuidV5(partners, kind + u'|' + code).toString(QUuid::WithoutBraces);
}

QString OrderRepository::productId(const QString &sku)
{
    static const QUuid products(QStringLiteral("{8e2f4a61-9c3b-4d07-b5e8-1f6a7c2d9e43}"));
    return QUuid::createUuidV5(products, sku).toString(QUuid::WithoutBraces);
}

QString OrderRepository::channelOrderId(const QString &channel, const QString &channelOrderNo)
{
    static const QUuid orders(QStringLiteral("{2a7c9e14-5f3b-4d68-b0a2-7e19c4d85f36}"));
    return QUuid::createUuidV5(orders, channel + u'|' + channelOrderNo)
        .toString(QUuid::WithoutBraces);
}

QString OrderRepository::channelLineId(const QString &orderId, const OrderLine &line)
{
    static const QUuid lines(QStringLiteral("{9d3e6b21-0c74-4a5f-8e19-b6f2a3c07d58}"));
    const QString which = line.channelLineNo.isEmpty()
                              ? QStringLiteral("#%1").arg(line.lineNo)
                              : QStringLiteral("ch:%1").arg(line.channelLineNo);
    return QUuid::createUuidV5(lines, orderId + u'|' + which).toString(QUuid::WithoutBraces);
}

Core::Result<QString> OrderRepository::upsertPartner(Connection &c, const Partner &p,
                                                     const QString &hlc, const QString &now,
                                                     LineChanges *changes)
{
    using Storage::ChangeLog;
    const QString code = p.code.isEmpty() ? p.name : p.code;
    Statement &find = c.prepare("SELECT id, name FROM partners WHERE kind = ? AND code = ?");
    find.bind(1, p.kind).bind(2, code);
    if (find.next()) {
        const QString id = find.text(0);
        const QString oldName = find.text(1);
        find.reset();
        if (!p.name.isEmpty() && oldName != p.name) {
            Statement &update = c.prepare(
                "UPDATE partners SET name = ?, hlc = ?, updated_at = ? WHERE id = ?");
            update.bind(1, p.name).bind(2, hlc).bind(3, now).bind(4, id);
            if (!update.exec())
                return dbError(update, QStringLiteral("partners"));
            if (changes) {
                changes->append({QStringLiteral("partners"), id, ChangeLog::Op::Update,
                                 QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("name"), oldName}},
                                 QJsonObject{{QStringLiteral("id"), id},
                                             {QStringLiteral("name"), p.name},
                                             {QStringLiteral("updated_at"), now}},
                                 hlc, {}});
            }
        }
        return id;
    }
    find.reset();
    const QString id = partnerId(p.kind, code);
    Statement &insert = c.prepare(
        "INSERT INTO partners(id, hlc, kind, code, name, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, hlc).bind(3, p.kind).bind(4, code)
        .bind(5, p.name.isEmpty() ? code : p.name).bind(6, now).bind(7, now);
    if (!insert.exec())
        return dbError(insert, QStringLiteral("partners"));
    if (changes) {
        changes->append({QStringLiteral("partners"), id, ChangeLog::Op::Insert, {},
                         QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("kind"), p.kind},
                                     {QStringLiteral("code"), code},
                                     {QStringLiteral("name"), p.name.isEmpty() ? code : p.name},
                                     {QStringLiteral("created_at"), now},
                                     {QStringLiteral("updated_at"), now}},
                         hlc, {}});
    }
    return id;
}

Core::Result<QString> OrderRepository::upsertProduct(Connection &c, const OrderLine &line,
                                                     const QString &hlc, const QString &now,
                                                     LineChanges *changes)
{
    Statement &find = c.prepare("SELECT id FROM products WHERE sku = ?");
    find.bind(1, line.sku);
    if (find.next()) {
        const QString id = find.text(0);
        find.reset();
        return id;
    }
    find.reset();
    const QString id = productId(line.sku);
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
    if (changes) {
        changes->append(
            {QStringLiteral("products"), id, Storage::ChangeLog::Op::Insert, {},
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("sku"), line.sku},
                         {QStringLiteral("name"),
                          line.description.isEmpty() ? line.sku : line.description},
                         {QStringLiteral("kind"), line.isCustom() ? QStringLiteral("custom")
                                                                  : QStringLiteral("standard")},
                         {QStringLiteral("unit"), unitCode(line.unit)},
                         {QStringLiteral("price_micros"), jsonMicros(line.unitPrice)},
                         {QStringLiteral("category"), jsonText(line.category)},
                         {QStringLiteral("sub_category"), jsonText(line.subCategory)},
                         {QStringLiteral("created_at"), now},
                         {QStringLiteral("updated_at"), now}},
             hlc, {}});
    }
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

namespace {

Core::Result<QList<OrderLine>> readLines(Connection &c, const QString &orderId)
{
    Statement &l = c.prepare(
        "SELECT l.id, l.line_no, l.channel_line_no, l.product_id, p.sku, l.description, "
        "COALESCE(l.category, p.category), COALESCE(l.sub_category, p.sub_category), "
        "l.width_mm, l.height_mm, l.depth_mm, l.material, l.colour, "
        "l.unit, l.quantity_micros, l.unit_price_micros, l.discount_micros, l.amount_micros, "
        "l.profit_micros, l.spec FROM order_lines l LEFT JOIN products p ON p.id = l.product_id "
        "WHERE l.order_id = ? AND l.deleted = 0 ORDER BY l.line_no");
    l.bind(1, orderId);
    QList<OrderLine> lines;
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
        lines.append(line);
    }
    l.reset();
    return lines;
}

Core::Status writeLine(Connection &c, const SalesOrder &o, const OrderLine &l, bool insert)
{
    Statement &q = insert
        ? c.prepare("INSERT INTO order_lines(hlc, order_id, line_no, channel_line_no, product_id, "
                    "description, width_mm, height_mm, depth_mm, material, colour, unit, "
                    "quantity_micros, unit_price_micros, discount_micros, amount_micros, "
                    "profit_micros, spec, category, sub_category, id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : c.prepare("UPDATE order_lines SET hlc = ?, order_id = ?, line_no = ?, "
                    "channel_line_no = ?, product_id = ?, description = ?, width_mm = ?, "
                    "height_mm = ?, depth_mm = ?, material = ?, colour = ?, unit = ?, "
                    "quantity_micros = ?, unit_price_micros = ?, discount_micros = ?, "
                    "amount_micros = ?, profit_micros = ?, spec = ?, category = ?, "
                    "sub_category = ? WHERE id = ?");
    q.bind(1, o.hlc).bind(2, o.id).bind(3, l.lineNo).bind(4, orNull(l.channelLineNo))
        .bind(5, orNull(l.productId)).bind(6, orNull(l.description)).bind(7, l.widthMm)
        .bind(8, l.heightMm).bind(9, l.depthMm).bind(10, orNull(l.material))
        .bind(11, orNull(l.colour)).bind(12, unitCode(l.unit)).bind(13, l.quantity)
        .bind(14, l.unitPrice ? std::optional<qint64>(l.unitPrice->micros()) : std::nullopt)
        .bind(15, l.discount).bind(16, l.amount)
        .bind(17, l.profit ? std::optional<qint64>(l.profit->micros()) : std::nullopt)
        .bind(18, specText(l.spec)).bind(19, orNull(l.category)).bind(20, orNull(l.subCategory))
        .bind(21, l.id);
    if (!q.exec())
        return dbError(q, QStringLiteral("%1 line %2").arg(o.orderNo).arg(l.lineNo));
    return {};
}

// Gives a line another number and no channel line number; a tombstone also gets deleted = 1
// and the change's clock.
Core::Status moveLine(Connection &c, const QString &lineId, qint64 lineNo, const QString &hlc,
                      bool tombstone, const QString &where)
{
    Statement &q = tombstone
        ? c.prepare("UPDATE order_lines SET deleted = 1, line_no = ?, channel_line_no = NULL, "
                    "hlc = ? WHERE id = ?")
        : c.prepare("UPDATE order_lines SET line_no = ?, channel_line_no = NULL WHERE id = ?");
    q.bind(1, lineNo);
    if (tombstone)
        q.bind(2, hlc).bind(3, lineId);
    else
        q.bind(2, lineId);
    if (!q.exec())
        return dbError(q, where);
    return {};
}

bool lineIdTaken(Connection &c, const QString &lineId)
{
    Statement &q = c.prepare("SELECT 1 FROM order_lines WHERE id = ?");
    q.bind(1, lineId);
    const bool taken = q.next();
    q.reset();
    return taken;
}

Core::Status writeLines(Connection &c, SalesOrder &o, bool isNew, const QString &now,
                        OrderRowChanges *rowChanges)
{
    LineChanges *changes = rowChanges ? &rowChanges->lines : nullptr;
    using Storage::ChangeLog;
    const QString table = QStringLiteral("order_lines");
    QList<OrderLine> stored;
    if (!isNew) {
        auto read = readLines(c, o.id);
        if (!read)
            return read.error();
        stored = read.value();
    }

    // The same line: by the id the caller kept, else by the channel's line number when both
    // have one (a file's lines), else by its number.
    QList<qsizetype> match(o.lines.size(), -1);
    QList<bool> claimed(stored.size(), false);
    const auto claim = [&](auto same) {
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            for (qsizetype j = 0; match[i] < 0 && j < stored.size(); ++j) {
                if (!claimed[j] && same(o.lines[i], stored[j])) {
                    match[i] = j;
                    claimed[j] = true;
                }
            }
        }
    };
    claim([](const OrderLine &l, const OrderLine &s) { return !l.id.isEmpty() && l.id == s.id; });
    claim([](const OrderLine &l, const OrderLine &s) {
        return !l.channelLineNo.isEmpty() && l.channelLineNo == s.channelLineNo;
    });
    claim([](const OrderLine &l, const OrderLine &s) {
        return l.lineNo == s.lineNo && (l.channelLineNo.isEmpty() || s.channelLineNo.isEmpty());
    });

    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        OrderLine &l = o.lines[i];
        if (match[i] >= 0)
            l.id = stored[match[i]].id;
        else if (l.id.isEmpty() || lineIdTaken(c, l.id))
            l.id = newId();
        l.productId.clear();
        if (!l.sku.isEmpty()) {
            const auto productId = OrderRepository::upsertProduct(
                c, l, o.hlc, now, rowChanges ? &rowChanges->parents : nullptr);
            if (!productId)
                return productId.error();
            l.productId = productId.value();
        }
    }

    for (qsizetype j = 0; j < stored.size(); ++j) {
        if (claimed[j])
            continue;
        const OrderLine &gone = stored[j];
        const qint64 parked = tombstoneLineNo(gone.id);
        const QString where = QStringLiteral("%1 line %2").arg(o.orderNo).arg(gone.lineNo);
        if (const Core::Status s = moveLine(c, gone.id, parked, o.hlc, true, where); !s)
            return s;
        if (!changes)
            continue;
        const QJsonObject was{{QStringLiteral("id"), gone.id},
                              {QStringLiteral("line_no"), gone.lineNo},
                              {QStringLiteral("channel_line_no"), jsonText(gone.channelLineNo)}};
        const QJsonObject is{{QStringLiteral("id"), gone.id},
                             {QStringLiteral("line_no"), parked},
                             {QStringLiteral("channel_line_no"), QJsonValue::Null}};
        changes->append({table, gone.id, ChangeLog::Op::Update, was, is, o.hlc, {}});
        changes->append({table, gone.id, ChangeLog::Op::Delete, lineRow(o.id, gone), {}, o.hlc,
                         {}});
    }

    // Kept lines that change number wait below every number first, so that none collides.
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        if (match[i] < 0)
            continue;
        const OrderLine &was = stored[match[i]];
        if (was.lineNo == o.lines[i].lineNo && was.channelLineNo == o.lines[i].channelLineNo)
            continue;
        const QString where = QStringLiteral("%1 line %2").arg(o.orderNo).arg(was.lineNo);
        if (const Core::Status s =
                moveLine(c, was.id, movingLineNoBase - i, QString(), false, where);
            !s)
            return s;
    }

    QList<QPair<LineMove, ChangeLog::Change>> updates;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine &l = o.lines[i];
        if (match[i] < 0) {
            if (const Core::Status s = writeLine(c, o, l, true); !s)
                return s;
            continue;
        }
        const OrderLine &was = stored[match[i]];
        const QJsonObject before = lineRow(o.id, was);
        const QJsonObject after = lineRow(o.id, l);
        if (before == after && was.spec == l.spec && was.category == l.category
            && was.subCategory == l.subCategory) {
            continue;
        }
        if (const Core::Status s = writeLine(c, o, l, false); !s)
            return s;
        if (before != after) {
            updates.append({LineMove{was.lineNo, l.lineNo},
                            {table, l.id, ChangeLog::Op::Update, before, after, o.hlc, {}}});
        }
    }
    if (!changes)
        return {};
    std::stable_sort(updates.begin(), updates.end(), [](const auto &a, const auto &b) {
        return recordedBefore(a.first, b.first);
    });
    for (const auto &update : std::as_const(updates))
        changes->append(update.second);
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        if (match[i] < 0) {
            changes->append({table, o.lines[i].id, ChangeLog::Op::Insert, {},
                             lineRow(o.id, o.lines[i]), o.hlc, {}});
        }
    }
    return {};
}

} // namespace

Core::Status OrderRepository::writeOrder(Connection &c, SalesOrder &o, bool isNew,
                                         const QString &now, OrderRowChanges *changes)
{
    LineChanges *parents = changes ? &changes->parents : nullptr;
    const QString owner = o.dealer.code.isEmpty() ? o.store.code : o.dealer.code;
    const auto customerId =
        upsertCustomer(c, o.channel, o.customer, o.hlc, now, parents, owner);
    if (!customerId)
        return customerId.error();
    o.customer.id = customerId.value();
    for (Partner *p : {&o.dealer, &o.store, &o.designer}) {
        if (p->code.isEmpty() && p->name.isEmpty()) {
            p->id.clear();
            continue;
        }
        const auto id = upsertPartner(c, *p, o.hlc, now, parents);
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

    if (const Core::Status s = writeLines(c, o, isNew, now, changes); !s)
        return s;
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

    OrderRowChanges changes;
    if (const Core::Status s = writeOrder(c, order, isNew, now, &changes); !s)
        return s;
    if (const Core::Status s = recordParents(c, changes, reason); !s)
        return s;
    const Core::Status logged = Storage::ChangeLog::record(
        c, {QStringLiteral("sales_orders"), order.id,
            isNew ? Storage::ChangeLog::Op::Insert : Storage::ChangeLog::Op::Update,
            isNew ? QJsonObject() : toJson(before), toJson(order), order.hlc, reason});
    if (!logged)
        return logged;
    if (const Core::Status s = recordLines(c, order.id, changes, reason); !s)
        return s;
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

    auto lines = readLines(c, id);
    if (!lines)
        return lines.error();
    o.lines = lines.value();
    return o;
}

QList<TimelineEntry> OrderRepository::timeline(const QString &orderId)
{
    QList<TimelineEntry> entries;
    Statement &q = Storage::Database::connection().prepare(
        "SELECT at, user_name, action, table_name, reason, before_json, after_json "
        "FROM audit_log WHERE row_id = ? AND table_name <> 'order_lines' ORDER BY id");
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
