#include "orderintake.h"

#include "core/money.h"
#include "jsonbody.h"
#include "logging.h"
#include "orderjson.h"
#include "serversync.h"
#include "orders/orderrepository.h"
#include "servertime.h"
#include "serverstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace Hearth::Server {

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)
                                   .toHex());
}

ApiResponse replay(int status, const QString &response)
{
    ApiResponse answer = ApiResponse::json(
        status, QJsonDocument::fromJson(response.toUtf8()).object());
    answer.headers.append({QByteArray(OrderIntake::ReplayedHeader), QByteArrayLiteral("true")});
    return answer;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue microsOrNull(const std::optional<Core::Decimal> &value)
{
    return value ? QJsonValue(value->micros()) : QJsonValue(QJsonValue::Null);
}

} // namespace

Core::Result<std::optional<OrderIntake::PartnerRow>>
OrderIntake::partnerFor(const QString &kind, const QString &code)
{
    // The partners are a catalogue of a few hundred rows at most; their fields are JSON that
    // both engines store as text, so they are matched here rather than in SQL.
    QSqlQuery pushed = m_store.prepare(QStringLiteral(
        "SELECT row_id, fields FROM sync_rows WHERE table_name = 'partners' AND deleted = 0 "
        "ORDER BY revision"));
    if (Core::Status ran = m_store.exec(pushed); !ran)
        return ran.error();
    while (pushed.next()) {
        const QJsonObject fields =
            QJsonDocument::fromJson(pushed.value(1).toString().toUtf8()).object();
        if (fields.value(QStringLiteral("kind")).toString() == kind
            && fields.value(QStringLiteral("code")).toString() == code) {
            return std::optional<PartnerRow>(PartnerRow{
                pushed.value(0).toString(), kind, code,
                fields.value(QStringLiteral("name")).toString(), true});
        }
    }

    QSqlQuery unit = m_store.prepare(QStringLiteral(
        "SELECT name FROM org_units WHERE code = ? AND kind = ?"));
    unit.addBindValue(code);
    unit.addBindValue(kind);
    if (Core::Status ran = m_store.exec(unit); !ran)
        return ran.error();
    if (!unit.next())
        return std::optional<PartnerRow>();
    // Named by kind and code, so that any number of intakes and desks write the one row.
    const QString id = Orders::OrderRepository::partnerId(kind, code);
    const QString name = unit.value(0).toString();
    return std::optional<PartnerRow>(PartnerRow{id, kind, code, name.isEmpty() ? code : name,
                                                false});
}

Core::Result<OrderIntake::OrderPartners>
OrderIntake::resolvePartners(const ChannelKeys::Key &key, Orders::SalesOrder *order,
                             QList<FieldProblem> *problems)
{
    QString unitKind;
    QString unitCode;
    if (!key.orgUnitId.isEmpty()) {
        QSqlQuery unit = m_store.prepare(QStringLiteral(
            "SELECT kind, code FROM org_units WHERE id = ?"));
        unit.addBindValue(key.orgUnitId);
        if (Core::Status ran = m_store.exec(unit); !ran)
            return ran.error();
        if (unit.next()) {
            unitKind = unit.value(0).toString();
            unitCode = unit.value(1).toString();
        }
    }

    OrderPartners partners;
    struct Slot
    {
        Orders::Partner *partner;
        const char *kind;
        const char *field;
        std::optional<PartnerRow> *row;
    };
    const Slot fields[] = {{&order->dealer, "dealer", "dealer_code", &partners.dealer},
                           {&order->store, "store", "store_code", &partners.store}};
    for (const Slot &slot : fields) {
        const QString kind = QLatin1String(slot.kind);
        const QString field = QLatin1String(slot.field);
        const bool dealer = kind == QLatin1String("dealer");
        if (kind == unitKind) {
            if (slot.partner->code.isEmpty()) {
                slot.partner->code = unitCode;
            } else if (slot.partner->code != unitCode) {
                problems->append({field, dealer ? tr("this key orders for dealer %1 only")
                                                      .arg(unitCode)
                                                : tr("this key orders for store %1 only")
                                                      .arg(unitCode)});
                continue;
            }
        }
        if (slot.partner->code.isEmpty())
            continue;
        const Core::Result<std::optional<PartnerRow>> found =
            partnerFor(kind, slot.partner->code);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            problems->append({field, dealer ? tr("no dealer has the code %1")
                                                  .arg(slot.partner->code)
                                            : tr("no store has the code %1")
                                                  .arg(slot.partner->code)});
            continue;
        }
        *slot.row = *found;
        slot.partner->id = (*found)->id;
    }
    return partners;
}

Core::Status OrderIntake::writeSyncRows(const ChannelKeys::Key &key,
                                        const Orders::SalesOrder &order,
                                        const OrderPartners &partners, const QDateTime &now)
{
    ServerSync sync(m_store);
    const auto idOrNull = [](const std::optional<PartnerRow> &partner) {
        return partner ? QJsonValue(partner->id) : QJsonValue(QJsonValue::Null);
    };
    for (const std::optional<PartnerRow> &p : {partners.dealer, partners.store}) {
        if (!p || p->exists)
            continue;
        const QJsonObject partner{
            {QStringLiteral("kind"), p->kind}, {QStringLiteral("code"), p->code},
            {QStringLiteral("name"), p->name}, {QStringLiteral("mobile"), QJsonValue::Null},
            {QStringLiteral("province"), QJsonValue::Null},
            {QStringLiteral("city"), QJsonValue::Null},
            {QStringLiteral("created_at"), order.createdAt},
            {QStringLiteral("updated_at"), order.createdAt}};
        const Core::Result<qint64> wrote =
            sync.writeServerRow(QStringLiteral("partners"), p->id, partner,
                                QString::fromLatin1(SyncScope::GlobalUnit), now);
        if (!wrote)
            return wrote.error();
    }

    QString unit = key.orgUnitId;
    const std::pair<QString, const char *> codes[] = {{order.dealer.code, "dealer"},
                                                      {order.store.code, "store"}};
    for (const auto &[code, kind] : codes) {
        if (!unit.isEmpty())
            break;
        const Core::Result<QString> found = sync.unitByCode(code, QLatin1String(kind));
        if (!found)
            return found.error();
        unit = *found;
    }
    if (unit.isNull())
        unit = QStringLiteral("");

    // One customer row per organisation unit, channel and customer code: two dealers who
    // both have a customer with the same mobile number each keep their own row, and neither
    // sees nor overwrites the other's. The code carries the unit's so that a desk that sees
    // both (head office) stores them apart too.
    const QString channel = Orders::channelCode(order.channel);
    const Orders::Customer &c = order.customer;
    QString code = !c.externalCode.isEmpty() ? c.externalCode
                   : !c.mobile.isEmpty()     ? c.mobile
                                             : c.name;
    if (!unit.isEmpty()) {
        QSqlQuery unitCode = m_store.prepare(
            QStringLiteral("SELECT code FROM org_units WHERE id = ?"));
        unitCode.addBindValue(unit);
        if (Core::Status ran = m_store.exec(unitCode); !ran)
            return ran.error();
        code = (unitCode.next() ? unitCode.value(0).toString() : unit) + u':' + code;
    }
    static const QUuid customers(QStringLiteral("{5d0f3c52-8a0e-4b8e-9a55-3f2d1c6b7e01}"));
    const QString customerId = QUuid::createUuidV5(customers, channel + u'|' + code)
                                   .toString(QUuid::WithoutBraces);
    const QString at = order.createdAt;
    const QJsonObject customer{
        {QStringLiteral("channel"), channel}, {QStringLiteral("external_code"), code},
        {QStringLiteral("name"), c.name}, {QStringLiteral("mobile"), textOrNull(c.mobile)},
        {QStringLiteral("province"), textOrNull(c.address.province)},
        {QStringLiteral("city"), textOrNull(c.address.city)},
        {QStringLiteral("district"), textOrNull(c.address.district)},
        {QStringLiteral("street"), textOrNull(c.address.street)},
        {QStringLiteral("postal_code"), textOrNull(c.address.postalCode)},
        {QStringLiteral("segment"), textOrNull(c.segment)},
        {QStringLiteral("created_at"), at}, {QStringLiteral("updated_at"), at}};
    const Core::Result<qint64> wroteCustomer =
        sync.writeServerRow(QStringLiteral("customers"), customerId, customer, unit, now);
    if (!wroteCustomer)
        return wroteCustomer.error();

    // TODO(#5): the designer becomes a partner row too once designers have codes desks share.
    const QJsonObject head{
        {QStringLiteral("order_no"), order.orderNo}, {QStringLiteral("channel"), channel},
        {QStringLiteral("channel_order_no"), order.channelOrderNo},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("dealer_id"), idOrNull(partners.dealer)},
        {QStringLiteral("store_id"), idOrNull(partners.store)},
        {QStringLiteral("designer_id"), QJsonValue::Null},
        {QStringLiteral("signed_on"), dateOrNull(order.signedOn)},
        {QStringLiteral("promised_on"), dateOrNull(order.promisedOn)},
        {QStringLiteral("shipped_on"), dateOrNull(order.shippedOn)},
        {QStringLiteral("ship_mode"), textOrNull(order.shipMode)},
        {QStringLiteral("status"), Orders::statusCode(order.status)},
        {QStringLiteral("returned"), order.returned ? 1 : 0},
        {QStringLiteral("deposit_fen"), order.depositFen},
        {QStringLiteral("total_micros"), order.total().micros()},
        {QStringLiteral("region"), textOrNull(order.region)},
        {QStringLiteral("province"), textOrNull(order.address.province)},
        {QStringLiteral("city"), textOrNull(order.address.city)},
        {QStringLiteral("district"), textOrNull(order.address.district)},
        {QStringLiteral("street"), textOrNull(order.address.street)},
        {QStringLiteral("postal_code"), textOrNull(order.address.postalCode)},
        {QStringLiteral("source_file"), QJsonValue::Null},
        {QStringLiteral("created_at"), at}, {QStringLiteral("updated_at"), at}};
    const Core::Result<qint64> wroteOrder =
        sync.writeServerRow(QStringLiteral("sales_orders"), order.id, head, unit, now);
    if (!wroteOrder)
        return wroteOrder.error();
    for (const Orders::OrderLine &l : order.lines) {
        const QJsonObject line{
            {QStringLiteral("order_id"), order.id}, {QStringLiteral("line_no"), l.lineNo},
            {QStringLiteral("channel_line_no"), textOrNull(l.channelLineNo)},
            {QStringLiteral("product_id"), QJsonValue::Null},
            {QStringLiteral("description"), textOrNull(l.description)},
            {QStringLiteral("width_mm"), numberOrNull(l.widthMm)},
            {QStringLiteral("height_mm"), numberOrNull(l.heightMm)},
            {QStringLiteral("depth_mm"), numberOrNull(l.depthMm)},
            {QStringLiteral("material"), textOrNull(l.material)},
            {QStringLiteral("colour"), textOrNull(l.colour)},
            {QStringLiteral("unit"), Orders::unitCode(l.unit)},
            {QStringLiteral("quantity_micros"), l.quantity.micros()},
            {QStringLiteral("unit_price_micros"), microsOrNull(l.unitPrice)},
            {QStringLiteral("discount_micros"), l.discount.micros()},
            {QStringLiteral("amount_micros"), l.amount.micros()},
            {QStringLiteral("profit_micros"), microsOrNull(l.profit)}};
        const Core::Result<qint64> wrote =
            sync.writeServerRow(QStringLiteral("order_lines"), l.id, line, unit, now);
        if (!wrote)
            return wrote.error();
    }
    return {};
}

ApiResponse OrderIntake::receive(const ChannelKeys::Key &key, const QString &idempotencyKey,
                                 const QByteArray &body, const QDateTime &now)
{
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]+$"));
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > MaxKeyLength
        || !printable.match(idempotencyKey).hasMatch()) {
        return ApiResponse::error(
            400, QStringLiteral("bad_idempotency_key"),
            tr("send an %1 header of 1 to %2 visible ASCII characters, the same on every retry "
               "of this order").arg(QLatin1String(IdempotencyHeader)).arg(MaxKeyLength),
            QLatin1String(IdempotencyHeader));
    }
    ApiResponse response;
    // A second try sees what a concurrent request committed first, and answers with that.
    for (int tries = 0; tries < 2; ++tries) {
        if (attempt(key, idempotencyKey, body, now, &response) == Outcome::Done)
            return response;
    }
    return ApiResponse::error(503, QStringLiteral("busy"),
                              tr("the order could not be stored now; send it again with the "
                                 "same %1").arg(QLatin1String(IdempotencyHeader)));
}

std::optional<OrderIntake::Answer> OrderIntake::firstAnswer(const QString &column,
                                                            const QString &value,
                                                            const QString &channelKeyId)
{
    // column is one of two literals from attempt(), never user input.
    const QString keyFilter = channelKeyId.isEmpty() ? QString()
                                                     : QStringLiteral(" AND channel_key_id = ?");
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT status, response, request_hash FROM intake_requests WHERE %1 = ?%2 "
        "ORDER BY created_at LIMIT 1").arg(column, keyFilter));
    q.addBindValue(value);
    if (!channelKeyId.isEmpty())
        q.addBindValue(channelKeyId);
    if (!m_store.exec(q) || !q.next())
        return std::nullopt;
    return Answer{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
}

OrderIntake::Outcome OrderIntake::attempt(const ChannelKeys::Key &key,
                                          const QString &idempotencyKey, const QByteArray &body,
                                          const QDateTime &now, ApiResponse *response)
{
    const QString requestHash = sha256(body);
    if (Core::Status begun = m_store.begin(); !begun) {
        *response = ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
        return Outcome::Done;
    }
    // Reads only until the insert: whatever is answered before it, nothing was written.
    auto answer = [&](ApiResponse r) {
        m_store.rollback();
        *response = std::move(r);
        return Outcome::Done;
    };

    if (std::optional<Answer> first = firstAnswer(QStringLiteral("idempotency_key"),
                                                  idempotencyKey, key.id)) {
        if (first->requestHash != requestHash) {
            return answer(ApiResponse::error(
                422, QStringLiteral("idempotency_key_reused"),
                tr("this %1 was already used for another order body; use a new key for a new "
                   "order").arg(QLatin1String(IdempotencyHeader)),
                QLatin1String(IdempotencyHeader)));
        }
        return answer(replay(first->status, first->response));
    }

    QJsonObject object;
    if (std::optional<ApiResponse> bad = JsonBody::parse(body, &object))
        return answer(*bad);
    OrderJson::Read read = OrderJson::read(object, key.channel);
    if (read.status != 0) {
        return answer(ApiResponse::problems(read.status, read.status == 400
                                                             ? QStringLiteral("invalid_request")
                                                             : QStringLiteral("invalid_order"),
                                            read.problems));
    }
    Orders::SalesOrder &order = read.order;
    QJsonObject document = Orders::OrderRepository::toJson(order);
    document.insert(QStringLiteral("note"), read.note);
    const QString contentHash = sha256(QJsonDocument(document).toJson(QJsonDocument::Compact));

    QList<FieldProblem> problems;
    const Core::Result<OrderPartners> partners = resolvePartners(key, &order, &problems);
    if (!partners) {
        return answer(ApiResponse::error(503, QStringLiteral("database"),
                                         partners.error().message));
    }
    if (!problems.isEmpty())
        return answer(ApiResponse::problems(422, QStringLiteral("invalid_order"), problems));

    QSqlQuery existing = m_store.prepare(QStringLiteral(
        "SELECT id, content_hash FROM orders WHERE channel = ? AND channel_order_no = ?"));
    existing.addBindValue(Orders::channelCode(order.channel));
    existing.addBindValue(order.channelOrderNo);
    if (Core::Status ran = m_store.exec(existing); !ran)
        return answer(ApiResponse::error(503, QStringLiteral("database"), ran.error().message));
    if (existing.next()) {
        const QString id = existing.value(0).toString();
        if (existing.value(1).toString() != contentHash) {
            return answer(ApiResponse::error(
                409, QStringLiteral("order_exists"),
                tr("order %1 of this channel was received before with other content; it is "
                   "not changed through intake").arg(order.channelOrderNo),
                QStringLiteral("channel_order_no")));
        }
        const std::optional<Answer> first = firstAnswer(QStringLiteral("order_id"), id);
        if (!first) {
            return answer(ApiResponse::error(500, QStringLiteral("database"),
                                             tr("the first answer for this order is missing")));
        }
        return answer(replay(first->status, first->response));
    }

    // A desk that imported this channel's order from its file holds it under the same id.
    QString orderId = Orders::OrderRepository::channelOrderId(Orders::channelCode(order.channel),
                                                              order.channelOrderNo);
    QSqlQuery held = m_store.prepare(QStringLiteral(
        "SELECT fields, deleted FROM sync_rows WHERE table_name = 'sales_orders' AND "
        "row_id = ?"));
    held.addBindValue(orderId);
    if (Core::Status ran = m_store.exec(held); !ran)
        return answer(ApiResponse::error(503, QStringLiteral("database"), ran.error().message));
    const bool isHeld = held.next();
    if (isHeld && held.value(1).toInt() != 0) {
        // Removed on a desk: its tombstone keeps the id, and this is an order of its own.
        orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (isHeld) {
        const QString number = QJsonDocument::fromJson(held.value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("order_no"))
                                   .toString();
        return answer(ApiResponse::error(
            409, QStringLiteral("order_exists"),
            tr("order %1 of this channel is held already as %2 (entered on a desk); it is not "
               "changed through intake").arg(order.channelOrderNo, number),
            QStringLiteral("channel_order_no")));
    }

    const Core::Result<qint64> number = m_store.nextValue(QStringLiteral("order_no"));
    const Core::Result<qint64> revision = m_store.nextValue(QStringLiteral("revision"));
    if (!number || !revision) {
        return answer(ApiResponse::error(503, QStringLiteral("database"),
                                         (number ? revision.error() : number.error()).message));
    }
    order.id = orderId;
    // Orders that come in through the API take the server's own series (SV…), which the
    // desks' SO series never meets; writeServerRow registers the number like a desk's.
    order.orderNo = QStringLiteral("SV%1").arg(*number, 8, 10, QLatin1Char('0'));
    for (Orders::OrderLine &line : order.lines)
        line.id = Orders::OrderRepository::channelLineId(order.id, line);
    order.createdAt = ServerTime::text(now);
    order.updatedAt = order.createdAt;
    document = Orders::OrderRepository::toJson(order);
    document.insert(QStringLiteral("note"), read.note);

    const QJsonObject reply{
        {QStringLiteral("order"),
         QJsonObject{{QStringLiteral("id"), order.id},
                     {QStringLiteral("order_no"), order.orderNo},
                     {QStringLiteral("channel"), Orders::channelCode(order.channel)},
                     {QStringLiteral("channel_order_no"), order.channelOrderNo},
                     {QStringLiteral("lines"), int(order.lines.size())},
                     {QStringLiteral("total"), Core::Money::fromDecimal(order.total())
                                                   .toString()},
                     {QStringLiteral("revision"), *revision}}}};
    const QString replyText = QString::fromUtf8(
        QJsonDocument(reply).toJson(QJsonDocument::Compact));

    QSqlQuery insert = m_store.prepare(QStringLiteral(
        "INSERT INTO orders (id, order_no, channel, channel_order_no, customer_name, signed_on, "
        "total_micros, line_count, document, content_hash, revision, channel_key_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(order.id);
    insert.addBindValue(order.orderNo);
    insert.addBindValue(Orders::channelCode(order.channel));
    insert.addBindValue(order.channelOrderNo);
    insert.addBindValue(order.customer.name);
    insert.addBindValue(order.signedOn.toString(Qt::ISODate));
    insert.addBindValue(order.total().micros());
    insert.addBindValue(int(order.lines.size()));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    insert.addBindValue(contentHash);
    insert.addBindValue(*revision);
    insert.addBindValue(key.id);
    insert.addBindValue(ServerTime::text(now));
    QSqlQuery request = m_store.prepare(QStringLiteral(
        "INSERT INTO intake_requests (channel_key_id, idempotency_key, request_hash, order_id, "
        "status, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    request.addBindValue(key.id);
    request.addBindValue(idempotencyKey);
    request.addBindValue(requestHash);
    request.addBindValue(order.id);
    request.addBindValue(201);
    request.addBindValue(replyText);
    request.addBindValue(ServerTime::text(now));
    Core::Status written = m_store.exec(insert);
    if (written)
        written = m_store.exec(request);
    if (written)
        written = writeSyncRows(key, order, *partners, now);
    if (!written) {
        const bool raced = m_store.lastWasUniqueViolation();
        m_store.rollback();
        if (raced)
            return Outcome::Retry;
        *response = ApiResponse::error(503, QStringLiteral("database"), written.error().message);
        return Outcome::Done;
    }
    if (Core::Status committed = m_store.commit(); !committed) {
        *response = ApiResponse::error(503, QStringLiteral("database"),
                                       committed.error().message);
        return Outcome::Done;
    }
    qCInfo(lcServer) << "received order" << order.orderNo << "from channel key" << key.name
                     << "with" << order.lines.size() << "lines";
    *response = ApiResponse::json(201, reply);
    return Outcome::Done;
}

} // namespace Hearth::Server
