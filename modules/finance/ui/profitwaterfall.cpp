#include "profitwaterfall.h"

#include "financeformat.h"

#include <QPainter>
#include <QPainterPath>

namespace Hearth::Finance {

namespace {

const QColor revenueColour(0x2e, 0x7d, 0x32);
const QColor costColour(0xe0, 0x6c, 0x2f);
const QColor gainColour(0x43, 0xa0, 0x47);
const QColor lossColour(0xc6, 0x28, 0x28);
const QColor estimateFill(0xcf, 0xd8, 0xdc);
const QColor estimateLine(0x60, 0x7d, 0x8b);
const QColor gridColour(0xe0, 0xe0, 0xe0);
const QColor textColour(0x37, 0x47, 0x4f);

} // namespace

ProfitWaterfall::ProfitWaterfall(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void ProfitWaterfall::setCosts(const OrderCosts &costs)
{
    m_steps.clear();
    m_hasEstimate = costs.estimate.has_value();
    m_steps.append({tr("Revenue"), 0, costs.revenueFen, 0, costs.revenueFen, true});
    qint64 estimate = costs.revenueFen;
    qint64 actual = costs.revenueFen;
    for (const KindFigures &f : costs.byKind) {
        Step s{CostLine::kindName(f.kind), estimate, estimate - f.estimateFen, actual,
               actual - f.actualFen, false};
        estimate = s.estimateTo;
        actual = s.actualTo;
        m_steps.append(s);
    }
    m_steps.append({tr("Profit"), 0, estimate, 0, actual, true});
    update();
}

QSize ProfitWaterfall::sizeHint() const
{
    return {900, 340};
}

QSize ProfitWaterfall::minimumSizeHint() const
{
    return {480, 240};
}

void ProfitWaterfall::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_steps.isEmpty())
        return;

    qint64 top = 0;
    qint64 bottom = 0;
    for (const Step &s : std::as_const(m_steps)) {
        for (qint64 v : {s.estimateFrom, s.estimateTo, s.actualFrom, s.actualTo}) {
            top = qMax(top, v);
            bottom = qMin(bottom, v);
        }
    }
    if (top == bottom)
        top = bottom + 100;

    const QFontMetrics fm = p.fontMetrics();
    const int lineHeight = fm.height();
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("−000,000")) + 16,
                                       lineHeight * 2 + 8, -12, -(lineHeight * 3 + 12));
    const auto yOf = [&](qint64 fen) {
        return plot.bottom() - double(fen - bottom) * plot.height() / double(top - bottom);
    };

    // Grid: five steps of round yuan.
    p.setPen(gridColour);
    for (int i = 0; i <= 4; ++i) {
        const qint64 v = bottom + (top - bottom) * i / 4;
        const double y = yOf(v);
        p.setPen(gridColour);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(textColour);
        p.drawText(QRectF(0, y - lineHeight / 2.0, plot.left() - 6, lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter, FinanceFormat::yuanShort(v));
    }
    p.setPen(QPen(textColour, 1));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));

    // Legend.
    int x = plot.left();
    const auto legend = [&](const QColor &fill, const QColor &line, const QString &text) {
        p.setPen(line);
        p.setBrush(fill);
        p.drawRect(QRectF(x, 6, 14, 12));
        p.setPen(textColour);
        p.drawText(QPointF(x + 20, 6 + fm.ascent()), text);
        x += 20 + fm.horizontalAdvance(text) + 18;
    };
    if (m_hasEstimate)
        legend(estimateFill, estimateLine, tr("Estimate at signing"));
    legend(costColour, costColour.darker(120), tr("Actual cost"));
    legend(gainColour, gainColour.darker(120), tr("Revenue and profit"));
    if (!m_hasEstimate) {
        p.setPen(textColour);
        p.drawText(QPointF(x, 6 + fm.ascent()), tr("(no estimate yet)"));
    }

    const double slot = double(plot.width()) / m_steps.size();
    const double bar = qMin(slot * 0.34, 56.0);
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps.at(i);
        const double cx = plot.left() + slot * (i + 0.5);
        const auto box = [&](qint64 from, qint64 to, double left) {
            const double y1 = yOf(from);
            const double y2 = yOf(to);
            return QRectF(left, qMin(y1, y2), bar, qMax(1.0, qAbs(y2 - y1)));
        };
        if (m_hasEstimate) {
            p.setPen(QPen(estimateLine, 1, Qt::DashLine));
            p.setBrush(estimateFill);
            p.drawRect(box(s.estimateFrom, s.estimateTo, cx - bar - 2));
        }
        QColor fill = costColour;
        if (s.total)
            fill = i == 0 ? revenueColour : (s.actualTo < 0 ? lossColour : gainColour);
        else if (s.actualTo > s.actualFrom)
            fill = gainColour;
        p.setPen(QPen(fill.darker(120), 1));
        p.setBrush(fill);
        const double actualLeft = m_hasEstimate ? cx + 2 : cx - bar / 2;
        p.drawRect(box(s.actualFrom, s.actualTo, actualLeft));

        // Where the next step starts.
        if (i + 1 < m_steps.size() && !m_steps.at(i + 1).total) {
            p.setPen(QPen(textColour, 1, Qt::DotLine));
            const double y = yOf(s.actualTo);
            p.drawLine(QPointF(actualLeft + bar, y), QPointF(actualLeft + slot, y));
        }

        const QRectF labels(cx - slot / 2, plot.bottom() + 6, slot, lineHeight * 3);
        p.setPen(textColour);
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(labels.left(), labels.top(), labels.width(), lineHeight),
                   Qt::AlignCenter, s.label);
        p.setFont(font());
        const qint64 actualAmount = s.total ? s.actualTo : s.actualFrom - s.actualTo;
        const qint64 estimateAmount = s.total ? s.estimateTo : s.estimateFrom - s.estimateTo;
        p.drawText(QRectF(labels.left(), labels.top() + lineHeight, labels.width(), lineHeight),
                   Qt::AlignCenter, FinanceFormat::yuanShort(actualAmount));
        if (m_hasEstimate) {
            p.setPen(estimateLine);
            p.drawText(QRectF(labels.left(), labels.top() + 2 * lineHeight, labels.width(),
                              lineHeight),
                       Qt::AlignCenter,
                       tr("est. %1").arg(FinanceFormat::yuanShort(estimateAmount)));
        }
    }
}

} // namespace Hearth::Finance
