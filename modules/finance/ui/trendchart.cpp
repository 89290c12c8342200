#include "trendchart.h"

#include "financeformat.h"

#include <QPainter>

#include <algorithm>

namespace Hearth::Finance {

namespace {

const QColor revenueColour(0x1e, 0x88, 0xe5);
const QColor profitColour(0x43, 0xa0, 0x47);
const QColor lossColour(0xc6, 0x28, 0x28);
const QColor gridColour(0xe0, 0xe0, 0xe0);
const QColor textColour(0x37, 0x47, 0x4f);
const QColor highlightColour(0xff, 0xf8, 0xe1);

/// A step of 1, 2 or 5 times a power of ten yuan giving about four steps over range fen.
qint64 niceStep(qint64 range)
{
    const qint64 raw = qMax<qint64>(range / 4, 1);
    qint64 magnitude = 100;  // one yuan
    while (magnitude * 10 <= raw)
        magnitude *= 10;
    for (qint64 factor : {1, 2, 5}) {
        if (magnitude * factor >= raw)
            return magnitude * factor;
    }
    return magnitude * 10;
}

QString axisLabel(qint64 fen)
{
    const QString yuan = FinanceFormat::yuanShort(fen);
    return yuan.startsWith(QStringLiteral("−")) ? QStringLiteral("−¥") + yuan.mid(1)
                                                 : QStringLiteral("¥") + yuan;
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TrendChart::setMonths(const QList<MonthTrend> &months, const QString &highlighted)
{
    m_months = months;
    m_highlighted = highlighted;
    update();
}

QSize TrendChart::sizeHint() const
{
    return {960, 300};
}

QSize TrendChart::minimumSizeHint() const
{
    return {480, 200};
}

TrendChart::Scale TrendChart::scale() const
{
    qint64 high = 0;
    qint64 low = 0;
    for (const MonthTrend &m : m_months) {
        high = qMax(high, qMax(m.revenueFen, m.profitFen));
        low = qMin(low, qMin(m.revenueFen, m.profitFen));
    }
    Scale s;
    s.step = high == low ? 100'000 : niceStep(high - low);
    s.top = high <= 0 ? 0 : (high + s.step - 1) / s.step * s.step;
    s.bottom = low >= 0 ? 0 : -((-low + s.step - 1) / s.step * s.step);
    if (s.top == s.bottom)
        s.top = s.bottom + s.step;
    return s;
}

QList<qint64> TrendChart::ticks() const
{
    const Scale s = scale();
    QList<qint64> out;
    for (qint64 v = s.bottom; v <= s.top; v += s.step)
        out.append(v);
    return out;
}

QRectF TrendChart::plotRect() const
{
    const QFontMetrics fm(font());
    int labelWidth = 0;
    for (qint64 v : ticks())
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(axisLabel(v)));
    return QRectF(rect()).adjusted(labelWidth + 14, fm.height() + 18, -12,
                                   -(fm.height() + 12));
}

double TrendChart::yOf(const Scale &s, const QRectF &plot, qint64 fen) const
{
    return plot.bottom() - double(fen - s.bottom) * plot.height() / double(s.top - s.bottom);
}

QRectF TrendChart::barRect(int index, Series series) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const qint64 value = series == Revenue ? m_months.at(index).revenueFen
                                           : m_months.at(index).profitFen;
    if (value == 0)
        return {};
    const Scale s = scale();
    const QRectF plot = plotRect();
    const double slot = plot.width() / m_months.size();
    const double bar = qMin(slot * 0.32, 36.0);
    const double centre = plot.left() + slot * (index + 0.5);
    const double left = series == Revenue ? centre - bar - 1 : centre + 1;
    const double y0 = yOf(s, plot, 0);
    const double y1 = yOf(s, plot, value);
    return QRectF(left, qMin(y0, y1), bar, qMax(1.0, qAbs(y1 - y0)));
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = p.fontMetrics();
    const Scale s = scale();
    const QRectF plot = plotRect();

    // Legend.
    double x = plot.left();
    const auto legend = [&](const QColor &colour, const QString &text) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(x, 8, 14, 12));
        p.setPen(textColour);
        p.drawText(QPointF(x + 20, 8 + 6 + fm.ascent() / 2.0 - 1), text);
        x += 20 + fm.horizontalAdvance(text) + 20;
    };
    legend(revenueColour, tr("Revenue"));
    legend(profitColour, tr("Profit"));
    const bool loss = std::any_of(m_months.cbegin(), m_months.cend(),
                                  [](const MonthTrend &m) { return m.profitFen < 0; });
    if (loss)
        legend(lossColour, tr("Loss"));

    if (m_months.isEmpty())
        return;
    const double slot = plot.width() / m_months.size();
    // The chosen month's band behind its bars.
    for (int i = 0; i < m_months.size(); ++i) {
        if (m_months.at(i).month == m_highlighted) {
            p.fillRect(QRectF(plot.left() + slot * i, plot.top(), slot,
                              plot.height() + fm.height() + 10),
                       highlightColour);
        }
    }

    // Grid and the axis in yuan.
    for (qint64 v = s.bottom; v <= s.top; v += s.step) {
        const double y = yOf(s, plot, v);
        p.setPen(v == 0 ? QPen(textColour, 1) : QPen(gridColour, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(textColour);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 8, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }

    bool any = false;
    for (int i = 0; i < m_months.size(); ++i) {
        const MonthTrend &m = m_months.at(i);
        const bool chosen = m.month == m_highlighted;
        for (Series series : {Revenue, Profit}) {
            const QRectF box = barRect(i, series);
            if (box.isEmpty())
                continue;
            any = true;
            QColor fill = series == Revenue ? revenueColour
                                            : (m.profitFen < 0 ? lossColour : profitColour);
            if (!chosen && !m_highlighted.isEmpty())
                fill = fill.lighter(125);
            p.setPen(QPen(fill.darker(125), 1));
            p.setBrush(fill);
            p.drawRect(box);
        }
        // "2026-03", or "03" when the slot is too narrow for the year.
        QString label = m.month;
        const bool january = m.month.endsWith(QLatin1String("-01"));
        if (fm.horizontalAdvance(label) > slot - 4 && i > 0 && !january)
            label = m.month.right(2);
        QFont labelFont = font();
        labelFont.setBold(chosen);
        p.setFont(labelFont);
        p.setPen(textColour);
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 6, slot, fm.height()),
                   Qt::AlignCenter, label);
        p.setFont(font());
    }
    if (!any) {
        p.setPen(textColour);
        p.drawText(plot, Qt::AlignCenter, tr("No orders were signed in these months."));
    }
}

} // namespace Hearth::Finance
