#pragma once

#include "workflow/taskquery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Hearth::Workflow {

/// The "My tasks" inbox (我的任务) as a table: one scope and filter of TaskQuery, overdue first
/// then by deadline, loaded in pages of PageSize rows (canFetchMore/fetchMore) and never
/// counted or loaded whole. Order numbers, people and units are looked up for the loaded rows
/// only. Uses only QtCore and QtGui.
class TaskInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Title, Kind, OrderNo, StatusColumn, Assignee, Amount, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OrderIdRole, OverdueRole };

    static constexpr int PageSize = 200;

    explicit TaskInboxModel(QObject *parent = nullptr);

    /// Shows the inbox of userId (Session's user in the page) and reloads from the first page.
    void setQuery(const QString &userId, InboxScope scope, const InboxFilter &filter);
    QString userId() const { return m_userId; }
    InboxScope scope() const { return m_scope; }
    const InboxFilter &filter() const { return m_filter; }
    /// Reloads from the database, keeping as many rows as were loaded.
    void refresh();
    /// The time overdue is measured against: the filter's, else the time of the last load.
    QDateTime now() const;

    Task task(int row) const;
    QString taskId(int row) const;
    /// The row of a loaded task, or -1.
    int rowOf(const QString &taskId) const;
    /// True when every row is loaded, so rowCount() is the whole count.
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// The model was reloaded from the first page (new query or refresh).
    void reloaded();

private:
    void reload(int rows);
    QList<Task> query(qint64 offset, int limit) const;
    /// Order numbers of the tasks' orders not looked up yet.
    void lookUpOrders(const QList<Task> &tasks);
    void lookUpPeople();
    QString assigneeText(const Task &task) const;
    QString displayText(const Task &task, int column) const;

    QString m_userId;
    InboxScope m_scope = InboxScope::Mine;
    InboxFilter m_filter;
    QDateTime m_loadedAt;
    QList<Task> m_rows;
    QHash<QString, QString> m_orderNos;
    QHash<QString, QString> m_people;
    QHash<QString, QString> m_units;
    bool m_complete = true;
    bool m_notifying = false;
};

} // namespace Hearth::Workflow
