#include "passwordprompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Sync {

PasswordPrompt::PasswordPrompt(const QString &userName, const QString &server,
                               const QString &why, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncPasswordPrompt"));
    setWindowTitle(tr("Sign In to the Sync Server"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    if (!why.isEmpty()) {
        auto *reason = new QLabel(why, this);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), new QLabel(server, this));
    form->addRow(tr("User:"), new QLabel(userName, this));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

void PasswordPrompt::setPassword(const QString &password)
{
    m_password->setText(password);
}

} // namespace Hearth::Sync
