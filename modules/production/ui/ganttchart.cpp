#include "ganttchart.h"

#include "ganttbardelegate.h"
#include "gantteditchecker.h"
#include "gantteditcommand.h"
#include "ganttexport.h"
#include "widgets/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Hearth::Production {

namespace {

constexpr int EdgeGrip = 5;
constexpr int NoticeMs = 8000;
constexpr int AutoScrollMargin = 24;
constexpr int AutoScrollStep = 16;
constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MinDurationMs = 15 * MsPerMinute;
constexpr int MinutesPerDay = 24 * 60;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

GanttEdit::Kind editKind(GanttHit::Part part)
{
    switch (part) {
    case GanttHit::Part::StartEdge:
        return GanttEdit::Kind::ResizeStart;
    case GanttHit::Part::EndEdge:
        return GanttEdit::Kind::ResizeEnd;
    default:
        return GanttEdit::Kind::Move;
    }
}

QString barName(const GanttBar &bar)
{
    return bar.label.isEmpty() ? bar.id : bar.label;
}

} // namespace

GanttChart::GanttChart(QWidget *parent)
    : QAbstractScrollArea(parent), m_undoStack(new QUndoStack(this))
{
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(GanttRenderer::LabelWidth + 200, GanttRenderer::HeaderHeight
                                                        + GanttRenderer::LegendHeight + 80);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(NoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, &GanttChart::clearNotice);
    createActions();
    rebuildScale();
    updateScrollBars();
}

GanttChart::~GanttChart() = default;

void GanttChart::createActions()
{
    auto add = [this](Action which, const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_actions.insert(which, a);
        return a;
    };
    connect(add(Action::ZoomIn, tr("Zoom in"),
                {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}),
            &QAction::triggered, this, &GanttChart::zoomIn);
    connect(add(Action::ZoomOut, tr("Zoom out"), {QKeySequence::ZoomOut}), &QAction::triggered,
            this, &GanttChart::zoomOut);
    connect(add(Action::ZoomToFit, tr("Fit to window"), {QKeySequence(Qt::CTRL | Qt::Key_0)}),
            &QAction::triggered, this, &GanttChart::zoomToFit);
    connect(add(Action::GoToNow, tr("Go to now"), {QKeySequence(Qt::CTRL | Qt::Key_T)}),
            &QAction::triggered, this, &GanttChart::scrollToNow);

    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                        QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_actions.insert(Action::Undo, undo);
    m_actions.insert(Action::Redo, redo);

    auto *grouping = new QActionGroup(this);
    QAction *byCenter = add(Action::ByWorkCenter, tr("Rows by work center"), {});
    QAction *byOrder = add(Action::ByOrder, tr("Rows by order"), {});
    for (QAction *a : {byCenter, byOrder}) {
        a->setCheckable(true);
        grouping->addAction(a);
    }
    byCenter->setChecked(true);
    connect(byCenter, &QAction::triggered, this,
            [this] { setGrouping(GanttGrouping::ByWorkCenter); });
    connect(byOrder, &QAction::triggered, this, [this] { setGrouping(GanttGrouping::ByOrder); });

    add(Action::ExportVisibleOnly, tr("Only the days in view"), {})->setCheckable(true);
    QAction *image = add(Action::ExportImage, tr("Export as PNG…"), {});
    QAction *pdf = add(Action::ExportPdf, tr("Export as PDF…"), {});
    QAction *print = add(Action::Print, tr("Print…"), {QKeySequence::Print});
    for (QAction *a : {image, pdf})
        a->setIcon(Widgets::Theme::icon(Widgets::IconKind::Export));
    connect(image, &QAction::triggered, this, [this] { runExport(Action::ExportImage); });
    connect(pdf, &QAction::triggered, this, [this] { runExport(Action::ExportPdf); });
    connect(print, &QAction::triggered, this, [this] { runExport(Action::Print); });
}

void GanttChart::runExport(Action which)
{
    GanttExportOptions options;
    options.visibleRangeOnly = m_actions.value(Action::ExportVisibleOnly)->isChecked();
    const QString result = which == Action::Print
                               ? GanttExport::printWithDialog(this, options)
                               : GanttExport::saveWithDialog(this, which == Action::ExportPdf,
                                                             options);
    if (!result.isEmpty())
        emit message(result);
}

void GanttChart::setData(const GanttData &data)
{
    const bool first = !m_hasShownData;
    const qint64 keepLeft = m_scale.msAt(contentX());
    const QString selected = selectedBar();
    cancelDrag();
    clearNotice();
    m_undoStack->clear();
    m_layout.setData(data);
    m_selected = m_layout.barIndex(selected);
    m_hovered = -1;
    rebuildScale();
    updateScrollBars();
    if (first) {
        m_hasShownData = true;
        m_scrollToNowPending = true;
        scrollToNow();
    } else {
        horizontalScrollBar()->setValue(int(std::lround(m_scale.xOfMs(keepLeft))));
    }
    viewport()->update();
}

void GanttChart::setGrouping(GanttGrouping grouping)
{
    if (grouping == m_layout.grouping())
        return;
    cancelDrag();
    clearNotice();
    m_layout.setGrouping(grouping);
    m_hovered = -1;
    m_actions.value(grouping == GanttGrouping::ByOrder ? Action::ByOrder : Action::ByWorkCenter)
        ->setChecked(true);
    updateScrollBars();
    if (m_selected >= 0)
        ensureBarVisible(m_layout.bar(m_selected).id);
    viewport()->update();
}

void GanttChart::rebuildScale()
{
    m_scale = GanttTimeScale(m_layout.data().timeZone, m_layout.firstDay(), m_layout.lastDay(),
                             m_pixelsPerDay);
    m_actions.value(Action::ZoomIn)->setEnabled(m_pixelsPerDay < MaxPixelsPerDay);
    m_actions.value(Action::ZoomOut)->setEnabled(m_pixelsPerDay > MinPixelsPerDay);
}

GanttRenderer::Frame GanttChart::frame() const
{
    return GanttRenderer::frame(viewport()->rect(), true);
}

void GanttChart::updateScrollBars()
{
    const GanttRenderer::Frame f = frame();
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, int(std::ceil(m_scale.width() - 1e-6)) - f.body.width()));
    h->setPageStep(std::max(1, f.body.width()));
    h->setSingleStep(std::max(8, int(m_pixelsPerDay / 8)));
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, m_layout.totalHeight() - f.body.height()));
    v->setPageStep(std::max(1, f.body.height()));
    v->setSingleStep(GanttLayout::LaneHeight);
}

double GanttChart::contentX() const
{
    return horizontalScrollBar()->value();
}

int GanttChart::contentY() const
{
    return verticalScrollBar()->value();
}

QDateTime GanttChart::visibleStart() const
{
    return m_scale.timeAt(contentX());
}

QDateTime GanttChart::visibleEnd() const
{
    return m_scale.timeAt(contentX() + frame().body.width());
}

void GanttChart::setPixelsPerDay(double pixelsPerDay)
{
    zoomAround(pixelsPerDay, frame().body.center().x());
}

void GanttChart::zoomIn()
{
    setPixelsPerDay(m_pixelsPerDay * ZoomStep);
}

void GanttChart::zoomOut()
{
    setPixelsPerDay(m_pixelsPerDay / ZoomStep);
}

void GanttChart::zoomToFit()
{
    const int width = frame().body.width();
    m_pixelsPerDay = std::clamp(double(width) / std::max(1, m_scale.dayCount()), MinPixelsPerDay,
                                MaxPixelsPerDay);
    rebuildScale();
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit zoomChanged(m_pixelsPerDay);
}

void GanttChart::zoomAround(double pixelsPerDay, int viewportX)
{
    pixelsPerDay = std::clamp(pixelsPerDay, MinPixelsPerDay, MaxPixelsPerDay);
    if (qFuzzyCompare(pixelsPerDay, m_pixelsPerDay))
        return;
    const QRect body = frame().body;
    const int anchorX = std::clamp(viewportX, body.left(), std::max(body.left(), body.right()))
                        - body.left();
    const qint64 anchor = m_scale.msAt(contentX() + anchorX);
    m_pixelsPerDay = pixelsPerDay;
    rebuildScale();
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(m_scale.xOfMs(anchor) - anchorX)));
    viewport()->update();
    emit zoomChanged(m_pixelsPerDay);
}

void GanttChart::scrollToNow()
{
    const QDateTime now = m_layout.data().now;
    scrollToTime(now.isValid() ? now : m_scale.dayStart(0));
}

void GanttChart::scrollToTime(const QDateTime &at)
{
    const int left = int(std::lround(m_scale.x(at) - frame().body.width() * 0.1));
    horizontalScrollBar()->setValue(left);
}

QString GanttChart::selectedBar() const
{
    return m_selected >= 0 ? m_layout.bar(m_selected).id : QString();
}

void GanttChart::setSelectedBar(const QString &barId)
{
    const int bar = m_layout.barIndex(barId);
    if (bar == m_selected)
        return;
    m_selected = bar;
    viewport()->update();
    emit barSelected(selectedBar());
}

void GanttChart::ensureBarVisible(const QString &barId)
{
    const int b = m_layout.barIndex(barId);
    if (b < 0)
        return;
    const QRect body = frame().body;
    const QRectF r = GanttRenderer(m_layout, m_scale).barRect(b);
    QScrollBar *h = horizontalScrollBar();
    if (r.left() < contentX() || r.right() > contentX() + body.width()) {
        const double left = r.width() > body.width() * 0.8 ? r.left() - 24
                                                           : r.center().x() - body.width() / 2.0;
        h->setValue(int(std::lround(left)));
    }
    QScrollBar *v = verticalScrollBar();
    const int row = m_layout.barRow(b);
    const int top = m_layout.rowTop(row);
    const int bottom = top + m_layout.rowHeight(row);
    if (top < contentY())
        v->setValue(top);
    else if (bottom > contentY() + body.height())
        v->setValue(bottom - body.height());
}

QRect GanttChart::barRect(const QString &barId) const
{
    const int b = m_layout.barIndex(barId);
    if (b < 0)
        return QRect();
    const QRect body = frame().body;
    const QRectF r = GanttRenderer(m_layout, m_scale).barRect(b);
    return r.translated(body.left() - contentX(), body.top() - contentY()).toAlignedRect();
}

GanttHit GanttChart::hitTest(const QPoint &pos) const
{
    const GanttRenderer::Frame f = frame();
    GanttHit hit;
    const double x = contentX() + pos.x() - f.body.left();
    const int y = contentY() + pos.y() - f.body.top();
    if (f.legend.contains(pos)) {
        hit.area = GanttHit::Area::Legend;
    } else if (f.corner.contains(pos)) {
        hit.area = GanttHit::Area::Corner;
    } else if (f.header.contains(pos)) {
        hit.area = GanttHit::Area::Header;
        hit.time = m_scale.timeAt(x);
    } else if (f.labels.contains(pos)) {
        hit.area = GanttHit::Area::RowLabel;
        hit.row = m_layout.rowAt(y);
    } else if (f.body.contains(pos)) {
        hit.area = GanttHit::Area::Body;
        hit.row = m_layout.rowAt(y);
        hit.time = m_scale.timeAt(x);
    }
    if (hit.area != GanttHit::Area::Body || hit.row < 0)
        return hit;

    const GanttRenderer renderer(m_layout, m_scale);
    const QList<int> near = m_layout.barsInRange(hit.row, m_scale.msAt(x - EdgeGrip),
                                                 m_scale.msAt(x + EdgeGrip));
    for (int b : near) {
        const QRectF r = renderer.barRect(b);
        if (y < r.top() || y > r.bottom() || x < r.left() - 2 || x > r.right() + 2)
            continue;
        hit.barId = m_layout.bar(b).id;
        hit.part = GanttHit::Part::Middle;
        if (r.width() >= 4 * EdgeGrip) {
            if (x <= r.left() + EdgeGrip)
                hit.part = GanttHit::Part::StartEdge;
            else if (x >= r.right() - EdgeGrip)
                hit.part = GanttHit::Part::EndEdge;
        }
        // A later bar is drawn over an earlier one: it wins.
    }
    return hit;
}

QString GanttChart::toolTipAt(const QPoint &pos) const
{
    const GanttHit hit = hitTest(pos);
    const QTimeZone zone = m_scale.timeZone();
    if (!hit.barId.isEmpty())
        return GanttBarDelegate::toolTip(m_layout.bar(m_layout.barIndex(hit.barId)), zone);
    if (hit.area == GanttHit::Area::RowLabel && hit.row >= 0) {
        const GanttRow &row = m_layout.row(hit.row);
        QStringList lines{row.label.isEmpty() ? row.id : row.label};
        if (!row.detail.isEmpty())
            lines << row.detail;
        if (row.promised.isValid())
            lines << tr("Promised date: %1")
                         .arg(QLocale().toString(row.promised, tr("dddd, MMM d, yyyy")));
        return lines.join(QLatin1Char('\n'));
    }
    if (hit.area == GanttHit::Area::Header && hit.time.isValid()) {
        const QDateTime local = hit.time.toTimeZone(zone);
        return QLocale().toString(local.date(), tr("dddd, MMM d, yyyy"));
    }
    return QString();
}

void GanttChart::paintEvent(QPaintEvent *)
{
    m_scrollToNowPending = false;
    QPainter p(viewport());
    GanttRenderer renderer(m_layout, m_scale);
    renderer.setSelectedBar(m_selected);
    renderer.setHoveredBar(m_drag.active ? -1 : m_hovered);
    renderer.setFadedBar(m_drag.active ? m_drag.bar : -1);
    renderer.setLegendNote(tr("Ctrl+wheel zooms · drag a bar to move it, an end to stretch it"
                              " · double-click opens the order"));
    const GanttRenderer::Frame f = frame();
    renderer.paint(p, viewport()->rect(), contentX(), contentY());
    if (m_layout.rowCount() == 0) {
        p.setPen(Widgets::Theme::mutedText());
        p.drawText(f.body, Qt::AlignCenter, tr("Nothing is planned yet."));
    }
    if (m_drag.active)
        paintDragGhost(p, f);
    if (!m_notice.isEmpty())
        paintNotice(p, f);
}

void GanttChart::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_scrollToNowPending)
        scrollToNow();
}

void GanttChart::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool GanttChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_drag.active ? QString() : toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && m_hovered >= 0) {
        m_hovered = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttChart::mousePressEvent(QMouseEvent *event)
{
    m_scrollToNowPending = false;
    clearNotice();
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const GanttHit hit = hitTest(event->position().toPoint());
    if (hit.barId.isEmpty()) {
        if (hit.area == GanttHit::Area::Body)
            setSelectedBar(QString());
        return;
    }
    setSelectedBar(hit.barId);
    const int b = m_layout.barIndex(hit.barId);
    m_drag = Drag();
    m_drag.bar = b;
    m_drag.part = hit.part;
    m_drag.press = event->position().toPoint();
    m_drag.pressX = contentX() + m_drag.press.x() - frame().body.left();
    m_drag.row = m_layout.barRow(b);
    m_drag.targetRow = m_drag.row;
    m_drag.newStart = m_layout.startMs(b);
    m_drag.newEnd = m_layout.endMs(b);
}

void GanttChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.bar >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (!m_drag.active) {
            if ((pos - m_drag.press).manhattanLength() < QApplication::startDragDistance())
                return;
            const GanttBar &bar = m_layout.bar(m_drag.bar);
            if (bar.locked) {
                const QString reason = tr("%1 is locked: a planner fixed it here. Unlock it in "
                                          "the plan to move it.")
                                           .arg(barName(bar));
                showNotice(m_drag.bar, reason);
                emit message(reason);
                m_drag = Drag();
                return;
            }
            m_drag.active = true;
            viewport()->setCursor(m_drag.part == GanttHit::Part::Middle ? Qt::ClosedHandCursor
                                                                          : Qt::SizeHorCursor);
        }
        const QRect body = frame().body;
        if (pos.x() < body.left() + AutoScrollMargin)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - AutoScrollStep);
        else if (pos.x() > body.right() - AutoScrollMargin)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + AutoScrollStep);
        if (pos.y() < body.top() + AutoScrollMargin)
            verticalScrollBar()->setValue(verticalScrollBar()->value() - AutoScrollStep);
        else if (pos.y() > body.bottom() - AutoScrollMargin)
            verticalScrollBar()->setValue(verticalScrollBar()->value() + AutoScrollStep);
        updateDrag(pos);
        viewport()->update();
        return;
    }

    const GanttHit hit = hitTest(pos);
    const int hovered = m_layout.barIndex(hit.barId);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        viewport()->update();
    }
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (hovered >= 0 && !m_layout.bar(hovered).locked) {
        shape = hit.part == GanttHit::Part::Middle ? Qt::OpenHandCursor : Qt::SizeHorCursor;
    }
    viewport()->setCursor(shape);
}

void GanttChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.bar < 0) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_drag.active) {
        updateDrag(event->position().toPoint());
        finishDrag();
    } else {
        m_drag = Drag();
    }
}

void GanttChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const GanttHit hit = hitTest(event->position().toPoint());
    if (!hit.barId.isEmpty()) {
        const GanttBar &bar = m_layout.bar(m_layout.barIndex(hit.barId));
        if (!bar.orderId.isEmpty())
            emit orderActivated(bar.orderId, bar.workOrderId);
        return;
    }
    if (hit.area == GanttHit::Area::RowLabel && hit.row >= 0
        && m_layout.row(hit.row).kind == GanttRowKind::Order) {
        emit orderActivated(m_layout.row(hit.row).id, QString());
    }
}

void GanttChart::wheelEvent(QWheelEvent *event)
{
    m_scrollToNowPending = false;
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomAround(m_pixelsPerDay * std::pow(ZoomStep, delta.y() / 120.0),
                       int(event->position().x()));
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && delta.x() == 0) {
        QScrollBar *h = horizontalScrollBar();
        h->setValue(h->value() - delta.y() * h->singleStep() / 40);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttChart::keyPressEvent(QKeyEvent *event)
{
    m_scrollToNowPending = false;
    if (event->key() == Qt::Key_Escape && m_drag.bar >= 0) {
        cancelDrag();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selected >= 0) {
        const GanttBar &bar = m_layout.bar(m_selected);
        if (!bar.orderId.isEmpty())
            emit orderActivated(bar.orderId, bar.workOrderId);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

int GanttChart::snapMinutes() const
{
    for (int step : {5, 10, 15, 30, 60, 120, 240, 480, 720}) {
        if (step * m_pixelsPerDay / MinutesPerDay >= 4)
            return step;
    }
    return MinutesPerDay;
}

void GanttChart::updateDrag(const QPoint &pos)
{
    const GanttRenderer::Frame f = frame();
    const double x = contentX() + pos.x() - f.body.left();
    const int b = m_drag.bar;
    const qint64 start = m_layout.startMs(b);
    const qint64 end = m_layout.endMs(b);
    qint64 newStart = start;
    qint64 newEnd = end;
    const GanttEdit::Kind kind = editKind(m_drag.part);
    const int step = snapMinutes();
    if (step >= MinutesPerDay) {
        // Whole days keep the local time of day, across a daylight-saving change too.
        const int days = int(std::lround((x - m_drag.pressX) / m_pixelsPerDay));
        const QTimeZone zone = m_scale.timeZone();
        auto shift = [&](qint64 ms) {
            return utc(ms).toTimeZone(zone).addDays(days).toMSecsSinceEpoch();
        };
        if (kind == GanttEdit::Kind::Move) {
            newStart = shift(start);
            newEnd = newStart + (end - start);
        } else if (kind == GanttEdit::Kind::ResizeStart) {
            newStart = std::min(shift(start), end - MinDurationMs);
        } else {
            newEnd = std::max(shift(end), start + MinDurationMs);
        }
    } else {
        const qint64 stepMs = step * MsPerMinute;
        const qint64 raw = m_scale.msAt(x) - m_scale.msAt(m_drag.pressX);
        const qint64 delta = std::llround(double(raw) / double(stepMs)) * stepMs;
        if (kind == GanttEdit::Kind::Move) {
            newStart = start + delta;
            newEnd = end + delta;
        } else if (kind == GanttEdit::Kind::ResizeStart) {
            newStart = std::min(start + delta, end - MinDurationMs);
        } else {
            newEnd = std::max(end + delta, start + MinDurationMs);
        }
    }
    m_drag.newStart = newStart;
    m_drag.newEnd = newEnd;
    m_drag.targetRow = m_drag.row;
    if (kind == GanttEdit::Kind::Move) {
        const int row = m_layout.rowAt(contentY() + pos.y() - f.body.top());
        if (m_layout.mayMoveTo(b, row))
            m_drag.targetRow = row;
    }
}

void GanttChart::finishDrag()
{
    const Drag drag = m_drag;
    m_drag = Drag();
    viewport()->unsetCursor();
    viewport()->update();
    const GanttBar &bar = m_layout.bar(drag.bar);
    GanttEdit edit;
    edit.kind = editKind(drag.part);
    edit.barId = bar.id;
    edit.oldWorkCenterId = bar.workCenterId;
    edit.newWorkCenterId = drag.targetRow != drag.row ? m_layout.row(drag.targetRow).id
                                                      : bar.workCenterId;
    edit.oldStart = bar.start;
    edit.oldEnd = bar.end;
    edit.newStart = utc(drag.newStart);
    edit.newEnd = utc(drag.newEnd);
    if (edit.newStart == edit.oldStart && edit.newEnd == edit.oldEnd && !edit.changesRow())
        return;

    const QString name = barName(bar);
    const Core::Status verdict = m_checker ? m_checker->check(edit) : Core::Status();
    if (!verdict) {
        const QString reason = verdict.error().toString();
        showNotice(drag.bar, reason);
        emit editRefused(edit, reason);
        emit message(tr("%1 stays where it was: %2").arg(name, reason));
        return;
    }
    m_undoStack->push(new GanttEditCommand(edit, name, [this](const GanttEdit &e) {
        return applyEdit(e);
    }));
    const QTimeZone zone = m_scale.timeZone();
    emit message(tr("%1 now runs %2 – %3")
                     .arg(name, GanttBarDelegate::timeText(edit.newStart, zone),
                          GanttBarDelegate::timeText(edit.newEnd, zone)));
}

void GanttChart::cancelDrag()
{
    if (m_drag.bar < 0)
        return;
    m_drag = Drag();
    viewport()->unsetCursor();
    viewport()->update();
}

bool GanttChart::applyEdit(const GanttEdit &edit)
{
    const qint64 left = m_scale.msAt(contentX());
    if (!m_layout.apply(edit.barId, edit.newStart, edit.newEnd, edit.newWorkCenterId))
        return false;
    if (m_layout.firstDay() != m_scale.firstDay() || m_layout.lastDay() != m_scale.lastDay()) {
        rebuildScale();
        updateScrollBars();
        horizontalScrollBar()->setValue(int(std::lround(m_scale.xOfMs(left))));
    } else {
        updateScrollBars();
    }
    m_selected = m_layout.barIndex(edit.barId);
    ensureBarVisible(edit.barId);
    viewport()->update();
    emit editApplied(edit);
    return true;
}

void GanttChart::showNotice(int bar, const QString &text)
{
    m_notice = text;
    m_noticeBar = bar;
    m_noticeTimer.start();
    viewport()->update();
}

void GanttChart::clearNotice()
{
    m_noticeTimer.stop();
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    m_noticeBar = -1;
    viewport()->update();
}

QRectF GanttChart::ghostRect() const
{
    const double x0 = m_scale.xOfMs(m_drag.newStart);
    const double x1 = m_scale.xOfMs(m_drag.newEnd);
    int top = m_layout.barTop(m_drag.bar);
    if (m_drag.targetRow != m_drag.row) {
        const int r = m_drag.targetRow;
        top = m_layout.rowTop(r)
              + (m_layout.rowHeight(r) - m_layout.laneCount(r) * GanttLayout::LaneHeight) / 2
              + (GanttLayout::LaneHeight - GanttLayout::BarHeight) / 2;
    }
    return QRectF(x0, top, std::max(2.0, x1 - x0), GanttLayout::BarHeight);
}

void GanttChart::paintDragGhost(QPainter &p, const GanttRenderer::Frame &f) const
{
    p.save();
    p.setClipRect(f.body);
    const QRectF ghost = ghostRect().translated(f.body.left() - contentX(),
                                                f.body.top() - contentY());
    GanttBarDelegate().paint(p, ghost, m_layout.bar(m_drag.bar), GanttBarDelegate::Ghost);

    const QTimeZone zone = m_scale.timeZone();
    QString text = QStringLiteral("%1 – %2").arg(
        GanttBarDelegate::timeText(utc(m_drag.newStart), zone),
        GanttBarDelegate::timeText(utc(m_drag.newEnd), zone));
    if (m_drag.targetRow != m_drag.row)
        text += QStringLiteral(" · ") + m_layout.row(m_drag.targetRow).label;
    QFont font = Widgets::Theme::font();
    font.setPixelSize(11);
    p.setFont(font);
    const int w = p.fontMetrics().horizontalAdvance(text) + 14;
    const int h = p.fontMetrics().height() + 6;
    QRectF box(ghost.left(), ghost.top() - h - 4, w, h);
    if (box.top() < f.body.top())
        box.moveTop(ghost.bottom() + 4);
    box.moveLeft(std::clamp(box.left(), double(f.body.left() + 4),
                            std::max(double(f.body.left() + 4), double(f.body.right() - w - 4))));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f2937));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

void GanttChart::paintNotice(QPainter &p, const GanttRenderer::Frame &f) const
{
    p.save();
    p.setClipRect(f.body);
    QRectF anchor(f.body.center(), QSizeF(0, 0));
    if (m_noticeBar >= 0)
        anchor = barRect(m_layout.bar(m_noticeBar).id);
    QFont font = Widgets::Theme::font();
    font.setPixelSize(12);
    p.setFont(font);
    const int maxText = std::max(120, std::min(420, f.body.width() - 60));
    const QRect text = p.fontMetrics().boundingRect(QRect(0, 0, maxText, 2000),
                                                    Qt::TextWordWrap, m_notice);
    QRectF box(0, 0, text.width() + 40, text.height() + 16);
    const double maxLeft = std::max<double>(f.body.left() + 8, f.body.right() - 8 - box.width());
    box.moveLeft(std::clamp(anchor.left(), double(f.body.left() + 8), maxLeft));
    box.moveTop(anchor.top() - box.height() - 8);
    if (box.top() < f.body.top() + 4)
        box.moveTop(anchor.bottom() + 8);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0xf87171), 1));
    p.setBrush(QColor(0xfef2f2));
    p.drawRoundedRect(box, 6, 6);
    const QRectF icon(box.left() + 10, box.top() + 9, 16, 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xdc2626));
    p.drawEllipse(icon);
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(icon.center().x(), icon.top() + 4),
               QPointF(icon.center().x(), icon.top() + 9.5));
    p.drawPoint(QPointF(icon.center().x(), icon.bottom() - 3.5));
    p.setPen(QColor(0x991b1b));
    p.drawText(QRectF(box.left() + 32, box.top() + 8, text.width() + 2, text.height()),
               Qt::TextWordWrap, m_notice);
    p.restore();
}

} // namespace Hearth::Production
