#include "purchasingpage.h"

#include "core/money.h"
#include "purchaseordermodel.h"
#include "purchaseorderprinter.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/purchaseorderdocument.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/reorderpoints.h"
#include "warehouse/supplierstore.h"
#include "widgets/filedialog.h"
#include "widgets/language.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Hearth::Warehouse {

using Core::Decimal;

namespace {

const QColor ErrorColour(0xc0, 0x39, 0x2b);

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString sourceName(RequisitionSource source)
{
    switch (source) {
    case RequisitionSource::Split:
        return PurchasingPage::tr("Split (bought-in)");
    case RequisitionSource::Hardware:
        return PurchasingPage::tr("Order hardware");
    case RequisitionSource::Reorder:
        return PurchasingPage::tr("Reorder point");
    }
    return QString();
}

QTableWidget *makeTable(const QStringList &headings, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

/// Fills a row; the columns in numeric are aligned right.
void setRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &numeric)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (numeric.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

/// Every column as wide as its contents but the stretched one, which takes the rest.
void fitColumns(QTableView *table, int stretched)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < header->count(); ++c) {
        if (c == stretched)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        else
            table->resizeColumnToContents(c);
    }
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PurchasingPage::PurchasingPage(QWidget *parent, Storage::Connection *connection)
    : QWidget(parent), m_c(connection ? *connection : Storage::Database::connection()),
      m_today(QDateTime::currentDateTimeUtc().toTimeZone(Widgets::SiteTime::zone()).date())
{
    m_header = new Widgets::PageHeader(tr("Purchasing"), this);
    m_header->setSubtitle(tr("Requisitions from the split, order hardware and reorder points, "
                             "grouped into purchase orders per supplier; suppliers' "
                             "confirmations and shipping notices; orders at risk"));

    m_collect = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Refresh),
                                tr("Collect requisitions"), this);
    m_collect->setToolTip(tr("Reads what the split and the reorder points ask to be bought; "
                             "collecting again writes nothing new"));
    m_create = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Box),
                               tr("Create purchase orders"), this);
    m_create->setToolTip(tr("One purchase order per supplier of the open requisitions, in "
                            "whole packs"));
    m_importConfirmation = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Import),
                                           tr("Import confirmation…"), this);
    m_importNotice = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Import),
                                     tr("Import shipping notice…"), this);
    m_pdf = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Export),
                            tr("Print PO (PDF)"), this);
    m_pdf->setToolTip(tr("Writes the selected purchase order as a PDF with its PO: barcode, "
                         "which the receive scan accepts"));
    m_refresh = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Refresh), tr("Refresh"),
                                this);
    auto *tools = new QHBoxLayout;
    for (QPushButton *b : {m_collect, m_create, m_importConfirmation, m_importNotice, m_pdf,
                           m_refresh})
        tools->addWidget(b);
    tools->addStretch(1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    m_problems = new QListWidget(this);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->hide();

    m_requisitionsTitle = sectionTitle(QString(), this);
    m_requisitionsTitle->setWordWrap(true);
    // The hint of an empty list wraps in the pane rather than widening it.
    m_requisitionsTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_requisitions = makeTable({tr("Source"), tr("Order"), tr("Item"), tr("Supplier"),
                                tr("Quantity"), tr("Needed by")},
                               this);
    auto *reqBox = new QWidget(this);
    auto *reqLayout = new QVBoxLayout(reqBox);
    reqLayout->setContentsMargins(0, 0, 0, 0);
    reqLayout->addWidget(m_requisitionsTitle);
    reqLayout->addWidget(m_requisitions, 1);

    m_status = new QComboBox(this);
    m_status->addItem(tr("Open orders"), QStringLiteral("open"));
    m_status->addItem(tr("Closed orders"), QStringLiteral("closed"));
    m_status->addItem(tr("All orders"), QString());
    m_ordersModel = new PurchaseOrderModel(m_c, this);
    m_ordersModel->setStatus(QStringLiteral("open"));
    m_orders = new QTableView(this);
    m_orders->setModel(m_ordersModel);
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->verticalHeader()->hide();
    m_orders->horizontalHeader()->setStretchLastSection(true);
    m_orders->setAlternatingRowColors(true);
    m_orders->setWordWrap(false);
    auto *ordersHead = new QHBoxLayout;
    ordersHead->addWidget(sectionTitle(tr("Purchase orders"), this));
    ordersHead->addStretch(1);
    ordersHead->addWidget(m_status);
    auto *ordersBox = new QWidget(this);
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    ordersLayout->addLayout(ordersHead);
    ordersLayout->addWidget(m_orders, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(reqBox);
    top->addWidget(ordersBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    m_lines = makeTable({tr("Line"), tr("Item"), tr("Ordered"), tr("Unit"), tr("Unit price"),
                         tr("Amount"), tr("Needed by"), tr("Confirmed"), tr("Shipped"),
                         tr("Expected"), tr("Received")},
                        this);
    m_risks = makeTable({tr("Order"), tr("PO line"), tr("Item"), tr("Needed by"),
                         tr("Now expected"), tr("Days late"), tr("From"), tr("Why")},
                        this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_risks, tr("Orders at risk"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);

    connect(m_orders->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showSelected(); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this]() { setStatusFilter(m_status->currentData().toString()); });
    connect(m_collect, &QPushButton::clicked, this, [this]() { collectRequisitions(); });
    connect(m_create, &QPushButton::clicked, this, [this]() { createOrders(); });
    connect(m_importConfirmation, &QPushButton::clicked, this,
            [this]() { importFromDialog(FeedKind::Confirmation); });
    connect(m_importNotice, &QPushButton::clicked, this,
            [this]() { importFromDialog(FeedKind::ShippingNotice); });
    connect(m_pdf, &QPushButton::clicked, this, [this]() { savePdf(); });
    connect(m_refresh, &QPushButton::clicked, this, [this]() {
        if (auto s = refresh(); !s)
            showMessage(s.error().toString(), true);
    });

    if (auto s = refresh(); !s)
        showMessage(s.error().toString(), true);
}

void PurchasingPage::setStatusFilter(const QString &status)
{
    const int index = m_status->findData(status);
    if (index >= 0 && index != m_status->currentIndex()) {
        m_status->setCurrentIndex(index);  // comes back here through the signal
        return;
    }
    m_ordersModel->setStatus(status);
    if (auto s = refresh(); !s)
        showMessage(s.error().toString(), true);
}

Core::Status PurchasingPage::refresh()
{
    const QString selected = selectedPoNo();
    if (auto s = loadRequisitions(); !s)
        return s;
    if (auto s = m_ordersModel->reload(); !s)
        return s;
    fitColumns(m_orders, PurchaseOrderModel::Supplier);
    const int row = m_ordersModel->rowOf(selected);
    if (row >= 0)
        m_orders->selectRow(row);
    else if (m_ordersModel->rowCount() > 0)
        m_orders->selectRow(0);
    showSelected();
    return loadRisks();
}

QString PurchasingPage::orderNo(const QString &orderId) const
{
    if (orderId.isEmpty())
        return QString();
    Storage::Statement q(m_c.handle(), "SELECT order_no FROM sales_orders WHERE id = ?");
    q.bind(1, orderId);
    return q.next() ? q.text(0) : orderId;
}

Core::Status PurchasingPage::loadRequisitions()
{
    auto open = RequisitionStore::list(m_c, QStringLiteral("open"));
    if (!open)
        return open.error();
    QHash<QString, QString> suppliers;
    if (auto list = SupplierStore::list(m_c)) {
        const bool english = Widgets::Language::installed().startsWith(QLatin1String("en"));
        for (const Supplier &s : std::as_const(*list))
            suppliers.insert(s.id, english && !s.nameEn.isEmpty() ? s.nameEn : s.name);
    }
    // Soonest needed first: what the purchaser must order today.
    QList<Requisition> rows = *open;
    std::stable_sort(rows.begin(), rows.end(), [](const Requisition &a, const Requisition &b) {
        if (a.neededBy != b.neededBy)
            return a.neededBy.isValid() && (!b.neededBy.isValid() || a.neededBy < b.neededBy);
        return a.description < b.description;
    });
    m_requisitions->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Requisition &r = rows.at(i);
        setRow(m_requisitions, i,
               {sourceName(r.source), orderNo(r.orderId), r.description,
                suppliers.value(r.supplierId),
                tr("%1 %2").arg(r.quantity.toString(), Orders::unitName(r.unit)),
                day(r.neededBy)},
               {ReqQuantity});
    }
    fitColumns(m_requisitions, ReqItem);
    m_requisitionsTitle->setText(
        rows.isEmpty() ? tr("Open requisitions: none; Collect requisitions reads what the split "
                            "and the reorder points ask to be bought")
                       : tr("Open requisitions (%1)").arg(rows.size()));
    m_create->setEnabled(!rows.isEmpty());
    return {};
}

Core::Status PurchasingPage::loadRisks()
{
    // Each order and line once, at the day the supplier gives now, while the line still
    // waits for goods and that day is still after the day the order needs them.
    Storage::Statement q(
        m_c.handle(),
        "SELECT COALESCE(o.order_no, r.order_id), po.po_no || '/' || l.line_no, l.description, "
        "r.needed_by, r.new_date, CAST(julianday(r.new_date) - julianday(r.needed_by) AS INTEGER), "
        "r.source, r.reason "
        "FROM order_risks r "
        "JOIN purchase_order_lines l ON l.id = r.po_line_id AND l.deleted = 0 "
        "JOIN purchase_orders po ON po.id = l.po_id AND po.deleted = 0 "
        "LEFT JOIN sales_orders o ON o.id = r.order_id "
        "WHERE r.deleted = 0 AND po.status = 'open' AND l.received_micros < l.quantity_micros "
        "AND r.new_date = COALESCE(l.expected_on, l.confirmed_on) AND r.new_date > r.needed_by "
        "ORDER BY r.needed_by, 1, 2");
    QList<QStringList> rows;
    while (q.next()) {
        const QString source = q.text(6) == QLatin1String("notice") ? tr("Shipping notice")
                                                                    : tr("Confirmation");
        rows.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), source,
                     q.text(7)});
    }
    if (q.failed())
        return Core::Error{tr("cannot read the orders at risk: %1").arg(q.error()),
                           QStringLiteral("order_risks")};
    m_risks->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        setRow(m_risks, i, rows.at(i), {RiskDays});
        m_risks->item(i, RiskNewDate)->setForeground(ErrorColour);
    }
    fitColumns(m_risks, RiskReason);
    m_tabs->setTabText(1, rows.isEmpty() ? tr("Orders at risk")
                                         : tr("Orders at risk (%1)").arg(rows.size()));
    return {};
}

void PurchasingPage::showSelected()
{
    const QString poNo = selectedPoNo();
    m_lines->setRowCount(0);
    m_pdf->setEnabled(!poNo.isEmpty());
    if (poNo.isEmpty()) {
        m_tabs->setTabText(0, tr("Lines"));
        return;
    }
    const std::optional<PurchaseOrder> order = PurchaseOrderStore::findByNo(m_c, poNo);
    if (!order)
        return;
    m_tabs->setTabText(0, tr("Lines of %1").arg(poNo));
    m_lines->setRowCount(int(order->lines.size()));
    for (int i = 0; i < order->lines.size(); ++i) {
        const PurchaseOrderLine &l = order->lines.at(i);
        const QString confirmed =
            l.confirmedQuantity ? tr("%1 for %2").arg(l.confirmedQuantity->toString(),
                                                      day(l.confirmedOn))
                                : QString();
        QString shipped;
        if (l.shippedQuantity) {
            shipped = l.asnNo.isEmpty()
                ? l.shippedQuantity->toString()
                : tr("%1 (%2)").arg(l.shippedQuantity->toString(), l.asnNo);
        }
        const QDate promised = l.promisedOn();
        setRow(m_lines, i,
               {QString::number(l.lineNo), l.description, l.quantity.toString(),
                Orders::unitName(l.unit), l.price.toString(2),
                Core::Money::fromDecimal(l.amount).toString(), day(l.neededBy), confirmed,
                shipped, day(promised), l.received.toString()},
               {LineNo, LineOrdered, LinePrice, LineAmount, LineConfirmed, LineShipped,
                LineReceived});
        if (promised.isValid() && l.neededBy.isValid() && promised > l.neededBy) {
            m_lines->item(i, LineExpected)->setForeground(ErrorColour);
            m_lines->item(i, LineExpected)
                ->setToolTip(tr("Expected %1, after %2 when it is needed")
                                 .arg(day(promised), day(l.neededBy)));
        }
    }
    fitColumns(m_lines, LineItem);
}

Core::Result<RequisitionRun> PurchasingPage::collectRequisitions()
{
    auto run = RequisitionStore::collect(m_c);
    if (!run) {
        showMessage(run.error().toString(), true);
        return run.error();
    }
    auto reorders = ReorderPoints::check(m_c, m_today);
    if (!reorders) {
        showMessage(reorders.error().toString(), true);
        return reorders.error();
    }
    RequisitionRun total = *run;
    total.created += int(reorders->size());
    if (auto s = refresh(); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    showMessage(tr("Requisitions collected: %1 new (%2 for reorder points), %3 changed, "
                   "%4 cancelled, %5 as before")
                    .arg(total.created)
                    .arg(reorders->size())
                    .arg(total.updated)
                    .arg(total.cancelled)
                    .arg(total.repeated),
                false);
    showProblems(total.warnings);
    return total;
}

Core::Result<QList<PurchaseOrder>> PurchasingPage::createOrders()
{
    auto orders = PurchaseOrderStore::createFromRequisitions(m_c, m_today,
                                                             tr("Purchase orders created"));
    if (!orders) {
        showMessage(orders.error().toString(), true);
        return orders.error();
    }
    showProblems({});
    if (auto s = refresh(); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    if (orders->isEmpty()) {
        showMessage(tr("No open requisitions: no purchase order was written"), false);
        return orders;
    }
    QStringList numbers;
    for (const PurchaseOrder &po : std::as_const(*orders))
        numbers.append(po.poNo);
    selectOrder(numbers.first());
    showMessage(tr("%n purchase order(s) created: %1", nullptr, int(orders->size()))
                    .arg(numbers.join(QStringLiteral(", "))),
                false);
    return orders;
}

Core::Result<FeedReport> PurchasingPage::importSheet(const QString &path, FeedKind kind)
{
    auto report = SupplierFeed::importFile(m_c, path, kind);
    if (!report) {
        showMessage(report.error().toString(), true);
        showProblems({});
        return report.error();
    }
    QStringList errors;
    for (const Orders::RowError &e : std::as_const(report->errors))
        errors.append(e.toString());
    showProblems(errors);
    const QString file = QFileInfo(path).fileName();
    if (!errors.isEmpty()) {
        showMessage(tr("%1: nothing was imported; %n error(s) to put right in the sheet",
                       nullptr, int(errors.size()))
                        .arg(file),
                    true);
        return report;
    }
    if (auto s = refresh(); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    QString text = tr("%1: %2 row(s), %3 line(s) changed, %4 as before")
                       .arg(file)
                       .arg(report->rows)
                       .arg(report->changed)
                       .arg(report->unchanged);
    if (!report->risks.isEmpty()) {
        text += tr("; %n order(s) now at risk", nullptr, int(report->risks.size()));
        m_tabs->setCurrentWidget(m_risks);
    }
    showMessage(text, !report->risks.isEmpty());
    return report;
}

QString PurchasingPage::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("purchase-orders"));
}

Core::Result<QString> PurchasingPage::savePdf(const QString &fileName)
{
    const QString poNo = selectedPoNo();
    if (poNo.isEmpty()) {
        const Core::Error error{tr("select a purchase order first"), QString()};
        showMessage(error.toString(), true);
        return error;
    }
    auto document = PurchaseOrderDocument::forOrder(m_c, poNo);
    if (!document) {
        showMessage(document.error().toString(), true);
        return document.error();
    }
    QString file = fileName;
    if (file.isEmpty()) {
        QDir().mkpath(folder());
        file = QDir(folder()).filePath(poNo + QStringLiteral(".pdf"));
    }
    if (auto s = PurchaseOrderPrinter::writePdf(*document, file); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    showMessage(tr("%1 saved to %2").arg(poNo, QDir::toNativeSeparators(file)), false);
    return file;
}

void PurchasingPage::importFromDialog(FeedKind kind)
{
    const QString caption = kind == FeedKind::Confirmation
        ? tr("Import a supplier's order confirmation")
        : tr("Import a supplier's shipping notice");
    const QString path = Widgets::FileDialog::openFileName(
        this, caption, {}, tr("Supplier sheets (*.csv *.xlsx)"));
    if (!path.isEmpty())
        importSheet(path, kind);
}

void PurchasingPage::selectOrder(const QString &poNo)
{
    int row = m_ordersModel->rowOf(poNo);
    if (row < 0 && m_status->currentIndex() != m_status->findData(QString())) {
        setStatusFilter(QString());
        row = m_ordersModel->rowOf(poNo);
    }
    if (row >= 0)
        m_orders->selectRow(row);
    showSelected();
}

QString PurchasingPage::selectedPoNo() const
{
    const QModelIndex current = m_orders->selectionModel()->currentIndex();
    return current.isValid() ? m_ordersModel->poNo(current.row()) : QString();
}

QStringList PurchasingPage::rowsOf(const QTableWidget *table)
{
    QStringList lines;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells.append(table->item(r, c) ? table->item(r, c)->text() : QString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

QStringList PurchasingPage::problems() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines.append(m_problems->item(i)->text());
    return lines;
}

QString PurchasingPage::message() const
{
    return m_message->text();
}

void PurchasingPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;")
                                   : QStringLiteral("color: #1b7f3b;"));
}

void PurchasingPage::showProblems(const QStringList &lines)
{
    m_problems->clear();
    m_problems->addItems(lines);
    m_problems->setVisible(!lines.isEmpty());
    if (lines.isEmpty())
        return;
    // As tall as four lines at most; the rest scrolls.
    const int shown = std::min(int(lines.size()), 4);
    m_problems->setFixedHeight(shown * m_problems->sizeHintForRow(0)
                               + 2 * m_problems->frameWidth() + 4);
}

} // namespace Hearth::Warehouse
