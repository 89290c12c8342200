#pragma once

#include "finance/rebatepolicy.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Hearth::Finance {

/// The form of one rebate policy (返利政策) on the dealers page: its terms and its tier table
/// (threshold in yuan, rate in per cent), with the problem that stops saving shown in the form.
/// A policy with settlements opens with only its name and end date open (RebatePolicies).
class RebatePolicyEditor : public QWidget
{
    Q_OBJECT

public:
    enum TierColumn { ThresholdColumn, RateColumn, TierColumnCount };

    explicit RebatePolicyEditor(QWidget *parent = nullptr);

    /// An empty form for a new policy: quarterly, retroactive, with tax, this year.
    void newPolicy(QDate today);
    void edit(const RebatePolicy &policy);
    /// The policy with its end moved to day (no earlier than its last settled period's end).
    void end(const RebatePolicy &policy, QDate day);
    /// The form as a policy, or none with the problem shown (a threshold or rate unreadable).
    std::optional<RebatePolicy> policy();
    /// Saves the form through RebatePolicies::save; false with the reason shown in the form.
    bool save();

    QString errorText() const;
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *dealerBox() const { return m_dealer; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *basisBox() const { return m_basis; }
    QDateEdit *startsEdit() const { return m_starts; }
    QDateEdit *endsEdit() const { return m_ends; }
    QTableWidget *tierTable() const { return m_tiers; }

    /// Translated names of a policy's choices, for the form and the list of policies.
    static QString periodTitle(RebatePolicy::Period period);
    static QString modeTitle(RebatePolicy::Mode mode);
    static QString basisTitle(RebatePolicy::Basis basis);
    /// "≥ ¥20,000.00: 2 %; ≥ ¥50,000.00: 3 %".
    static QString tiersText(const QList<RebateTier> &tiers);
    /// "3 %", "2.5 %".
    static QString rateText(qint64 micros);

signals:
    void saved(const QString &policyId);
    void closed();

private:
    void fillDealers();
    void load(const RebatePolicy &policy);
    void setTiers(const QList<RebateTier> &tiers);
    void lockSettledTerms(bool locked);
    void showError(const QString &message);

    QString m_id;
    std::optional<QDate> m_settledUntil;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_dealer = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_basis = nullptr;
    QDateEdit *m_starts = nullptr;
    QDateEdit *m_ends = nullptr;
    QTableWidget *m_tiers = nullptr;
    QPushButton *m_addTier = nullptr;
    QPushButton *m_removeTier = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Hearth::Finance
