#pragma once

#include "orders/salesorder.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Hearth::Orders {

/// Makes a re-make (补件) of an order: how many of each of its lines to make again, why, and
/// who pays for it (Remakes). OK saves the new order; an error keeps the dialog open.
class RemakeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RemakeDialog(const QString &orderId, QWidget *parent = nullptr);

    /// False when the order could not be read (loadError() says why).
    bool isLoaded() const { return !m_order.id.isEmpty(); }
    QString loadError() const { return m_loadError; }
    const SalesOrder &order() const { return m_order; }

    /// The spin box of the order's line at index (in the order's line order).
    QDoubleSpinBox *quantityBox(int index) const { return m_quantities.value(index); }
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *partyBox() const { return m_party; }
    QLineEdit *responsibleEdit() const { return m_responsible; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString errorText() const;
    /// The re-make saved by OK; empty until then.
    QString createdOrderId() const { return m_createdId; }

    void accept() override;

signals:
    void created(const QString &orderId);

private:
    void showError(const QString &text);

    SalesOrder m_order;
    QString m_loadError;
    QList<QDoubleSpinBox *> m_quantities;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_party = nullptr;
    QLineEdit *m_responsible = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_createdId;
};

} // namespace Hearth::Orders
