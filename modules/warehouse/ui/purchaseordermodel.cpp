#include "purchaseordermodel.h"

#include "core/money.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/purchaseorderdocument.h"
#include "widgets/language.h"

namespace Hearth::Warehouse {

PurchaseOrderModel::PurchaseOrderModel(Storage::Connection &connection, QObject *parent)
    : QAbstractTableModel(parent), m_c(connection)
{
}

void PurchaseOrderModel::setStatus(const QString &status)
{
    m_status = status;
}

Core::Status PurchaseOrderModel::reload()
{
    // TODO(#6): page through the orders in SQL once a site keeps years of them.
    Storage::Statement q(
        m_c.handle(),
        "SELECT p.id, p.po_no, s.code, s.name, COALESCE(s.name_en, ''), p.status, p.ordered_on, "
        "p.total_micros, "
        "(SELECT COUNT(*) FROM purchase_order_lines l WHERE l.po_id = p.id AND l.deleted = 0), "
        "(SELECT COUNT(*) FROM purchase_order_lines l WHERE l.po_id = p.id AND l.deleted = 0 "
        " AND l.received_micros >= l.quantity_micros) "
        "FROM purchase_orders p JOIN suppliers s ON s.id = p.supplier_id "
        "WHERE p.deleted = 0 AND (?1 = '' OR p.status = ?1) "
        "ORDER BY p.ordered_on DESC, p.po_no DESC");
    q.bind(1, m_status.isNull() ? QStringLiteral("") : m_status);
    const bool english = Widgets::Language::installed().startsWith(QLatin1String("en"));
    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.id = q.text(0);
        row.poNo = q.text(1);
        const QString name = english && !q.text(4).isEmpty() ? q.text(4) : q.text(3);
        row.supplier = tr("%1 (%2)").arg(name, q.text(2));
        row.status = q.text(5);
        row.orderedOn = QDate::fromString(q.text(6), Qt::ISODate);
        row.total = Core::Decimal::fromMicros(q.int64(7));
        row.lines = int(q.int64(8));
        row.received = int(q.int64(9));
        rows.append(row);
    }
    if (q.failed())
        return Core::Error{tr("cannot read the purchase orders: %1").arg(q.error()),
                           QStringLiteral("purchase_orders")};
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

int PurchaseOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PurchaseOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PoIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Total || index.column() == Lines
            || index.column() == Received;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case PoNo:
        return row.poNo;
    case Supplier:
        return row.supplier;
    case Status:
        return PurchaseOrderDocument::statusName(row.status);
    case OrderedOn:
        return row.orderedOn.toString(Qt::ISODate);
    case Lines:
        return row.lines;
    case Received:
        return tr("%1/%2").arg(row.received).arg(row.lines);
    case Total:
        return Core::Money::fromDecimal(row.total).toString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PurchaseOrderModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PoNo:
        return tr("PO number");
    case Supplier:
        return tr("Supplier");
    case Status:
        return tr("Status");
    case OrderedOn:
        return tr("Ordered on");
    case Lines:
        return tr("Lines");
    case Received:
        return tr("Lines received");
    case Total:
        return tr("Total (yuan)");
    case ColumnCount:
        break;
    }
    return {};
}

QString PurchaseOrderModel::poId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString PurchaseOrderModel::poNo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).poNo : QString();
}

int PurchaseOrderModel::rowOf(const QString &poNo) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).poNo == poNo)
            return i;
    }
    return -1;
}

} // namespace Hearth::Warehouse
