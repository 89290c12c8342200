#pragma once

#include "ganttdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace Hearth::Production {

/// Draws one bar of the Gantt chart and the legend's samples, and words a bar for its tool tip.
/// The colour says the status (waiting light blue, started blue with its progress, done green);
/// a late bar gets red accents (a red outline and end cap) whatever its status; a locked bar
/// carries a padlock.
class GanttBarDelegate
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::GanttBarDelegate)

public:
    enum State {
        Plain = 0,
        Selected = 1,
        Hovered = 2,
        Faded = 4,  // the bar's old place while it is dragged
        Ghost = 8,  // where a drag would put it
    };

    GanttBarDelegate();

    /// The family and style of the labels; the size is the delegate's.
    void setFont(const QFont &base);
    void paint(QPainter &p, const QRectF &rect, const GanttBar &bar, int state) const;
    /// A padlock whose body fills rect's lower part.
    static void paintLock(QPainter &p, const QRectF &rect, const QColor &color);

    static QColor fillColor(GanttBarStatus status);
    static QColor borderColor(GanttBarStatus status);
    static QColor textColor(GanttBarStatus status);
    static QColor lateColor();

    static QString statusText(GanttBarStatus status);
    /// "2 天 3 小时": a lateness, in days and hours (minutes under a day).
    static QString durationText(qint64 seconds);
    /// "3月29日 08:30" in zone.
    static QString timeText(const QDateTime &at, const QTimeZone &zone);
    /// The bar's own tool tip, or its label, work order, times in zone, status and lateness.
    static QString toolTip(const GanttBar &bar, const QTimeZone &zone);

private:
    QFont m_font;
};

} // namespace Hearth::Production
