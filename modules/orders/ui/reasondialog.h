#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Hearth::Orders {

/// Asks for the reason of an action on an order (作废、删除): the order's number, what the
/// action does, and a reason that must not be empty. Opened with open(); accepted() carries on.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &text);

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Hearth::Orders
