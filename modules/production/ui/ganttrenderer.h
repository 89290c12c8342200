#pragma once

#include "ganttbardelegate.h"

#include <QCoreApplication>
#include <QFont>
#include <QRect>
#include <QRectF>

class QPainter;

namespace Hearth::Production {

class GanttLayout;
class GanttTimeScale;

/// Paints the Gantt chart for the screen, an image, a PDF or a printer: the time header (two
/// tiers: days over hours, weeks over days or months over weeks, by zoom), the row labels, the
/// shaded non-working time, day and week lines, the promised dates of order rows, precedence
/// arrows, the bars (through GanttBarDelegate), the today line and the legend. It draws what
/// a view of the chart sees from a content point; only rows and bars in view are visited.
class GanttRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::GanttRenderer)

public:
    static constexpr int LabelWidth = 220;
    static constexpr int HeaderHeight = 48;
    static constexpr int LegendHeight = 30;
    /// Precedence arrows show from this zoom on; below it only the selected bar's.
    static constexpr double ArrowsFromPixelsPerDay = 40;
    /// Below this zoom the header shows months over weeks; from it weeks over days.
    static constexpr double DaysFromPixelsPerDay = 18;
    /// Below this zoom nights and breaks are not shaded, only whole non-working days.
    static constexpr double ShadeBreaksFromPixelsPerDay = 48;
    /// From this zoom the header shows days over hours.
    static constexpr double HoursFromPixelsPerDay = 240;

    /// Where the parts of the chart go in an area.
    struct Frame
    {
        QRect corner;
        QRect header;
        QRect labels;
        QRect body;
        QRect legend;  // empty without a legend
    };

    GanttRenderer(const GanttLayout &layout, const GanttTimeScale &scale);

    static Frame frame(const QRect &area, bool withLegend = true);

    /// The family and style of the text; sizes are the renderer's own. The theme's font on
    /// screen, Printing::PrintFonts on paper, so that a PDF's text reads back as written.
    void setFont(const QFont &base);
    void setSelectedBar(int bar) { m_selected = bar; }
    void setHoveredBar(int bar) { m_hovered = bar; }
    void setFadedBar(int bar) { m_faded = bar; }
    /// Text at the legend's right end (a hint on the screen, the page number on paper).
    void setLegendNote(const QString &note) { m_legendNote = note; }

    /// Paints the whole frame; (contentX, contentY) is the content point at the body's top left.
    void paint(QPainter &p, const QRect &area, double contentX, int contentY,
               bool withLegend = true) const;
    void paintCorner(QPainter &p, const QRect &rect) const;
    void paintHeader(QPainter &p, const QRect &rect, double contentX) const;
    void paintLabels(QPainter &p, const QRect &rect, int contentY) const;
    void paintBody(QPainter &p, const QRect &rect, double contentX, int contentY) const;
    void paintLegend(QPainter &p, const QRect &rect) const;

    /// A bar's rectangle in content coordinates; at least 2 px wide.
    QRectF barRect(int bar) const;
    /// The text of a day's header cell at a zoom: "29" or "Sun 29" (zh_CN "29日 周日").
    static QString dayText(QDate day, double pixelsPerDay);
    /// The promised date's marker line: the end of that day's column, by date alone.
    double promisedX(QDate promised) const;

private:
    void paintTier(QPainter &p, const QRect &rect, double contentX, bool top) const;
    void paintRowBackgrounds(QPainter &p, const QRect &rect, double contentX, int contentY,
                             int firstRow, int lastRow) const;
    void paintGrid(QPainter &p, const QRect &rect, double contentX) const;
    void paintPromised(QPainter &p, const QRect &rect, double contentX, int contentY,
                       int firstRow, int lastRow) const;
    void paintLinks(QPainter &p, const QRect &rect, double contentX, int contentY) const;
    void paintArrow(QPainter &p, const QPointF &from, const QPointF &to, int fromRowBottom,
                    bool broken) const;
    void paintNow(QPainter &p, const QRect &rect, double contentX) const;
    QDate today() const;

    const GanttLayout &m_layout;
    const GanttTimeScale &m_scale;
    GanttBarDelegate m_delegate;
    int m_selected = -1;
    int m_hovered = -1;
    int m_faded = -1;
    QString m_legendNote;
    QFont m_smallFont;
    QFont m_smallBoldFont;
    QFont m_boldFont;
};

} // namespace Hearth::Production
