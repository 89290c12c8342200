#pragma once

#include "finance/dashboardfigures.h"

#include <QWidget>

namespace Hearth::Finance {

/// Revenue and profit of the last months as bar pairs (营收与利润趋势), the month chosen
/// on the dashboard drawn stronger; the axis in yuan with thousands separators.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    enum Series { Revenue, Profit, SeriesCount };

    explicit TrendChart(QWidget *parent = nullptr);

    void setMonths(const QList<MonthTrend> &months, const QString &highlighted = QString());
    const QList<MonthTrend> &months() const { return m_months; }
    /// Where the bar of the month (index into months()) is drawn at the widget's size; empty
    /// for a value of 0 or an index out of range.
    QRectF barRect(int index, Series series) const;
    /// The values the axis is labelled with, lowest first, in fen.
    QList<qint64> ticks() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Scale
    {
        qint64 bottom = 0;
        qint64 top = 0;
        qint64 step = 0;
    };
    Scale scale() const;
    QRectF plotRect() const;
    double yOf(const Scale &s, const QRectF &plot, qint64 fen) const;

    QList<MonthTrend> m_months;
    QString m_highlighted;
};

} // namespace Hearth::Finance
