#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Which work orders the work orders page lists.
struct WorkOrderListFilter
{
    QStringList statuses;  // stored status codes; empty for every status
    QString workshop;      // a workshop code ("WS-CAB"); empty for every workshop
    QDate dueFrom;         // due dates from and to, inclusive; invalid for no bound
    QDate dueTo;
    QString search;        // part of a work order or order number, a customer, or a WO: code

    bool operator==(const WorkOrderListFilter &) const = default;
};

/// One work order as the list shows it. Planned times are UTC seconds: the first operation's
/// start and the last one's end; unplaced counts the active operations with no place yet.
struct WorkOrderListRow
{
    QString id;
    QString woNo;
    QString orderId;
    QString orderNo;
    QString customer;
    QString workshop;      // code
    QString workshopName;  // the org unit's name, else the code
    qint64 parts = 0;
    qint64 areaMm2 = 0;
    QDate dueDate;
    std::optional<qint64> deadline;  // a confirmed installation slot
    QString status;
    int priority = 0;
    std::optional<qint64> plannedStart;
    std::optional<qint64> plannedFinish;
    int unplaced = 0;
};

/// The work orders (工单) as a table that loads in pages of PageSize rows (canFetchMore/
/// fetchMore), sorts and filters in SQL and never loads the whole table: a page is found by ids
/// first and only its rows are read in full with their planned times.
class WorkOrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WoNo,
        OrderNo,
        Customer,
        Workshop,
        Parts,
        Area,
        DueDate,
        Status,
        PlannedStart,
        PlannedFinish,
        Lateness,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        OrderIdRole,
        StatusCodeRole,
        /// Seconds the plan finishes after the deadline (negative: early); null when the work
        /// order is not wholly planned, or is made, packed or cancelled.
        LatenessRole,
    };

    static constexpr int PageSize = 200;

    explicit WorkOrderListModel(QObject *parent = nullptr);

    /// The zone planned times are shown in and a due date's end is found in.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    const WorkOrderListFilter &filter() const { return m_filter; }
    void setFilter(const WorkOrderListFilter &filter);
    /// Reloads, keeping as many rows as were loaded.
    void refresh();

    QString workOrderId(int row) const;
    const WorkOrderListRow *rowAt(int row) const;
    int rowOf(const QString &workOrderId) const;
    bool isComplete() const { return m_complete; }

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// How many work orders the filter matches; safe on a worker thread with its connection.
    static qint64 count(Storage::Connection &c, const WorkOrderListFilter &filter);
    /// One page of rows; safe on a worker thread with its connection.
    static QList<WorkOrderListRow> page(Storage::Connection &c, const WorkOrderListFilter &filter,
                                        int sortColumn, Qt::SortOrder order, qint64 offset,
                                        int limit);
    /// The workshops that have work orders, as (code, name), by code.
    static QList<std::pair<QString, QString>> workshops(Storage::Connection &c);

    /// "2 d 5 h late", "on time"; empty for no lateness.
    static QString latenessText(std::optional<qint64> seconds);
    /// The lateness of a row against its deadline in zone, as LatenessRole gives it.
    static std::optional<qint64> lateness(const WorkOrderListRow &row, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void reloaded();

private:
    void reload(int rows);
    QList<WorkOrderListRow> query(qint64 offset, int limit) const;
    QString timeText(std::optional<qint64> at, const char *format) const;

    WorkOrderListFilter m_filter;
    QTimeZone m_zone;
    int m_sortColumn = DueDate;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<WorkOrderListRow> m_rows;
    bool m_complete = true;
    bool m_notifying = false;
};

} // namespace Hearth::Production
