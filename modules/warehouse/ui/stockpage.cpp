#include "stockpage.h"

#include "core/money.h"
#include "stockmodel.h"
#include "stockmovesmodel.h"
#include "warehouselabelprinter.h"
#include "storage/database.h"
#include "warehouse/stockbalance.h"
#include "warehouse/warehousestore.h"
#include "widgets/language.h"
#include "widgets/pageheader.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hearth::Warehouse {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
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

StockPage::StockPage(QWidget *parent, Storage::Connection *connection)
    : QWidget(parent), m_c(connection ? *connection : Storage::Database::connection())
{
    m_header = new Widgets::PageHeader(tr("Stock"), this);
    m_header->setSubtitle(tr("What each item has on hand and on order, its value at moving-"
                             "average cost, and where it lies"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_warehouse = new QComboBox(this);
    m_warehouse->addItem(tr("All warehouses"), QString());
    if (auto warehouses = WarehouseStore::list(m_c)) {
        const bool english = Widgets::Language::installed().startsWith(QLatin1String("en"));
        for (const Warehouse &w : std::as_const(*warehouses)) {
            const QString name = english && !w.nameEn.isEmpty() ? w.nameEn : w.name;
            m_warehouse->addItem(tr("%1 (%2)").arg(name, w.code), w.id);
        }
    }
    m_warehouse->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_belowOnly = new QCheckBox(tr("Below reorder point only"), this);
    m_refresh = new QPushButton(Widgets::Theme::icon(Widgets::IconKind::Refresh), tr("Refresh"),
                                this);
    m_binLabels = new QPushButton(tr("Print bin labels…"), this);
    m_binLabels->setToolTip(tr("Prints a label for every bin of the chosen warehouse (all "
                               "warehouses when none is chosen) on a label printer"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search);
    tools->addWidget(m_warehouse);
    tools->addWidget(m_belowOnly);
    tools->addWidget(m_refresh);
    tools->addWidget(m_binLabels);
    tools->addWidget(m_message, 1);

    m_model = new StockModel(m_c, this);
    m_items = makeTable(m_model, this);
    m_summary = new QLabel(this);

    m_detailTitle = sectionTitle(QString(), this);
    m_bins = new QTableWidget(0, 4, this);
    m_bins->setHorizontalHeaderLabels({tr("Warehouse"), tr("Bin"), tr("Lot"), tr("Quantity")});
    m_bins->verticalHeader()->hide();
    m_bins->horizontalHeader()->setStretchLastSection(true);
    m_bins->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bins->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bins->setWordWrap(false);
    m_moves = new StockMovesModel(m_c, this);
    m_movesView = makeTable(m_moves, this);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_items, 1);
    upperLayout->addWidget(m_summary);

    auto *binsBox = new QWidget(this);
    auto *binsLayout = new QVBoxLayout(binsBox);
    binsLayout->setContentsMargins(0, 0, 0, 0);
    binsLayout->addWidget(sectionTitle(tr("Per bin and lot"), binsBox));
    binsLayout->addWidget(m_bins, 1);
    auto *movesBox = new QWidget(this);
    auto *movesLayout = new QVBoxLayout(movesBox);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(sectionTitle(tr("Latest moves (newest first; scroll for older)"),
                                        movesBox));
    movesLayout->addWidget(m_movesView, 1);
    auto *detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(binsBox);
    detailSplit->addWidget(movesBox);
    detailSplit->setStretchFactor(0, 2);
    detailSplit->setStretchFactor(1, 3);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailTitle);
    lowerLayout->addWidget(detailSplit, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showSelected(); });
    connect(m_search, &QLineEdit::textChanged, this, [this]() {
        if (auto s = refresh(); !s)
            showMessage(s.error().toString(), true);
    });
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this]() {
        if (auto s = refresh(); !s)
            showMessage(s.error().toString(), true);
    });
    connect(m_belowOnly, &QCheckBox::toggled, this, [this]() {
        if (auto s = refresh(); !s)
            showMessage(s.error().toString(), true);
    });
    connect(m_binLabels, &QPushButton::clicked, this, [this]() {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Bin labels"));
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print bin labels"));
        if (dialog.exec() == QDialog::Accepted)
            printBinLabels(&printer);
    });
    connect(m_refresh, &QPushButton::clicked, this, [this]() {
        if (auto s = refresh(); !s)
            showMessage(s.error().toString(), true);
    });

    if (auto s = refresh(); !s)
        showMessage(s.error().toString(), true);
}

Core::Status StockPage::refresh()
{
    const QString selected = selectedItemId();
    m_model->setFilter(m_search->text(), m_warehouse->currentData().toString());
    m_model->setBelowReorderOnly(m_belowOnly->isChecked());
    if (auto s = m_model->reload(); !s)
        return s;
    m_items->horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < StockModel::ColumnCount; ++c) {
        if (c == StockModel::Name)
            m_items->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
        else
            m_items->resizeColumnToContents(c);
    }
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_items->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_items->selectRow(0);
    showSelected();

    const QString value = Core::Money::fromDecimal(m_model->totalValue()).toString();
    const int below = m_model->belowReorderCount();
    QString text = tr("%n item(s), value %1 yuan", nullptr, m_model->rowCount()).arg(value);
    if (below > 0)
        text += tr("; %n below reorder point", nullptr, below);
    m_summary->setText(text);
    showMessage(QString(), false);
    return {};
}

void StockPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

void StockPage::setWarehouse(const QString &warehouseId)
{
    const int index = m_warehouse->findData(warehouseId);
    if (index >= 0)
        m_warehouse->setCurrentIndex(index);
}

void StockPage::setBelowReorderOnly(bool only)
{
    m_belowOnly->setChecked(only);
}

void StockPage::selectItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row >= 0)
        m_items->selectRow(row);
    showSelected();
}

QString StockPage::selectedItemId() const
{
    const QModelIndex current = m_items->selectionModel()->currentIndex();
    return current.isValid() ? m_model->itemId(current.row()) : QString();
}

void StockPage::showSelected()
{
    const QString itemId = selectedItemId();
    const QString warehouseId = m_model->warehouseId();
    m_bins->setRowCount(0);
    if (itemId.isEmpty()) {
        m_detailTitle->setText(tr("Select an item to see its bins and moves"));
        m_moves->setItem(QString());
        return;
    }
    const int row = m_model->rowOf(itemId);
    const QString code = m_model->index(row, StockModel::Code).data().toString();
    const QString name = m_model->index(row, StockModel::Name).data().toString();
    m_detailTitle->setText(tr("%1 %2: where it lies and how it moved").arg(code, name));

    QHash<QString, QString> warehouseNames;
    for (int i = 1; i < m_warehouse->count(); ++i)
        warehouseNames.insert(m_warehouse->itemData(i).toString(), m_warehouse->itemText(i));
    const QString unit = m_model->index(row, StockModel::Unit).data().toString();
    auto bins = StockBalance::bins(m_c, itemId);
    if (!bins) {
        showMessage(bins.error().toString(), true);
        return;
    }
    QList<BinBalance> shown;
    for (const BinBalance &b : std::as_const(*bins)) {
        if (warehouseId.isEmpty() || b.warehouseId == warehouseId)
            shown.append(b);
    }
    m_bins->setRowCount(int(shown.size()));
    for (int i = 0; i < shown.size(); ++i) {
        const BinBalance &b = shown.at(i);
        const QStringList cells{warehouseNames.value(b.warehouseId), b.binCode,
                                b.lotNo.isEmpty() ? tr("—") : b.lotNo,
                                tr("%1 %2").arg(b.quantity.toString(), unit)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_bins->setItem(i, c, item);
        }
    }
    for (int c = 0; c + 1 < m_bins->columnCount(); ++c)
        m_bins->resizeColumnToContents(c);

    if (auto s = m_moves->setItem(itemId, warehouseId); !s) {
        showMessage(s.error().toString(), true);
        return;
    }
    if (shown.isEmpty() && m_moves->rowCount() == 0)
        m_detailTitle->setText(tr("%1 %2: none in stock and no moves yet").arg(code, name));
    for (int c = 0; c + 1 < StockMovesModel::ColumnCount; ++c)
        m_movesView->resizeColumnToContents(c);
}

QStringList StockPage::binLines() const
{
    QStringList lines;
    for (int r = 0; r < m_bins->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_bins->columnCount(); ++c)
            cells.append(m_bins->item(r, c) ? m_bins->item(r, c)->text() : QString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

QString StockPage::summary() const
{
    return m_summary->text();
}

QString StockPage::message() const
{
    return m_message->text();
}

void StockPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;")
                                   : QStringLiteral("color: #1b7f3b;"));
}

Core::Result<QList<Bin>> StockPage::chosenBins() const
{
    QStringList warehouses;
    if (const QString chosen = m_warehouse->currentData().toString(); !chosen.isEmpty()) {
        warehouses.append(chosen);
    } else {
        for (int i = 1; i < m_warehouse->count(); ++i)
            warehouses.append(m_warehouse->itemData(i).toString());
    }
    QList<Bin> all;
    for (const QString &id : std::as_const(warehouses)) {
        const auto bins = WarehouseStore::bins(m_c, id);
        if (!bins)
            return bins.error();
        all.append(*bins);
    }
    if (all.isEmpty())
        return Core::Error{tr("the warehouse has no bins to label"), m_warehouse->currentText()};
    return all;
}

Core::Result<int> StockPage::printBinLabels(QPrinter *printer)
{
    const auto bins = chosenBins();
    if (!bins) {
        showMessage(bins.error().toString(), true);
        return bins.error();
    }
    QList<WarehouseLabelPrinter::Label> labels;
    for (const Bin &bin : *bins)
        labels.append(bin);
    if (auto s = WarehouseLabelPrinter::print(labels, Printing::LabelStock{}, printer); !s) {
        showMessage(s.error().toString(), true);
        return s.error();
    }
    showMessage(tr("Sent %n bin label(s) to %1", nullptr, int(labels.size()))
                    .arg(printer->printerName().isEmpty() ? printer->outputFileName()
                                                          : printer->printerName()),
                false);
    return int(labels.size());
}

} // namespace Hearth::Warehouse
