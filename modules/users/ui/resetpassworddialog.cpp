#include "resetpassworddialog.h"

#include "passwordfields.h"
#include "userdisplay.h"

#include "users/userstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Users {

ResetPasswordDialog::ResetPasswordDialog(const User &user, QWidget *parent)
    : QDialog(parent), m_user(user)
{
    setWindowTitle(tr("Reset Password"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *intro = new QLabel(
        tr("Set a new password for %1 (%2). Hand it on in person; the old password stops "
           "working at once.")
            .arg(UserDisplay::name(user), user.userName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_password = new PasswordFields(form, this);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("errorText"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    connect(m_password, &PasswordFields::changed, m_problem, &QLabel::hide);
    setMinimumWidth(460);
}

void ResetPasswordDialog::accept()
{
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    if (const Core::Status s = UserStore::resetPassword(m_user.id, m_password->password()); !s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Hearth::Users
