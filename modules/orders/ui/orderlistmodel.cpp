#include "orderlistmodel.h"

#include "display.h"
#include "storage/database.h"

namespace Hearth::Orders {

namespace {

std::optional<OrderSort> sqlSort(int column)
{
    switch (column) {
    case OrderListModel::OrderNo:
        return OrderSort::OrderNo;
    case OrderListModel::ChannelColumn:
        return OrderSort::Channel;
    case OrderListModel::Place:
        return OrderSort::Province;
    case OrderListModel::SignedOn:
        return OrderSort::SignedOn;
    case OrderListModel::PromisedOn:
        return OrderSort::PromisedOn;
    case OrderListModel::StatusColumn:
        return OrderSort::Status;
    case OrderListModel::Total:
        return OrderSort::Total;
    default:
        return std::nullopt;
    }
}

} // namespace

OrderListModel::OrderListModel(QObject *parent) : QAbstractTableModel(parent)
{
    reload(PageSize);
}

void OrderListModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload(PageSize);
}

void OrderListModel::refresh()
{
    reload(std::max<int>(PageSize, int(m_rows.size())));
}

QString OrderListModel::orderId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int OrderListModel::rowOf(const QString &orderId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == orderId)
            return int(i);
    }
    return -1;
}

int OrderListModel::providerColumn(const QString &providerId) const
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).id == providerId)
            return ColumnCount + int(i);
    }
    return -1;
}

bool OrderListModel::isSortable(int column)
{
    return sqlSort(column).has_value();
}

QList<OrderRow> OrderListModel::query(qint64 offset, int limit) const
{
    if (!Storage::Database::isOpen())
        return {};
    return OrderQuery::page(m_filter, sqlSort(m_sortColumn).value_or(OrderSort::SignedOn),
                            m_sortOrder == Qt::DescendingOrder, offset, limit);
}

QList<QStringList> OrderListModel::providerTexts(const QList<OrderRow> &rows) const
{
    QList<QStringList> result(rows.size(), QStringList(m_providers.size()));
    if (m_providers.isEmpty() || rows.isEmpty() || !Storage::Database::isOpen())
        return result;
    QStringList ids;
    ids.reserve(rows.size());
    for (const OrderRow &r : rows)
        ids.append(r.id);
    for (qsizetype p = 0; p < m_providers.size(); ++p) {
        const QHash<QString, QString> texts =
            m_providers.at(p).texts(Storage::Database::connection(), ids);
        for (qsizetype i = 0; i < rows.size(); ++i)
            result[i][p] = texts.value(rows.at(i).id);
    }
    return result;
}

void OrderListModel::reload(int rows)
{
    // Views and testers ask for more while they hear of a change: not before it is over.
    m_notifying = true;
    beginResetModel();
    m_providers = OrderStatusProviders::all();
    m_rows = query(0, rows);
    m_providerTexts = providerTexts(m_rows);
    m_complete = m_rows.size() < rows;
    endResetModel();
    m_notifying = false;
    emit reloaded();
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_providers.size());
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment horizontal = index.column() == Total ? Qt::AlignRight : Qt::AlignLeft;
        return int(horizontal | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() >= ColumnCount)
        return m_providerTexts.at(index.row()).value(index.column() - ColumnCount);
    switch (Column(index.column())) {
    case OrderNo:
        return r.orderNo;
    case ChannelColumn:
        return channelName(r.channel);
    case ChannelOrderNo:
        return r.channelOrderNo;
    case Customer:
        return r.customerName;
    case Mobile:
        return r.mobile;
    case Place:
        return Display::place(r.province, r.city);
    case Dealer:
        return r.dealerName;
    case SignedOn:
        return Display::date(r.signedOn);
    case PromisedOn:
        return Display::date(r.promisedOn);
    case StatusColumn:
        return statusName(r.status);
    case Total:
        return Display::money(r.total);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment horizontal = section == Total ? Qt::AlignRight : Qt::AlignLeft;
        return int(horizontal | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section >= ColumnCount)
        return m_providers.at(section - ColumnCount).title();
    switch (Column(section)) {
    case OrderNo:
        return tr("Order no.");
    case ChannelColumn:
        return tr("Channel");
    case ChannelOrderNo:
        return tr("Channel order no.");
    case Customer:
        return tr("Customer");
    case Mobile:
        return tr("Mobile");
    case Place:
        return tr("Province / city");
    case Dealer:
        return tr("Dealer");
    case SignedOn:
        return tr("Signed");
    case PromisedOn:
        return tr("Promised");
    case StatusColumn:
        return tr("Status");
    case Total:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_notifying;
}

void OrderListModel::fetchMore(const QModelIndex &parent)
{
    // A fetch asked for from inside our own reset or insert notification would nest a change
    // in the one being announced; the view asks again once the notification is over.
    if (parent.isValid() || m_complete || m_notifying)
        return;
    const QList<OrderRow> more = query(m_rows.size(), PageSize);
    m_complete = more.size() < PageSize;
    if (more.isEmpty())
        return;
    const QList<QStringList> texts = providerTexts(more);
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    m_providerTexts.append(texts);
    endInsertRows();
    m_notifying = false;
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(PageSize);
}

} // namespace Hearth::Orders
