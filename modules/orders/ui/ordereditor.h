#pragma once

#include "core/result.h"
#include "orders/salesorder.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Hearth::Orders {

class OrderLinesModel;

/// Creates or edits one sales order: header, customer, partners and lines. Problems are shown
/// next to the fields they concern (OrderRepository::validate and unreadable input); the dialog
/// closes only when the save function accepted the order.
class OrderEditor : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Core::Status(SalesOrder &order)>;

    explicit OrderEditor(const SalesOrder &order, QWidget *parent = nullptr);

    /// What a new order starts as: signed today, one line of one piece.
    static SalesOrder blankOrder();

    /// Called with the validated order when the user saves; an error keeps the dialog open.
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    /// The order as the fields describe it now.
    SalesOrder order() const;
    /// Validates and saves; true when the order was saved and the dialog accepted.
    bool trySave();

    /// The message shown beside a field ("customer", "mobile", "signed_on", "promised_on",
    /// "deposit", "lines"), or an empty string.
    QString errorText(const QString &field) const;

    QLineEdit *customerEdit() const { return m_customer; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *depositEdit() const { return m_deposit; }
    OrderLinesModel *linesModel() const { return m_lines; }

    void accept() override;

private:
    QLabel *errorLabel(const QString &key, QWidget *parent);
    QWidget *field(QWidget *editor, const QString &key);
    QComboBox *partnerCombo(const QString &kind, const Partner &current);
    Partner partnerFrom(const QComboBox *combo, const QString &kind) const;
    void splitAddress();
    void updateTotal();
    void showErrors(const QHash<QString, QStringList> &errors);

    SalesOrder m_original;
    SaveFunction m_save;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_channelOrderNo = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_district = nullptr;
    QLineEdit *m_street = nullptr;
    QComboBox *m_dealer = nullptr;
    QComboBox *m_store = nullptr;
    QComboBox *m_designer = nullptr;
    QDateEdit *m_signed = nullptr;
    QCheckBox *m_hasPromised = nullptr;
    QDateEdit *m_promised = nullptr;
    QLineEdit *m_deposit = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_general = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace Hearth::Orders
