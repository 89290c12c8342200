#include "workorderdetailpane.h"

#include "production/progressquery.h"
#include "production/workorderstore.h"
#include "storage/database.h"
#include "workorderdocumentbuilder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hearth::Production {

namespace {

constexpr char StockKey[] = "production/labelStock";

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

QString chipStyle(const QString &status)
{
    if (status == QLatin1String("started"))
        return QStringLiteral("background: #fef3c7; color: #78350f;");
    if (status == QLatin1String("made") || status == QLatin1String("packed"))
        return QStringLiteral("background: #dcfce7; color: #14532d;");
    if (status == QLatin1String("cancelled"))
        return QStringLiteral("background: #f3f4f6; color: #4b5563;");
    return QStringLiteral("background: #e7eef8; color: #1d4f91;");
}

QString quantityText(qint64 micros)
{
    QString text = QString::number(double(micros) / 1e6, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

/// When the shop floor reported the operation: "12-05 08:02 → 12-05 09:40", or its start.
QString actualText(const OperationProgress &op, const QTimeZone &zone)
{
    const auto text = [&zone](const QDateTime &at) {
        return at.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm"));
    };
    if (!op.actualStart.isValid())
        return QString();
    if (!op.actualFinish.isValid())
        return WorkOrderDetailPane::tr("since %1").arg(text(op.actualStart));
    return WorkOrderDetailPane::tr("%1 → %2").arg(text(op.actualStart), text(op.actualFinish));
}

} // namespace

WorkOrderDetailPane::WorkOrderDetailPane(QWidget *parent)
    : QWidget(parent), m_zone("Asia/Shanghai")
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_hint = new QLabel(tr("Select a work order to see its operations, panels and hardware."),
                        m_stack);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_hint);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusChip = new QLabel(page);
    m_rushChip = new QLabel(tr("Rush"), page);
    m_rushChip->setStyleSheet(QStringLiteral(
        "QLabel { background: #fee2e2; color: #7f1d1d; border-radius: 8px; padding: 2px 8px; }"));
    m_subtitle = new QLabel(page);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_statusChip);
    titleRow->addWidget(m_rushChip);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_subtitle, 1);
    layout->addLayout(titleRow);

    m_summary = new QLabel(page);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_operations = newTable({tr("Seq"), tr("Work center"), tr("Operation"), tr("Planned start"),
                             tr("Planned end"), tr("Status"), tr("Good"), tr("Scrap"),
                             tr("Left"), tr("Actual")},
                            m_tabs);
    QHeaderView *opHeader = m_operations->horizontalHeader();
    opHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    opHeader->setSectionResizeMode(OpActual, QHeaderView::Stretch);
    m_tabs->addTab(m_operations, tr("Operations"));
    m_tabs->addTab(buildPanelsTab(), tr("Panels"));
    m_hardware = newTable({tr("Code"), tr("Hardware"), tr("Quantity"), tr("Unit")}, m_tabs);
    m_hardware->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hardware->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tabs->addTab(m_hardware, tr("Hardware"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
}

QWidget *WorkOrderDetailPane::buildPanelsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    m_panels = newTable({tr("Panel"), tr("L × W × T (mm)"), tr("Qty"), tr("Edges"),
                         tr("Material"), tr("Colour")},
                        tab);
    QHeaderView *header = m_panels->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    layout->addWidget(m_panels, 1);

    m_stock = new QComboBox(tab);
    for (const Printing::LabelStock &s : labelStocks()) {
        m_stock->addItem(tr("%1 × %2 mm, %3 dpi")
                             .arg(s.sizeMm.width())
                             .arg(s.sizeMm.height())
                             .arg(s.dpi));
    }
    m_stock->setCurrentIndex(
        std::clamp(QSettings().value(QLatin1String(StockKey), 0).toInt(), 0,
                   int(labelStocks().size()) - 1));
    connect(m_stock, &QComboBox::currentIndexChanged, this,
            [](int index) { QSettings().setValue(QLatin1String(StockKey), index); });
    m_printLabels = new QPushButton(tr("Print labels…"), tab);
    m_saveLabels = new QPushButton(tr("Labels as PDF…"), tab);
    connect(m_printLabels, &QPushButton::clicked, this,
            &WorkOrderDetailPane::printLabelsRequested);
    connect(m_saveLabels, &QPushButton::clicked, this, &WorkOrderDetailPane::saveLabelsRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Label stock"), tab));
    row->addWidget(m_stock);
    row->addStretch(1);
    row->addWidget(m_printLabels);
    row->addWidget(m_saveLabels);
    layout->addLayout(row);
    return tab;
}

QList<Printing::LabelStock> WorkOrderDetailPane::labelStocks()
{
    return {{{100.0, 60.0}, 203}, {{100.0, 60.0}, 300}, {{60.0, 40.0}, 203}, {{60.0, 40.0}, 300}};
}

Printing::LabelStock WorkOrderDetailPane::labelStock() const
{
    return labelStocks().value(m_stock->currentIndex(), labelStocks().constFirst());
}

void WorkOrderDetailPane::setLabelStock(int index)
{
    if (index >= 0 && index < m_stock->count())
        m_stock->setCurrentIndex(index);
}

QString WorkOrderDetailPane::titleText() const
{
    return m_title->text();
}

QString WorkOrderDetailPane::summaryText() const
{
    return m_subtitle->text() + QLatin1Char('\n') + m_summary->text();
}

bool WorkOrderDetailPane::showWorkOrder(const QString &workOrderId)
{
    m_workOrderId = workOrderId;
    if (workOrderId.isEmpty()) {
        m_document = {};
        m_hint->setText(tr("Select a work order to see its operations, panels and hardware."));
        m_stack->setCurrentIndex(0);
        return true;
    }
    Storage::Connection &c = Storage::Database::connection();
    const auto workOrder = WorkOrderStore::find(c, workOrderId);
    if (!workOrder) {
        showError(workOrder.error().toString());
        return false;
    }
    const auto document = WorkOrderDocumentBuilder::document(c, workOrderId, m_zone);
    if (!document) {
        showError(document.error().toString());
        return false;
    }
    const auto progress = ProgressQuery::workOrder(c, workOrderId);
    if (!progress) {
        showError(progress.error().toString());
        return false;
    }
    const WorkOrder &w = workOrder.value();
    m_document = document.value();

    m_title->setText(w.woNo);
    m_statusChip->setText(ProgressQuery::workOrderStatusLabel(progress->status));
    m_statusChip->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 8px; padding: 2px 8px; }")
            .arg(chipStyle(progress->status)));
    m_rushChip->setVisible(w.priority > WorkOrder::NormalPriority);
    const QString due = w.dueDate.isValid() ? w.dueDate.toString(Qt::ISODate) : tr("none");
    m_subtitle->setText(tr("Order %1 · %2 · %3 · due %4")
                            .arg(w.orderNo, m_document.customer, m_document.workshop, due));
    QString board = (w.material + QLatin1Char(' ') + w.colour).trimmed();
    m_summary->setText(tr("%n part(s), %1 m², %2 m of edge banding", nullptr, int(w.parts))
                           .arg(double(w.areaMm2) / 1e6, 0, 'f', 2)
                           .arg(double(w.edgeMm) / 1e3, 0, 'f', 1)
                       + (board.isEmpty() ? QString() : tr(" · %1").arg(board)));

    QHash<int, const OperationProgress *> bySeq;
    for (const OperationProgress &op : progress->operations)
        bySeq.insert(op.seq, &op);
    m_operations->setRowCount(int(m_document.operations.size()));
    for (int i = 0; i < m_document.operations.size(); ++i) {
        const Printing::WorkOrderOperation &op = m_document.operations.at(i);
        const OperationProgress *p = bySeq.value(op.seq);
        m_operations->setItem(i, OpSeq, cell(QString::number(op.seq), true));
        m_operations->setItem(i, OpWorkCenter, cell(op.workCenter));
        m_operations->setItem(i, OpName, cell(op.name));
        m_operations->setItem(i, OpStart, cell(op.plannedStart.isEmpty() ? tr("not planned")
                                                                         : op.plannedStart));
        m_operations->setItem(i, OpEnd, cell(op.plannedEnd));
        m_operations->setItem(
            i, OpStatus, cell(p ? ProgressQuery::operationStatusLabel(p->status) : QString()));
        m_operations->setItem(i, OpGood, cell(p ? QString::number(p->good) : QString(), true));
        m_operations->setItem(i, OpScrap, cell(p ? QString::number(p->scrap) : QString(), true));
        m_operations->setItem(i, OpLeft, cell(p ? QString::number(p->left()) : QString(), true));
        m_operations->setItem(i, OpActual, cell(p ? actualText(*p, m_zone) : QString()));
    }
    m_tabs->setTabText(0, tr("Operations (%1)").arg(m_document.operations.size()));

    m_panels->setRowCount(int(m_document.panels.size()));
    int pieces = 0;
    for (int i = 0; i < m_document.panels.size(); ++i) {
        const Printing::WorkOrderPanel &p = m_document.panels.at(i);
        pieces += p.quantity;
        m_panels->setItem(i, PanelName, cell(p.name));
        m_panels->setItem(i, PanelSize, cell(tr("%1 × %2 × %3")
                                                 .arg(p.lengthMm)
                                                 .arg(p.widthMm)
                                                 .arg(p.thicknessMm)));
        m_panels->setItem(i, PanelQuantity, cell(QString::number(p.quantity), true));
        m_panels->setItem(i, PanelEdges, cell(p.edges));
        m_panels->setItem(i, PanelMaterial, cell(p.material));
        m_panels->setItem(i, PanelColour, cell(p.colour));
    }
    m_tabs->setTabText(1, tr("Panels (%1)").arg(m_document.panels.size()));
    m_printLabels->setEnabled(pieces > 0);
    m_saveLabels->setEnabled(pieces > 0);
    m_printLabels->setToolTip(tr("%n label(s), one per piece", nullptr, pieces));
    m_saveLabels->setToolTip(m_printLabels->toolTip());

    m_hardware->setRowCount(int(m_document.hardware.size()));
    for (int i = 0; i < m_document.hardware.size(); ++i) {
        const Printing::WorkOrderHardware &h = m_document.hardware.at(i);
        m_hardware->setItem(i, 0, cell(h.code));
        m_hardware->setItem(i, 1, cell(h.name));
        m_hardware->setItem(i, 2, cell(quantityText(h.quantityMicros), true));
        m_hardware->setItem(i, 3, cell(h.unit));
    }
    m_tabs->setTabText(2, tr("Hardware (%1)").arg(m_document.hardware.size()));
    m_stack->setCurrentIndex(1);
    return true;
}

void WorkOrderDetailPane::reload()
{
    showWorkOrder(m_workOrderId);
}

void WorkOrderDetailPane::showError(const QString &text)
{
    m_document = {};
    m_hint->setText(tr("The work order could not be shown: %1").arg(text));
    m_stack->setCurrentIndex(0);
}

} // namespace Hearth::Production
