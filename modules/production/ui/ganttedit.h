#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Hearth::Production {

/// A change a planner made to one bar by dragging it: moved (in time, and perhaps to another
/// work center) or stretched at its start or end. Times are instants (UTC).
struct GanttEdit
{
    enum class Kind { Move, ResizeStart, ResizeEnd };

    Kind kind = Kind::Move;
    QString barId;
    QString oldWorkCenterId;
    QString newWorkCenterId;
    QDateTime oldStart;
    QDateTime oldEnd;
    QDateTime newStart;
    QDateTime newEnd;

    /// The edit that takes this one back (what undo applies).
    GanttEdit reversed() const;
    bool changesRow() const { return oldWorkCenterId != newWorkCenterId; }

    bool operator==(const GanttEdit &) const = default;
};

} // namespace Hearth::Production

Q_DECLARE_METATYPE(Hearth::Production::GanttEdit)
