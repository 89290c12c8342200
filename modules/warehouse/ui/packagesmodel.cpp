#include "packagesmodel.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QBrush>
#include <QColor>

namespace Hearth::Warehouse {

PackagesModel::PackagesModel(Storage::Connection &connection, QObject *parent)
    : QAbstractTableModel(parent), m_c(connection)
{
}

Core::Status PackagesModel::reload()
{
    // TODO(#6): page through the orders in SQL when a site packs thousands at once.
    Storage::Statement q(
        m_c.handle(),
        "SELECT o.id, o.order_no, COALESCE(c.name, ''), COALESCE(o.city, c.city, '') "
        "FROM sales_orders o LEFT JOIN customers c ON c.id = o.customer_id "
        "WHERE o.deleted = 0 AND o.status IN ('approved', 'in_production', 'shipped') "
        "AND (EXISTS (SELECT 1 FROM order_parts p WHERE p.order_id = o.id) "
        "  OR EXISTS (SELECT 1 FROM order_hardware h WHERE h.order_id = o.id) "
        "  OR EXISTS (SELECT 1 FROM packages k WHERE k.order_id = o.id AND k.deleted = 0)) "
        "ORDER BY o.order_no");
    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.orderId = q.text(0);
        row.orderNo = q.text(1);
        row.customer = q.text(2);
        row.city = q.text(3);
        rows.append(row);
    }
    if (q.failed())
        return Core::Error{tr("cannot read the orders: %1").arg(q.error()),
                           QStringLiteral("sales_orders")};
    for (Row &row : rows) {
        auto state = Completeness::state(m_c, row.orderId);
        if (!state)
            return state.error();
        row.state = *state;
        auto missing = Completeness::check(m_c, row.orderId);
        if (!missing)
            return missing.error();
        row.missing = *missing;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

int PackagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool complete = row.missing.isEmpty();
    if (role == OrderIdRole)
        return row.orderId;
    if (role == CompleteRole)
        return complete;
    if (role == Qt::TextAlignmentRole && index.column() >= Packages)
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && index.column() == Missing)
        return QBrush(complete ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int count = row.state.packages;
    switch (Column(index.column())) {
    case OrderNo:
        return row.orderNo;
    case Customer:
        return row.customer;
    case City:
        return row.city;
    case Packages:
        return count == 0 ? tr("not planned") : tr("%1/%2 closed").arg(row.state.closed).arg(count);
    case Staged:
        return count == 0 ? QString() : tr("%1/%2").arg(row.state.staged).arg(count);
    case Loaded:
        return count == 0 ? QString() : tr("%1/%2").arg(row.state.loaded).arg(count);
    case Missing:
        return complete ? tr("Complete") : tr("%n missing", nullptr, int(row.missing.size()));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PackagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case OrderNo:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case City:
        return tr("City");
    case Packages:
        return tr("Packages");
    case Staged:
        return tr("In staging");
    case Loaded:
        return tr("Loaded");
    case Missing:
        return tr("Completeness");
    case ColumnCount:
        break;
    }
    return {};
}

QString PackagesModel::orderId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).orderId : QString();
}

int PackagesModel::rowOf(const QString &orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).orderId == orderId)
            return i;
    }
    return -1;
}

QList<MissingItem> PackagesModel::missing(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).missing : QList<MissingItem>();
}

} // namespace Hearth::Warehouse
