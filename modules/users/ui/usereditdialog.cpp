#include "usereditdialog.h"

#include "passwordfields.h"
#include "userdisplay.h"

#include "users/userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Users {

UserEditDialog::UserEditDialog(QWidget *parent) : QDialog(parent), m_creating(true)
{
    build();
}

UserEditDialog::UserEditDialog(const User &user, QWidget *parent)
    : QDialog(parent), m_user(user), m_creating(false)
{
    build();
}

void UserEditDialog::build()
{
    setWindowTitle(m_creating ? tr("New User") : tr("Edit User"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_userName = new QLineEdit(m_user.userName, this);
    m_userName->setPlaceholderText(tr("for signing in, e.g. wangfang"));
    m_userName->setReadOnly(!m_creating);
    m_displayName = new QLineEdit(UserDisplay::name(m_user), this);
    m_displayName->setPlaceholderText(tr("as colleagues know them, e.g. 王芳"));
    m_role = new QComboBox(this);
    for (Role role : Roles::all())
        m_role->addItem(Roles::title(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(m_user.role)));
    m_roleDescription = new QLabel(this);
    m_roleDescription->setObjectName(QStringLiteral("pageSubtitle"));
    m_roleDescription->setWordWrap(true);

    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(QString(), m_roleDescription);
    if (m_creating) {
        m_password = new PasswordFields(form, this);
        connect(m_password, &PasswordFields::changed, this, &UserEditDialog::updateState);
    }
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("errorText"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(m_creating ? tr("Create") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);
    connect(m_userName, &QLineEdit::textChanged, this, &UserEditDialog::updateState);
    connect(m_displayName, &QLineEdit::textChanged, this, &UserEditDialog::updateState);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserEditDialog::updateState);
    setMinimumWidth(460);
    updateState();
}

void UserEditDialog::updateState()
{
    m_roleDescription->setText(Roles::description(Role(m_role->currentData().toInt())));
    const bool complete = !m_userName->text().trimmed().isEmpty()
                          && !m_displayName->text().trimmed().isEmpty()
                          && (!m_password || !m_password->password().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
    m_problem->clear();
    m_problem->hide();
}

void UserEditDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void UserEditDialog::accept()
{
    const Role role = Role(m_role->currentData().toInt());
    if (m_creating) {
        if (const QString problem = m_password->problem(); !problem.isEmpty()) {
            showProblem(problem);
            return;
        }
        const Core::Result<User> created = UserStore::create(
            {m_userName->text(), m_displayName->text(), role, m_password->password()});
        if (!created) {
            showProblem(created.error().message);
            return;
        }
        m_user = created.value();
        QDialog::accept();
        return;
    }

    // The built-in administrator's default name shows in the interface language; it is kept
    // as it is unless someone typed another.
    if (m_displayName->text().trimmed() != UserDisplay::name(m_user)) {
        if (const Core::Status s = UserStore::setDisplayName(m_user.id, m_displayName->text());
            !s) {
            showProblem(s.error().message);
            return;
        }
    }
    if (role != m_user.role) {
        if (const Core::Status s = UserStore::setRole(m_user.id, role); !s) {
            showProblem(s.error().message);
            return;
        }
    }
    m_user = UserStore::findById(m_user.id).value_or(m_user);
    QDialog::accept();
}

} // namespace Hearth::Users
