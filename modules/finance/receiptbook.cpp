#include "receiptbook.h"

#include "core/money.h"
#include "costledger.h"
#include "logging.h"
#include "monthclose.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"
#include "writeguard.h"

#include <QDateTime>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;

constexpr char selectReceipts[] =
    "SELECT id, order_id, kind, method, amount_fen, received_on, fapiao_no, reference, note, "
    "idempotency_key, recorded_by, recorded_at, hlc FROM receipts ";

Receipt receiptFrom(Storage::Statement &q)
{
    Receipt r;
    r.id = q.text(0);
    r.orderId = q.text(1);
    r.kind = ReceiptBook::kindFromCode(q.text(2)).value_or(ReceiptKind::Balance);
    r.method = ReceiptBook::methodFromCode(q.text(3)).value_or(PaymentMethod::BankTransfer);
    r.amountFen = q.int64(4);
    r.receivedOn = QDate::fromString(q.text(5), Qt::ISODate);
    r.fapiaoNo = q.text(6);
    r.reference = q.text(7);
    r.note = q.text(8);
    r.idempotencyKey = q.text(9);
    r.recordedBy = q.text(10);
    r.recordedAt = q.text(11);
    r.hlc = q.text(12);
    return r;
}

std::optional<Receipt> findByKey(Storage::Connection &c, const QString &key)
{
    static const QByteArray sql = QByteArray(selectReceipts) + "WHERE idempotency_key = ?";
    Storage::Statement q(c.handle(), sql.constData());
    q.bind(1, key);
    if (q.next())
        return receiptFrom(q);
    return std::nullopt;
}

QDate siteToday(Storage::Connection &c)
{
    const auto calendar = Workflow::WorkCalendar::load(c);
    const QTimeZone zone = calendar ? calendar->timeZone()
                                    : Workflow::WorkCalendar::zoneFor(
                                        Workflow::WorkCalendar::DefaultZoneId);
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace

QJsonObject Receipt::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("order_id"), orderId},
                  {QStringLiteral("kind"), ReceiptBook::kindCode(kind)},
                  {QStringLiteral("method"), ReceiptBook::methodCode(method)},
                  {QStringLiteral("amount_fen"), amountFen},
                  {QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate)},
                  {QStringLiteral("idempotency_key"), idempotencyKey},
                  {QStringLiteral("recorded_by"), recordedBy},
                  {QStringLiteral("recorded_at"), recordedAt}};
    if (!fapiaoNo.isEmpty())
        o.insert(QStringLiteral("fapiao_no"), fapiaoNo);
    if (!reference.isEmpty())
        o.insert(QStringLiteral("reference"), reference);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QString ReceiptBook::kindCode(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::Deposit:
        return QStringLiteral("deposit");
    case ReceiptKind::Balance:
        return QStringLiteral("balance");
    case ReceiptKind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

std::optional<ReceiptKind> ReceiptBook::kindFromCode(const QString &code)
{
    for (ReceiptKind k : {ReceiptKind::Deposit, ReceiptKind::Balance, ReceiptKind::Refund}) {
        if (kindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString ReceiptBook::kindTitle(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::Deposit:
        return tr("Deposit");
    case ReceiptKind::Balance:
        return tr("Balance payment");
    case ReceiptKind::Refund:
        return tr("Refund");
    }
    return {};
}

QString ReceiptBook::methodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::BankTransfer:
        return QStringLiteral("bank_transfer");
    case PaymentMethod::WeChatPay:
        return QStringLiteral("wechat_pay");
    case PaymentMethod::Alipay:
        return QStringLiteral("alipay");
    }
    return {};
}

std::optional<PaymentMethod> ReceiptBook::methodFromCode(const QString &code)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::BankTransfer,
                            PaymentMethod::WeChatPay, PaymentMethod::Alipay}) {
        if (methodCode(m) == code)
            return m;
    }
    return std::nullopt;
}

QString ReceiptBook::methodTitle(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::BankTransfer:
        return tr("Bank transfer");
    case PaymentMethod::WeChatPay:
        return tr("WeChat Pay");
    case PaymentMethod::Alipay:
        return tr("Alipay");
    }
    return {};
}

Core::Result<RecordOutcome> ReceiptBook::record(Storage::Connection &c, const NewReceipt &in)
{
    const QString where = QStringLiteral("receipts");
    if (in.amountFen <= 0)
        return Core::Error{tr("the amount must be more than 0, not %1")
                               .arg(Core::Money(in.amountFen).toString()),
                           where + QStringLiteral(".amount_fen")};
    if (in.idempotencyKey.trimmed().isEmpty())
        return Core::Error{tr("a receipt needs its idempotency key, so that entering it twice "
                              "records it once"),
                           where + QStringLiteral(".idempotency_key")};

    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};

    if (auto existing = findByKey(c, in.idempotencyKey)) {
        if (existing->orderId != in.orderId || existing->amountFen != in.amountFen
            || existing->kind != in.kind) {
            return Core::Error{tr("the key %1 was already used for another receipt (%2 %3)")
                                   .arg(in.idempotencyKey, kindCode(existing->kind),
                                        Core::Money(existing->amountFen).toString()),
                               where + QStringLiteral(".idempotency_key")};
        }
        return RecordOutcome{*existing, true};
    }

    const QDate receivedOn = in.receivedOn.isValid() ? in.receivedOn : siteToday(c);
    if (const auto closed = MonthClose::closedPeriodOn(c, receivedOn)) {
        return Core::Error{tr("%1 is closed (by %2 on %3): a receipt received on %4 cannot be "
                              "recorded; reopen the month first")
                               .arg(closed->month, closed->closedBy,
                                    closed->closedOn(CostLedger::siteZone(c))
                                        .toString(Qt::ISODate),
                                    receivedOn.toString(Qt::ISODate)),
                           where + QStringLiteral(".received_on")};
    }

    const auto before = balance(c, in.orderId);
    if (!before)
        return before.error();
    if (in.kind == ReceiptKind::Refund && in.amountFen > before->paidFen()) {
        return Core::Error{tr("a refund of %1 is more than the %2 paid on this order")
                               .arg(Core::Money(in.amountFen).toString(),
                                    Core::Money(before->paidFen()).toString()),
                           where + QStringLiteral(".amount_fen")};
    }

    Receipt r;
    r.id = WriteGuard::newId();
    r.orderId = in.orderId;
    r.kind = in.kind;
    r.method = in.method;
    r.amountFen = in.amountFen;
    r.receivedOn = receivedOn;
    r.fapiaoNo = in.fapiaoNo.trimmed();
    r.reference = in.reference.trimmed();
    r.note = in.note.trimmed();
    r.idempotencyKey = in.idempotencyKey;
    r.recordedBy = Storage::Database::currentUser();
    r.recordedAt = WriteGuard::nowIso();
    r.hlc = Storage::Database::clock().now();

    Storage::Statement &q = c.prepare(
        "INSERT INTO receipts(id, hlc, order_id, kind, method, amount_fen, received_on, "
        "fapiao_no, reference, note, idempotency_key, recorded_by, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.id)
        .bind(2, r.hlc)
        .bind(3, r.orderId)
        .bind(4, kindCode(r.kind))
        .bind(5, methodCode(r.method))
        .bind(6, r.amountFen)
        .bind(7, r.receivedOn.toString(Qt::ISODate))
        .bind(8, nullIfEmpty(r.fapiaoNo))
        .bind(9, nullIfEmpty(r.reference))
        .bind(10, nullIfEmpty(r.note))
        .bind(11, r.idempotencyKey)
        .bind(12, r.recordedBy)
        .bind(13, r.recordedAt);
    if (!q.exec())
        return WriteGuard::dbError(q, "receipts");
    q.reset();

    QJsonObject doc = r.toJson();
    doc.insert(QStringLiteral("event"), QStringLiteral("receipt_") + kindCode(r.kind));
    if (Core::Status s = Storage::ChangeLog::record(
            c, {QStringLiteral("receipts"), r.id, Storage::ChangeLog::Op::Insert, {}, doc,
                r.hlc, {}},
            r.orderId);
        !s) {
        return s.error();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    qCInfo(lcFinance) << "receipt" << r.id << kindCode(r.kind) << "on order" << r.orderId;
    return RecordOutcome{r, false};
}

Core::Result<QList<Receipt>> ReceiptBook::forOrder(Storage::Connection &c, const QString &orderId)
{
    static const QByteArray sql = QByteArray(selectReceipts)
                                  + "WHERE order_id = ? AND deleted = 0 "
                                    "ORDER BY received_on, hlc";
    Storage::Statement q(c.handle(), sql.constData());
    q.bind(1, orderId);
    QList<Receipt> list;
    while (q.next())
        list.append(receiptFrom(q));
    if (q.failed())
        return Core::Error{q.error(), QStringLiteral("receipts")};
    return list;
}

Core::Result<OrderBalance> ReceiptBook::balance(Storage::Connection &c, const QString &orderId)
{
    Storage::Statement order(c.handle(),
                             "SELECT total_micros, deposit_fen FROM sales_orders "
                             "WHERE id = ? AND deleted = 0");
    order.bind(1, orderId);
    if (!order.next()) {
        return Core::Error{order.failed() ? order.error() : tr("no order %1").arg(orderId),
                           QStringLiteral("sales_orders")};
    }
    OrderBalance b;
    b.totalFen = Core::Money::fromDecimal(Core::Decimal::fromMicros(order.int64(0))).minor();
    b.importedDepositFen = order.int64(1);

    Storage::Statement q(c.handle(),
                         "SELECT COALESCE(SUM(CASE WHEN kind <> 'refund' THEN amount_fen END), 0), "
                         "COALESCE(SUM(CASE WHEN kind = 'refund' THEN amount_fen END), 0) "
                         "FROM receipts WHERE order_id = ? AND deleted = 0");
    q.bind(1, orderId);
    if (!q.next())
        return Core::Error{q.error(), QStringLiteral("receipts")};
    b.receivedFen = q.int64(0);
    b.refundedFen = q.int64(1);
    return b;
}

} // namespace Hearth::Finance
