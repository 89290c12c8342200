#pragma once

#include "finance/dealerstatement.h"
#include "finance/rebateledger.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Hearth::Finance {

class RebatePolicyEditor;

/// A dealer's statement (对账单) for a chosen period, with its export to xlsx and PDF and the
/// dealer's confirmation, beside the credit limit and the rebate ledger (返利台账): progress of
/// each policy period to its next tier, settling what is due and clawing back (追回) what was
/// paid too much; and the rebate policies (返利政策), made, changed and ended in the page.
class DealersPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "finance.dealers";

    enum EntryColumn { DateColumn, KindColumn, ReferenceColumn, AmountColumn, BalanceColumn,
                       EntryColumnCount };
    enum RebateColumn { PolicyColumn, PeriodColumn, VolumeColumn, RateColumn, EarnedColumn,
                        SettledColumn, DueColumn, StatusColumn, ProgressColumn, NextTierColumn,
                        RebateColumnCount };
    enum PolicyListColumn { PolicyCodeColumn, PolicyNameColumn, PolicyDealerColumn,
                            PolicyTermsColumn, PolicyValidColumn, PolicyTiersColumn,
                            PolicySettledColumn, PolicyListColumnCount };

    explicit DealersPage(QWidget *parent = nullptr);

    /// Shows a dealer (org unit id) for from..to; false (with the reason shown) on an error.
    bool showStatement(const QString &dealerUnitId, QDate from, QDate to);
    /// Builds the statement and the ledger again for the current choice.
    bool reload();

    const DealerStatement &statement() const { return m_statement; }
    QStandardItemModel *entries() const { return m_entries; }
    QStandardItemModel *rebates() const { return m_rebates; }
    /// Pays what the rebate row (of rebates()) has earned and was not settled, or claws back
    /// what it was paid too much, dated today.
    bool settleRow(int row);

    /// Every rebate policy, one a row of policies().
    QStandardItemModel *policies() const { return m_policies; }
    RebatePolicyEditor *policyEditor() const { return m_editor; }
    /// Brings the policies forward, with the editor open on a new policy.
    void newPolicy();
    /// The editor on the policy of the row of policies(); false for no such row.
    bool editPolicy(int row);
    /// The editor on the policy of the row, its end moved to day, ready to save.
    bool endPolicy(int row, QDate day);

private:
    void fillDealers();
    void pickDefaultPeriod();
    void fillSummary();
    void fillRebates();
    void fillPolicies();
    void showPolicyTab();
    void showError(const QString &message);
    void exportXlsx();
    void exportPdf();
    void confirm();
    void setCreditLimit();
    QString savePath(const QString &caption, const QString &suffix);

    QComboBox *m_dealer = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_figures;  // opening, orders, payments, rebates, closing
    QLabel *m_credit = nullptr;
    QLabel *m_ledgerNote = nullptr;
    QLabel *m_confirmation = nullptr;
    QTableView *m_entryTable = nullptr;
    QTableView *m_rebateTable = nullptr;
    QStandardItemModel *m_entries = nullptr;
    QStandardItemModel *m_rebates = nullptr;
    QTabWidget *m_rebateTabs = nullptr;
    QTableView *m_policyTable = nullptr;
    QStandardItemModel *m_policies = nullptr;
    RebatePolicyEditor *m_editor = nullptr;
    QList<RebatePolicy> m_policyList;
    QAction *m_xlsx = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_settle = nullptr;
    QAction *m_limit = nullptr;
    QAction *m_editPolicy = nullptr;
    QAction *m_endPolicy = nullptr;
    DealerStatement m_statement;
    QList<RebatePeriodStatus> m_ledger;
    bool m_loading = false;
};

} // namespace Hearth::Finance
