#include "dealerspage.h"

#include "core/money.h"
#include "financeformat.h"
#include "rebatepolicyeditor.h"
#include "finance/dealercredit.h"
#include "finance/dealerstatements.h"
#include "finance/rebatepolicies.h"
#include "finance/statementexport.h"
#include "storage/database.h"
#include "widgets/filedialog.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "workflow/orgunits.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Finance {

namespace {

QDate siteToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(Widgets::SiteTime::zone()).date();
}

QString rateText(qint64 micros)
{
    // Rates are whole hundredths of a per cent in practice; show up to two decimals.
    const qint64 hundredths = micros / 100;
    QString text = QString::number(hundredths / 100);
    if (hundredths % 100 != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(hundredths % 100, 2, 10,
                                                            QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QStringLiteral(" %");
}

QStandardItem *moneyItem(qint64 fen)
{
    auto *item = new QStandardItem(FinanceFormat::fen(fen));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

DealersPage::DealersPage(QWidget *parent) : QWidget(parent)
{
    auto *header = new Widgets::PageHeader(tr("Dealer statements and rebates"), this);
    header->setSubtitle(tr("A dealer's account for a period, its credit and its rebates"));
    m_xlsx = new QAction(tr("Export xlsx…"), this);
    m_pdf = new QAction(tr("Export PDF…"), this);
    m_confirm = new QAction(tr("Record confirmation…"), this);
    m_limit = new QAction(tr("Credit limit…"), this);
    connect(m_xlsx, &QAction::triggered, this, &DealersPage::exportXlsx);
    connect(m_pdf, &QAction::triggered, this, &DealersPage::exportPdf);
    connect(m_confirm, &QAction::triggered, this, &DealersPage::confirm);
    connect(m_limit, &QAction::triggered, this, &DealersPage::setCreditLimit);
    header->addAction(m_limit);
    header->addAction(m_confirm);
    header->addAction(m_pdf);
    header->addAction(m_xlsx, true);
    if (!StatementExport::available()) {
        for (QAction *a : {m_xlsx, m_pdf}) {
            a->setEnabled(false);
            a->setToolTip(tr("This build of Hearth cannot write statements to files"));
        }
    }

    m_dealer = new QComboBox(this);
    m_dealer->setMinimumWidth(220);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Dealer:"), this));
    bar->addWidget(m_dealer);
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

    // The five figures of the statement, each a caption over its amount.
    auto *figures = new QHBoxLayout;
    const QStringList captions{tr("Opening balance"), tr("Orders"), tr("Payments"),
                               tr("Rebates"), tr("Closing balance")};
    for (const QString &caption : captions) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(tile);
        auto *title = new QLabel(caption, tile);
        title->setStyleSheet(QStringLiteral("color: #616161;"));
        auto *value = new QLabel(tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.35);
        big.setBold(true);
        value->setFont(big);
        v->addWidget(title);
        v->addWidget(value);
        figures->addWidget(tile, 1);
        m_figures.append(value);
    }
    m_credit = new QLabel(this);
    m_confirmation = new QLabel(this);
    m_confirmation->setWordWrap(true);

    m_entries = new QStandardItemModel(0, EntryColumnCount, this);
    m_entries->setHorizontalHeaderLabels(
        {tr("Date"), tr("Entry"), tr("Reference"), tr("Amount"), tr("Balance")});
    m_entryTable = makeTable(m_entries, this);

    m_rebates = new QStandardItemModel(0, RebateColumnCount, this);
    m_rebates->setHorizontalHeaderLabels({tr("Policy"), tr("Period"), tr("Volume"),
                                          tr("Rate reached"), tr("Earned"), tr("Settled"),
                                          tr("Due"), tr("Status"), tr("Progress"),
                                          tr("Next tier")});
    m_rebateTable = makeTable(m_rebates, this);
    m_settle = new QAction(tr("Settle rebate"), this);
    m_settle->setToolTip(tr("Pays what the period has earned and was not paid, or records the "
                            "claw-back of what it was paid too much"));
    m_settle->setEnabled(false);
    connect(m_settle, &QAction::triggered, this, [this] {
        const QModelIndex current = m_rebateTable->currentIndex();
        if (current.isValid())
            settleRow(current.row());
    });
    connect(m_rebateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_settle->setEnabled(current.isValid() && current.row() < m_ledger.size()
                                     && m_ledger.at(current.row()).dueFen() != 0);
            });

    auto *statementBox = new QGroupBox(tr("Statement"), this);
    auto *sv = new QVBoxLayout(statementBox);
    sv->addLayout(figures);
    auto *status = new QHBoxLayout;
    status->addWidget(m_confirmation, 1);
    status->addWidget(m_credit);
    sv->addLayout(status);
    sv->addWidget(m_entryTable, 1);

    auto *rebateBox = new QGroupBox(tr("Rebates"), this);
    auto *ledgerTab = new QWidget(rebateBox);
    auto *rv = new QVBoxLayout(ledgerTab);
    auto *rebateBar = new QHBoxLayout;
    m_ledgerNote = new QLabel(ledgerTab);
    m_ledgerNote->setStyleSheet(QStringLiteral("color: #616161;"));
    rebateBar->addWidget(m_ledgerNote, 1);
    auto *settleButton = new QPushButton(m_settle->text(), ledgerTab);
    settleButton->setToolTip(m_settle->toolTip());
    settleButton->setEnabled(false);
    connect(settleButton, &QPushButton::clicked, m_settle, &QAction::trigger);
    connect(m_settle, &QAction::changed, settleButton,
            [this, settleButton] { settleButton->setEnabled(m_settle->isEnabled()); });
    rebateBar->addWidget(settleButton);
    rv->addLayout(rebateBar);
    rv->addWidget(m_rebateTable, 1);

    // The policies, with the editor beside them once one is opened.
    auto *policyTab = new QWidget(rebateBox);
    m_policies = new QStandardItemModel(0, PolicyListColumnCount, this);
    m_policies->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Dealer"), tr("Terms"),
                                           tr("Valid"), tr("Tiers"), tr("Settled up to")});
    m_policyTable = makeTable(m_policies, policyTab);
    auto *newPolicyButton = new QPushButton(tr("New policy"), policyTab);
    m_editPolicy = new QAction(tr("Edit policy"), this);
    m_endPolicy = new QAction(tr("End policy"), this);
    m_endPolicy->setToolTip(tr("Ends the policy today, or after its last settled period"));
    auto *editButton = new QPushButton(m_editPolicy->text(), policyTab);
    auto *endButton = new QPushButton(m_endPolicy->text(), policyTab);
    endButton->setToolTip(m_endPolicy->toolTip());
    connect(newPolicyButton, &QPushButton::clicked, this, &DealersPage::newPolicy);
    connect(editButton, &QPushButton::clicked, m_editPolicy, &QAction::trigger);
    connect(endButton, &QPushButton::clicked, m_endPolicy, &QAction::trigger);
    connect(m_editPolicy, &QAction::triggered, this,
            [this] { editPolicy(m_policyTable->currentIndex().row()); });
    connect(m_endPolicy, &QAction::triggered, this,
            [this] { endPolicy(m_policyTable->currentIndex().row(), siteToday()); });
    connect(m_policyTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editPolicy(index.row()); });
    for (auto [action, button] : {std::pair{m_editPolicy, editButton},
                                  std::pair{m_endPolicy, endButton}}) {
        action->setEnabled(false);
        button->setEnabled(false);
        connect(action, &QAction::changed, button,
                [action, button] { button->setEnabled(action->isEnabled()); });
    }
    connect(m_policyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const bool any = current.isValid() && current.row() < m_policyList.size();
                m_editPolicy->setEnabled(any);
                m_endPolicy->setEnabled(any);
            });
    m_editor = new RebatePolicyEditor(policyTab);
    m_editor->hide();
    connect(m_editor, &RebatePolicyEditor::saved, this, [this](const QString &id) {
        fillPolicies();
        for (int row = 0; row < m_policyList.size(); ++row) {
            if (m_policyList.at(row).id == id)
                m_policyTable->selectRow(row);
        }
        reload();
    });
    auto *policyBar = new QHBoxLayout;
    policyBar->addWidget(newPolicyButton);
    policyBar->addWidget(editButton);
    policyBar->addWidget(endButton);
    policyBar->addStretch(1);
    auto *policyList = new QVBoxLayout;
    policyList->addLayout(policyBar);
    policyList->addWidget(m_policyTable, 1);
    auto *pv = new QHBoxLayout(policyTab);
    pv->addLayout(policyList, 3);
    pv->addWidget(m_editor, 2);

    m_rebateTabs = new QTabWidget(rebateBox);
    m_rebateTabs->addTab(ledgerTab, tr("Ledger"));
    m_rebateTabs->addTab(policyTab, tr("Policies"));
    auto *rebateLayout = new QVBoxLayout(rebateBox);
    rebateLayout->addWidget(m_rebateTabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(statementBox, 3);
    layout->addWidget(rebateBox, 2);

    fillDealers();
    pickDefaultPeriod();
    fillPolicies();
    connect(m_dealer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        pickDefaultPeriod();
        reload();
    });
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                reload();
        });
    }
    reload();
}

void DealersPage::fillDealers()
{
    m_loading = true;
    m_dealer->clear();
    if (Storage::Database::isOpen()) {
        for (const Workflow::OrgUnit &u :
             Workflow::OrgUnits::list(Storage::Database::connection())) {
            if (u.kind == Workflow::UnitKind::Dealer)
                m_dealer->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.id);
        }
    }
    m_loading = false;
}

// The month of the dealer's latest entry, so that a statement opens on figures; this month
// when there is none.
void DealersPage::pickDefaultPeriod()
{
    QDate day = siteToday();
    const QString unit = m_dealer->currentData().toString();
    if (!unit.isEmpty() && Storage::Database::isOpen()) {
        Storage::Statement q(Storage::Database::connection().handle(),
                             "SELECT MAX(entry_on) FROM dealer_account_entries "
                             "WHERE dealer_unit_id = ?");
        q.bind(1, unit);
        if (q.next() && !q.isNull(0))
            day = QDate::fromString(q.text(0), Qt::ISODate);
    }
    m_loading = true;
    m_from->setDate(QDate(day.year(), day.month(), 1));
    m_to->setDate(QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1));
    m_loading = false;
}

bool DealersPage::showStatement(const QString &dealerUnitId, QDate from, QDate to)
{
    m_loading = true;
    const int index = m_dealer->findData(dealerUnitId);
    if (index >= 0)
        m_dealer->setCurrentIndex(index);
    m_from->setDate(from);
    m_to->setDate(to);
    m_loading = false;
    return reload();
}

bool DealersPage::reload()
{
    m_message->hide();
    m_statement = DealerStatement();
    m_ledger.clear();
    const QString unit = m_dealer->currentData().toString();
    const bool any = !unit.isEmpty() && Storage::Database::isOpen();
    for (QAction *a : {m_confirm, m_limit})
        a->setEnabled(any);
    if (StatementExport::available()) {
        m_xlsx->setEnabled(any);
        m_pdf->setEnabled(any);
    }
    if (!any) {
        m_entries->removeRows(0, m_entries->rowCount());
        m_rebates->removeRows(0, m_rebates->rowCount());
        fillSummary();
        showError(tr("No dealer is set up: add an organisation unit of the kind Dealer."));
        return false;
    }
    Storage::Connection &c = Storage::Database::connection();
    const auto built = DealerStatements::build(c, unit, m_from->date(), m_to->date());
    if (!built) {
        showError(built.error().toString());
        return false;
    }
    m_statement = *built;
    m_entries->removeRows(0, m_entries->rowCount());
    for (const StatementEntry &e : m_statement.entries) {
        auto *amount = moneyItem(e.amountFen);
        if (e.amountFen < 0)
            amount->setForeground(QColor(0x2e, 0x7d, 0x32));
        m_entries->appendRow({new QStandardItem(e.on.toString(Qt::ISODate)),
                              new QStandardItem(DealerStatements::entryTitle(e)),
                              new QStandardItem(e.reference), amount, moneyItem(e.balanceFen)});
    }
    m_entryTable->resizeColumnsToContents();
    m_entryTable->horizontalHeader()->setSectionResizeMode(ReferenceColumn,
                                                           QHeaderView::Stretch);
    fillSummary();

    const auto ledger = RebateLedger::status(c, unit, m_to->date());
    if (!ledger) {
        showError(ledger.error().toString());
        return false;
    }
    m_ledger = *ledger;
    m_ledgerNote->setText(tr("Every policy period begun by %1, with its progress to the next "
                             "tier; settling pays what is due and not yet paid.")
                              .arg(m_to->date().toString(Qt::ISODate)));
    fillRebates();
    return true;
}

void DealersPage::fillSummary()
{
    const DealerStatement &s = m_statement;
    const qint64 values[] = {s.openingFen, s.ordersFen, s.paymentsFen, s.rebatesFen,
                             s.closingFen};
    for (qsizetype i = 0; i < m_figures.size(); ++i)
        m_figures.at(i)->setText(s.dealerUnitId.isEmpty() ? QStringLiteral("—")
                                                          : FinanceFormat::fen(values[i]));

    if (s.dealerUnitId.isEmpty()) {
        m_confirmation->clear();
        m_credit->clear();
        return;
    }
    if (!s.confirmation) {
        m_confirmation->setText(tr("Not yet confirmed by the dealer."));
        m_confirmation->setStyleSheet(QStringLiteral("color: #616161;"));
    } else if (s.changedSinceConfirmation()) {
        m_confirmation->setText(
            tr("Confirmed by %1 on %2 with a closing balance of %3; entries changed since: "
               "ask the dealer to confirm again.")
                .arg(s.confirmation->confirmedBy,
                     s.confirmation->confirmedOn.toString(Qt::ISODate),
                     FinanceFormat::fen(s.confirmation->closingFen)));
        m_confirmation->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else {
        m_confirmation->setText(tr("Confirmed by %1 on %2.")
                                    .arg(s.confirmation->confirmedBy,
                                         s.confirmation->confirmedOn.toString(Qt::ISODate)));
        m_confirmation->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    }

    Storage::Connection &c = Storage::Database::connection();
    const auto limit = DealerCredit::limit(c, s.dealerUnitId);
    const auto owes = DealerCredit::balance(c, s.dealerUnitId);
    if (!limit || !owes) {
        m_credit->setText(!limit ? limit.error().toString() : owes.error().toString());
        return;
    }
    if (!limit->has_value()) {
        m_credit->setText(tr("Owes %1 now; no credit limit.").arg(FinanceFormat::fen(*owes)));
        return;
    }
    m_credit->setText(tr("Owes %1 now of a credit limit of %2; %3 available.")
                          .arg(FinanceFormat::fen(*owes), FinanceFormat::fen(**limit),
                               FinanceFormat::fen(**limit - *owes)));
}

void DealersPage::fillRebates()
{
    m_rebates->removeRows(0, m_rebates->rowCount());
    for (const RebatePeriodStatus &st : std::as_const(m_ledger)) {
        auto *policy = new QStandardItem(QStringLiteral("%1 %2").arg(st.policy.code,
                                                                    st.policy.name));
        policy->setToolTip(st.policy.mode == RebatePolicy::Mode::Retroactive
                               ? tr("Retroactive: the rate reached applies to the whole volume")
                               : tr("Marginal: each rate applies to the volume in its band"));
        auto *rate = new QStandardItem(st.rateMicros > 0 ? rateText(st.rateMicros)
                                                         : tr("below the first tier"));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *due = moneyItem(st.dueFen());
        if (st.dueFen() != 0) {
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
        }
        auto *state = new QStandardItem(RebateLedger::stateTitle(st.state()));
        if (st.state() == RebatePeriodStatus::State::ClawBack) {
            state->setForeground(QColor(0xc6, 0x28, 0x28));
            state->setToolTip(tr("Settled %1 but now earns %2: settling records a claw-back "
                                 "of %3.")
                                  .arg(FinanceFormat::fen(st.settledFen),
                                       FinanceFormat::fen(st.earnedFen),
                                       FinanceFormat::fen(-st.dueFen())));
            due->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        const QString next = st.hasNextTier
                                 ? tr("%1 more to reach %2 (from %3)")
                                       .arg(FinanceFormat::fen(st.toNextTierFen()),
                                            rateText(st.nextRateMicros),
                                            FinanceFormat::fen(st.nextThresholdFen))
                                 : tr("top tier reached");
        m_rebates->appendRow({policy,
                              new QStandardItem(QStringLiteral("%1 – %2").arg(
                                  st.from.toString(Qt::ISODate), st.to.toString(Qt::ISODate))),
                              moneyItem(st.volumeFen), rate, moneyItem(st.earnedFen),
                              moneyItem(st.settledFen), due, state, new QStandardItem(),
                              new QStandardItem(next)});
    }
    m_rebateTable->resizeColumnsToContents();
    m_rebateTable->setColumnWidth(ProgressColumn, 160);
    m_rebateTable->horizontalHeader()->setSectionResizeMode(NextTierColumn,
                                                            QHeaderView::Stretch);
    // The progress to the next tier, drawn in its cell.
    for (int row = 0; row < m_ledger.size(); ++row) {
        const RebatePeriodStatus &st = m_ledger.at(row);
        auto *bar = new QProgressBar(m_rebateTable);
        bar->setRange(0, 1000);
        const qint64 permille =
            st.hasNextTier && st.nextThresholdFen > 0
                ? qBound(qint64(0), st.volumeFen * 1000 / st.nextThresholdFen, qint64(1000))
                : 1000;
        bar->setValue(int(permille));
        bar->setFormat(QStringLiteral("%p %"));
        bar->setAlignment(Qt::AlignCenter);
        bar->setToolTip(m_rebates->item(row, NextTierColumn)->text());
        m_rebateTable->setIndexWidget(m_rebates->index(row, ProgressColumn), bar);
    }
    m_settle->setEnabled(false);
}

bool DealersPage::settleRow(int row)
{
    if (row < 0 || row >= m_ledger.size())
        return false;
    const RebatePeriodStatus st = m_ledger.at(row);
    // The same click twice, or on two desks, for the same earnings pays once; the count of
    // settlements so far tells apart the same earnings seen again after a claw-back.
    const QString key = QStringLiteral("rebate:%1:%2:%3:%4:%5")
                            .arg(m_statement.dealerUnitId, st.policy.id,
                                 st.from.toString(Qt::ISODate))
                            .arg(st.earnedFen)
                            .arg(st.settlementCount);
    const auto paid = RebateLedger::settle(Storage::Database::connection(),
                                           m_statement.dealerUnitId, st.policy.id, st.from,
                                           siteToday(), key);
    if (!paid) {
        showError(paid.error().toString());
        return false;
    }
    fillPolicies();  // settled up to
    return reload();
}

void DealersPage::fillPolicies()
{
    m_policies->removeRows(0, m_policies->rowCount());
    m_policyList.clear();
    if (!Storage::Database::isOpen())
        return;
    Storage::Connection &c = Storage::Database::connection();
    const auto all = RebatePolicies::all(c);
    if (!all) {
        showError(all.error().toString());
        return;
    }
    m_policyList = *all;
    for (const RebatePolicy &p : std::as_const(m_policyList)) {
        QString dealer = tr("Every dealer");
        if (!p.dealerUnitId.isEmpty()) {
            const auto unit = Workflow::OrgUnits::find(c, p.dealerUnitId);
            dealer = unit ? QStringLiteral("%1 %2").arg(unit->code, unit->name) : p.dealerUnitId;
        }
        const auto settled = RebatePolicies::settledUntil(c, p.id);
        m_policies->appendRow(
            {new QStandardItem(p.code), new QStandardItem(p.name), new QStandardItem(dealer),
             new QStandardItem(QStringLiteral("%1, %2, %3").arg(
                 RebatePolicyEditor::periodTitle(p.period), RebatePolicyEditor::modeTitle(p.mode),
                 RebatePolicyEditor::basisTitle(p.basis))),
             new QStandardItem(QStringLiteral("%1 – %2").arg(p.startsOn.toString(Qt::ISODate),
                                                             p.endsOn.toString(Qt::ISODate))),
             new QStandardItem(RebatePolicyEditor::tiersText(p.tiers)),
             new QStandardItem(settled ? settled->toString(Qt::ISODate) : QString())});
        QStandardItem *tiers = m_policies->item(m_policies->rowCount() - 1, PolicyTiersColumn);
        tiers->setToolTip(tiers->text());
    }
    m_policyTable->resizeColumnsToContents();
    m_policyTable->horizontalHeader()->setStretchLastSection(true);
    m_editPolicy->setEnabled(false);
    m_endPolicy->setEnabled(false);
}

void DealersPage::showPolicyTab()
{
    m_rebateTabs->setCurrentIndex(1);
}

void DealersPage::newPolicy()
{
    showPolicyTab();
    m_editor->newPolicy(siteToday());
}

bool DealersPage::editPolicy(int row)
{
    if (row < 0 || row >= m_policyList.size())
        return false;
    showPolicyTab();
    m_editor->edit(m_policyList.at(row));
    return true;
}

bool DealersPage::endPolicy(int row, QDate day)
{
    if (row < 0 || row >= m_policyList.size())
        return false;
    showPolicyTab();
    m_editor->end(m_policyList.at(row), day);
    return true;
}

void DealersPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

QString DealersPage::savePath(const QString &caption, const QString &suffix)
{
    QFileDialog dialog(this, caption);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(QStringLiteral("%1-%2-%3.%4")
                          .arg(m_statement.dealerCode,
                               m_statement.from.toString(QStringLiteral("yyyyMMdd")),
                               m_statement.to.toString(QStringLiteral("yyyyMMdd")), suffix));
    Widgets::FileDialog::localise(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void DealersPage::exportXlsx()
{
    const QString path = savePath(tr("Export the statement as xlsx"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return;
    if (const Core::Status s = StatementExport::toXlsx(m_statement, path); !s)
        showError(s.error().toString());
}

void DealersPage::exportPdf()
{
    const QString path = savePath(tr("Export the statement as PDF"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (const Core::Status s = StatementExport::toPdf(m_statement, path); !s)
        showError(s.error().toString());
}

void DealersPage::confirm()
{
    bool ok = false;
    const QString who = QInputDialog::getText(
        this, tr("Record confirmation"),
        tr("Who at %1 confirmed the statement of %2 to %3 (closing balance %4)?")
            .arg(m_statement.dealerName, m_statement.from.toString(Qt::ISODate),
                 m_statement.to.toString(Qt::ISODate), FinanceFormat::fen(m_statement.closingFen)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto done = DealerStatements::confirm(Storage::Database::connection(), m_statement,
                                                who, siteToday());
    if (!done) {
        showError(done.error().toString());
        return;
    }
    reload();
}

void DealersPage::setCreditLimit()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Credit limit"),
        tr("The most %1 may owe, in yuan (order review holds orders above it):")
            .arg(m_statement.dealerName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto amount = Core::Decimal::parse(text.trimmed().remove(QLatin1Char(',')));
    if (!amount) {
        showError(tr("Expected an amount in yuan, such as 50000 or 50000.00, not “%1”.")
                      .arg(text));
        return;
    }
    const Core::Status s = DealerCredit::setLimit(Storage::Database::connection(),
                                                  m_statement.dealerUnitId,
                                                  Core::Money::fromDecimal(*amount).minor());
    if (!s) {
        showError(s.error().toString());
        return;
    }
    reload();
}

} // namespace Hearth::Finance
