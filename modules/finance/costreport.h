#pragma once

#include "core/result.h"
#include "costline.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// The types of cost accounting (成本核算). Machine time counts as labour, bought-in goods as
/// outsourcing (外购外协), freight as logistics.
enum class CostType {
    Material,
    Hardware,
    Labour,
    Outsourcing,
    Logistics,
    Installation,
    Remake,
    Overhead,
    Other
};
inline constexpr int CostTypeCount = int(CostType::Other) + 1;

/// What cost accounting groups by: the product line (the order line's category), the order's
/// channel, dealer or designer, the month the cost arose in the site's time zone, or the party
/// a re-make's cost is charged to (责任方: the party code of its charged_to; every cost that is
/// not a re-make's under the empty key).
enum class CostDimension { ProductLine, Channel, Dealer, Designer, Period, ChargedTo };

/// One group of cost accounting: fen by type.
struct CostGroup
{
    QString key;    // category, channel, dealer or designer code, "2026-03", party; "" for none
    QString label;  // as a user reads it
    std::array<qint64, CostTypeCount> fen{};
    qint64 orders = 0;

    qint64 total() const;
    qint64 of(CostType type) const { return fen[size_t(type)]; }
};

/// An order's part of one cell (or of a group's total).
struct CostOrderPart
{
    QString orderId;
    QString orderNo;
    qint64 fen = 0;
};

/// Cost accounting (成本核算) over the orders' cost lines (CostLedger): cost by type and by one
/// dimension, for the costs that arose in a period, with the orders behind every cell. By
/// product line an order's cost of each type is split over its lines by their amounts
/// (Allocation, to the fen; all lines alike when the amounts add up to nothing). Cancelled
/// and deleted orders are left out. Gather pending costs first (CostLedger::gatherPending).
class CostReport
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::CostReport)

public:
    static CostType typeOf(CostKind kind);
    static QString typeCode(CostType type);  // "material", "labour", "logistics", ...
    static std::optional<CostType> typeFromCode(const QString &code);
    static QString typeName(CostType type);  // 材料, 人工, 物流, ...
    static QString dimensionCode(CostDimension d);  // "product_line", "channel", ...
    static std::optional<CostDimension> dimensionFromCode(const QString &code);
    static QString dimensionName(CostDimension d);

    /// The costs that arose from `from` to `to` (the site's days, both included; an invalid
    /// date leaves that end open), grouped by `by` and sorted by key.
    static Core::Result<CostReport> build(Storage::Connection &c, CostDimension by,
                                          QDate from = {}, QDate to = {});

    CostDimension dimension() const { return m_dimension; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const QList<CostGroup> &groups() const { return m_groups; }
    /// All groups added up.
    CostGroup total() const;
    /// The orders of one cell, by order number: a group's key and a type, or all its types.
    QList<CostOrderPart> ordersOf(const QString &key, std::optional<CostType> type) const;

private:
    struct Share
    {
        QString orderId;
        QString orderNo;
        QString key;
        CostType type = CostType::Other;
        qint64 fen = 0;
    };

    CostDimension m_dimension = CostDimension::ProductLine;
    QDate m_from;
    QDate m_to;
    QList<Share> m_shares;
    QList<CostGroup> m_groups;
};

} // namespace Hearth::Finance
