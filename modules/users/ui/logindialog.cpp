#include "logindialog.h"

#include "users/userstore.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace Hearth::Users {

using Widgets::IconKind;
using Widgets::Theme;

LoginDialog::LoginDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign In to Hearth"));
    setObjectName(QStringLiteral("loginDialog"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("loginBanner"));
    banner->setStyleSheet(QStringLiteral(
        "#loginBanner { background: qlineargradient(x1:0, y1:0, x2:1, y2:1,"
        " stop:0 #1e3a8a, stop:1 #2563eb); }"
        "#loginBanner QLabel { color: white; background: transparent; }"));
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(28, 22, 28, 22);
    bannerLayout->setSpacing(14);
    auto *logo = new QLabel(banner);
    logo->setPixmap(Theme::logo(52));
    bannerLayout->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *product = new QLabel(tr("Hearth"), banner);
    product->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 700;"));
    auto *tagline = new QLabel(tr("Orders for custom furniture makers"), banner);
    tagline->setStyleSheet(QStringLiteral("color: #dbe7fe;"));
    titles->addWidget(product);
    titles->addWidget(tagline);
    bannerLayout->addLayout(titles, 1);
    layout->addWidget(banner);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(32, 22, 32, 22);
    bodyLayout->setSpacing(12);

    m_hint = new QLabel(body);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral(
        "background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 6px; padding: 8px;"
        " color: #1e3a8a;"));
    m_hint->hide();
    bodyLayout->addWidget(m_hint);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    m_userName = new QLineEdit(body);
    m_userName->setPlaceholderText(tr("user name"));
    m_userName->addAction(Theme::icon(IconKind::Users), QLineEdit::LeadingPosition);
    m_password = new QLineEdit(body);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password"));
    m_password->addAction(Theme::icon(IconKind::Lock), QLineEdit::LeadingPosition);
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Password:"), m_password);
    bodyLayout->addLayout(form);

    m_problem = new QLabel(body);
    m_problem->setObjectName(QStringLiteral("errorText"));
    m_problem->setWordWrap(true);
    m_problem->setMinimumHeight(m_problem->fontMetrics().height() * 2);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    bodyLayout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    auto *database = new QLabel(body);
    database->setObjectName(QStringLiteral("pageSubtitle"));
    database->setText(tr("Database: %1").arg(QFileInfo(databasePath).fileName()));
    database->setToolTip(QDir::toNativeSeparators(databasePath));
    buttons->addWidget(database, 1);
    auto *quit = new QPushButton(tr("Quit"), body);
    m_signIn = new QPushButton(tr("Sign In"), body);
    m_signIn->setDefault(true);
    m_signIn->setMinimumWidth(96);
    buttons->addWidget(quit);
    buttons->addWidget(m_signIn);
    bodyLayout->addLayout(buttons);
    layout->addWidget(body, 1);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft <= 0) {
            m_countdown->stop();
            m_problem->clear();
        } else {
            m_problem->setText(
                tr("Too many wrong passwords. Try again in %n second(s).", nullptr,
                   m_secondsLeft));
        }
        updateState();
    });
    connect(quit, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::accept);
    connect(m_userName, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateState);

    const QString lastUser = QSettings().value(QStringLiteral("login/lastUser")).toString();
    if (!lastUser.isEmpty())
        setUserName(lastUser);
    setFixedWidth(440);
    updateState();
}

void LoginDialog::setUserName(const QString &userName)
{
    m_userName->setText(userName);
    if (!userName.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void LoginDialog::updateState()
{
    m_signIn->setEnabled(m_secondsLeft <= 0 && !m_userName->text().trimmed().isEmpty()
                         && !m_password->text().isEmpty());
}

void LoginDialog::startCountdown(int seconds)
{
    m_secondsLeft = seconds;
    m_problem->setText(
        tr("Too many wrong passwords. Try again in %n second(s).", nullptr, m_secondsLeft));
    m_countdown->start();
    updateState();
}

void LoginDialog::accept()
{
    const QString name = m_userName->text().trimmed();
    if (const int wait = UserStore::secondsToWait(name); wait > 0) {
        startCountdown(wait);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<User> result = UserStore::authenticate(name, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_password->clear();
        m_password->setFocus();
        if (const int wait = UserStore::secondsToWait(name); wait > 0)
            startCountdown(wait);
        else
            m_problem->setText(tr("Wrong user name or password, or the account is disabled."));
        return;
    }
    m_user = result.value();
    if (QSettings().value(QStringLiteral("login/rememberUser"), true).toBool())
        QSettings().setValue(QStringLiteral("login/lastUser"), m_user.userName);
    QDialog::accept();
}

} // namespace Hearth::Users
