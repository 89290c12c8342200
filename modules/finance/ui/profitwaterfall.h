#pragma once

#include "finance/ordercosts.h"

#include <QWidget>

namespace Hearth::Finance {

/// An order's revenue stepping down through its costs to its profit (瀑布图), the estimate at
/// signing (light, outlined) beside the actual (solid) at every step.
class ProfitWaterfall : public QWidget
{
    Q_OBJECT

public:
    explicit ProfitWaterfall(QWidget *parent = nullptr);

    void setCosts(const OrderCosts &costs);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Step
    {
        QString label;
        qint64 estimateFrom = 0;
        qint64 estimateTo = 0;
        qint64 actualFrom = 0;
        qint64 actualTo = 0;
        bool total = false;  // revenue and profit stand on zero
    };

    QList<Step> m_steps;
    bool m_hasEstimate = false;
};

} // namespace Hearth::Finance
