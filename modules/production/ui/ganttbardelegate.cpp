#include "ganttbardelegate.h"

#include "widgets/theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Hearth::Production {

namespace {

constexpr qreal Radius = 3.0;
constexpr qreal TextPadding = 5.0;
constexpr qreal LockWidth = 11.0;

} // namespace

GanttBarDelegate::GanttBarDelegate()
{
    setFont(Widgets::Theme::font());
}

void GanttBarDelegate::setFont(const QFont &base)
{
    m_font = base;
    m_font.setPixelSize(11);
}

QColor GanttBarDelegate::fillColor(GanttBarStatus status)
{
    switch (status) {
    case GanttBarStatus::Waiting:
        return QColor(0xdbe7fe);
    case GanttBarStatus::Started:
        return QColor(0x3b82f6);
    case GanttBarStatus::Done:
        return QColor(0xd5f5e1);
    }
    return QColor(0xdbe7fe);
}

QColor GanttBarDelegate::borderColor(GanttBarStatus status)
{
    switch (status) {
    case GanttBarStatus::Waiting:
        return QColor(0x6b9cf0);
    case GanttBarStatus::Started:
        return QColor(0x1d4ed8);
    case GanttBarStatus::Done:
        return QColor(0x35a866);
    }
    return QColor(0x6b9cf0);
}

QColor GanttBarDelegate::textColor(GanttBarStatus status)
{
    switch (status) {
    case GanttBarStatus::Waiting:
        return QColor(0x1e3a8a);
    case GanttBarStatus::Started:
        return QColor(Qt::white);
    case GanttBarStatus::Done:
        return QColor(0x14532d);
    }
    return QColor(0x1e3a8a);
}

QColor GanttBarDelegate::lateColor()
{
    return QColor(0xdc2626);
}

void GanttBarDelegate::paint(QPainter &p, const QRectF &rect, const GanttBar &bar,
                             int state) const
{
    p.save();
    if (state & Faded)
        p.setOpacity(0.35);
    const bool late = bar.lateSeconds > 0;
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);

    if (r.width() < 3) {
        // Too thin for an outline: a plain stroke in the status colour (red when late).
        p.fillRect(rect, late ? lateColor() : borderColor(bar.status));
        p.restore();
        return;
    }

    QPainterPath shape;
    shape.addRoundedRect(r, Radius, Radius);
    p.setRenderHint(QPainter::Antialiasing, true);
    QColor fill = fillColor(bar.status);
    if (state & Ghost)
        fill.setAlpha(150);
    else if (state & Hovered)
        fill = fill.lighter(106);
    p.fillPath(shape, fill);

    if (bar.status == GanttBarStatus::Started && bar.progress > 0) {
        // Progress is a darker band along the bottom, as long as the share made.
        const qreal share = std::clamp(bar.progress, 0.0, 1.0);
        QRectF band(r.left(), r.bottom() - 4, r.width() * share, 4);
        p.save();
        p.setClipPath(shape);
        p.fillRect(band, QColor(0x1e3a8a));
        p.restore();
    }
    if (late) {
        // The red cap at the end: the part a customer will wait for.
        QRectF cap(r.right() - std::min<qreal>(5.0, r.width() / 3), r.top(),
                   std::min<qreal>(5.0, r.width() / 3), r.height());
        p.save();
        p.setClipPath(shape);
        p.fillRect(cap, lateColor());
        p.restore();
    }

    QPen pen(late ? lateColor() : borderColor(bar.status), late ? 1.6 : 1.0);
    if (state & Ghost) {
        pen = QPen(QColor(0x1d4ed8), 1.5, Qt::DashLine);
    }
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);

    qreal textLeft = r.left() + TextPadding;
    if (bar.locked) {
        const QColor ink = bar.status == GanttBarStatus::Started ? QColor(Qt::white)
                                                                   : QColor(0x334155);
        if (r.width() >= LockWidth + 6) {
            paintLock(p, QRectF(r.left() + 4, r.top() + (r.height() - 11) / 2, 8, 11), ink);
            textLeft += LockWidth;
        } else {
            QPainterPath corner;
            corner.moveTo(r.topLeft());
            corner.lineTo(r.left() + std::min<qreal>(6, r.width()), r.top());
            corner.lineTo(r.left(), r.top() + std::min<qreal>(6, r.height()));
            corner.closeSubpath();
            p.fillPath(corner, QColor(0x334155));
        }
    }

    if (state & Selected) {
        p.setPen(QPen(QColor(0xf59e0b), 2.0));
        p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), Radius + 1, Radius + 1);
        if (r.width() >= 16) {
            p.setPen(QPen(QColor(0xb45309), 1.0));
            p.setBrush(Qt::white);
            const qreal h = std::min<qreal>(10, r.height() - 4);
            p.drawRect(QRectF(r.left() - 2, r.center().y() - h / 2, 4, h));
            p.drawRect(QRectF(r.right() - 2, r.center().y() - h / 2, 4, h));
        }
    }

    const qreal textRight = r.right() - (late ? 7 : TextPadding);
    if (textRight - textLeft >= 14 && !bar.label.isEmpty()) {
        p.setFont(m_font);
        p.setPen(textColor(bar.status));
        const QRectF textRect(textLeft, r.top(), textRight - textLeft, r.height());
        const QString text = p.fontMetrics().elidedText(bar.label, Qt::ElideRight,
                                                         int(textRect.width()));
        // "0…" says nothing: a label cut below four characters is left out.
        if (text == bar.label || text.size() > 4)
            p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    p.restore();
}

void GanttBarDelegate::paintLock(QPainter &p, const QRectF &rect, const QColor &color)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const qreal bodyTop = rect.top() + rect.height() * 0.45;
    const QRectF body(rect.left(), bodyTop, rect.width(), rect.bottom() - bodyTop);
    const qreal shackleWidth = rect.width() * 0.64;
    const QRectF shackle(rect.center().x() - shackleWidth / 2, rect.top(), shackleWidth,
                         rect.height() * 0.8);
    p.setPen(QPen(color, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawArc(shackle, 0, 180 * 16);
    p.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), bodyTop));
    p.drawLine(QPointF(shackle.right(), shackle.center().y()),
               QPointF(shackle.right(), bodyTop));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(body, 1.2, 1.2);
    p.restore();
}

QString GanttBarDelegate::statusText(GanttBarStatus status)
{
    switch (status) {
    case GanttBarStatus::Waiting:
        return tr("Waiting");
    case GanttBarStatus::Started:
        return tr("In progress");
    case GanttBarStatus::Done:
        return tr("Done");
    }
    return QString();
}

QString GanttBarDelegate::durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0 && hours > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (days > 0)
        return tr("%1 d").arg(days);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString GanttBarDelegate::timeText(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return QString();
    //: Date and time on the Gantt chart, a QDateTime format; zh_CN "M月d日 HH:mm".
    return QLocale().toString(at.toTimeZone(zone), tr("MMM d HH:mm"));
}

QString GanttBarDelegate::toolTip(const GanttBar &bar, const QTimeZone &zone)
{
    if (!bar.toolTip.isEmpty())
        return bar.toolTip;
    QStringList lines{bar.label.isEmpty() ? bar.id : bar.label};
    if (!bar.workOrderId.isEmpty())
        lines << tr("Work order: %1").arg(bar.workOrderId);
    lines << tr("Start: %1").arg(timeText(bar.start, zone))
          << tr("End: %1").arg(timeText(bar.end, zone));
    QString status = statusText(bar.status);
    if (bar.status == GanttBarStatus::Started)
        status = tr("%1, %2 % made").arg(status).arg(qRound(bar.progress * 100));
    lines << tr("Status: %1").arg(status);
    if (bar.lateSeconds > 0)
        lines << tr("Late by %1").arg(durationText(bar.lateSeconds));
    if (bar.locked)
        lines << tr("Locked by the planner");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Hearth::Production
