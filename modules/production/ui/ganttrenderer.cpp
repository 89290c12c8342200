#include "ganttrenderer.h"

#include "ganttlayout.h"
#include "gantttimescale.h"
#include "widgets/theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Hearth::Production {

namespace {

constexpr QRgb BodyBackground = 0xffffff;
constexpr QRgb AlternateRow = 0xfafbfc;
constexpr QRgb NonWorking = 0xe9ecf1;
constexpr QRgb RowLine = 0xebedf1;
constexpr QRgb DayLine = 0xe1e5ea;
constexpr QRgb WeekLine = 0xbfc7d2;
constexpr QRgb HourLine = 0xf1f3f6;
constexpr QRgb HeaderBackground = 0xf6f7f9;
constexpr QRgb HeaderLine = 0xd6dbe2;
constexpr QRgb HeaderText = 0x374151;
constexpr QRgb Text = 0x1f2329;
constexpr QRgb Muted = 0x7b828e;
constexpr QRgb TodayFill = 0xdbe7fe;
constexpr QRgb TodayText = 0x1d4ed8;
constexpr QRgb NowLine = 0xef4444;
constexpr QRgb Promised = 0xd97706;
constexpr QRgb Arrow = 0x64748b;
constexpr QRgb LegendBackground = 0xfbfbfc;

enum class Unit { Hour, Day, Week, Month };

struct Group
{
    int first = 0;  // columns [first, end)
    int end = 0;
    QString text;
    bool today = false;
    bool weekend = false;
};

// The hour step of the header's hour cells: each at least 38 px wide.
int hourStep(double pixelsPerDay)
{
    for (int step : {1, 2, 3, 4, 6, 12}) {
        if (step * pixelsPerDay / 24 >= 38)
            return step;
    }
    return 12;
}

QFont sizedFont(const QFont &base, int pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(pixels);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

void verticalLine(QPainter &p, double x, int top, int bottom, QRgb color)
{
    p.setPen(QPen(QColor(color), 1));
    const int xi = int(std::floor(x));
    p.drawLine(xi, top, xi, bottom);
}

} // namespace

GanttRenderer::GanttRenderer(const GanttLayout &layout, const GanttTimeScale &scale)
    : m_layout(layout), m_scale(scale)
{
    setFont(Widgets::Theme::font());
}

void GanttRenderer::setFont(const QFont &base)
{
    m_smallFont = sizedFont(base, 11, false);
    m_smallBoldFont = sizedFont(base, 11, true);
    m_boldFont = sizedFont(base, 12, true);
    m_delegate.setFont(base);
}

GanttRenderer::Frame GanttRenderer::frame(const QRect &area, bool withLegend)
{
    const int legend = withLegend ? LegendHeight : 0;
    const int bodyHeight = std::max(0, area.height() - HeaderHeight - legend);
    const int bodyWidth = std::max(0, area.width() - LabelWidth);
    Frame f;
    f.corner = QRect(area.left(), area.top(), LabelWidth, HeaderHeight);
    f.header = QRect(area.left() + LabelWidth, area.top(), bodyWidth, HeaderHeight);
    f.labels = QRect(area.left(), area.top() + HeaderHeight, LabelWidth, bodyHeight);
    f.body = QRect(area.left() + LabelWidth, area.top() + HeaderHeight, bodyWidth, bodyHeight);
    if (withLegend)
        f.legend = QRect(area.left(), area.top() + HeaderHeight + bodyHeight, area.width(),
                         legend);
    return f;
}

void GanttRenderer::paint(QPainter &p, const QRect &area, double contentX, int contentY,
                          bool withLegend) const
{
    const Frame f = frame(area, withLegend);
    paintBody(p, f.body, contentX, contentY);
    paintLabels(p, f.labels, contentY);
    paintHeader(p, f.header, contentX);
    paintCorner(p, f.corner);
    if (withLegend)
        paintLegend(p, f.legend);
}

QDate GanttRenderer::today() const
{
    const QDateTime now = m_layout.data().now;
    return now.isValid() ? now.toTimeZone(m_scale.timeZone()).date() : QDate();
}

QRectF GanttRenderer::barRect(int bar) const
{
    const double x0 = m_scale.xOfMs(m_layout.startMs(bar));
    const double x1 = m_scale.xOfMs(m_layout.endMs(bar));
    return QRectF(x0, m_layout.barTop(bar), std::max(2.0, x1 - x0), GanttLayout::BarHeight);
}

double GanttRenderer::promisedX(QDate promised) const
{
    return m_scale.dayX(promised.addDays(1));
}

QString GanttRenderer::dayText(QDate day, double pixelsPerDay)
{
    if (pixelsPerDay >= 56) {
        //: Day cell of the Gantt header, a QDate format; zh_CN "d日 ddd" (29日 周日).
        return QLocale().toString(day, tr("ddd d"));
    }
    return QString::number(day.day());
}

void GanttRenderer::paintCorner(QPainter &p, const QRect &rect) const
{
    p.save();
    p.fillRect(rect, QColor(HeaderBackground));
    const bool orders = m_layout.rowKind() == GanttRowKind::Order;
    const QString title = (orders ? tr("Orders") : tr("Work centers")) + QStringLiteral("  ")
                          + QString::number(m_layout.rowCount());
    const QRect inner = rect.adjusted(12, 5, -8, -5);
    p.setFont(m_boldFont);
    p.setPen(QColor(Text));
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), inner.height() / 2),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(m_smallFont);
    p.setPen(QColor(Muted));
    const QString zone = tr("Times in %1").arg(QString::fromUtf8(m_scale.timeZone().id()));
    p.drawText(QRect(inner.left(), inner.center().y(), inner.width(), inner.height() / 2),
               Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(zone, Qt::ElideRight, inner.width()));
    p.setPen(QColor(HeaderLine));
    p.drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
    p.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
    p.restore();
}

void GanttRenderer::paintHeader(QPainter &p, const QRect &rect, double contentX) const
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, QColor(HeaderBackground));
    const int half = rect.height() / 2;
    paintTier(p, QRect(rect.left(), rect.top(), rect.width(), half), contentX, true);
    paintTier(p, QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half),
              contentX, false);
    p.setPen(QColor(DayLine));
    p.drawLine(rect.left(), rect.top() + half, rect.right(), rect.top() + half);
    p.setPen(QColor(HeaderLine));
    p.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());

    const QDateTime now = m_layout.data().now;
    if (now.isValid()) {
        const double x = rect.left() + m_scale.x(now) - contentX;
        if (x >= rect.left() - 6 && x <= rect.right() + 6) {
            QPainterPath tip;
            tip.moveTo(x - 5, rect.bottom() - 6);
            tip.lineTo(x + 5, rect.bottom() - 6);
            tip.lineTo(x, rect.bottom() + 1);
            tip.closeSubpath();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.fillPath(tip, QColor(NowLine));
        }
    }
    p.restore();
}

void GanttRenderer::paintTier(QPainter &p, const QRect &rect, double contentX, bool top) const
{
    const double ppd = m_scale.pixelsPerDay();
    const Unit unit = ppd >= HoursFromPixelsPerDay ? (top ? Unit::Day : Unit::Hour)
                      : ppd >= DaysFromPixelsPerDay ? (top ? Unit::Week : Unit::Day)
                                                    : (top ? Unit::Month : Unit::Week);
    const int firstColumn = std::max(0, m_scale.columnAt(contentX));
    const int lastColumn = std::min(m_scale.dayCount() - 1,
                                    m_scale.columnAt(contentX + rect.width()));
    const QDate todayDate = today();
    const QLocale locale;
    const double dx = rect.left() - contentX;

    if (unit == Unit::Hour) {
        const int step = hourStep(ppd);
        const QTimeZone zone = m_scale.timeZone();
        p.setFont(m_smallFont);
        for (int c = firstColumn; c <= lastColumn; ++c) {
            const QDate day = m_scale.day(c);
            QList<double> ticks;
            QList<int> hours;
            for (int h = 0; h < 24; h += step) {
                const QDateTime at = h == 0 ? day.startOfDay(zone)
                                            : QDateTime(day, QTime(h, 0), zone);
                // An hour that daylight saving skips has no tick.
                if (h != 0 && at.toTimeZone(zone).time().hour() != h)
                    continue;
                ticks.append(m_scale.x(at) + dx);
                hours.append(h);
            }
            ticks.append((c + 1) * ppd + dx);
            for (int i = 0; i + 1 < ticks.size(); ++i) {
                const QRectF cell(ticks.at(i), rect.top(), ticks.at(i + 1) - ticks.at(i),
                                  rect.height());
                if (cell.right() < rect.left() || cell.left() > rect.right())
                    continue;
                if (i > 0)
                    verticalLine(p, cell.left(), rect.top() + rect.height() / 2, rect.bottom(),
                                 DayLine);
                p.setPen(QColor(HeaderText));
                const QString text = QStringLiteral("%1:00").arg(hours.at(i), 2, 10,
                                                                 QLatin1Char('0'));
                p.drawText(cell, Qt::AlignCenter, text);
            }
            verticalLine(p, (c + 1) * ppd + dx, rect.top(), rect.bottom(), WeekLine);
        }
        return;
    }

    QList<Group> groups;
    for (int c = firstColumn; c <= lastColumn;) {
        const QDate day = m_scale.day(c);
        Group g;
        if (unit == Unit::Day) {
            g.first = c;
            g.end = c + 1;
            g.today = day == todayDate;
            g.weekend = day.dayOfWeek() >= 6;
            g.text = top ? locale.toString(day, tr("dddd, MMM d, yyyy"))
                         : dayText(day, ppd);
        } else if (unit == Unit::Week) {
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            g.first = m_scale.column(monday);
            g.end = g.first + 7;
            const int week = monday.weekNumber();
            g.text = top ? tr("Week %1 · %2").arg(week).arg(locale.toString(monday, tr("MMM d")))
                         : tr("W%1").arg(week);
        } else {
            const QDate first(day.year(), day.month(), 1);
            g.first = m_scale.column(first);
            g.end = m_scale.column(first.addMonths(1));
            g.text = locale.toString(first, tr("MMMM yyyy"));
        }
        groups.append(g);
        c = g.end;
    }

    for (const Group &g : std::as_const(groups)) {
        const double left = g.first * ppd + dx;
        const double right = g.end * ppd + dx;
        if (g.today)
            p.fillRect(QRectF(left, rect.top(), right - left, rect.height()), QColor(TodayFill));
        const bool weekStart = unit != Unit::Day || m_scale.day(g.end).dayOfWeek() == 1;
        verticalLine(p, right, rect.top(), rect.bottom(), weekStart ? WeekLine : DayLine);

        // A group cut by the left edge keeps its label in view.
        const double textLeft = std::max(left, double(rect.left())) + (top ? 8 : 2);
        const double textRight = std::min(right, double(rect.right())) - 2;
        if (textRight - textLeft < 10)
            continue;
        p.setFont(top ? m_boldFont : g.today ? m_smallBoldFont : m_smallFont);
        p.setPen(QColor(g.today ? TodayText : g.weekend ? Muted : HeaderText));
        const QRectF cell(textLeft, rect.top(), textRight - textLeft, rect.height());
        const QString text = p.fontMetrics().elidedText(g.text, Qt::ElideRight,
                                                        int(cell.width()));
        p.drawText(cell, (top ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter, text);
    }
}

void GanttRenderer::paintLabels(QPainter &p, const QRect &rect, int contentY) const
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, QColor(BodyBackground));
    const int dy = rect.top() - contentY;
    const QLocale locale;
    int r = std::max(0, m_layout.rowAt(std::max(0, contentY)));
    for (; r < m_layout.rowCount() && m_layout.rowTop(r) + dy <= rect.bottom(); ++r) {
        const QRect row(rect.left(), m_layout.rowTop(r) + dy, rect.width(),
                        m_layout.rowHeight(r));
        if (r % 2 == 1)
            p.fillRect(row, QColor(AlternateRow));
        const GanttRow &data = m_layout.row(r);
        const QRect block(row.left() + 12, row.top(), row.width() - 20,
                          GanttLayout::MinRowHeight);
        QString due;
        if (data.kind == GanttRowKind::Order && data.promised.isValid()) {
            //: The promised date in the row label; %1 is the date, zh_CN "交期 %1".
            due = tr("Due %1").arg(locale.toString(data.promised, tr("MMM d")));
        }
        p.setFont(m_smallFont);
        const int dueWidth = due.isEmpty() ? 0 : p.fontMetrics().horizontalAdvance(due) + 8;

        const int lineHeight = block.height() / 2 - 2;
        const QRect first(block.left(), block.top() + 3, block.width(), lineHeight);
        const QRect second(block.left(), first.bottom() + 1, block.width() - dueWidth,
                           lineHeight);
        p.setFont(m_boldFont);
        p.setPen(QColor(Text));
        const QString label = data.label.isEmpty() ? data.id : data.label;
        const bool oneLine = data.detail.isEmpty();
        p.drawText(oneLine ? QRect(block.left(), block.top(), block.width() - dueWidth,
                                   block.height())
                           : first,
                   Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight,
                                              block.width() - (oneLine ? dueWidth : 0)));
        p.setFont(m_smallFont);
        if (!oneLine) {
            p.setPen(QColor(Muted));
            p.drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(data.detail, Qt::ElideRight, second.width()));
        }
        if (!due.isEmpty()) {
            p.setPen(QColor(Promised));
            const QRect dueRect(block.right() - dueWidth, oneLine ? block.top() : second.top(),
                                dueWidth, oneLine ? block.height() : second.height());
            p.drawText(dueRect, Qt::AlignRight | Qt::AlignVCenter, due);
        }
        p.setPen(QColor(RowLine));
        p.drawLine(row.left(), row.bottom(), row.right(), row.bottom());
    }
    p.setPen(QColor(HeaderLine));
    p.drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
    p.restore();
}

void GanttRenderer::paintBody(QPainter &p, const QRect &rect, double contentX, int contentY) const
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, QColor(BodyBackground));
    const int dy = rect.top() - contentY;
    const double dx = rect.left() - contentX;
    int firstRow = m_layout.rowAt(std::max(0, contentY));
    int lastRow = m_layout.rowAt(contentY + rect.height());
    if (firstRow < 0)
        firstRow = contentY < 0 ? 0 : m_layout.rowCount();
    if (lastRow < 0)
        lastRow = m_layout.rowCount() - 1;

    paintRowBackgrounds(p, rect, contentX, contentY, firstRow, lastRow);
    paintGrid(p, rect, contentX);
    paintPromised(p, rect, contentX, contentY, firstRow, lastRow);
    paintLinks(p, rect, contentX, contentY);

    const qint64 fromMs = m_scale.msAt(contentX - 4);
    const qint64 toMs = m_scale.msAt(contentX + rect.width() + 4);
    for (int r = firstRow; r <= lastRow; ++r) {
        for (int b : m_layout.barsInRange(r, fromMs, toMs)) {
            QRectF bar = barRect(b).translated(dx, dy);
            // A bar longer than the view keeps its label in sight.
            bar.setLeft(std::max(bar.left(), rect.left() - 4.0));
            bar.setRight(std::min(bar.right(), rect.right() + 4.0));
            int state = GanttBarDelegate::Plain;
            if (b == m_selected)
                state |= GanttBarDelegate::Selected;
            if (b == m_hovered)
                state |= GanttBarDelegate::Hovered;
            if (b == m_faded)
                state |= GanttBarDelegate::Faded;
            m_delegate.paint(p, bar, m_layout.bar(b), state);
        }
    }
    paintNow(p, rect, contentX);
    p.restore();
}

void GanttRenderer::paintRowBackgrounds(QPainter &p, const QRect &rect, double contentX,
                                        int contentY, int firstRow, int lastRow) const
{
    const int dy = rect.top() - contentY;
    const double dx = rect.left() - contentX;
    const qint64 fromMs = m_scale.msAt(contentX);
    const qint64 toMs = m_scale.msAt(contentX + rect.width());
    // Zoomed out, nights and breaks would stripe the chart: only whole idle days are shaded.
    const qint64 minimumSpan = m_scale.pixelsPerDay() < ShadeBreaksFromPixelsPerDay
                                   ? 20 * 3600 * 1000LL
                                   : 0;
    for (int r = firstRow; r <= lastRow; ++r) {
        const QRect row(rect.left(), m_layout.rowTop(r) + dy, rect.width(),
                        m_layout.rowHeight(r));
        if (r % 2 == 1)
            p.fillRect(row, QColor(AlternateRow));
        const QList<GanttLayout::Span> &spans = m_layout.nonWorking(r);
        auto it = std::upper_bound(spans.cbegin(), spans.cend(), fromMs,
                                   [](qint64 v, const GanttLayout::Span &s) { return v < s.end; });
        for (; it != spans.cend() && it->start < toMs; ++it) {
            if (it->end - it->start < minimumSpan)
                continue;
            const double left = std::max(m_scale.xOfMs(it->start) + dx, double(rect.left()));
            const double right = std::min(m_scale.xOfMs(it->end) + dx, double(rect.right() + 1));
            if (right > left)
                p.fillRect(QRectF(left, row.top(), right - left, row.height()),
                           QColor(NonWorking));
        }
        p.setPen(QColor(RowLine));
        p.drawLine(row.left(), row.bottom(), row.right(), row.bottom());
    }
}

void GanttRenderer::paintGrid(QPainter &p, const QRect &rect, double contentX) const
{
    const double ppd = m_scale.pixelsPerDay();
    const double dx = rect.left() - contentX;
    const int firstColumn = std::max(0, m_scale.columnAt(contentX));
    const int lastColumn = std::min(m_scale.dayCount() - 1,
                                    m_scale.columnAt(contentX + rect.width()));
    const int bottom = rect.bottom();
    if (ppd >= HoursFromPixelsPerDay) {
        const int step = hourStep(ppd);
        const QTimeZone zone = m_scale.timeZone();
        for (int c = firstColumn; c <= lastColumn; ++c) {
            const QDate day = m_scale.day(c);
            for (int h = step; h < 24; h += step) {
                const QDateTime at(day, QTime(h, 0), zone);
                if (at.toTimeZone(zone).time().hour() == h)
                    verticalLine(p, m_scale.x(at) + dx, rect.top(), bottom, HourLine);
            }
        }
    }
    for (int c = firstColumn; c <= lastColumn + 1; ++c) {
        const bool weekStart = m_scale.day(c).dayOfWeek() == 1;
        if (!weekStart && ppd < DaysFromPixelsPerDay / 2)
            continue;
        verticalLine(p, c * ppd + dx, rect.top(), bottom, weekStart ? WeekLine : DayLine);
    }
}

void GanttRenderer::paintPromised(QPainter &p, const QRect &rect, double contentX,
                                  int contentY, int firstRow, int lastRow) const
{
    const int dy = rect.top() - contentY;
    const double dx = rect.left() - contentX;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int r = firstRow; r <= lastRow; ++r) {
        const GanttRow &row = m_layout.row(r);
        if (row.kind != GanttRowKind::Order || !row.promised.isValid())
            continue;
        const double x = promisedX(row.promised) + dx;
        if (x < rect.left() - 8 || x > rect.right() + 8)
            continue;
        const int top = m_layout.rowTop(r) + dy;
        const int bottom = top + m_layout.rowHeight(r) - 1;
        p.setPen(QPen(QColor(Promised), 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, top + 2), QPointF(x, bottom - 2));
        QPainterPath diamond;
        diamond.moveTo(x, top + 1);
        diamond.lineTo(x + 5, top + 6);
        diamond.lineTo(x, top + 11);
        diamond.lineTo(x - 5, top + 6);
        diamond.closeSubpath();
        p.fillPath(diamond, QColor(Promised));
    }
    p.restore();
}

void GanttRenderer::paintLinks(QPainter &p, const QRect &rect, double contentX,
                               int contentY) const
{
    const bool all = m_scale.pixelsPerDay() >= ArrowsFromPixelsPerDay;
    if (!all && m_selected < 0)
        return;
    const QRectF view(contentX - 20, contentY - 20, rect.width() + 40, rect.height() + 40);
    const QPointF offset(rect.left() - contentX, rect.top() - contentY);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const GanttLayout::Link &l : m_layout.links()) {
        if (!all && l.from != m_selected && l.to != m_selected)
            continue;
        const QRectF from = barRect(l.from);
        const QRectF to = barRect(l.to);
        if (!view.intersects(from.united(to)))
            continue;
        const int fromRow = m_layout.barRow(l.from);
        const bool down = m_layout.barRow(l.to) >= fromRow;
        const int rowEdge = down ? m_layout.rowTop(fromRow) + m_layout.rowHeight(fromRow)
                                 : m_layout.rowTop(fromRow);
        const bool broken = m_layout.startMs(l.to) < m_layout.endMs(l.from);
        paintArrow(p, QPointF(from.right(), from.center().y()) + offset,
                   QPointF(to.left(), to.center().y()) + offset, rowEdge + int(offset.y()),
                   broken);
    }
    p.restore();
}

void GanttRenderer::paintArrow(QPainter &p, const QPointF &from, const QPointF &to,
                               int fromRowEdge, bool broken) const
{
    const QColor color(broken ? GanttBarDelegate::lateColor().rgb() : Arrow);
    const bool sameRow = std::abs(to.y() - from.y()) < 1;
    const double gap = to.x() - from.x();
    if (!broken && sameRow && gap < 12)
        return;  // the next bar follows at once on the same row: the order says enough
    QPainterPath path(from);
    if (broken || gap < 0) {
        // The successor starts before this bar ends: go round between the rows.
        path.lineTo(from.x() + 6, from.y());
        path.lineTo(from.x() + 6, fromRowEdge);
        path.lineTo(to.x() - 8, fromRowEdge);
        path.lineTo(to.x() - 8, to.y());
    } else if (!sameRow) {
        const double bend = gap >= 12 ? from.x() + 6 : from.x() + gap / 2;
        path.lineTo(bend, from.y());
        path.lineTo(bend, to.y());
    }
    path.lineTo(to.x() - 1, to.y());
    p.setPen(QPen(color, broken ? 1.4 : 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    QPainterPath head;
    head.moveTo(to.x(), to.y());
    head.lineTo(to.x() - 6, to.y() - 3.5);
    head.lineTo(to.x() - 6, to.y() + 3.5);
    head.closeSubpath();
    p.fillPath(head, color);
}

void GanttRenderer::paintNow(QPainter &p, const QRect &rect, double contentX) const
{
    const QDateTime now = m_layout.data().now;
    if (!now.isValid())
        return;
    const double x = rect.left() + m_scale.x(now) - contentX;
    if (x < rect.left() || x > rect.right())
        return;
    p.setPen(QPen(QColor(NowLine), 1.5));
    p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
}

void GanttRenderer::paintLegend(QPainter &p, const QRect &rect) const
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, QColor(LegendBackground));
    p.setPen(QColor(HeaderLine));
    p.drawLine(rect.left(), rect.top(), rect.right(), rect.top());
    p.setFont(m_smallFont);
    const int mid = rect.top() + rect.height() / 2;
    double x = rect.left() + 12;

    auto caption = [&](const QString &text) {
        p.setPen(QColor(HeaderText));
        const int w = p.fontMetrics().horizontalAdvance(text);
        p.drawText(QRectF(x, rect.top(), w + 2, rect.height()), Qt::AlignVCenter, text);
        x += w + 18;
    };
    auto sample = [&](GanttBarStatus status, double progress, bool late, bool locked,
                      const QString &text) {
        GanttBar bar;
        bar.status = status;
        bar.progress = progress;
        bar.lateSeconds = late ? 1 : 0;
        bar.locked = locked;
        m_delegate.paint(p, QRectF(x, mid - 6, 26, 12), bar, GanttBarDelegate::Plain);
        x += 32;
        caption(text);
    };
    sample(GanttBarStatus::Waiting, 0, false, false, GanttBarDelegate::statusText(
                                                         GanttBarStatus::Waiting));
    sample(GanttBarStatus::Started, 0.5, false, false, GanttBarDelegate::statusText(
                                                           GanttBarStatus::Started));
    sample(GanttBarStatus::Done, 0, false, false, GanttBarDelegate::statusText(
                                                      GanttBarStatus::Done));
    sample(GanttBarStatus::Waiting, 0, true, false, tr("Late"));
    sample(GanttBarStatus::Waiting, 0, false, true, tr("Locked"));

    p.fillRect(QRectF(x, mid - 6, 22, 12), QColor(NonWorking));
    x += 28;
    caption(tr("Non-working time"));

    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(NowLine), 1.5));
    p.drawLine(QPointF(x + 4, mid - 8), QPointF(x + 4, mid + 8));
    x += 12;
    caption(tr("Now"));

    QPainterPath diamond;
    diamond.moveTo(x + 5, mid - 5);
    diamond.lineTo(x + 10, mid);
    diamond.lineTo(x + 5, mid + 5);
    diamond.lineTo(x, mid);
    diamond.closeSubpath();
    p.fillPath(diamond, QColor(Promised));
    x += 16;
    caption(tr("Promised date"));

    paintArrow(p, QPointF(x, mid - 4), QPointF(x + 22, mid + 3), mid, false);
    x += 28;
    caption(tr("Sequence"));

    if (!m_legendNote.isEmpty()) {
        p.setPen(QColor(Muted));
        const QRectF note(x, rect.top(), rect.right() - 12 - x, rect.height());
        // A note that does not fit is left out rather than cut.
        if (p.fontMetrics().horizontalAdvance(m_legendNote) <= note.width())
            p.drawText(note, Qt::AlignRight | Qt::AlignVCenter, m_legendNote);
    }
    p.restore();
}

} // namespace Hearth::Production
