#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// One instalment an order is due to pay: a collection task of its split (收款计划).
struct Instalment
{
    QString id;
    QString orderId;
    QString taskId;
    QString stage;       // "deposit", "balance": the task key after "collection:"
    qint64 amountFen = 0;
    QDate dueOn;         // on the site's calendar; invalid when the task has no deadline
    qint64 paidFen = 0;  // what the receipts cover of it, the earliest due first

    qint64 outstandingFen() const { return amountFen - paidFen; }
    bool isOverdue(QDate today) const;
    QJsonObject toJson() const;
};

/// The payment schedule of an order, kept from its collection tasks (kind "collection", key
/// "collection:<stage>"). Changes go through Storage::ChangeLog (table "payment_schedules", row
/// id the order's id); a stage whose task was cancelled or removed gets a tombstone.
class PaymentSchedule
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::PaymentSchedule)

public:
    /// Brings the order's schedule in line with its tasks; returns how many rows changed.
    /// Runs in the caller's transaction, or in its own when none is open.
    static Core::Result<int> refresh(Storage::Connection &c, const QString &orderId);
    /// The id of an order's row for a stage, the same on every desk.
    static QString rowId(const QString &orderId, const QString &stage);
    /// The instalments in due order (no deadline last), with the money received net of
    /// refunds applied to them in that order.
    static Core::Result<QList<Instalment>> forOrder(Storage::Connection &c,
                                                    const QString &orderId);
};

} // namespace Hearth::Finance
