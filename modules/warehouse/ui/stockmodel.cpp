#include "stockmodel.h"

#include "core/money.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/item.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/reorderpoints.h"
#include "widgets/language.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Hearth::Warehouse {

using Core::Decimal;

namespace {

/// A LIKE pattern that matches text anywhere, its wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

StockModel::StockModel(Storage::Connection &connection, QObject *parent)
    : QAbstractTableModel(parent), m_c(connection)
{
}

void StockModel::setFilter(const QString &search, const QString &warehouseId)
{
    m_search = search.trimmed();
    m_warehouseId = warehouseId;
}

void StockModel::setBelowReorderOnly(bool only)
{
    m_belowOnly = only;
}

Core::Status StockModel::reload()
{
    // One row per active item: its quantity and value summed over the warehouses' summary
    // rows (one per warehouse at most), never over the moves.
    Storage::Statement q(
        m_c.handle(),
        "SELECT i.id, i.code, i.name, COALESCE(i.name_en, ''), i.kind, i.unit, "
        "COALESCE(SUM(v.quantity_micros), 0), COALESCE(SUM(v.value_micros), 0), "
        "r.reorder_point_micros "
        "FROM items i "
        "LEFT JOIN stock_values v ON v.item_id = i.id AND (?1 = '' OR v.warehouse_id = ?1) "
        "LEFT JOIN reorder_points r ON r.item_id = i.id AND r.deleted = 0 "
        "WHERE i.deleted = 0 AND i.active = 1 AND (?2 = '' OR i.code LIKE ?3 ESCAPE '\\' "
        "OR i.name LIKE ?3 ESCAPE '\\' OR COALESCE(i.name_en, '') LIKE ?3 ESCAPE '\\') "
        "GROUP BY i.id ORDER BY i.code");
    q.bind(1, m_warehouseId.isNull() ? QStringLiteral("") : m_warehouseId)
        .bind(2, m_search.isNull() ? QStringLiteral("") : m_search)
        .bind(3, containsPattern(m_search));
    const bool english = Widgets::Language::installed().startsWith(QLatin1String("en"));
    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.itemId = q.text(0);
        row.code = q.text(1);
        row.name = english && !q.text(3).isEmpty() ? q.text(3) : q.text(2);
        if (const auto kind = Item::kindFromCode(q.text(4)))
            row.kind = Item::kindName(*kind);
        row.unit = Orders::unitFromCode(q.text(5)).value_or(Orders::Unit::Piece);
        row.onHand = Decimal::fromMicros(q.int64(6));
        row.value = Decimal::fromMicros(q.int64(7));
        if (!q.isNull(8))
            row.reorderPoint = Decimal::fromMicros(q.int64(8));
        rows.append(row);
    }
    if (q.failed())
        return Core::Error{tr("cannot read the stock: %1").arg(q.error()),
                           QStringLiteral("stock_values")};

    QList<Row> kept;
    for (Row &row : rows) {
        auto onOrder = PurchaseOrderStore::onOrder(m_c, row.itemId);
        if (!onOrder)
            return onOrder.error();
        row.onOrder = *onOrder;
        if (row.reorderPoint) {
            // The site's position, as ReorderPoints::check() sees it.
            auto position = ReorderPoints::position(m_c, row.itemId);
            if (!position)
                return position.error();
            row.below = position->available() < *row.reorderPoint;
        }
        if (!m_belowOnly || row.below)
            kept.append(row);
    }
    beginResetModel();
    m_rows = kept;
    endResetModel();
    return {};
}

int StockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == ItemIdRole)
        return row.itemId;
    if (role == BelowReorderRole)
        return row.below;
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == OnHand || column == Value || column == OnOrder
            || column == ReorderPoint;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == ReorderPoint && row.below)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ForegroundRole && column == OnHand && row.onHand < Decimal())
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::FontRole && column == ReorderPoint && row.below) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && column == ReorderPoint && row.below)
        return tr("On hand plus on order, less what open orders still need, is below the "
                  "reorder point");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case Code:
        return row.code;
    case Name:
        return row.name;
    case Kind:
        return row.kind;
    case OnHand:
        return row.onHand.toString();
    case Unit:
        return Orders::unitName(row.unit);
    case Value:
        return Core::Money::fromDecimal(row.value).toString();
    case OnOrder:
        return row.onOrder.isZero() ? QString() : row.onOrder.toString();
    case ReorderPoint:
        if (!row.reorderPoint)
            return QString();
        return row.below ? tr("%1 · below").arg(row.reorderPoint->toString())
                         : row.reorderPoint->toString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case OnHand:
        return tr("On hand");
    case Unit:
        return tr("Unit");
    case Value:
        return tr("Value (yuan)");
    case OnOrder:
        return tr("On order");
    case ReorderPoint:
        return tr("Reorder point");
    case ColumnCount:
        break;
    }
    return {};
}

QString StockModel::itemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).itemId : QString();
}

int StockModel::rowOf(const QString &itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).itemId == itemId)
            return i;
    }
    return -1;
}

Decimal StockModel::totalValue() const
{
    Decimal total;
    for (const Row &row : m_rows)
        total += row.value;
    return total;
}

int StockModel::belowReorderCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.below ? 1 : 0;
    return count;
}

} // namespace Hearth::Warehouse
