#include "plansidepanel.h"

#include "ganttbardelegate.h"
#include "production/workorderstatuses.h"

#include <QColor>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QHeaderView>
#include <QTreeWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Production {

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;
constexpr int OperationRole = Qt::UserRole + 1;

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PlanSidePanel::PlanSidePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->setSpacing(6);

    layout->addWidget(sectionTitle(tr("Plan"), this));
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_operations = valueLabel(this);
    m_late = valueLabel(this);
    m_end = valueLabel(this);
    form->addRow(tr("Operations"), m_operations);
    form->addRow(tr("Late"), m_late);
    form->addRow(tr("Plan ends"), m_end);
    layout->addLayout(form);

    m_lateList = new QTreeWidget(this);
    m_lateList->setObjectName(QStringLiteral("lateWorkOrders"));
    m_lateList->setToolTip(tr("Late work orders, latest first; click one to see its last "
                              "operation on the chart"));
    m_lateList->setColumnCount(2);
    m_lateList->setHeaderLabels({tr("Late work order"), tr("Late by")});
    m_lateList->setRootIsDecorated(false);
    m_lateList->setUniformRowHeights(true);
    m_lateList->setTextElideMode(Qt::ElideMiddle);
    m_lateList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lateList->header()->setStretchLastSection(false);
    m_lateList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lateList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lateList->setMaximumHeight(160);
    connect(m_lateList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit operationRequested(item->data(0, OperationRole).toString());
    });
    layout->addWidget(m_lateList);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    layout->addWidget(sectionTitle(tr("Selected operation"), this));
    m_operationTitle = valueLabel(this);
    QFont f = m_operationTitle->font();
    f.setBold(true);
    m_operationTitle->setFont(f);
    layout->addWidget(m_operationTitle);
    m_operation = valueLabel(this);
    m_operation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_operation);
    m_openOrder = new QPushButton(tr("Open the order"), this);
    m_openOrder->setToolTip(tr("Show the sales order of this operation (or double-click its "
                               "bar)"));
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (!m_plan)
            return;
        const int op = m_plan->operationIndex(m_operationId);
        if (op >= 0)
            emit orderRequested(m_plan->job(m_plan->operation(op).job).orderId);
    });
    layout->addWidget(m_openOrder, 0, Qt::AlignLeft);
    layout->addStretch(1);

    refresh();
}

void PlanSidePanel::setPlan(const Plan *plan, qint64 now)
{
    m_plan = plan;
    m_now = now;
    if (m_plan && m_plan->operationIndex(m_operationId) < 0)
        m_operationId.clear();
    refresh();
}

void PlanSidePanel::showOperation(const QString &operationId, double progress)
{
    m_operationId = operationId;
    m_progress = progress;
    refresh();
}

void PlanSidePanel::refresh()
{
    m_lateList->clear();
    if (!m_plan) {
        m_operations->setText(QStringLiteral("–"));
        m_late->setText(QStringLiteral("–"));
        m_end->setText(QStringLiteral("–"));
    } else {
        const QTimeZone zone = m_plan->siteZone();
        const int active = m_plan->activeCount();
        const int placed = m_plan->placedCount();
        m_operations->setText(active == placed
                                  ? tr("%n planned", nullptr, placed)
                                  : tr("%1 planned, %2 without a place")
                                        .arg(placed)
                                        .arg(active - placed));
        const QList<JobLateness> late = m_plan->lateJobs();
        m_late->setText(tr("%1 of %n work order(s)", nullptr, int(m_plan->jobs().size()))
                            .arg(late.size()));
        m_late->setStyleSheet(late.isEmpty() ? QString()
                                             : QStringLiteral("color: #b91c1c; font-weight: 600;"));
        const qint64 end = m_plan->makespanEnd();
        m_end->setText(end == NoTime ? QStringLiteral("–")
                                     : GanttBarDelegate::timeText(utc(end), zone));
        for (const JobLateness &l : late) {
            const PlanJob &job = m_plan->job(l.job);
            auto *item = new QTreeWidgetItem(
                m_lateList, {job.woNo, GanttBarDelegate::durationText(l.seconds)});
            item->setToolTip(0, job.woNo);
            item->setForeground(1, QColor(0xb91c1c));
            // The operation that ends last is what makes the work order late.
            int last = -1;
            for (int op : job.operations) {
                const PlanOperation &o = m_plan->operation(op);
                if (o.isActive() && o.isPlaced()
                    && (last < 0 || o.end > m_plan->operation(last).end))
                    last = op;
            }
            if (last >= 0)
                item->setData(0, OperationRole, m_plan->operation(last).id);
        }
    }
    m_lateList->setVisible(m_lateList->topLevelItemCount() > 0);

    const int op = m_plan ? m_plan->operationIndex(m_operationId) : -1;
    if (op < 0) {
        m_operationTitle->setText(tr("None: click a bar on the chart"));
        m_operation->clear();
        m_openOrder->setEnabled(false);
        return;
    }
    QStringList lines = operationLines(*m_plan, op, m_progress);
    m_operationTitle->setText(lines.takeFirst());
    m_operation->setText(lines.join(QLatin1Char('\n')));
    m_openOrder->setEnabled(!m_plan->job(m_plan->operation(op).job).orderId.isEmpty());
}

QString PlanSidePanel::summaryText() const
{
    return QStringList{m_operations->text(), m_late->text(), m_end->text()}.join(
        QLatin1Char('\n'));
}

QString PlanSidePanel::operationText() const
{
    if (m_operation->text().isEmpty())
        return m_operationTitle->text();
    return m_operationTitle->text() + QLatin1Char('\n') + m_operation->text();
}

QStringList PlanSidePanel::lateWorkOrders() const
{
    QStringList items;
    for (int i = 0; i < m_lateList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_lateList->topLevelItem(i);
        items.append(item->text(0) + QStringLiteral("  ") + item->text(1));
    }
    return items;
}

QStringList PlanSidePanel::operationLines(const Plan &plan, int operation, double progress)
{
    const PlanOperation &o = plan.operation(operation);
    const PlanJob &job = plan.job(o.job);
    const PlanCenter &center = plan.center(o.center);
    const QTimeZone zone = plan.siteZone();
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(job.woNo, o.name);
    lines << (job.dueDate.isValid()
                  ? tr("Order %1, due %2").arg(job.orderNo, job.dueDate.toString(Qt::ISODate))
                  : tr("Order %1").arg(job.orderNo));
    const QString where = center.code.isEmpty() ? center.name
                                                : center.name + QLatin1Char(' ') + center.code;
    lines << (o.lane >= 0 && center.capacity > 1
                  ? tr("%1, machine %2").arg(where).arg(o.lane + 1)
                  : where);
    if (o.isPlaced()) {
        lines << QStringLiteral("%1 – %2").arg(GanttBarDelegate::timeText(utc(o.start), zone),
                                   GanttBarDelegate::timeText(utc(o.end), zone));
    } else {
        lines << tr("Not planned yet");
    }
    lines << tr("%1 pieces · setup %2 · run %3")
                 .arg(o.quantity)
                 .arg(GanttBarDelegate::durationText(o.setupSeconds + o.changeoverSeconds),
                      GanttBarDelegate::durationText(o.runSeconds));
    QString status = WorkOrderStatuses::title(o.status);
    if (o.status == OperationStatus::Started)
        status = tr("%1, %2% made").arg(status).arg(qRound(std::clamp(progress, 0.0, 1.0) * 100));
    lines << status;
    const JobLateness late = plan.lateness(o.job);
    if (late.isLate())
        lines << tr("The work order is late by %1")
                     .arg(GanttBarDelegate::durationText(late.seconds));
    else if (late.finish != NoTime && late.deadline != NoTime)
        lines << tr("The work order ends %1 before its deadline")
                     .arg(GanttBarDelegate::durationText(-late.seconds));
    if (o.locked)
        lines << tr("Locked where a planner put it");
    return lines;
}

} // namespace Hearth::Production
