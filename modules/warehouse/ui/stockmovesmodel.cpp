#include "stockmovesmodel.h"

#include "core/decimal.h"
#include "orders/salesorder.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/stockmove.h"
#include "widgets/sitetime.h"

#include <QBrush>
#include <QColor>

#include <limits>

namespace Hearth::Warehouse {

using Core::Decimal;

StockMovesModel::StockMovesModel(Storage::Connection &connection, QObject *parent)
    : QAbstractTableModel(parent), m_c(connection)
{
}

Core::Status StockMovesModel::setItem(const QString &itemId, const QString &warehouseId)
{
    // A view asks for more rows while it handles the reset: none until the reset is done.
    beginResetModel();
    m_itemId = itemId;
    m_warehouseId = warehouseId;
    m_rows.clear();
    m_atEnd = true;
    m_error.clear();
    endResetModel();
    m_atEnd = itemId.isEmpty();
    if (m_atEnd)
        return {};
    fetchMore({});
    if (!m_error.isEmpty())
        return Core::Error{m_error, QStringLiteral("stock_moves")};
    return {};
}

Core::Result<QList<StockMovesModel::Row>> StockMovesModel::readPage() const
{
    // Keyset paging along the moves' (item_id, created_at) index: the page after the last row
    // read, whatever number of moves came before it.
    Storage::Statement q(
        m_c.handle(),
        "SELECT m.rowid, m.created_at, m.kind, m.quantity_micros, m.unit, m.counted_micros, "
        "COALESCE(fb.code, ''), COALESCE(tb.code, ''), COALESCE(l.lot_no, ''), "
        "COALESCE(o.order_no, m.order_id, m.purchase_line_ref, ''), "
        "COALESCE(w.wo_no, m.work_order_id, ''), m.user_name, COALESCE(m.scan_code, '') "
        "FROM stock_moves m "
        "LEFT JOIN bins fb ON fb.id = m.from_bin_id "
        "LEFT JOIN bins tb ON tb.id = m.to_bin_id "
        "LEFT JOIN lots l ON l.id = m.lot_id "
        "LEFT JOIN sales_orders o ON o.id = m.order_id "
        "LEFT JOIN work_orders w ON w.id = m.work_order_id "
        "WHERE m.item_id = ?1 "
        "AND (?2 = '' OR fb.warehouse_id = ?2 OR tb.warehouse_id = ?2) "
        "AND (m.created_at, m.rowid) < (?3, ?4) "
        "ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?5");
    // The first page starts after every time stored ("9" sorts after "2026-...").
    const bool first = m_rows.isEmpty();
    q.bind(1, m_itemId)
        .bind(2, m_warehouseId.isNull() ? QStringLiteral("") : m_warehouseId)
        .bind(3, first ? QStringLiteral("9") : m_rows.last().createdAt)
        .bind(4, first ? std::numeric_limits<qint64>::max() : m_rows.last().rowId)
        .bind(5, PageSize);
    QList<Row> page;
    while (q.next()) {
        Row row;
        row.rowId = q.int64(0);
        row.createdAt = q.text(1);
        const auto kind = StockMove::kindFromCode(q.text(2));
        const auto unit = Orders::unitFromCode(q.text(4)).value_or(Orders::Unit::Piece);
        const QString from = q.text(6);
        const QString to = q.text(7);
        row.outgoing = to.isEmpty();
        row.incoming = from.isEmpty();
        const QString sign = row.outgoing ? QStringLiteral("−")
            : row.incoming                ? QStringLiteral("+")
                                          : QString();
        QString quantity = sign + Decimal::fromMicros(q.int64(3)).toString() + QLatin1Char(' ')
            + Orders::unitName(unit);
        if (!q.isNull(5))
            quantity = tr("%1 (counted %2)")
                           .arg(quantity, Decimal::fromMicros(q.int64(5)).toString());
        row.cells = QStringList{Widgets::SiteTime::formatIso(row.createdAt),
                                kind ? StockMove::kindName(*kind) : q.text(2),
                                quantity,
                                from,
                                to,
                                q.text(8),
                                q.text(9),
                                q.text(10),
                                q.text(11),
                                q.text(12)};
        page.append(row);
    }
    if (q.failed())
        return Core::Error{tr("cannot read the stock moves: %1").arg(q.error()),
                           QStringLiteral("stock_moves")};
    return page;
}

bool StockMovesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StockMovesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const auto page = readPage();
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        return;
    }
    m_error.clear();
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

int StockMovesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockMovesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockMovesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Quantity
        && row.outgoing != row.incoming)
        return QBrush(row.outgoing ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1b, 0x7f, 0x3b));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return row.cells.value(index.column());
}

QVariant StockMovesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Move");
    case Quantity:
        return tr("Quantity");
    case FromBin:
        return tr("From bin");
    case ToBin:
        return tr("To bin");
    case Lot:
        return tr("Lot");
    case Order:
        return tr("Order / PO line");
    case WorkOrder:
        return tr("Work order");
    case Who:
        return tr("By");
    case ScanCode:
        return tr("Scan code");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Hearth::Warehouse
