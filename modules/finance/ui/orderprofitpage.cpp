#include "orderprofitpage.h"

#include "financeformat.h"
#include "finance/costledger.h"
#include "finance/orderestimate.h"
#include "orders/remakes.h"
#include "profitwaterfall.h"
#include "storage/database.h"
#include "widgets/links.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Finance {

OrderProfitPage::OrderProfitPage(QWidget *parent) : QWidget(parent)
{
    m_header = new Widgets::PageHeader(tr("Order profit"), this);
    auto *reestimate = new QAction(tr("Re-estimate"), this);
    reestimate->setToolTip(tr("Estimate the order again from its parts and routings now"));
    connect(reestimate, &QAction::triggered, this, &OrderProfitPage::reestimate);
    m_header->addAction(reestimate);

    m_orderNo = new QLineEdit(this);
    m_orderNo->setPlaceholderText(tr("Order number"));
    m_orderNo->setClearButtonEnabled(true);
    auto *show = new QPushButton(tr("Show"), this);
    connect(show, &QPushButton::clicked, this, [this] { showOrderNo(m_orderNo->text()); });
    connect(m_orderNo, &QLineEdit::returnPressed, show, &QPushButton::click);
    auto *find = new QHBoxLayout;
    find->addWidget(new QLabel(tr("Order:"), this));
    find->addWidget(m_orderNo, 1);
    find->addWidget(show);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    m_chart = new ProfitWaterfall(this);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("What"), tr("Quantity"),
                                        tr("Unit cost"), tr("Amount"), tr("Source"),
                                        tr("Charged to")});
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double click a line to open the move, report or bill it came from"));
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(find);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
}

bool OrderProfitPage::showOrderNo(const QString &orderNo)
{
    Storage::Connection &c = Storage::Database::connection();
    Storage::Statement &q = c.prepare("SELECT id FROM sales_orders WHERE order_no = ?");
    q.bind(1, orderNo.trimmed());
    const QString id = q.next() ? q.text(0) : QString();
    q.reset();
    if (id.isEmpty()) {
        showError(tr("No order numbered \"%1\".").arg(orderNo.trimmed()));
        return false;
    }
    return showOrder(id);
}

bool OrderProfitPage::showOrder(const QString &orderId)
{
    Storage::Connection &c = Storage::Database::connection();
    if (const auto gathered = CostLedger::gather(c, orderId); !gathered) {
        showError(gathered.error().toString());
        return false;
    }
    if (const auto estimate = OrderEstimate::ensure(c, orderId); !estimate) {
        showError(estimate.error().toString());
        return false;
    }
    const auto costs = OrderCosts::load(c, orderId);
    if (!costs) {
        showError(costs.error().toString());
        return false;
    }
    m_costs = *costs;
    m_message->hide();
    refresh();
    return true;
}

void OrderProfitPage::reestimate()
{
    if (m_costs.orderId.isEmpty())
        return;
    const auto e = OrderEstimate::reestimate(Storage::Database::connection(), m_costs.orderId);
    if (!e) {
        showError(e.error().toString());
        return;
    }
    showOrder(m_costs.orderId);
}

void OrderProfitPage::refresh()
{
    m_orderNo->setText(m_costs.orderNo);
    m_header->setSubtitle(QStringLiteral("%1 · %2").arg(m_costs.orderNo, m_costs.customer));
    const qint64 profit = m_costs.profitFen();
    const QString profitColour = profit < 0 ? QStringLiteral("#c62828")
                                            : QStringLiteral("#2e7d32");
    QString text = tr("Revenue <b>%1</b> &nbsp; Actual cost <b>%2</b> &nbsp; "
                      "Profit <b><span style=\"color:%3\">%4</span></b> (%5)")
                       .arg(FinanceFormat::fen(m_costs.revenueFen),
                            FinanceFormat::fen(m_costs.actualFen()), profitColour,
                            FinanceFormat::fen(profit), FinanceFormat::margin(m_costs.margin()));
    if (m_costs.estimate) {
        text += QStringLiteral(" &nbsp;|&nbsp; ")
                + tr("Estimated cost %1, estimated profit %2")
                      .arg(FinanceFormat::fen(m_costs.estimateFen()),
                           FinanceFormat::fen(m_costs.estimatedProfitFen()));
        if (!m_costs.estimate->missing.isEmpty()) {
            const QString missing = m_costs.estimate->missing.join(QStringLiteral(", "));
            text += QStringLiteral("<br>")
                    + tr("No standard cost for: %1").arg(missing.toHtmlEscaped());
        }
    }
    m_summary->setText(text);
    m_chart->setCosts(m_costs);
    fillLines();
}

void OrderProfitPage::fillLines()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const CostLine &l : std::as_const(m_costs.lines)) {
        QList<QStandardItem *> row;
        row.reserve(ColumnCount);
        row.append(new QStandardItem(Widgets::SiteTime::format(l.occurredAt)));
        row.append(new QStandardItem(CostLine::kindName(l.kind)));
        row.append(new QStandardItem(l.description));
        QString quantity;
        if (l.kind == CostKind::Overhead) {
            quantity = FinanceFormat::fen(l.quantity.micros() / 10'000);
        } else if (l.unit == QLatin1String("h")) {
            // Hours read to the hundredth; the amount was computed from the exact seconds.
            const qint64 hundredths = CostLedger::mulDivRound(l.quantity.micros(), 1, 10'000);
            quantity = tr("%1 h").arg(QStringLiteral("%1.%2")
                                          .arg(hundredths / 100)
                                          .arg(hundredths % 100, 2, 10, QLatin1Char('0')));
        } else if (l.quantity.micros() != 0) {
            quantity = l.quantity.toString() + QLatin1Char(' ') + unitName(l.unit);
        }
        row.append(new QStandardItem(quantity));
        QString unitCost;
        if (l.kind == CostKind::Overhead)
            unitCost = FinanceFormat::margin(l.unitCost);
        else if (l.unitCost.micros() != 0)
            unitCost = FinanceFormat::fen(CostLedger::fenFromMicros(l.unitCost.micros()));
        row.append(new QStandardItem(unitCost));
        auto *amount = new QStandardItem(FinanceFormat::fen(l.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (l.amountFen < 0)
            amount->setForeground(QColor(0x2e, 0x7d, 0x32));
        row.append(amount);
        row[QuantityColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[UnitCostColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *source = new QStandardItem(sourceName(l.sourceTable) + QLatin1Char(' ')
                                         + l.sourceId.left(8));
        source->setToolTip(l.sourceTable + QLatin1Char(' ') + l.sourceId);
        row.append(source);
        row.append(new QStandardItem(Orders::Remakes::chargedToLabel(l.chargedTo)));
        row[0]->setData(l.sourceTable, SourceTableRole);
        row[0]->setData(l.sourceId, SourceIdRole);
        row[0]->setData(l.viaOrderId, ViaOrderRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
}

void OrderProfitPage::activateRow(int row)
{
    const QStandardItem *item = m_model->item(row, 0);
    if (!item)
        return;
    const QString table = item->data(SourceTableRole).toString();
    const QString id = item->data(SourceIdRole).toString();
    const QString via = item->data(ViaOrderRole).toString();
    emit sourceActivated(table, id);
    if (Widgets::Links::canOpen(table) && Widgets::Links::open(table, id, this))
        return;
    if (!via.isEmpty()
        && Widgets::Links::open(QLatin1String(Widgets::Links::Order), via, this)) {
        return;
    }
    QMessageBox::information(this, tr("Cost source"),
                             tr("%1, row %2. No page shows this kind of source yet.")
                                 .arg(sourceName(table), id));
}

void OrderProfitPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

QString OrderProfitPage::sourceName(const QString &table)
{
    if (table == QLatin1String("stock_moves"))
        return tr("Stock move");
    if (table == QLatin1String("operations"))
        return tr("Operation report");
    if (table == QLatin1String("settings"))
        return tr("Overhead rate");
    if (table == QLatin1String("shipments"))
        return tr("Shipment");
    if (table == QLatin1String("purchase_order_lines"))
        return tr("Purchase order");
    if (table == QLatin1String("installation_settlements"))
        return tr("Installation settlement");
    return table;
}

QString OrderProfitPage::unitName(const QString &unit)
{
    if (unit == QLatin1String("m2"))
        return QStringLiteral("m²");
    if (unit == QLatin1String("piece"))
        return tr("pcs");
    if (unit == QLatin1String("set"))
        return tr("sets");
    return unit;
}

} // namespace Hearth::Finance
