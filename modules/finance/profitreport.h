#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Revenue, cost and profit of one group of order lines (单单清算 per order, or per category,
/// region, channel, dealer or month).
struct ProfitRow
{
    // order number, category, region (the order's province when it has no region), channel
    // code, dealer code, "2017-03"
    QString key;
    QString label;  // the channel's order number, the dealer's or channel's name; else the key
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 linesWithoutCost = 0;  // lines whose cost is not known yet: counted at cost 0
    qint64 ordersWithCostLines = 0;  // orders costed by their cost lines (CostLedger)
    Core::Decimal revenue;        // exact sums of the lines' imported figures
    Core::Decimal cost;           // exact: the lines' own costs plus ledgerCostFen
    qint64 ledgerCostFen = 0;     // the part of cost from cost lines, whole fen
    Core::Decimal profit() const { return revenue - cost; }

    /// The figures in fen: revenue rounded once from its exact sum, half away from zero;
    /// profit is the exact revenue less the lines' own costs rounded once, less the cost lines
    /// in fen, so that an order shows what its profit page (OrderCosts) shows; cost is revenue
    /// less profit in fen, so that every row adds up as shown.
    qint64 revenueFen() const;
    qint64 costFen() const;
    qint64 profitFen() const;
    QJsonObject toJson() const;
};

/// Per-order profit on the lines that exist now, the figures the profit pages show. Revenue is
/// a line's amount. An order with cost lines (CostLedger: stock, labour, purchases, freight,
/// installation, re-makes, overhead) costs their sum, and so do its re-make orders' lines at
/// cost 0; by category that sum is split over the order's lines by their amounts
/// (Allocation, to the fen). Any other line costs its amount less its profit where it carries
/// a profit (imported sales); a line without one counts at cost 0 and is counted in
/// linesWithoutCost. Cancelled and deleted orders are left out. Sums are exact; rounding to
/// the fen happens once per group. Gather pending costs first (CostLedger::gatherPending).
class ProfitReport
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::ProfitReport)

public:
    enum class GroupBy { Order, Category, Region, Channel, Dealer, Month };

    static QString groupCode(GroupBy by);  // "order", "category", ...
    static std::optional<GroupBy> groupFromCode(const QString &code);

    /// The groups sorted by key; an empty key is the group of lines with no such value.
    static Core::Result<QList<ProfitRow>> build(Storage::Connection &c, GroupBy by);
    /// The group of one month ("2026-03") of build(c, GroupBy::Month), read through the
    /// signing date's index instead of every order: the same figures to the fen.
    static Core::Result<ProfitRow> month(Storage::Connection &c, const QString &month);
    /// All lines as one row.
    static Core::Result<ProfitRow> total(Storage::Connection &c);
};

} // namespace Hearth::Finance
