#include "orderfilterbar.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace Hearth::Orders {

namespace {

// A combo box that keeps its width: as wide as its entries for fixed lists; for lists from the
// data (dealers, provinces) as wide as its "all" entry or sample, long names showing in full
// in the open list.
QComboBox *makeCombo(QWidget *parent, const QString &allText, const QString &sample = {})
{
    auto *combo = new QComboBox(parent);
    combo->addItem(allText);
    combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    if (sample.isNull()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    // Text plus the frame and the arrow (about three digits' worth each side).
    const QFontMetrics metrics(combo->font());
    combo->setMinimumWidth(
        std::max(metrics.horizontalAdvance(allText), metrics.horizontalAdvance(sample))
        + 6 * metrics.horizontalAdvance(u'0') + 8);
    return combo;
}

QDateEdit *makeDate(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setVisible(false);
    return edit;
}

} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search order no., customer, mobile, address, product"));
    m_search->setToolTip(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 18);

    m_channel = makeCombo(this, tr("All channels"));
    for (int c = int(Channel::Store); c <= int(Channel::Other); ++c)
        m_channel->addItem(channelName(Channel(c)), c);

    m_status = makeCombo(this, tr("All statuses"));
    for (int s = int(OrderStatus::New); s <= int(OrderStatus::Cancelled); ++s)
        m_status->addItem(statusName(OrderStatus(s)), s);

    m_period = makeCombo(this, tr("Signed any time"));
    m_period->addItem(tr("Signed this month"), int(Period::ThisMonth));
    m_period->addItem(tr("Signed last month"), int(Period::LastMonth));
    m_period->addItem(tr("Signed last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Signed this year"), int(Period::ThisYear));
    m_period->addItem(tr("Signed last year"), int(Period::LastYear));
    m_period->addItem(tr("Signed between…"), int(Period::Custom));
    m_period->setItemData(0, int(Period::Any));
    m_from = makeDate(this);
    m_to = makeDate(this);
    m_from->setToolTip(tr("Signed on or after"));
    m_to->setToolTip(tr("Signed on or before"));

    m_dealer = makeCombo(this, tr("All dealers"), QStringLiteral("华南家居经销商"));
    m_province = makeCombo(this, tr("All provinces"), QStringLiteral("黑龙江省"));

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_channel);
    layout->addWidget(m_status);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_dealer);
    layout->addWidget(m_province);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &OrderFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrderFilterBar::emitChanged);
    for (QComboBox *combo : {m_channel, m_status, m_dealer, m_province}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &OrderFilterBar::emitChanged);
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, &OrderFilterBar::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &OrderFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &OrderFilterBar::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, &OrderFilterBar::clear);

    reloadChoices();
}

void OrderFilterBar::reloadChoices()
{
    if (!Storage::Database::isOpen())
        return;
    m_quiet = true;
    const QString dealer = m_dealer->currentData().toString();
    while (m_dealer->count() > 1)
        m_dealer->removeItem(1);
    for (const auto &[id, name] : OrderQuery::dealers())
        m_dealer->addItem(name, id);
    m_dealer->setCurrentIndex(std::max(0, m_dealer->findData(dealer)));

    const QString province = m_province->currentData().toString();
    while (m_province->count() > 1)
        m_province->removeItem(1);
    for (const QString &p : OrderQuery::provinces())
        m_province->addItem(p, p);
    m_province->setCurrentIndex(std::max(0, m_province->findData(province)));
    m_quiet = false;
    emitChanged();
}

void OrderFilterBar::clear()
{
    m_quiet = true;
    m_search->clear();
    m_searchTimer->stop();
    for (QComboBox *combo : {m_channel, m_status, m_period, m_dealer, m_province})
        combo->setCurrentIndex(0);
    m_quiet = false;
    periodChanged();
}

std::pair<QDate, QDate> OrderFilterBar::periodRange() const
{
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        return {};
    case Period::ThisMonth:
        return {monthStart, monthStart.addMonths(1).addDays(-1)};
    case Period::LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Period::Last30Days:
        return {today.addDays(-29), today};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Period::Custom:
        return {m_from->date(), m_to->date()};
    }
    return {};
}

void OrderFilterBar::periodChanged()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    if (custom && m_from->isHidden()) {
        m_quiet = true;
        const QDate today = QDate::currentDate();
        m_from->setDate(QDate(today.year(), today.month(), 1));
        m_to->setDate(today);
        m_quiet = false;
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emitChanged();
}

OrderFilter OrderFilterBar::filter() const
{
    OrderFilter f;
    if (m_channel->currentIndex() > 0)
        f.channel = Channel(m_channel->currentData().toInt());
    if (m_status->currentIndex() > 0)
        f.status = OrderStatus(m_status->currentData().toInt());
    std::tie(f.signedFrom, f.signedTo) = periodRange();
    f.dealerId = m_dealer->currentData().toString();
    f.province = m_province->currentData().toString();
    f.search = m_search->text().trimmed();
    return f;
}

void OrderFilterBar::emitChanged()
{
    if (m_quiet)
        return;
    m_searchTimer->stop();
    const OrderFilter f = filter();
    m_clear->setEnabled(!(f == OrderFilter()));
    if (f == m_last)
        return;
    m_last = f;
    emit filterChanged(f);
}

} // namespace Hearth::Orders
