#include "progresseventsmodel.h"

#include <QBrush>
#include <QColor>

namespace Hearth::Production {

ProgressEventsModel::ProgressEventsModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(8 * 3600)
{
}

void ProgressEventsModel::setEvents(const QList<ProgressEventRow> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void ProgressEventsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, Time), index(rowCount() - 1, Time), {Qt::DisplayRole});
}

int ProgressEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ProgressEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressEventRow &e = m_events[index.row()];
    if (role == EventIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Good || index.column() == Scrap)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Scrap && e.scrap > 0)
        return QBrush(QColor(0xb91c1c));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        if (role == Qt::ToolTipRole)
            return e.at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return e.at.toTimeZone(m_zone).toString(QStringLiteral("MM-dd HH:mm"));
    case WorkOrder:
        return e.woNo;
    case Operation:
        return e.seq > 0 ? QStringLiteral("%1 %2").arg(e.seq).arg(e.operationName) : QString();
    case Kind:
        return e.partId.isEmpty() ? ProgressQuery::kindLabel(e.kind)
                                  : tr("%1 (part)").arg(ProgressQuery::kindLabel(e.kind));
    case Good:
        return e.kind == ProgressKind::Report || e.kind == ProgressKind::Finish ? QVariant(e.good)
                                                                                : QVariant();
    case Scrap:
        return e.kind == ProgressKind::Report || e.kind == ProgressKind::Finish ? QVariant(e.scrap)
                                                                                : QVariant();
    case Operator:
        return e.userName;
    case Source:
        return e.source == u"mes" ? tr("MES") : tr("Scan");
    default:
        break;
    }
    return {};
}

QVariant ProgressEventsModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case WorkOrder:
        return tr("Work order");
    case Operation:
        return tr("Operation");
    case Kind:
        return tr("Event");
    case Good:
        return tr("Good");
    case Scrap:
        return tr("Scrap");
    case Operator:
        return tr("Operator");
    case Source:
        return tr("Source");
    default:
        break;
    }
    return {};
}

} // namespace Hearth::Production
