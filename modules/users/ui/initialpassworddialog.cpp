#include "initialpassworddialog.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Users {

InitialPasswordDialog::InitialPasswordDialog(const QString &userName, const QString &password,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Hearth"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    auto *logo = new QLabel(this);
    logo->setPixmap(Widgets::Theme::logo(48));
    logo->setAlignment(Qt::AlignTop);
    top->addWidget(logo);
    auto *intro = new QLabel(
        tr("<b>This database is new, so Hearth created its administrator.</b><br>"
           "Write the password down now: once the administrator has signed in, it is not "
           "shown again. Then create an account for each colleague under Users and Roles."),
        this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(13);
    auto *name = new QLineEdit(userName, this);
    name->setReadOnly(true);
    auto *secret = new QLineEdit(password, this);
    secret->setReadOnly(true);
    secret->setFont(mono);
    auto *row = new QHBoxLayout;
    row->addWidget(secret, 1);
    auto *copy = new QPushButton(tr("Copy"), this);
    row->addWidget(copy);
    form->addRow(tr("User name:"), name);
    form->addRow(tr("Password:"), row);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("I Have Noted It"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &InitialPasswordDialog::accept);
    connect(copy, &QPushButton::clicked, this, [password, copy] {
        QApplication::clipboard()->setText(password);
        copy->setText(tr("Copied"));
    });
    setMinimumWidth(500);
}

} // namespace Hearth::Users
