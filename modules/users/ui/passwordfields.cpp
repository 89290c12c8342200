#include "passwordfields.h"

#include "users/passwordhasher.h"
#include "users/userstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Hearth::Users {

PasswordFields::PasswordFields(QFormLayout *form, QWidget *parent) : QObject(parent)
{
    m_password = new QLineEdit(parent);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, UserStore::MinPasswordLength));
    m_repeat = new QLineEdit(parent);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setPlaceholderText(tr("type it again"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    auto *generateButton = new QPushButton(tr("Generate"), parent);
    generateButton->setToolTip(tr("Fill in a random password and show it"));
    row->addWidget(generateButton);

    m_show = new QCheckBox(tr("Show the password"), parent);
    form->addRow(tr("Password:"), row);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(QString(), m_show);

    connect(generateButton, &QPushButton::clicked, this, &PasswordFields::generate);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        const QLineEdit::EchoMode mode = on ? QLineEdit::Normal : QLineEdit::Password;
        m_password->setEchoMode(mode);
        m_repeat->setEchoMode(mode);
    });
    connect(m_password, &QLineEdit::textChanged, this, &PasswordFields::changed);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordFields::changed);
}

QString PasswordFields::password() const
{
    return m_password->text();
}

QString PasswordFields::problem() const
{
    if (const Core::Status s = UserStore::validatePassword(m_password->text()); !s)
        return s.error().message;
    if (m_password->text() != m_repeat->text())
        return tr("the two passwords differ");
    return {};
}

void PasswordFields::generate()
{
    const QString password = PasswordHasher::generate();
    m_password->setText(password);
    m_repeat->setText(password);
    m_show->setChecked(true);
}

} // namespace Hearth::Users
