#include "costanalysispage.h"

#include "financeformat.h"
#include "finance/costledger.h"
#include "finance/costworkbook.h"
#include "storage/database.h"
#include "widgets/pageheader.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Finance {

namespace {

// The earliest day a date box offers; showing it means "no limit".
const QDate openEnd(2000, 1, 1);

QDateEdit *dateBox(const QString &open, QWidget *parent)
{
    auto *box = new QDateEdit(parent);
    box->setCalendarPopup(true);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    box->setMinimumDate(openEnd);
    box->setSpecialValueText(open);
    box->setDate(openEnd);
    return box;
}

QStandardItem *moneyItem(qint64 fen, bool bold = false)
{
    auto *item = new QStandardItem(fen == 0 ? QString() : FinanceFormat::fen(fen));
    item->setData(fen, CostAnalysisPage::FenRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

} // namespace

CostAnalysisPage::CostAnalysisPage(QWidget *parent) : QWidget(parent)
{
    auto *header = new Widgets::PageHeader(tr("Cost accounting"), this);
    header->setSubtitle(tr("Cost by type, by product line, channel, dealer, designer or month; "
                           "double click a cell for its orders"));
    auto *refresh = new QAction(tr("Refresh"), this);
    connect(refresh, &QAction::triggered, this, &CostAnalysisPage::reload);
    header->addAction(refresh, true);
    auto *exportAction = new QAction(tr("Export to Excel…"), this);
    connect(exportAction, &QAction::triggered, this, &CostAnalysisPage::askExport);
    header->addAction(exportAction);

    m_dimension = new QComboBox(this);
    for (CostDimension d : {CostDimension::ProductLine, CostDimension::Channel,
                            CostDimension::Dealer, CostDimension::Designer,
                            CostDimension::Period, CostDimension::ChargedTo}) {
        m_dimension->addItem(CostReport::dimensionName(d), int(d));
    }
    m_from = dateBox(tr("from the start"), this);
    m_to = dateBox(tr("until today"), this);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &CostAnalysisPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &CostAnalysisPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &CostAnalysisPage::reload);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("By:"), this));
    bar->addWidget(m_dimension);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("From:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To:"), this));
    bar->addWidget(m_to);
    bar->addStretch(1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showCell(index.row(), index.column()); });

    m_cell = new QLabel(tr("Double click a cell to list its orders."), this);
    m_orders = new QStandardItemModel(0, 2, this);
    m_orders->setHorizontalHeaderLabels({tr("Order"), tr("Amount")});
    m_ordersTable = new QTableView(this);
    m_ordersTable->setModel(m_orders);
    m_ordersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersTable->verticalHeader()->hide();
    m_ordersTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ordersTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QStandardItem *item = m_orders->item(index.row(), 0);
        if (item)
            emit orderActivated(item->data(OrderIdRole).toString());
    });
    auto *drill = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_cell);
    drillLayout->addWidget(m_ordersTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(drill);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    reload();
}

QDate CostAnalysisPage::dateOf(const QDateEdit *edit) const
{
    return edit->date() == openEnd ? QDate() : edit->date();
}

void CostAnalysisPage::setDimension(CostDimension by)
{
    const int index = m_dimension->findData(int(by));
    if (index == m_dimension->currentIndex())
        reload();
    else
        m_dimension->setCurrentIndex(index);
}

void CostAnalysisPage::setPeriod(QDate from, QDate to)
{
    m_loading = true;
    m_from->setDate(from.isValid() ? from : openEnd);
    m_to->setDate(to.isValid() ? to : openEnd);
    m_loading = false;
    reload();
}

bool CostAnalysisPage::reload()
{
    if (m_loading || !Storage::Database::isOpen())
        return false;
    Storage::Connection &c = Storage::Database::connection();
    m_message->hide();
    if (const auto pending = CostLedger::gatherPending(c); !pending) {
        showError(pending.error().toString());
        return false;
    }
    const auto by = CostDimension(m_dimension->currentData().toInt());
    const auto built = CostReport::build(c, by, dateOf(m_from), dateOf(m_to));
    if (!built) {
        showError(built.error().toString());
        return false;
    }
    m_report = *built;

    m_model->removeRows(0, m_model->rowCount());
    QStringList headers{CostReport::dimensionName(by)};
    for (int t = 0; t < CostTypeCount; ++t)
        headers.append(CostReport::typeName(CostType(t)));
    headers << tr("Total") << tr("Orders");
    m_model->setHorizontalHeaderLabels(headers);
    const auto addRow = [this](const CostGroup &g, bool bold) {
        auto *key = new QStandardItem(g.label);
        key->setData(g.key, Qt::UserRole);
        if (bold) {
            QFont f = key->font();
            f.setBold(true);
            key->setFont(f);
        }
        QList<QStandardItem *> row{key};
        for (int t = 0; t < CostTypeCount; ++t)
            row.append(moneyItem(g.fen[size_t(t)], bold));
        row.append(moneyItem(g.total(), true));
        auto *orders = new QStandardItem(QString::number(g.orders));
        orders->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(orders);
        m_model->appendRow(row);
    };
    for (const CostGroup &g : m_report.groups())
        addRow(g, false);
    addRow(m_report.total(), true);
    m_table->resizeColumnsToContents();

    m_orders->removeRows(0, m_orders->rowCount());
    m_cell->setText(tr("Double click a cell to list its orders."));
    return true;
}

bool CostAnalysisPage::showCell(int row, int column)
{
    const QStandardItem *key = m_model->item(row, KeyColumn);
    if (!key || column <= KeyColumn || column > TotalColumn)
        return false;
    const bool total = row == m_model->rowCount() - 1;
    std::optional<CostType> type;
    if (column != TotalColumn)
        type = CostType(column - 1);

    QList<CostOrderPart> parts;
    if (total) {
        // The total row: the orders of every group, added up per order.
        QMap<QString, CostOrderPart> byNo;
        for (const CostGroup &g : m_report.groups()) {
            for (const CostOrderPart &p : m_report.ordersOf(g.key, type)) {
                CostOrderPart &sum = byNo[p.orderNo];
                sum.orderId = p.orderId;
                sum.orderNo = p.orderNo;
                sum.fen += p.fen;
            }
        }
        parts = byNo.values();
    } else {
        parts = m_report.ordersOf(key->data(Qt::UserRole).toString(), type);
    }
    m_orders->removeRows(0, m_orders->rowCount());
    for (const CostOrderPart &p : std::as_const(parts)) {
        auto *order = new QStandardItem(p.orderNo);
        order->setData(p.orderId, OrderIdRole);
        m_orders->appendRow({order, moneyItem(p.fen)});
    }
    const QString typeName = type ? CostReport::typeName(*type) : tr("all costs");
    m_cell->setText(tr("%1, %2: %n order(s)", nullptr, int(parts.size()))
                        .arg(key->text(), typeName));
    return !parts.isEmpty();
}

bool CostAnalysisPage::exportTo(const QString &path)
{
    m_message->hide();
    if (const Core::Status s = CostWorkbook::write(m_report, path); !s) {
        showError(s.error().toString());
        return false;
    }
    return true;
}

QString CostAnalysisPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CostAnalysisPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export cost accounting"),
        tr("costs-%1.xlsx").arg(CostReport::dimensionCode(m_report.dimension())),
        tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void CostAnalysisPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace Hearth::Finance
