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
class QTableView;

namespace Hearth::Finance {

/// A dealer's statement (对账单) for a chosen period, with its export to xlsx and PDF and the
/// dealer's confirmation, beside the credit limit and the rebate ledger (返利台账): progress of
/// each policy period to its next tier, and settling what is due.
class DealersPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "finance.dealers";

    enum EntryColumn { DateColumn, KindColumn, ReferenceColumn, AmountColumn, BalanceColumn,
                       EntryColumnCount };
    enum RebateColumn { PolicyColumn, PeriodColumn, VolumeColumn, RateColumn, EarnedColumn,
                        SettledColumn, DueColumn, ProgressColumn, NextTierColumn,
                        RebateColumnCount };

    explicit DealersPage(QWidget *parent = nullptr);

    /// Shows a dealer (org unit id) for from..to; false (with the reason shown) on an error.
    bool showStatement(const QString &dealerUnitId, QDate from, QDate to);
    /// Builds the statement and the ledger again for the current choice.
    bool reload();

    const DealerStatement &statement() const { return m_statement; }
    QStandardItemModel *entries() const { return m_entries; }
    QStandardItemModel *rebates() const { return m_rebates; }
    /// Pays what the rebate row (of rebates()) has earned and was not settled, dated today.
    bool settleRow(int row);

private:
    void fillDealers();
    void pickDefaultPeriod();
    void fillSummary();
    void fillRebates();
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
    QAction *m_xlsx = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_settle = nullptr;
    QAction *m_limit = nullptr;
    DealerStatement m_statement;
    QList<RebatePeriodStatus> m_ledger;
    bool m_loading = false;
};

} // namespace Hearth::Finance
