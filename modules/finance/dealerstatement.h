#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Finance {

/// One movement on a dealer's statement; amountFen is positive when the dealer owes more.
struct StatementEntry
{
    enum class Kind { Order, Deposit, Payment, Refund, Rebate };

    QDate on;
    Kind kind = Kind::Order;
    QString reference;  // the order number, or the rebate policy's code
    qint64 amountFen = 0;
    qint64 balanceFen = 0;  // the running balance after this entry
};

/// What a dealer confirmed of a statement, and when.
struct StatementConfirmation
{
    QString id;
    QString confirmedBy;  // the dealer's person who confirmed
    QDate confirmedOn;
    QString note;
    qint64 closingFen = 0;  // the closing balance the dealer saw
    QString recordedBy;
};

/// A dealer's statement (对账单) for a period: the opening balance, orders signed, payments
/// (deposits and receipts less refunds), rebates settled, and the closing balance, with every
/// entry. closingFen = openingFen + ordersFen − paymentsFen − rebatesFen.
struct DealerStatement
{
    QString dealerUnitId;
    QString dealerCode;
    QString dealerName;
    QDate from;
    QDate to;  // inclusive
    qint64 openingFen = 0;
    qint64 ordersFen = 0;
    qint64 paymentsFen = 0;  // paid by the dealer, net of refunds
    qint64 rebatesFen = 0;   // credited to the dealer
    qint64 closingFen = 0;
    QList<StatementEntry> entries;
    std::optional<StatementConfirmation> confirmation;  // the latest for this period

    /// The dealer confirmed figures other than the ones shown now (an entry came in later).
    bool changedSinceConfirmation() const
    {
        return confirmation && confirmation->closingFen != closingFen;
    }
};

} // namespace Hearth::Finance
