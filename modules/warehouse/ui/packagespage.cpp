#include "packagespage.h"

#include "packagesmodel.h"
#include "packingjobs.h"
#include "warehouselabelprinter.h"
#include "storage/database.h"
#include "warehouse/packagestore.h"
#include "warehouse/packplanner.h"
#include "widgets/pageheader.h"
#include "widgets/theme.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hearth::Warehouse {

namespace {

QString kindName(MissingItem::Kind kind)
{
    switch (kind) {
    case MissingItem::Kind::Plan:
        return PackagesPage::tr("Plan");
    case MissingItem::Kind::Package:
        return PackagesPage::tr("Package");
    case MissingItem::Kind::Part:
        return PackagesPage::tr("Panel");
    case MissingItem::Kind::Hardware:
        return PackagesPage::tr("Purchased");
    }
    return QString();
}

} // namespace

PackagesPage::PackagesPage(QWidget *parent, Storage::Connection *connection)
    : QWidget(parent), m_c(connection ? *connection : Storage::Database::connection())
{
    m_header = new Widgets::PageHeader(tr("Packages and completeness"), this);
    m_header->setSubtitle(tr("Orders being packed: packages closed, in staging and loaded, and "
                             "what each order still lacks before it may be loaded"));

    m_plan = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Box),
                             tr("Plan packages"), this);
    m_plan->setToolTip(tr("Proposes the selected order's packages: panels by work order, at "
                          "most 10 pieces or 30 kg a package; hardware in one last package"));
    m_labels = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Export),
                               tr("Save labels as PDF"), this);
    m_labels->setToolTip(tr("Writes the selected order's package labels to the labels folder"));
    m_print = new QPushButton(tr("Print labels…"), this);
    m_print->setToolTip(tr("Prints the selected order's package labels on a label printer "
                           "(100 × 60 mm stock, 203 or 300 dpi)"));
    m_refresh = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Refresh), tr("Refresh"),
                                this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_plan);
    tools->addWidget(m_labels);
    tools->addWidget(m_print);
    tools->addWidget(m_refresh);
    tools->addWidget(m_message, 1);

    m_model = new PackagesModel(m_c, this);
    m_orders = new QTableView(this);
    m_orders->setModel(m_model);
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->verticalHeader()->hide();
    m_orders->horizontalHeader()->setStretchLastSection(true);
    m_orders->setAlternatingRowColors(true);

    m_missingTitle = new QLabel(this);
    QFont titleFont = m_missingTitle->font();
    titleFont.setBold(true);
    m_missingTitle->setFont(titleFont);
    m_missing = new QTableWidget(0, 5, this);
    m_missing->setHorizontalHeaderLabels(
        {tr("Kind"), tr("What"), tr("Outstanding"), tr("Comes from"), tr("Why it is missing")});
    m_missing->verticalHeader()->hide();
    m_missing->horizontalHeader()->setStretchLastSection(true);
    m_missing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_missing->setWordWrap(false);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_missingTitle);
    lowerLayout->addWidget(m_missing, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_orders);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(m_orders->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showSelected(); });
    connect(m_refresh, &QPushButton::clicked, this, [this]() {
        if (auto s = refresh(); !s)
            showMessage(s.error().toString(), true);
    });
    connect(m_plan, &QPushButton::clicked, this, [this]() { planSelected(); });
    connect(m_labels, &QPushButton::clicked, this, [this]() { saveLabels(); });
    connect(m_print, &QPushButton::clicked, this, [this]() {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Package labels"));
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print package labels"));
        if (dialog.exec() == QDialog::Accepted)
            printLabels(&printer);
    });

    if (auto s = refresh(); !s)
        showMessage(s.error().toString(), true);
}

Core::Status PackagesPage::refresh()
{
    const QString selected = selectedOrderId();
    if (auto s = m_model->reload(); !s)
        return s;
    for (int c = 0; c < PackagesModel::Missing; ++c)
        m_orders->resizeColumnToContents(c);
    if (!selected.isEmpty())
        selectOrder(selected);
    else if (m_model->rowCount() > 0)
        m_orders->selectRow(0);
    showSelected();
    return {};
}

void PackagesPage::selectOrder(const QString &orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row >= 0)
        m_orders->selectRow(row);
    showSelected();
}

QString PackagesPage::selectedOrderId() const
{
    const QModelIndex current = m_orders->selectionModel()->currentIndex();
    return current.isValid() ? m_model->orderId(current.row()) : QString();
}

void PackagesPage::showSelected()
{
    const QModelIndex current = m_orders->selectionModel()->currentIndex();
    m_missing->setRowCount(0);
    if (!current.isValid()) {
        m_missingTitle->setText(tr("Select an order to see what it lacks"));
        m_plan->setEnabled(false);
        m_labels->setEnabled(false);
        m_print->setEnabled(false);
        return;
    }
    const int row = current.row();
    const QString orderNo = m_model->index(row, PackagesModel::OrderNo).data().toString();
    const QList<MissingItem> missing = m_model->missing(row);
    m_plan->setEnabled(true);
    m_labels->setEnabled(true);
    m_print->setEnabled(true);
    m_missingTitle->setText(
        missing.isEmpty()
            ? tr("%1 is complete: every package is in staging and may be loaded").arg(orderNo)
            : tr("%1 lacks %n thing(s) before it may be loaded", nullptr, int(missing.size()))
                  .arg(orderNo));
    m_missing->setRowCount(int(missing.size()));
    for (int i = 0; i < missing.size(); ++i) {
        const MissingItem &m = missing.at(i);
        const QStringList cells{kindName(m.kind), m.name, m.amount, m.source, m.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_missing->setItem(i, c, item);
        }
    }
    for (int c = 0; c + 1 < m_missing->columnCount(); ++c)
        m_missing->resizeColumnToContents(c);
}

Core::Status PackagesPage::planSelected()
{
    const QString orderId = selectedOrderId();
    if (orderId.isEmpty()) {
        showMessage(tr("Select an order first"), true);
        return Core::Error{tr("no order selected"), QString()};
    }
    auto plan = PackPlanner::planOrder(m_c, orderId);
    if (!plan) {
        showMessage(plan.error().toString(), true);
        return plan.error();
    }
    auto written = PackageStore::writePlan(m_c, orderId, *plan, tr("Packages planned"));
    if (!written) {
        showMessage(written.error().toString(), true);
        return written.error();
    }
    if (auto s = refresh(); !s) {
        showMessage(s.error().toString(), true);
        return s;
    }
    const QString orderNo = written->isEmpty() ? QString() : written->first().orderNo;
    showMessage(tr("%1: %n package(s) planned", nullptr, int(written->size())).arg(orderNo),
                false);
    return {};
}

Core::Result<QList<WarehouseLabelPrinter::Label>> PackagesPage::orderLabels()
{
    const QString orderId = selectedOrderId();
    auto packages = PackageStore::packages(m_c, orderId);
    if (!packages || packages->isEmpty()) {
        const Core::Error error = packages ? Core::Error{tr("the order has no packages yet: plan "
                                                           "them first"),
                                                        QString()}
                                           : packages.error();
        showMessage(error.toString(), true);
        return error;
    }
    QList<WarehouseLabelPrinter::Label> labels;
    for (const Package &p : std::as_const(*packages)) {
        auto label = PackageLabel::forPackage(m_c, p.id);
        if (!label) {
            showMessage(label.error().toString(), true);
            return label.error();
        }
        labels.append(*label);
    }
    return labels;
}

Core::Result<int> PackagesPage::printLabels(QPrinter *printer)
{
    const auto labels = orderLabels();
    if (!labels)
        return labels.error();
    if (auto s = WarehouseLabelPrinter::print(*labels, Printing::LabelStock{}, printer); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    showMessage(tr("Sent %n label(s) to %1", nullptr, int(labels->size()))
                    .arg(printer->printerName().isEmpty() ? printer->outputFileName()
                                                          : printer->printerName()),
                false);
    return int(labels->size());
}

Core::Result<QString> PackagesPage::saveLabels()
{
    const auto found = orderLabels();
    if (!found)
        return found.error();
    const QList<WarehouseLabelPrinter::Label> &labels = *found;
    const QString orderNo = std::get<PackageLabel>(labels.first()).orderNo;
    QDir().mkpath(PackingJobs::labelFolder());
    const QString file = QDir(PackingJobs::labelFolder())
                             .filePath(orderNo + QStringLiteral("-packages.pdf"));
    if (auto s = WarehouseLabelPrinter::writePdf(labels, Printing::LabelStock{}, file); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    showMessage(tr("%n label(s) saved to %1", nullptr, int(labels.size()))
                    .arg(QDir::toNativeSeparators(file)),
                false);
    return file;
}

QStringList PackagesPage::missingLines() const
{
    QStringList lines;
    for (int r = 0; r < m_missing->rowCount(); ++r) {
        QStringList cells;
        for (int c = 1; c < m_missing->columnCount(); ++c)
            cells.append(m_missing->item(r, c) ? m_missing->item(r, c)->text() : QString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

QString PackagesPage::message() const
{
    return m_message->text();
}

void PackagesPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;")
                                   : QStringLiteral("color: #1b7f3b;"));
}

} // namespace Hearth::Warehouse
