#pragma once

#include <QObject>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace Hearth::Users {

/// A new password typed twice, with a button that fills in a generated one and shows it so that
/// the administrator can hand it on. Adds its rows to the dialog's form.
class PasswordFields : public QObject
{
    Q_OBJECT

public:
    PasswordFields(QFormLayout *form, QWidget *parent);

    QString password() const;
    /// An empty string when the two entries agree and the password is acceptable, else why not.
    QString problem() const;

signals:
    void changed();

private:
    void generate();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_show = nullptr;
};

} // namespace Hearth::Users
