#pragma once

#include "core/result.h"
#include "costreport.h"
#include "receiptbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

inline constexpr int PaymentMethodCount = int(PaymentMethod::Alipay) + 1;
inline constexpr int ReceiptKindCount = int(ReceiptKind::Refund) + 1;

/// A month's figures as the finance reports give them. Revenue, cost, profit, orders and the
/// cost by type are those of the orders SIGNED in the month (sales_orders.signed_on), the basis
/// of `hearthctl profit --by month` (ProfitReport): an order's cost lines count in the month it
/// was signed, whenever they arose. Receipts are those RECEIVED in the month (received_on).
struct MonthFigures
{
    QString month;  // "2026-03"
    qint64 orders = 0;
    qint64 revenueFen = 0;
    qint64 costFen = 0;
    qint64 profitFen = 0;
    /// The orders' cost lines by type (CostReport's types); adds up to ledgerCostFen.
    std::array<qint64, CostTypeCount> costByTypeFen{};
    qint64 ledgerCostFen = 0;
    /// The rest of costFen: the imported lines' own costs (amount less profit).
    qint64 lineCostFen() const { return costFen - ledgerCostFen; }
    /// Money in less refunds, by method; and the amounts by kind (refunds positive).
    std::array<qint64, PaymentMethodCount> receivedByMethodFen{};
    std::array<qint64, ReceiptKindCount> receivedByKindFen{};
    qint64 receipts = 0;
    qint64 receivedNetFen() const;

    QJsonObject toJson() const;
    static MonthFigures fromJson(const QJsonObject &o);
};

/// One figure of a month against its snapshot at the close.
struct FigureChange
{
    QString key;    // "revenue", "cost.material", "received.wechat_pay", "orders", ...
    QString title;  // translated
    bool money = true;  // fen; else a count
    qint64 atClose = 0;
    qint64 now = 0;
    qint64 difference() const { return now - atClose; }
};

/// One item behind a check, to drill down to its order (orderId empty when it has none).
struct CheckItem
{
    QString orderId;
    QString orderNo;
    QString text;
    qint64 amountFen = 0;
};

/// One check a finance person runs before closing a month.
struct MonthCheck
{
    enum class Status { Ok, Warning, Blocking };
    enum class Kind {
        PendingCosts,
        EstimateOnly,
        Receipts,
        DealerStatements,
        Rebates,
        LosingOrders
    };

    Kind kind = Kind::PendingCosts;
    Status status = Status::Ok;
    qint64 count = 0;
    QString title;  // translated: what is checked
    QString text;   // translated: what was found
    QList<CheckItem> items;
};

/// A month as closed (or reopened after a close).
struct FinancePeriod
{
    enum class Status { Open, Closed, Reopened };

    QString id;
    QString month;
    Status status = Status::Open;
    QString closedAt;  // UTC ISO 8601
    QString closedBy;
    QString reopenedAt;
    QString reopenedBy;
    QString reopenReason;
    MonthFigures snapshot;
    bool isClosed() const { return status == Status::Closed; }
    /// The day it was closed on the site's calendar (CostLedger::siteZone).
    QDate closedOn(const QTimeZone &zone) const;
};

/// Month close (月结): the checks before closing, the month's figures, closing with a snapshot
/// and reopening with a reason (finance_periods, through Storage::ChangeLog so that it syncs).
/// Months close in order: once one month is closed, a later one closes only when every month
/// between with orders signed or receipts received is closed. A closed month refuses new
/// receipts (ReceiptBook::record) and tax documents (TaxDocumentStore::issue) dated in it; rows
/// that arrive by sync are taken as they come, and changesSinceClose() shows what they changed.
/// Blocking checks: cost marks still pending after gathering, a dealer with entries in the
/// month and no confirmed (or a changed) statement covering it, a rebate period ended by the
/// month's end still to settle or to claw back. The receipts carry no notion of an order
/// requiring a fapiao, so no check on fapiao numbers is made.
class MonthClose
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::MonthClose)

public:
    /// "2026-03" to its first day; invalid for anything else.
    static QDate firstDay(const QString &month);
    static QString monthOf(QDate day);
    /// The row id of a month: a name-based UUID, the same on every desk.
    static QString periodId(const QString &month);
    static QString statusTitle(FinancePeriod::Status status);  // translated
    static QString checkStatusTitle(MonthCheck::Status status);  // translated

    /// Gathers pending costs first (CostLedger::gatherPending), then runs the checks.
    static Core::Result<QList<MonthCheck>> checklist(Storage::Connection &c,
                                                     const QString &month);
    static Core::Result<MonthFigures> figures(Storage::Connection &c, const QString &month);
    /// The month's row; status Open (and no id) when it was never closed.
    static Core::Result<FinancePeriod> period(Storage::Connection &c, const QString &month);
    /// The closed period a day falls in, if any: the check of ReceiptBook and TaxDocumentStore.
    static std::optional<FinancePeriod> closedPeriodOn(Storage::Connection &c, QDate day);

    /// Why the month cannot be closed now (an error with the reason), given its checks; today
    /// is the site's day, invalid for now.
    static Core::Status closable(Storage::Connection &c, const QString &month,
                                 const QList<MonthCheck> &checks, QDate today = {});
    /// Runs the checks and closes the month with a snapshot of its figures.
    static Core::Result<FinancePeriod> close(Storage::Connection &c, const QString &month,
                                             const QString &user, QDate today = {});
    /// Reopens a closed month; the reason is required.
    static Core::Result<FinancePeriod> reopen(Storage::Connection &c, const QString &month,
                                              const QString &user, const QString &reason);
    /// Every figure now against the snapshot of the last close (the month must have been
    /// closed), in the order of MonthFigures.
    static Core::Result<QList<FigureChange>> changesSinceClose(Storage::Connection &c,
                                                               const QString &month);
    /// The figures as a list, titled, in a fixed order (as changesSinceClose lists them).
    static QList<FigureChange> entries(const MonthFigures &figures);
};

} // namespace Hearth::Finance
