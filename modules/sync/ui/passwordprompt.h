#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Hearth::Sync {

/// Asks for the password of the sync server's account; the only window of the sync page that
/// waits for an answer. Shown with open(), so the shell keeps running behind it.
class PasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    PasswordPrompt(const QString &userName, const QString &server, const QString &why,
                   QWidget *parent = nullptr);

    QString password() const;
    void setPassword(const QString &password);

private:
    QLineEdit *m_password = nullptr;
};

} // namespace Hearth::Sync
