#include "rebatepolicyeditor.h"

#include "core/decimal.h"
#include "core/money.h"
#include "finance/rebatepolicies.h"
#include "financeformat.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hearth::Finance {

namespace {

/// "50,000.00 " or "¥50,000" as typed: the grouping, the sign of the yuan and spaces go.
QString plainNumber(QString text)
{
    text.remove(QLatin1Char(','));
    text.remove(QChar(0xFF0C));  // ，
    text.remove(QChar(0x00A5));  // ¥
    text.remove(QChar(0xFFE5));  // ￥
    text.remove(QLatin1Char('%'));
    text.remove(QChar(0xFF05));  // ％
    return text.trimmed();
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RebatePolicyEditor::RebatePolicyEditor(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #616161;"));
    m_note->hide();

    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("such as Q-2027"));
    m_name = new QLineEdit(this);
    m_dealer = new QComboBox(this);
    m_period = new QComboBox(this);
    for (auto p : {RebatePolicy::Period::Month, RebatePolicy::Period::Quarter,
                   RebatePolicy::Period::Year, RebatePolicy::Period::Whole})
        m_period->addItem(periodTitle(p), int(p));
    m_mode = new QComboBox(this);
    for (auto m : {RebatePolicy::Mode::Retroactive, RebatePolicy::Mode::Marginal})
        m_mode->addItem(modeTitle(m), int(m));
    m_mode->setToolTip(tr("Retroactive: the rate reached applies to the whole volume. "
                          "Marginal: each rate applies to the volume in its band."));
    m_basis = new QComboBox(this);
    for (auto b : {RebatePolicy::Basis::WithTax, RebatePolicy::Basis::WithoutTax})
        m_basis->addItem(basisTitle(b), int(b));
    m_basis->setToolTip(tr("Without tax: each order counts at its net amount, as its tax "
                           "document gives it."));
    m_starts = new QDateEdit(this);
    m_ends = new QDateEdit(this);
    for (QDateEdit *d : {m_starts, m_ends}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }

    m_tiers = new QTableWidget(0, TierColumnCount, this);
    m_tiers->setHorizontalHeaderLabels({tr("From volume (yuan)"), tr("Rate (%)")});
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->setDefaultSectionSize(m_tiers->fontMetrics().height() + 8);
    m_tiers->setMinimumHeight(4 * (m_tiers->fontMetrics().height() + 8) + 4);
    m_addTier = new QPushButton(tr("Add tier"), this);
    m_removeTier = new QPushButton(tr("Remove tier"), this);
    connect(m_addTier, &QPushButton::clicked, this, [this] {
        m_tiers->insertRow(m_tiers->rowCount());
        m_tiers->setCurrentCell(m_tiers->rowCount() - 1, ThresholdColumn);
    });
    connect(m_removeTier, &QPushButton::clicked, this, [this] {
        const int row = m_tiers->currentRow();
        m_tiers->removeRow(row >= 0 ? row : m_tiers->rowCount() - 1);
    });

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *saveButton = new QPushButton(tr("Save policy"), this);
    saveButton->setDefault(true);
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(saveButton, &QPushButton::clicked, this, &RebatePolicyEditor::save);
    connect(closeButton, &QPushButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Dealer:"), m_dealer);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_period);
    kinds->addWidget(m_mode);
    kinds->addWidget(m_basis);
    form->addRow(tr("Terms:"), kinds);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_ends);
    dates->addStretch(1);
    form->addRow(tr("Valid:"), dates);

    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(closeButton);
    buttons->addWidget(saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_tiers, 1);
    layout->addLayout(tierButtons);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    fillDealers();
}

void RebatePolicyEditor::fillDealers()
{
    m_dealer->clear();
    m_dealer->addItem(tr("Every dealer"), QString());
    if (!Storage::Database::isOpen())
        return;
    for (const Workflow::OrgUnit &u : Workflow::OrgUnits::list(Storage::Database::connection())) {
        if (u.kind == Workflow::UnitKind::Dealer)
            m_dealer->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.id);
    }
}

void RebatePolicyEditor::newPolicy(QDate today)
{
    RebatePolicy p;
    p.startsOn = QDate(today.year(), 1, 1);
    p.endsOn = QDate(today.year(), 12, 31);
    load(p);
    m_title->setText(tr("New rebate policy"));
    setTiers({{0, 0}});
    m_tiers->item(0, ThresholdColumn)->setText(QString());
    m_tiers->item(0, RateColumn)->setText(QString());
    m_code->setFocus();
}

void RebatePolicyEditor::edit(const RebatePolicy &policy)
{
    load(policy);
    m_title->setText(tr("Rebate policy %1").arg(policy.code));
}

void RebatePolicyEditor::end(const RebatePolicy &policy, QDate day)
{
    load(policy);
    m_title->setText(tr("End the rebate policy %1").arg(policy.code));
    QDate last = day;
    if (m_settledUntil && *m_settledUntil > last)
        last = *m_settledUntil;
    if (last < policy.startsOn)
        last = policy.startsOn;
    if (last < policy.endsOn)
        m_ends->setDate(last);
    m_ends->setFocus();
}

void RebatePolicyEditor::load(const RebatePolicy &p)
{
    fillDealers();
    m_id = p.id;
    m_settledUntil.reset();
    if (!p.id.isEmpty() && Storage::Database::isOpen())
        m_settledUntil = RebatePolicies::settledUntil(Storage::Database::connection(), p.id);
    m_error->hide();
    m_code->setText(p.code);
    m_name->setText(p.name);
    m_dealer->setCurrentIndex(qMax(0, m_dealer->findData(p.dealerUnitId)));
    m_period->setCurrentIndex(m_period->findData(int(p.period)));
    m_mode->setCurrentIndex(m_mode->findData(int(p.mode)));
    m_basis->setCurrentIndex(m_basis->findData(int(p.basis)));
    m_starts->setDate(p.startsOn);
    m_ends->setDate(p.endsOn);
    setTiers(p.tiers);
    lockSettledTerms(m_settledUntil.has_value());
    show();
}

void RebatePolicyEditor::setTiers(const QList<RebateTier> &tiers)
{
    m_tiers->setRowCount(0);
    for (const RebateTier &t : tiers) {
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        auto *threshold = new QTableWidgetItem(
            Core::Decimal::fromMicros(t.thresholdFen * 10'000).toString(2));
        threshold->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *rate =
            new QTableWidgetItem(Core::Decimal::fromMicros(t.rateMicros * 100).toString());
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tiers->setItem(row, ThresholdColumn, threshold);
        m_tiers->setItem(row, RateColumn, rate);
    }
}

void RebatePolicyEditor::lockSettledTerms(bool locked)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_code, m_dealer, m_period, m_mode,
                                                       m_basis, m_starts, m_addTier,
                                                       m_removeTier})
        w->setEnabled(!locked);
    m_tiers->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                    : QAbstractItemView::AllEditTriggers);
    if (locked) {
        m_note->setText(tr("Settled up to %1: only the name and the end date can change, and "
                           "the policy cannot end before that day. For new terms, end it and "
                           "add a new policy.")
                            .arg(m_settledUntil->toString(Qt::ISODate)));
    }
    m_note->setVisible(locked);
}

std::optional<RebatePolicy> RebatePolicyEditor::policy()
{
    RebatePolicy p;
    p.id = m_id;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.dealerUnitId = m_dealer->currentData().toString();
    p.period = RebatePolicy::Period(m_period->currentData().toInt());
    p.mode = RebatePolicy::Mode(m_mode->currentData().toInt());
    p.basis = RebatePolicy::Basis(m_basis->currentData().toInt());
    p.startsOn = m_starts->date();
    p.endsOn = m_ends->date();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QString thresholdText = cellText(m_tiers, row, ThresholdColumn);
        const QString rateText = cellText(m_tiers, row, RateColumn);
        if (thresholdText.isEmpty() && rateText.isEmpty())
            continue;  // a row added and left empty
        const auto threshold = Core::Decimal::parse(plainNumber(thresholdText));
        if (!threshold) {
            showError(tr("Tier %1: expected a threshold in yuan, such as 50000.00, not “%2”.")
                          .arg(QString::number(row + 1), thresholdText));
            return std::nullopt;
        }
        const auto rate = Core::Decimal::parse(plainNumber(rateText));
        // A rate in micros is a ten-thousandth of a per cent.
        if (!rate || rate->micros() % 100 != 0) {
            showError(tr("Tier %1: expected a rate in per cent with at most four decimals, "
                         "such as 2.5, not “%2”.")
                          .arg(QString::number(row + 1), rateText));
            return std::nullopt;
        }
        p.tiers.append({Core::Money::fromDecimal(*threshold).minor(), rate->micros() / 100});
    }
    return p;
}

bool RebatePolicyEditor::save()
{
    const auto p = policy();
    if (!p)
        return false;
    if (!Storage::Database::isOpen()) {
        showError(tr("No database is open."));
        return false;
    }
    const auto stored = RebatePolicies::save(Storage::Database::connection(), *p);
    if (!stored) {
        showError(stored.error().message);
        return false;
    }
    m_error->hide();
    edit(*stored);
    emit saved(stored->id);
    return true;
}

QString RebatePolicyEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RebatePolicyEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString RebatePolicyEditor::periodTitle(RebatePolicy::Period period)
{
    switch (period) {
    case RebatePolicy::Period::Month:
        return tr("Monthly");
    case RebatePolicy::Period::Quarter:
        return tr("Quarterly");
    case RebatePolicy::Period::Year:
        return tr("Yearly");
    case RebatePolicy::Period::Whole:
        return tr("Whole term");
    }
    return {};
}

QString RebatePolicyEditor::modeTitle(RebatePolicy::Mode mode)
{
    return mode == RebatePolicy::Mode::Retroactive ? tr("Retroactive") : tr("Marginal");
}

QString RebatePolicyEditor::basisTitle(RebatePolicy::Basis basis)
{
    return basis == RebatePolicy::Basis::WithTax ? tr("With tax") : tr("Without tax");
}

QString RebatePolicyEditor::tiersText(const QList<RebateTier> &tiers)
{
    QStringList parts;
    for (const RebateTier &t : tiers)
        parts.append(
            tr("≥ %1: %2").arg(FinanceFormat::fen(t.thresholdFen), rateText(t.rateMicros)));
    return parts.join(QStringLiteral("; "));
}

QString RebatePolicyEditor::rateText(qint64 micros)
{
    return Core::Decimal::fromMicros(micros * 100).toString() + QStringLiteral(" %");
}

} // namespace Hearth::Finance
