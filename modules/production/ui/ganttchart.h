#pragma once

#include "ganttdata.h"
#include "ganttedit.h"
#include "ganttlayout.h"
#include "ganttrenderer.h"
#include "gantttimescale.h"

#include <QAbstractScrollArea>
#include <QMap>
#include <QTimer>

class QAction;
class QUndoStack;

namespace Hearth::Production {

class GanttEditChecker;

/// What is under a point of the chart's viewport.
struct GanttHit
{
    enum class Area { None, Corner, Header, RowLabel, Body, Legend };
    enum class Part { None, Middle, StartEdge, EndEdge };  // of a bar

    Area area = Area::None;
    int row = -1;        // GanttLayout's row index
    QString barId;       // empty when no bar is there
    Part part = Part::None;
    QDateTime time;      // the instant at the point's x (header and body)
};

/// The Gantt chart (甘特图) of the production plan: rows of work centers or of orders with the
/// operations as bars in time, a fixed time header and row-label column, zoom from hours to
/// weeks. A planner drags a bar to move it (to another work center where the bar names it as
/// an alternative) or its ends to stretch it; the GanttEditChecker decides, a refusal snaps the
/// bar back and says why in the chart and through message(), an accepted edit goes on the undo
/// stack and out through editApplied() for the page to save.
class GanttChart : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Action {
        ZoomIn,
        ZoomOut,
        ZoomToFit,
        GoToNow,
        Undo,
        Redo,
        ByWorkCenter,
        ByOrder,
        ExportVisibleOnly,  // checkable: exports and prints take only the days in view
        ExportImage,
        ExportPdf,
        Print,
    };

    static constexpr double MinPixelsPerDay = 4;       // about 4 weeks on 800 px
    static constexpr double MaxPixelsPerDay = 2880;    // 2 px a minute
    static constexpr double DefaultPixelsPerDay = 96;  // 4 px an hour
    static constexpr double ZoomStep = 1.25;

    explicit GanttChart(QWidget *parent = nullptr);
    ~GanttChart() override;

    /// Shows a plan. The undo history is cleared (its steps speak of the old data); the view
    /// stays on the time it showed, or goes to now the first time.
    void setData(const GanttData &data);
    /// The data as shown, with the accepted edits in it.
    const GanttData &data() const { return m_layout.data(); }
    void setGrouping(GanttGrouping grouping);
    GanttGrouping grouping() const { return m_layout.grouping(); }
    /// Asked before an edit is accepted; not owned. With none every edit is accepted.
    void setChecker(const GanttEditChecker *checker) { m_checker = checker; }
    const GanttEditChecker *checker() const { return m_checker; }

    QUndoStack *undoStack() const { return m_undoStack; }
    /// The chart's actions with their shortcuts, for the page's toolbar and menus.
    QAction *action(Action which) const { return m_actions.value(which); }

    double pixelsPerDay() const { return m_pixelsPerDay; }
    /// Zooms, keeping the time at the body's centre in place; clamped to the zoom limits.
    void setPixelsPerDay(double pixelsPerDay);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void scrollToNow();
    /// Scrolls so that at is a tenth of the body's width from its left edge.
    void scrollToTime(const QDateTime &at);
    QDateTime visibleStart() const;
    QDateTime visibleEnd() const;
    double contentX() const;
    int contentY() const;

    const GanttLayout &layout() const { return m_layout; }
    const GanttTimeScale &timeScale() const { return m_scale; }
    /// Where the header, labels, body and legend are in the viewport.
    GanttRenderer::Frame frame() const;

    GanttHit hitTest(const QPoint &viewportPos) const;
    /// A bar's rectangle in viewport coordinates (parts may lie outside it).
    QRect barRect(const QString &barId) const;
    QString selectedBar() const;
    void setSelectedBar(const QString &barId);
    /// Scrolls the least needed to show the bar.
    void ensureBarVisible(const QString &barId);
    /// The tool tip at a viewport point: a bar's times and status, a row's label, a day.
    QString toolTipAt(const QPoint &viewportPos) const;
    /// The refusal shown beside a bar, empty when none is shown.
    QString notice() const { return m_notice; }

signals:
    /// An accepted edit, or an undo or redo of one (as the edit it applies): the page saves it.
    void editApplied(const Hearth::Production::GanttEdit &edit);
    void editRefused(const Hearth::Production::GanttEdit &edit, const QString &reason);
    void barSelected(const QString &barId);
    /// A double click on a bar or an order row: open the order.
    void orderActivated(const QString &orderId, const QString &workOrderId);
    /// Text for the page's status bar: a refusal's reason, what an edit did, an export.
    void message(const QString &text);
    void zoomChanged(double pixelsPerDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Drag
    {
        int bar = -1;
        GanttHit::Part part = GanttHit::Part::None;
        QPoint press;
        double pressX = 0;  // content x at the press
        bool active = false;
        int row = -1;
        int targetRow = -1;
        qint64 newStart = 0;
        qint64 newEnd = 0;
    };

    void createActions();
    void rebuildScale();
    void updateScrollBars();
    void zoomAround(double pixelsPerDay, int viewportX);
    bool applyEdit(const GanttEdit &edit);
    void updateDrag(const QPoint &pos);
    void finishDrag();
    void cancelDrag();
    void showNotice(int bar, const QString &text);
    void clearNotice();
    int snapMinutes() const;
    QRectF ghostRect() const;
    void paintDragGhost(QPainter &p, const GanttRenderer::Frame &f) const;
    void paintNotice(QPainter &p, const GanttRenderer::Frame &f) const;
    void runExport(Action which);

    GanttLayout m_layout;
    GanttTimeScale m_scale;
    double m_pixelsPerDay = DefaultPixelsPerDay;
    const GanttEditChecker *m_checker = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMap<Action, QAction *> m_actions;
    int m_selected = -1;
    int m_hovered = -1;
    Drag m_drag;
    QString m_notice;
    int m_noticeBar = -1;
    QTimer m_noticeTimer;
    bool m_hasShownData = false;
    bool m_scrollToNowPending = false;  // until first painted, a resize keeps now in view
};

} // namespace Hearth::Production
