#include "monthclosepage.h"

#include "financeformat.h"
#include "finance/costledger.h"
#include "storage/database.h"
#include "widgets/pageheader.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Finance {

namespace {

const QColor okColour(0x2e, 0x7d, 0x32);
const QColor warningColour(0xe6, 0x51, 0x00);
const QColor blockingColour(0xc6, 0x28, 0x28);
const QColor mutedColour(0x61, 0x61, 0x61);

QColor colourOf(MonthCheck::Status status)
{
    switch (status) {
    case MonthCheck::Status::Ok:
        return okColour;
    case MonthCheck::Status::Warning:
        return warningColour;
    case MonthCheck::Status::Blocking:
        break;
    }
    return blockingColour;
}

/// A filled disc with a tick, an exclamation mark or a cross, so that the status reads without
/// its colour too.
QIcon statusIcon(MonthCheck::Status status)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colourOf(status));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (status) {
    case MonthCheck::Status::Ok:
        p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
        break;
    case MonthCheck::Status::Warning:
        p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23.5));
        break;
    case MonthCheck::Status::Blocking:
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    }
    return QIcon(pixmap);
}

QStandardItem *moneyItem(qint64 fen, bool money)
{
    auto *item = new QStandardItem(money ? FinanceFormat::fen(fen) : QString::number(fen));
    item->setData(fen, MonthClosePage::FenRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *table(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

QString previousMonth()
{
    Storage::Connection &c = Storage::Database::connection();
    const QDate today = QDateTime::currentDateTimeUtc()
                            .toTimeZone(CostLedger::siteZone(c))
                            .date();
    return MonthClose::monthOf(today.addMonths(-1));
}

} // namespace

MonthClosePage::MonthClosePage(QWidget *parent) : QWidget(parent)
{
    auto *header = new Widgets::PageHeader(tr("Month close"), this);
    header->setSubtitle(tr("The checks before closing a month, its figures, closing and "
                           "reopening; click a check for what is behind it"));
    auto *refresh = new QAction(tr("Refresh"), this);
    connect(refresh, &QAction::triggered, this, &MonthClosePage::reload);
    header->addAction(refresh);

    m_month = new QDateEdit(this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    m_month->setMinimumDate(QDate(2000, 1, 1));
    m_month->setDate(MonthClose::firstDay(previousMonth()));
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            reload();
    });
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_month);
    bar->addSpacing(16);
    bar->addWidget(m_status, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_checks = new QStandardItemModel(0, CheckColumnCount, this);
    m_checks->setHorizontalHeaderLabels({tr("Status"), tr("Check"), tr("Count"),
                                         tr("Finding")});
    m_checksTable = table(m_checks, this);
    m_checksTable->setWordWrap(true);
    m_checksTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checksTable->horizontalHeader()->setSectionResizeMode(FindingColumn,
                                                            QHeaderView::Stretch);
    connect(m_checksTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showCheck(index.row()); });

    m_itemsTitle = new QLabel(tr("Click a check to list what is behind it."), this);
    m_itemsTitle->setStyleSheet(QStringLiteral("color: #616161;"));
    m_items = new QStandardItemModel(0, 3, this);
    m_items->setHorizontalHeaderLabels({tr("Order"), tr("Detail"), tr("Amount")});
    m_itemsTable = table(m_items, this);
    m_itemsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_itemsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QStandardItem *item = m_items->item(index.row(), 0);
        if (item && !item->data(OrderIdRole).toString().isEmpty())
            emit orderActivated(item->data(OrderIdRole).toString());
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_checksTable, 3);
    leftLayout->addWidget(m_itemsTitle);
    leftLayout->addWidget(m_itemsTable, 2);

    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_figures = new QStandardItemModel(0, FigureColumnCount, this);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Now"), tr("At close"),
                                          tr("Difference")});
    m_figuresTable = table(m_figures, this);
    m_figuresTable->horizontalHeader()->setSectionResizeMode(FigureTitleColumn,
                                                             QHeaderView::Stretch);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *figuresTitle = new QLabel(tr("Figures of the month"), this);
    QFont bold = figuresTitle->font();
    bold.setBold(true);
    figuresTitle->setFont(bold);
    rightLayout->addWidget(figuresTitle);
    rightLayout->addWidget(m_changes);
    rightLayout->addWidget(m_figuresTable, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_close = new QPushButton(tr("Close month"), this);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &MonthClosePage::closeMonth);
    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_reopen = new QPushButton(tr("Reopen…"), this);
    connect(m_reopen, &QPushButton::clicked, this, &MonthClosePage::askReopen);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_close);
    actions->addWidget(m_refusal, 1);
    actions->addWidget(m_reopen);

    m_reopenPanel = new QWidget(this);
    m_reason = new QLineEdit(m_reopenPanel);
    m_reason->setPlaceholderText(tr("Why the month is reopened (required)"));
    auto *confirm = new QPushButton(tr("Reopen"), m_reopenPanel);
    auto *cancel = new QPushButton(tr("Cancel"), m_reopenPanel);
    connect(confirm, &QPushButton::clicked, this, [this] { reopenMonth(m_reason->text()); });
    connect(m_reason, &QLineEdit::returnPressed, this,
            [this] { reopenMonth(m_reason->text()); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_reopenPanel->hide();
        m_reason->clear();
    });
    auto *reopenLayout = new QHBoxLayout(m_reopenPanel);
    reopenLayout->setContentsMargins(0, 0, 0, 0);
    reopenLayout->addWidget(new QLabel(tr("Reason:"), m_reopenPanel));
    reopenLayout->addWidget(m_reason, 1);
    reopenLayout->addWidget(confirm);
    reopenLayout->addWidget(cancel);
    m_reopenPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_reopenPanel);
    reload();
}

void MonthClosePage::setMonth(const QString &month)
{
    const QDate first = MonthClose::firstDay(month);
    if (!first.isValid())
        return;
    m_loading = true;
    m_month->setDate(first);
    m_loading = false;
    reload();
}

QString MonthClosePage::month() const
{
    return MonthClose::monthOf(m_month->date());
}

QString MonthClosePage::closeRefusal() const
{
    return m_refusal->text();
}

QString MonthClosePage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString MonthClosePage::statusText() const
{
    return m_status->text();
}

void MonthClosePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: #2e7d32;"));
    m_message->setVisible(!text.isEmpty());
}

bool MonthClosePage::reload()
{
    Storage::Connection &c = Storage::Database::connection();
    const QString shown = month();
    showMessage(QString(), false);
    m_checks->removeRows(0, m_checks->rowCount());
    m_items->removeRows(0, m_items->rowCount());
    m_figures->removeRows(0, m_figures->rowCount());
    m_checkList.clear();
    m_itemsTitle->setText(tr("Click a check to list what is behind it."));
    m_refusal->clear();
    m_close->setEnabled(false);
    m_reopen->setEnabled(false);

    const auto period = MonthClose::period(c, shown);
    const auto checks = MonthClose::checklist(c, shown);
    // A month closed before shows its figures against the snapshot of the last close.
    const bool closedBefore = period && !period->id.isEmpty();
    const auto figures = [&]() -> Core::Result<QList<FigureChange>> {
        if (closedBefore)
            return MonthClose::changesSinceClose(c, shown);
        const auto now = MonthClose::figures(c, shown);
        if (!now)
            return now.error();
        return MonthClose::entries(*now);
    }();
    for (const Core::Error *e : {period ? nullptr : &period.error(),
                                 checks ? nullptr : &checks.error(),
                                 figures ? nullptr : &figures.error()}) {
        if (e) {
            showMessage(e->message, true);
            m_status->clear();
            return false;
        }
    }
    m_period = *period;
    m_checkList = *checks;

    const QTimeZone zone = CostLedger::siteZone(c);
    switch (m_period.status) {
    case FinancePeriod::Status::Open:
        m_status->setText(tr("Open: never closed"));
        m_status->setStyleSheet(QString());
        break;
    case FinancePeriod::Status::Closed:
        m_status->setText(tr("Closed by %1 on %2")
                              .arg(m_period.closedBy,
                                   m_period.closedOn(zone).toString(Qt::ISODate)));
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
        break;
    case FinancePeriod::Status::Reopened:
        m_status->setText(tr("Reopened by %1: %2 (closed before by %3)")
                              .arg(m_period.reopenedBy, m_period.reopenReason,
                                   m_period.closedBy));
        m_status->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
        break;
    }

    for (const MonthCheck &check : m_checkList) {
        auto *status = new QStandardItem(statusIcon(check.status),
                                         MonthClose::checkStatusTitle(check.status));
        status->setData(int(check.status), StatusRole);
        status->setForeground(colourOf(check.status));
        auto *count = new QStandardItem(QString::number(check.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_checks->appendRow({status, new QStandardItem(check.title), count,
                             new QStandardItem(check.text)});
    }
    m_checksTable->resizeColumnToContents(StatusColumn);
    m_checksTable->resizeColumnToContents(CheckTitleColumn);
    m_checksTable->resizeColumnToContents(CountColumn);
    // What needs attention first: the first blocking check, else the first warning.
    int attention = -1;
    for (MonthCheck::Status wanted : {MonthCheck::Status::Blocking, MonthCheck::Status::Warning}) {
        for (qsizetype i = 0; i < m_checkList.size() && attention < 0; ++i) {
            if (m_checkList.at(i).status == wanted)
                attention = int(i);
        }
    }
    if (attention >= 0) {
        m_checksTable->selectRow(attention);
        showCheck(attention);
    }

    showFigures(*figures, closedBefore);

    if (m_period.isClosed()) {
        m_reopen->setEnabled(true);
        m_close->setToolTip(QString());
    } else {
        const Core::Status closable = MonthClose::closable(c, shown, m_checkList);
        m_close->setEnabled(closable.ok());
        if (!closable)
            m_refusal->setText(closable.error().message);
        m_close->setToolTip(m_refusal->text());
    }
    if (!m_period.isClosed())
        m_reopenPanel->hide();
    return true;
}

void MonthClosePage::showFigures(const QList<FigureChange> &figures, bool closed)
{
    int changed = 0;
    for (const FigureChange &f : figures) {
        // The main figures always; the others where the month has them.
        const bool main = f.key == QLatin1String("orders") || f.key == QLatin1String("revenue")
                          || f.key == QLatin1String("cost") || f.key == QLatin1String("profit")
                          || f.key == QLatin1String("received");
        if (!main && f.now == 0 && f.atClose == 0)
            continue;
        auto *title = new QStandardItem(f.title);
        if (main) {
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
        }
        QList<QStandardItem *> row{title, moneyItem(f.now, f.money)};
        if (closed) {
            row.append(moneyItem(f.atClose, f.money));
            QStandardItem *difference = moneyItem(f.difference(), f.money);
            if (f.difference() == 0) {
                difference->setText(QString());
            } else {
                ++changed;
                difference->setForeground(blockingColour);
                if (f.difference() > 0)
                    difference->setText(QStringLiteral("+") + difference->text());
            }
            row.append(difference);
        }
        m_figures->appendRow(row);
    }
    m_figuresTable->setColumnHidden(AtCloseColumn, !closed);
    m_figuresTable->setColumnHidden(DifferenceColumn, !closed);
    m_figuresTable->resizeColumnsToContents();
    m_figuresTable->horizontalHeader()->setSectionResizeMode(FigureTitleColumn,
                                                             QHeaderView::Stretch);
    if (!closed) {
        m_changes->setText(tr("Not closed yet: these figures are stored when the month closes."));
        m_changes->setStyleSheet(QStringLiteral("color: #616161;"));
    } else if (changed == 0) {
        m_changes->setText(tr("Nothing changed since the close."));
        m_changes->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        m_changes->setText(tr("%n figure(s) changed since the close (rows that arrived later, "
                              "such as a receipt from an offline desk).",
                              nullptr, changed));
        m_changes->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
}

void MonthClosePage::showCheck(int row)
{
    m_items->removeRows(0, m_items->rowCount());
    if (row < 0 || row >= m_checkList.size())
        return;
    const MonthCheck &check = m_checkList.at(row);
    bool orders = false;
    for (const CheckItem &item : check.items)
        orders = orders || !item.orderId.isEmpty();
    if (check.items.isEmpty())
        m_itemsTitle->setText(tr("%1: nothing to list.").arg(check.title));
    else if (orders)
        m_itemsTitle->setText(tr("%1: double click an order to open its settlement.")
                                  .arg(check.title));
    else
        m_itemsTitle->setText(tr("%1: what is behind it.").arg(check.title));
    for (const CheckItem &item : check.items) {
        auto *order = new QStandardItem(item.orderNo);
        order->setData(item.orderId, OrderIdRole);
        QStandardItem *amount = item.amountFen == 0 ? new QStandardItem()
                                                    : moneyItem(item.amountFen, true);
        if (item.amountFen < 0)
            amount->setForeground(blockingColour);
        m_items->appendRow({order, new QStandardItem(item.text), amount});
    }
    m_itemsTable->resizeColumnsToContents();
    m_itemsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

bool MonthClosePage::closeMonth()
{
    const QString shown = month();
    const auto closed = MonthClose::close(Storage::Database::connection(), shown,
                                          Storage::Database::currentUser());
    if (!closed) {
        reload();
        m_refusal->setText(closed.error().message);
        showMessage(closed.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("%1 is closed.").arg(shown), false);
    return true;
}

void MonthClosePage::askReopen()
{
    m_reopenPanel->show();
    m_reason->setFocus();
}

bool MonthClosePage::reopenMonth(const QString &reason)
{
    const QString shown = month();
    const auto reopened = MonthClose::reopen(Storage::Database::connection(), shown,
                                             Storage::Database::currentUser(), reason);
    if (!reopened) {
        showMessage(reopened.error().message, true);
        m_reopenPanel->show();
        return false;
    }
    m_reason->clear();
    m_reopenPanel->hide();
    reload();
    showMessage(tr("%1 is reopened.").arg(shown), false);
    return true;
}

} // namespace Hearth::Finance
