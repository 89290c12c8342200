#include "dashboardpage.h"

#include "financeformat.h"
#include "trendchart.h"
#include "finance/costledger.h"
#include "finance/logging.h"
#include "storage/database.h"
#include "widgets/pageheader.h"

#include <QAction>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Finance {

namespace {

const QColor goodColour(0x2e, 0x7d, 0x32);
const QColor badColour(0xc6, 0x28, 0x28);
const QColor warningColour(0xe6, 0x51, 0x00);
const QString mutedStyle = QStringLiteral("color: #616161;");

/// "+¥1,234.00", "−¥82.50", "¥0.00".
QString signedFen(qint64 fen)
{
    return fen > 0 ? QStringLiteral("+") + FinanceFormat::fen(fen) : FinanceFormat::fen(fen);
}

/// The change against last month as a share of last month's value: "+12.3 %".
QString relative(qint64 now, qint64 before)
{
    if (before == 0)
        return {};
    const qint64 abs = before < 0 ? -before : before;
    const auto ratio = Core::Decimal::fromMicros(
        CostLedger::mulDivRound(now - before, Core::Decimal::One, abs));
    // A no-break space keeps "12.3 %" on one line when the tile wraps.
    const QString text = FinanceFormat::margin(ratio).replace(QLatin1Char(' '), QChar(0xa0));
    return ratio.micros() > 0 ? QStringLiteral("+") + text : text;
}

/// A difference of two margins in percentage points, to a tenth: "+1.2".
QString points(qint64 micros)
{
    const qint64 abs = micros < 0 ? -micros : micros;
    const qint64 tenths = (abs + 500) / 1000;
    const QString sign = tenths == 0 ? QString()
                                     : (micros < 0 ? QStringLiteral("−") : QStringLiteral("+"));
    return QStringLiteral("%1%2.%3").arg(sign).arg(tenths / 10).arg(tenths % 10);
}

qint64 fenOf(const DashboardMonth &m, DashboardPage::Tile tile)
{
    switch (tile) {
    case DashboardPage::RevenueTile:
        return m.figures.revenueFen;
    case DashboardPage::CostTile:
        return m.figures.costFen;
    case DashboardPage::ProfitTile:
        return m.figures.profitFen;
    case DashboardPage::ReceiptsTile:
        return m.figures.receivedNetFen();
    case DashboardPage::ReceivablesTile:
        return m.receivablesFen;
    case DashboardPage::MarginTile:
    case DashboardPage::TileCount:
        break;
    }
    return 0;
}

QList<QStandardItem *> attentionRow(DashboardPage::Target target, const QString &id,
                                    const QString &kind, const QString &subject,
                                    const QString &detail, std::optional<qint64> fen,
                                    const QColor &colour)
{
    QList<QStandardItem *> row{new QStandardItem(kind), new QStandardItem(subject),
                               new QStandardItem(detail), new QStandardItem()};
    if (fen) {
        row.last()->setText(FinanceFormat::fen(*fen));
        row.last()->setData(*fen, DashboardPage::FenRole);
        row.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (*fen < 0)
            row.last()->setForeground(badColour);
    }
    for (QStandardItem *item : row) {
        item->setData(int(target), DashboardPage::TargetRole);
        item->setData(id, DashboardPage::IdRole);
        item->setToolTip(detail);
    }
    row.first()->setForeground(colour);
    return row;
}

/// The wait cursor while the figures are read (seconds on a hundred thousand orders).
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent)
{
    auto *header = new Widgets::PageHeader(tr("Business overview"), this);
    header->setSubtitle(tr("A month's figures as the month close and the profit report give "
                           "them, the last 12 months, and what needs attention"));
    auto *refresh = new QAction(tr("Refresh"), this);
    connect(refresh, &QAction::triggered, this, &DashboardPage::reload);
    header->addAction(refresh);

    m_month = new QDateEdit(this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    m_month->setMinimumDate(QDate(2000, 1, 1));
    const QDate today = Storage::Database::isOpen()
                            ? DashboardFigures::siteToday(Storage::Database::connection())
                            : QDate::currentDate();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        if (m_attentionMonth.isEmpty())
            reload();
        else
            showMonth();
    });
    m_basis = new QLabel(this);
    m_basis->setStyleSheet(mutedStyle);
    m_basis->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_month);
    bar->addSpacing(16);
    bar->addWidget(m_basis, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QString titles[TileCount] = {tr("Revenue"),  tr("Cost"),
                                       tr("Gross profit"), tr("Margin"),
                                       tr("Received, net of refunds"), tr("Receivables open")};
    for (int t = 0; t < TileCount; ++t) {
        tiles->addWidget(makeTile(Tile(t), titles[t]), 0, t);
        tiles->setColumnStretch(t, 1);
    }

    m_chart = new TrendChart(this);
    auto *chartTitle = new QLabel(tr("Revenue and profit, last 12 months (by month signed)"),
                                  this);
    QFont bold = chartTitle->font();
    bold.setBold(true);
    chartTitle->setFont(bold);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(chartTitle);
    chartLayout->addWidget(m_chart, 1);

    m_attentionTitle = new QLabel(this);
    m_attentionTitle->setFont(bold);
    m_attention = new QStandardItemModel(0, AttentionColumnCount, this);
    m_attention->setHorizontalHeaderLabels({tr("What"), tr("Which"), tr("Detail"),
                                            tr("Amount")});
    m_attentionTable = new QTableView(this);
    m_attentionTable->setModel(m_attention);
    m_attentionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attentionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attentionTable->setAlternatingRowColors(true);
    m_attentionTable->setWordWrap(false);
    m_attentionTable->verticalHeader()->hide();
    m_attentionTable->horizontalHeader()->setSectionResizeMode(DetailColumn,
                                                               QHeaderView::Stretch);
    connect(m_attentionTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { activateAttention(index.row()); });
    connect(m_attentionTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { activateAttention(index.row()); });
    auto *attentionBox = new QWidget(this);
    auto *attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(0, 0, 0, 0);
    attentionLayout->addWidget(m_attentionTitle);
    attentionLayout->addWidget(m_attentionTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(chartBox);
    split->addWidget(attentionBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);
    reload();
}

QWidget *DashboardPage::makeTile(Tile tile, const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("dashboardTile"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#dashboardTile { background: palette(base); "
                                        "border: 1px solid #dcdcdc; border-radius: 6px; }"));
    TileLabels &labels = m_tiles[size_t(tile)];
    labels.title = new QLabel(title, frame);
    labels.title->setStyleSheet(mutedStyle);
    labels.value = new QLabel(frame);
    QFont big = labels.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    labels.value->setFont(big);
    labels.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    labels.previous = new QLabel(frame);
    labels.previous->setStyleSheet(mutedStyle);
    labels.change = new QLabel(frame);
    // Long amounts wrap rather than widen the page past 1280 pixels.
    for (QLabel *label : {labels.title, labels.previous, labels.change})
        label->setWordWrap(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(labels.title);
    layout->addWidget(labels.value);
    layout->addWidget(labels.previous);
    layout->addWidget(labels.change);
    layout->addStretch(1);
    return frame;
}

void DashboardPage::setMonth(const QString &month)
{
    const QDate first = MonthClose::firstDay(month);
    if (!first.isValid())
        return;
    m_loading = true;
    m_month->setDate(first);
    m_loading = false;
    if (m_attentionMonth.isEmpty())
        reload();
    else
        showMonth();
}

QString DashboardPage::month() const
{
    return MonthClose::monthOf(m_month->date());
}

QString DashboardPage::tileTitle(Tile tile) const
{
    return tile < TileCount ? m_tiles[size_t(tile)].title->text() : QString();
}

QString DashboardPage::tileValue(Tile tile) const
{
    return tile < TileCount ? m_tiles[size_t(tile)].value->text() : QString();
}

QString DashboardPage::tileChange(Tile tile) const
{
    if (tile >= TileCount)
        return {};
    return m_tiles[size_t(tile)].previous->text() + QLatin1Char('\n')
           + m_tiles[size_t(tile)].change->text();
}

QString DashboardPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DashboardPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool DashboardPage::reload()
{
    if (!Storage::Database::isOpen())
        return false;
    const WaitCursor wait;
    QElapsedTimer timer;
    timer.start();
    const bool shown = showMonth() && fillAttention(Storage::Database::connection());
    qCInfo(lcFinance) << "dashboard of" << month() << "in" << timer.elapsed() << "ms";
    return shown;
}

bool DashboardPage::showMonth()
{
    if (!Storage::Database::isOpen())
        return false;
    const WaitCursor wait;
    Storage::Connection &c = Storage::Database::connection();
    const QString shown = month();
    const QString before = MonthClose::monthOf(m_month->date().addMonths(-1));
    showMessage(QString());

    // The costs that arrived since they were last gathered count, as on the month close page.
    const auto gathered = CostLedger::gatherPending(c);
    const auto months = DashboardFigures::months(c, {shown, before});
    const auto trend = DashboardFigures::trend(c, shown, 12);
    for (const Core::Error *e : {gathered ? nullptr : &gathered.error(),
                                 months ? nullptr : &months.error(),
                                 trend ? nullptr : &trend.error()}) {
        if (e) {
            showMessage(e->message);
            return false;
        }
    }
    m_current = months->at(0);
    m_previous = months->at(1);
    m_basis->setText(tr("Revenue, cost and profit of the orders signed in %1; receipts "
                        "received in it; receivables open at its end. Compared with %2.")
                         .arg(shown, before));
    showTiles();
    m_chart->setMonths(*trend, shown);
    return true;
}

void DashboardPage::showTiles()
{
    for (int t = 0; t < TileCount; ++t) {
        const Tile tile = Tile(t);
        TileLabels &labels = m_tiles[size_t(t)];
        QString value;
        QString previous;
        QString change;
        int direction = 0;  // of the change: 1 up, -1 down
        if (tile == MarginTile) {
            const auto now = m_current.margin();
            const auto before = m_previous.margin();
            value = now ? FinanceFormat::margin(now) : QStringLiteral("—");
            previous = before ? FinanceFormat::margin(before) : QStringLiteral("—");
            if (now && before) {
                const qint64 diff = now->micros() - before->micros();
                change = tr("%1 pts").arg(points(diff));
                direction = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
            } else {
                change = QStringLiteral("—");
            }
        } else {
            const qint64 now = fenOf(m_current, tile);
            const qint64 before = fenOf(m_previous, tile);
            value = FinanceFormat::fen(now);
            previous = FinanceFormat::fen(before);
            change = signedFen(now - before);
            const QString share = relative(now, before);
            if (!share.isEmpty() && now != before)
                change += QStringLiteral(" (%1)").arg(share);
            direction = now > before ? 1 : (now < before ? -1 : 0);
        }
        if (tile == ProfitTile && m_current.figures.profitFen < 0)
            labels.value->setStyleSheet(QStringLiteral("color: #c62828;"));
        else
            labels.value->setStyleSheet(QString());
        labels.value->setText(value);
        labels.previous->setText(tr("Last month %1").arg(previous));
        labels.change->setText(tr("Change %1").arg(change));
        // More cost or more left to collect is the bad direction.
        const bool upIsBad = tile == CostTile || tile == ReceivablesTile;
        QColor colour = Qt::darkGray;
        if (direction != 0)
            colour = (direction > 0) != upIsBad ? goodColour : badColour;
        labels.change->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    }
}

bool DashboardPage::fillAttention(Storage::Connection &c)
{
    m_attention->removeRows(0, m_attention->rowCount());
    m_attentionMonth = DashboardFigures::lastEndedMonth(c);
    m_attentionTitle->setText(tr("Needs attention (month close and dealer statements of %1)")
                                  .arg(m_attentionMonth));
    const auto state = DashboardFigures::closeState(c, m_attentionMonth);
    const auto statements = DashboardFigures::unconfirmedStatements(c, m_attentionMonth);
    const auto orders = DashboardFigures::worstOrders(c, 10);
    for (const Core::Error *e : {state ? nullptr : &state.error(),
                                 statements ? nullptr : &statements.error(),
                                 orders ? nullptr : &orders.error()}) {
        if (e) {
            showMessage(e->message);
            return false;
        }
    }

    const QTimeZone zone = CostLedger::siteZone(c);
    const FinancePeriod &p = state->period;
    QString detail;
    QColor colour = goodColour;
    switch (p.status) {
    case FinancePeriod::Status::Closed:
        detail = tr("Closed by %1 on %2").arg(p.closedBy, p.closedOn(zone).toString(Qt::ISODate));
        break;
    case FinancePeriod::Status::Reopened:
    case FinancePeriod::Status::Open:
        colour = state->refusal.isEmpty() ? warningColour : badColour;
        detail = state->refusal.isEmpty()
                     ? tr("Not closed yet; every check passes, it can be closed")
                     : tr("Not closed: %1").arg(state->refusal);
        if (p.status == FinancePeriod::Status::Reopened)
            detail = tr("Reopened by %1 (%2). %3").arg(p.reopenedBy, p.reopenReason, detail);
        break;
    }
    m_attention->appendRow(attentionRow(Target::MonthClose, m_attentionMonth, tr("Month close"),
                                        m_attentionMonth, detail, std::nullopt, colour));

    for (const UnconfirmedStatement &s : *statements) {
        m_attention->appendRow(attentionRow(
            Target::Statement, s.dealerUnitId, tr("Dealer statement"),
            QStringLiteral("%1 %2").arg(s.code, s.name),
            s.changed ? tr("Changed after the dealer confirmed it: to confirm again")
                      : tr("No confirmed statement covers %1").arg(m_attentionMonth),
            std::nullopt, warningColour));
        QStandardItem *first = m_attention->item(m_attention->rowCount() - 1, 0);
        first->setData(s.from, FromRole);
        first->setData(s.to, ToRole);
    }

    for (const MarginRow &r : *orders) {
        const bool losing = r.profitFen() < 0;
        m_attention->appendRow(attentionRow(
            Target::Order, r.orderId, losing ? tr("Losing money") : tr("Below the margin"),
            r.orderNo,
            tr("%1 · revenue %2, cost %3, margin %4")
                .arg(r.customer, FinanceFormat::fen(r.revenueFen), FinanceFormat::fen(r.costFen),
                     FinanceFormat::margin(r.margin)),
            r.profitFen(), losing ? badColour : warningColour));
    }
    m_attentionTable->resizeColumnToContents(KindColumn);
    m_attentionTable->resizeColumnToContents(SubjectColumn);
    m_attentionTable->resizeColumnToContents(AmountColumn);
    return true;
}

void DashboardPage::activateAttention(int row)
{
    const QStandardItem *item = m_attention->item(row, 0);
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    switch (Target(item->data(TargetRole).toInt())) {
    case Target::Order:
        emit orderActivated(id);
        break;
    case Target::Statement:
        emit statementActivated(id, item->data(FromRole).toDate(),
                                item->data(ToRole).toDate());
        break;
    case Target::MonthClose:
        emit monthCloseActivated(id);
        break;
    }
}

} // namespace Hearth::Finance
