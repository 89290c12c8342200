#pragma once

#include "production/progressquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace Hearth::Production {

/// A station's recent production events (报工记录), newest first, for the scanning page.
/// Times show in the site's zone.
class ProgressEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, WorkOrder, Operation, Kind, Good, Scrap, Operator, Source, ColumnCount };
    /// The event's id, in any column.
    static constexpr int EventIdRole = Qt::UserRole + 1;

    explicit ProgressEventsModel(QObject *parent = nullptr);

    void setEvents(const QList<ProgressEventRow> &events);
    const QList<ProgressEventRow> &events() const { return m_events; }
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ProgressEventRow> m_events;
    QTimeZone m_zone;
};

} // namespace Hearth::Production
