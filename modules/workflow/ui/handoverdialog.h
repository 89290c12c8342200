#pragma once

#include "workflow/taskstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Hearth::Workflow {

/// Hand over (转交) a task: pick the active user who takes it over, people of the task's pool
/// first, and say why. OK stays disabled until both are given.
class HandOverDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandOverDialog(const Task &task, QWidget *parent = nullptr);

    QString userId() const;
    /// Selects the user; false when the user is not offered.
    bool setUserId(const QString &userId);
    QString reason() const;
    void setReason(const QString &reason);
    /// The offered users' ids in the order the list shows them.
    QStringList offeredUserIds() const;
    QPushButton *okButton() const;

private:
    void fillUsers(const Task &task);
    void updateState();

    QComboBox *m_user = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Hearth::Workflow
