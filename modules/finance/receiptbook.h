#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Deposit (定金), balance payment (尾款) or money paid back.
enum class ReceiptKind { Deposit, Balance, Refund };
enum class PaymentMethod { Cash, BankTransfer, WeChatPay, Alipay };

struct NewReceipt
{
    QString orderId;
    ReceiptKind kind = ReceiptKind::Balance;
    PaymentMethod method = PaymentMethod::BankTransfer;
    qint64 amountFen = 0;  // always positive; a refund's kind says which way the money went
    QDate receivedOn;      // on the site's calendar; invalid for today
    QString fapiaoNo;      // the fapiao (发票) number, when one was issued
    QString reference;     // the bank's, WeChat's or Alipay's transaction number
    QString note;
    /// Identifies this receipt wherever it is entered again (a double click, a re-sent bank
    /// notice, a replayed sync): a second record() with the same key writes nothing.
    QString idempotencyKey;
};

struct Receipt
{
    QString id;
    QString orderId;
    ReceiptKind kind = ReceiptKind::Balance;
    PaymentMethod method = PaymentMethod::BankTransfer;
    qint64 amountFen = 0;
    QDate receivedOn;
    QString fapiaoNo;
    QString reference;
    QString note;
    QString idempotencyKey;
    QString recordedBy;
    QString recordedAt;
    QString hlc;

    /// Positive for money in, negative for a refund.
    qint64 signedFen() const { return kind == ReceiptKind::Refund ? -amountFen : amountFen; }
    QJsonObject toJson() const;
};

struct RecordOutcome
{
    Receipt receipt;        // the one written, or the one found for a repeated key
    bool repeated = false;  // the key was seen before: nothing new was written
};

/// What an order has to pay and has paid, derived from its receipts: never stored.
struct OrderBalance
{
    qint64 totalFen = 0;     // the order's total, rounded to the fen once
    qint64 importedDepositFen = 0;  // the deposit the channel reported paid (sales_orders)
    qint64 receivedFen = 0;  // deposits and balance payments recorded here
    qint64 refundedFen = 0;
    qint64 paidFen() const { return importedDepositFen + receivedFen - refundedFen; }
    /// What is still to collect; negative when more was paid than the order costs.
    qint64 dueFen() const { return totalFen - paidFen(); }
};

/// Receipts (收款): append-only money events per order, written through Storage::ChangeLog
/// (table "receipts", row id the ORDER's id so that the order's timeline shows them, after =
/// the receipt's document). A refund may not take back more than was paid.
class ReceiptBook
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::ReceiptBook)

public:
    static QString kindCode(ReceiptKind kind);        // deposit, balance, refund
    static std::optional<ReceiptKind> kindFromCode(const QString &code);
    static QString kindTitle(ReceiptKind kind);       // translated
    static QString methodCode(PaymentMethod method);  // cash, bank_transfer, wechat_pay, alipay
    static std::optional<PaymentMethod> methodFromCode(const QString &code);
    static QString methodTitle(PaymentMethod method);  // translated

    /// Runs in the caller's transaction, or in its own when none is open.
    static Core::Result<RecordOutcome> record(Storage::Connection &c, const NewReceipt &receipt);
    /// The order's receipts by the day received, then in the order they were recorded.
    static Core::Result<QList<Receipt>> forOrder(Storage::Connection &c, const QString &orderId);
    static Core::Result<OrderBalance> balance(Storage::Connection &c, const QString &orderId);
};

} // namespace Hearth::Finance
