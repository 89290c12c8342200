#pragma once

#include "production/plan.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QPushButton;

namespace Hearth::Production {

/// The plan page's side panel: the plan in figures (operations planned and waiting for a
/// place, late work orders, when the last operation ends) with the late work orders listed
/// latest first, and the selected operation in words.
class PlanSidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSidePanel(QWidget *parent = nullptr);

    /// Not owned; shown until the next call. now is UTC seconds.
    void setPlan(const Plan *plan, qint64 now);
    /// Recounts the figures (after an edit).
    void refresh();
    /// The operation to describe, with its share made (0 to 1); empty for none.
    void showOperation(const QString &operationId, double progress = 0);
    QString operationId() const { return m_operationId; }

    QString summaryText() const;
    QString operationText() const;
    /// The late work orders as listed: "WO-SO00000012-CAB  10 h 30 min".
    QStringList lateWorkOrders() const;

    /// The selected operation's lines, for the panel and the chart's tool tip.
    static QStringList operationLines(const Plan &plan, int operation, double progress);

signals:
    /// The user asked to see an operation (a late work order's last one) on the chart.
    void operationRequested(const QString &operationId);
    void orderRequested(const QString &orderId);

private:
    const Plan *m_plan = nullptr;
    qint64 m_now = 0;
    QString m_operationId;
    double m_progress = 0;

    QLabel *m_operations = nullptr;
    QLabel *m_late = nullptr;
    QLabel *m_end = nullptr;
    QTreeWidget *m_lateList = nullptr;
    QLabel *m_operationTitle = nullptr;
    QLabel *m_operation = nullptr;
    QPushButton *m_openOrder = nullptr;
};

} // namespace Hearth::Production
