#include "workorderlistmodel.h"

#include "production/instanttext.h"
#include "production/plan.h"
#include "production/progressquery.h"
#include "production/shopfloorcode.h"
#include "production/workorder.h"
#include "storage/database.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QHash>

namespace Hearth::Production {

namespace {

/// The WHERE clause of a filter (after "w.deleted = 0") and its values in order.
struct Where
{
    QString sql;
    QStringList values;
    bool needsOrder = false;  // joins the sales order (and its customer)
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Where whereOf(const WorkOrderListFilter &f)
{
    Where w;
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : f.statuses) {
            marks.append(QStringLiteral("?"));
            w.values.append(status);
        }
        w.sql += QStringLiteral(" AND w.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.workshop.isEmpty()) {
        w.sql += QStringLiteral(" AND w.workshop = ?");
        w.values.append(f.workshop);
    }
    if (f.dueFrom.isValid()) {
        w.sql += QStringLiteral(" AND w.due_date >= ?");
        w.values.append(f.dueFrom.toString(Qt::ISODate));
    }
    if (f.dueTo.isValid()) {
        w.sql += QStringLiteral(" AND w.due_date <= ?");
        w.values.append(f.dueTo.toString(Qt::ISODate));
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // A scanned work order code finds its work order; other text is looked for in the
        // numbers and the customer's name.
        const ShopfloorCode code = ShopfloorCode::parse(search);
        if (code.kind() == ShopfloorCode::Kind::WorkOrder) {
            // As it was read, else in upper case (a scanner with Caps Lock on).
            w.sql += QStringLiteral(" AND w.wo_no IN (?, ?)");
            w.values.append(code.value());
            w.values.append(code.value().toUpper());
        } else {
            // One numbered value for its three uses; the plain "?"s before it count up to it.
            w.needsOrder = true;
            w.values.append(likePattern(search));
            w.sql += QStringLiteral(" AND (w.wo_no LIKE ?%1 ESCAPE '\\' OR o.order_no LIKE ?%1 "
                                    "ESCAPE '\\' OR c.name LIKE ?%1 ESCAPE '\\')")
                         .arg(w.values.size());
        }
    }
    return w;
}

void bindAll(Storage::Statement &q, const QStringList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values.at(i));
}

QString fromClause(bool joinOrder, bool ordersFirst = false)
{
    // Sorted by order number, the orders are walked in their number's index and each one's
    // work orders looked up, so that a page stops early instead of sorting every work order.
    if (ordersFirst) {
        return QStringLiteral(" FROM sales_orders o CROSS JOIN work_orders w ON o.id = "
                              "w.order_id LEFT JOIN customers c ON c.id = o.customer_id");
    }
    return joinOrder ? QStringLiteral(" FROM work_orders w JOIN sales_orders o ON o.id = "
                                      "w.order_id LEFT JOIN customers c ON c.id = o.customer_id")
                     : QStringLiteral(" FROM work_orders w");
}

QString orderBy(int column, Qt::SortOrder order)
{
    const QString dir = order == Qt::DescendingOrder ? QStringLiteral(" DESC")
                                                     : QStringLiteral(" ASC");
    QString key;
    switch (column) {
    case WorkOrderListModel::WoNo:
        return QStringLiteral(" ORDER BY w.wo_no") + dir;
    case WorkOrderListModel::OrderNo:
        key = QStringLiteral("o.order_no");
        break;
    case WorkOrderListModel::Workshop:
        key = QStringLiteral("w.workshop");
        break;
    case WorkOrderListModel::Parts:
        key = QStringLiteral("w.parts");
        break;
    case WorkOrderListModel::Area:
        key = QStringLiteral("w.area_mm2");
        break;
    case WorkOrderListModel::Status:
        key = QStringLiteral("CASE w.status WHEN 'planned' THEN 0 WHEN 'released' THEN 1 "
                             "WHEN 'started' THEN 2 WHEN 'made' THEN 3 WHEN 'packed' THEN 4 "
                             "ELSE 5 END");
        break;
    default:
        // Work orders with no due date last either way.
        return QStringLiteral(" ORDER BY w.due_date IS NULL, w.due_date") + dir
               + QStringLiteral(", w.wo_no") + dir;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", w.wo_no") + dir;
}

constexpr char RowColumns[] =
    "SELECT w.id, w.wo_no, w.order_id, o.order_no, COALESCE(c.name, ''), w.workshop, "
    "COALESCE(u.name, ''), w.parts, w.area_mm2, COALESCE(w.due_date, ''), "
    "COALESCE(w.deadline_at, ''), w.status, w.priority, "
    "(SELECT MIN(p.planned_start) FROM operations p WHERE p.work_order_id = w.id "
    " AND p.deleted = 0 AND p.status <> 'cancelled'), "
    "(SELECT MAX(p.planned_end) FROM operations p WHERE p.work_order_id = w.id "
    " AND p.deleted = 0 AND p.status <> 'cancelled'), "
    "(SELECT COUNT(*) FROM operations p WHERE p.work_order_id = w.id AND p.deleted = 0 "
    " AND p.status IN ('waiting', 'started') AND p.planned_start IS NULL) "
    "FROM work_orders w JOIN sales_orders o ON o.id = w.order_id "
    "LEFT JOIN customers c ON c.id = o.customer_id "
    "LEFT JOIN org_units u ON u.code = w.workshop WHERE w.id IN (%1)";

QString duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes >= 24 * 60) {
        const qint64 hours = minutes % (24 * 60) / 60;
        return hours > 0 ? WorkOrderListModel::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(hours)
                         : WorkOrderListModel::tr("%1 d").arg(minutes / (24 * 60));
    }
    if (minutes >= 60)
        return WorkOrderListModel::tr("%1 h").arg((minutes + 59) / 60);
    return WorkOrderListModel::tr("%1 min").arg(minutes);
}

} // namespace

WorkOrderListModel::WorkOrderListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_zone = Storage::Database::isOpen() ? ProgressQuery::siteZone(Storage::Database::connection())
                                         : QTimeZone("Asia/Shanghai");
    reload(PageSize);
}

void WorkOrderListModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PlannedStart), index(rowCount() - 1, Lateness));
}

void WorkOrderListModel::setFilter(const WorkOrderListFilter &filter)
{
    m_filter = filter;
    reload(PageSize);
}

void WorkOrderListModel::refresh()
{
    reload(std::max<int>(PageSize, int(m_rows.size())));
}

QString WorkOrderListModel::workOrderId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const WorkOrderListRow *WorkOrderListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WorkOrderListModel::rowOf(const QString &workOrderId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == workOrderId)
            return int(i);
    }
    return -1;
}

bool WorkOrderListModel::isSortable(int column)
{
    switch (column) {
    case WoNo:
    case OrderNo:
    case Workshop:
    case Parts:
    case Area:
    case DueDate:
    case Status:
        return true;
    default:
        return false;
    }
}

qint64 WorkOrderListModel::count(Storage::Connection &c, const WorkOrderListFilter &filter)
{
    const Where where = whereOf(filter);
    const QByteArray sql = (QStringLiteral("SELECT COUNT(*)") + fromClause(where.needsOrder)
                            + QStringLiteral(" WHERE w.deleted = 0") + where.sql)
                               .toUtf8();
    Storage::Statement q(c.handle(), sql.constData());
    bindAll(q, where.values);
    return q.next() ? q.int64(0) : 0;
}

QList<WorkOrderListRow> WorkOrderListModel::page(Storage::Connection &c,
                                                 const WorkOrderListFilter &filter,
                                                 int sortColumn, Qt::SortOrder order,
                                                 qint64 offset, int limit)
{
    // The page's ids first, through the narrowest join the filter and sort need; then only
    // those rows in full, so that a sort over every work order carries no sub-queries.
    const Where where = whereOf(filter);
    const bool byOrder = sortColumn == OrderNo;
    const QByteArray idSql = (QStringLiteral("SELECT w.id")
                              + fromClause(where.needsOrder || byOrder, byOrder)
                              + QStringLiteral(" WHERE w.deleted = 0") + where.sql
                              + orderBy(sortColumn, order) + QStringLiteral(" LIMIT %1 OFFSET %2")
                                                                 .arg(limit)
                                                                 .arg(offset))
                                 .toUtf8();
    Storage::Statement ids(c.handle(), idSql.constData());
    bindAll(ids, where.values);
    QStringList pageIds;
    while (ids.next())
        pageIds.append(ids.text(0));
    if (pageIds.isEmpty())
        return {};

    QStringList marks(pageIds.size(), QStringLiteral("?"));
    const QByteArray rowSql =
        QString::fromLatin1(RowColumns).arg(marks.join(QLatin1Char(','))).toUtf8();
    Storage::Statement q(c.handle(), rowSql.constData());
    bindAll(q, pageIds);
    QHash<QString, WorkOrderListRow> byId;
    while (q.next()) {
        WorkOrderListRow r;
        r.id = q.text(0);
        r.woNo = q.text(1);
        r.orderId = q.text(2);
        r.orderNo = q.text(3);
        r.customer = q.text(4);
        r.workshop = q.text(5);
        r.workshopName = q.text(6).isEmpty() ? r.workshop : q.text(6);
        r.parts = q.int64(7);
        r.areaMm2 = q.int64(8);
        r.dueDate = QDate::fromString(q.text(9), Qt::ISODate);
        r.deadline = Internal::parseInstant(q.text(10));
        r.status = q.text(11);
        r.priority = int(q.int64(12));
        r.plannedStart = Internal::parseInstant(q.text(13));
        r.plannedFinish = Internal::parseInstant(q.text(14));
        r.unplaced = int(q.int64(15));
        byId.insert(r.id, r);
    }
    QList<WorkOrderListRow> rows;
    rows.reserve(pageIds.size());
    for (const QString &id : pageIds) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            rows.append(*it);
    }
    return rows;
}

QList<std::pair<QString, QString>> WorkOrderListModel::workshops(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare(
        "SELECT code, name FROM org_units WHERE kind = 'workshop' AND deleted = 0 ORDER BY code");
    QList<std::pair<QString, QString>> result;
    while (q.next())
        result.append({q.text(0), q.text(1)});
    q.reset();
    return result;
}

QString WorkOrderListModel::latenessText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QString();
    return *seconds > 0 ? tr("%1 late").arg(duration(*seconds)) : tr("on time");
}

std::optional<qint64> WorkOrderListModel::lateness(const WorkOrderListRow &row,
                                                   const QTimeZone &zone)
{
    const bool open = row.status == QLatin1String("planned")
                      || row.status == QLatin1String("released")
                      || row.status == QLatin1String("started");
    if (!open || row.unplaced > 0 || !row.plannedFinish)
        return std::nullopt;
    qint64 deadline = 0;
    if (row.deadline)
        deadline = *row.deadline;
    else if (row.dueDate.isValid())
        deadline = Plan::endOfDay(row.dueDate, zone);
    else
        return std::nullopt;
    return *row.plannedFinish - deadline;
}

QList<WorkOrderListRow> WorkOrderListModel::query(qint64 offset, int limit) const
{
    if (!Storage::Database::isOpen())
        return {};
    return page(Storage::Database::connection(), m_filter, m_sortColumn, m_sortOrder, offset,
                limit);
}

void WorkOrderListModel::reload(int rows)
{
    // Views and testers ask for more while they hear of a change: not before it is over.
    m_notifying = true;
    beginResetModel();
    m_rows = query(0, rows);
    m_complete = m_rows.size() < rows;
    endResetModel();
    m_notifying = false;
    emit reloaded();
}

QString WorkOrderListModel::timeText(std::optional<qint64> at, const char *format) const
{
    if (!at)
        return QString();
    return QDateTime::fromSecsSinceEpoch(*at, Qt::UTC)
        .toTimeZone(m_zone)
        .toString(QLatin1String(format));
}

int WorkOrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkOrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkOrderListRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return r.id;
    case OrderIdRole:
        return r.orderId;
    case StatusCodeRole:
        return r.status;
    case LatenessRole: {
        const auto late = lateness(r, m_zone);
        return late ? QVariant(*late) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const bool number = column == Parts || column == Area;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case Qt::FontRole:
        if (column == WoNo && r.priority > WorkOrder::NormalPriority) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Lateness) {
            const auto late = lateness(r, m_zone);
            if (late)
                return QBrush(*late > 0 ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1e, 0x6b, 0x3a));
        }
        if (column == Status && r.status == QLatin1String("cancelled"))
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    case Qt::ToolTipRole:
        if (column == WoNo && r.priority > WorkOrder::NormalPriority)
            return tr("%1 (rush)").arg(r.woNo);
        if (column == PlannedStart)
            return timeText(r.plannedStart, "yyyy-MM-dd HH:mm");
        if (column == PlannedFinish)
            return timeText(r.plannedFinish, "yyyy-MM-dd HH:mm");
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case WoNo:
        return r.woNo;
    case OrderNo:
        return r.orderNo;
    case Customer:
        return r.customer;
    case Workshop:
        return r.workshopName;
    case Parts:
        return QString::number(r.parts);
    case Area:
        return QString::number(double(r.areaMm2) / 1e6, 'f', 2);
    case DueDate:
        return r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QString();
    case Status:
        return ProgressQuery::workOrderStatusLabel(r.status);
    case PlannedStart:
        if (!r.plannedStart && r.unplaced > 0)
            return tr("not planned");
        return timeText(r.plannedStart, "MM-dd HH:mm");
    case PlannedFinish:
        if (r.unplaced > 0)
            return r.plannedStart ? tr("partly planned") : QString();
        return timeText(r.plannedFinish, "MM-dd HH:mm");
    case Lateness:
        return latenessText(lateness(r, m_zone));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Parts || section == Area;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WoNo:
        return tr("Work order");
    case OrderNo:
        return tr("Order no.");
    case Customer:
        return tr("Customer");
    case Workshop:
        return tr("Workshop");
    case Parts:
        return tr("Parts");
    case Area:
        return tr("Area (m²)");
    case DueDate:
        return tr("Due");
    case Status:
        return tr("Status");
    case PlannedStart:
        return tr("Planned start");
    case PlannedFinish:
        return tr("Planned finish");
    case Lateness:
        return tr("Lateness");
    case ColumnCount:
        break;
    }
    return {};
}

bool WorkOrderListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_notifying;
}

void WorkOrderListModel::fetchMore(const QModelIndex &parent)
{
    // A fetch asked for from inside our own reset or insert notification would nest a change
    // in the one being announced; the view asks again once it is over.
    if (parent.isValid() || m_complete || m_notifying)
        return;
    const QList<WorkOrderListRow> more = query(m_rows.size(), PageSize);
    m_complete = more.size() < PageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_notifying = false;
}

void WorkOrderListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(PageSize);
}

} // namespace Hearth::Production
