#pragma once

#include <QDialog>

namespace Hearth::Users {

/// Shows the administrator account that the first start created and its generated password,
/// with a button to copy it, until that administrator has signed in.
class InitialPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    InitialPasswordDialog(const QString &userName, const QString &password,
                          QWidget *parent = nullptr);
};

} // namespace Hearth::Users
