#include "marginwatchpage.h"

#include "financeformat.h"
#include "finance/costledger.h"
#include "finance/marginwatch.h"
#include "storage/database.h"
#include "widgets/pageheader.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Finance {

MarginWatchPage::MarginWatchPage(QWidget *parent) : QWidget(parent)
{
    auto *header = new Widgets::PageHeader(tr("Orders below margin"), this);
    header->setSubtitle(tr("Orders losing money or earning less than the lowest margin"));
    auto *refresh = new QAction(tr("Refresh"), this);
    connect(refresh, &QAction::triggered, this, &MarginWatchPage::reload);
    header->addAction(refresh, true);

    m_margin = new QDoubleSpinBox(this);
    m_margin->setRange(-99.0, 99.0);
    m_margin->setDecimals(1);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_margin->setKeyboardTracking(false);
    const auto min = MarginWatch::minMargin(Storage::Database::connection());
    // The spin box shows tenths of a per cent: micros ÷ 1,000, an exact integer to show.
    m_margin->setValue(double((min ? *min : Core::Decimal()).micros() / 1000) / 10.0);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &MarginWatchPage::saveMargin);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Lowest margin:"), this));
    bar->addWidget(m_margin);
    bar->addStretch(1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Revenue"),
                                        tr("Cost"), tr("Profit"), tr("Margin")});
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QStandardItem *item = m_model->item(index.row(), OrderColumn);
        if (item)
            emit orderActivated(item->data(OrderIdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    reload();
}

bool MarginWatchPage::reload()
{
    Storage::Connection &c = Storage::Database::connection();
    m_message->hide();
    if (const auto pending = CostLedger::gatherPending(c); !pending) {
        m_message->setText(pending.error().toString());
        m_message->show();
        return false;
    }
    const auto min = MarginWatch::minMargin(c);
    if (!min) {
        m_message->setText(min.error().toString());
        m_message->show();
        return false;
    }
    const auto rows = MarginWatch::below(c, *min);
    if (!rows) {
        m_message->setText(rows.error().toString());
        m_message->show();
        return false;
    }
    m_model->removeRows(0, m_model->rowCount());
    const QColor loss(0xc6, 0x28, 0x28);
    for (const MarginRow &r : *rows) {
        auto *order = new QStandardItem(r.orderNo);
        order->setData(r.orderId, OrderIdRole);
        QList<QStandardItem *> row{order, new QStandardItem(r.customer),
                                   new QStandardItem(FinanceFormat::fen(r.revenueFen)),
                                   new QStandardItem(FinanceFormat::fen(r.costFen)),
                                   new QStandardItem(FinanceFormat::fen(r.profitFen())),
                                   new QStandardItem(FinanceFormat::margin(r.margin))};
        for (int col = RevenueColumn; col < ColumnCount; ++col)
            row[col]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.profitFen() < 0) {
            row[ProfitColumn]->setForeground(loss);
            row[MarginColumn]->setForeground(loss);
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    return true;
}

void MarginWatchPage::saveMargin()
{
    // Tenths of a per cent from the spin box, as an exact decimal.
    const qint64 tenths = qRound64(m_margin->value() * 10.0);
    const Core::Status s = MarginWatch::setMinMargin(Storage::Database::connection(),
                                                     Core::Decimal::fromMicros(tenths * 1000));
    if (!s) {
        m_message->setText(s.error().toString());
        m_message->show();
        return;
    }
    reload();
}

} // namespace Hearth::Finance
