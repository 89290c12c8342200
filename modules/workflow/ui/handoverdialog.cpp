#include "handoverdialog.h"

#include "storage/database.h"
#include "users/ui/userdisplay.h"
#include "users/userstore.h"
#include "workflow/taskquery.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Hearth::Workflow {

HandOverDialog::HandOverDialog(const Task &task, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Hand Over Task"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *what = new QLabel(tr("Give \"%1\" to someone else. They find it in their tasks, "
                               "and the order's timeline records who handed it over and why.")
                                .arg(task.title),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_user = new QComboBox(this);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->completer()->setFilterMode(Qt::MatchContains);
    m_user->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_user->lineEdit()->setPlaceholderText(tr("type a name or pick one"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. on leave until Monday; 王芳 knows this customer"));
    form->addRow(tr("Hand over to:"), m_user);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("Hand Over"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HandOverDialog::updateState);
    connect(m_user->lineEdit(), &QLineEdit::textChanged, this, &HandOverDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &HandOverDialog::updateState);

    fillUsers(task);
    setMinimumWidth(460);
    updateState();
}

void HandOverDialog::fillUsers(const Task &task)
{
    struct Candidate
    {
        Users::User user;
        bool inPool = false;
    };
    QList<Candidate> candidates;
    const bool open = Storage::Database::isOpen();
    for (const Users::User &u : Users::UserStore::list()) {
        if (!u.active || u.id == task.assigneeId)
            continue;
        const bool inPool = open && TaskQuery::inPool(Storage::Database::connection(), u.id, task);
        candidates.append({u, inPool});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.inPool != b.inPool)
                             return a.inPool;
                         return Users::UserDisplay::name(a.user)
                                    .localeAwareCompare(Users::UserDisplay::name(b.user))
                             < 0;
                     });
    for (const Candidate &c : std::as_const(candidates)) {
        const QString role = Users::Roles::title(c.user.role);
        m_user->addItem(tr("%1 · %2").arg(Users::UserDisplay::name(c.user), role), c.user.id);
    }
    m_user->setCurrentIndex(-1);
}

QString HandOverDialog::userId() const
{
    // The typed text must name an offered user exactly; a half-typed name picks nobody.
    const int index = m_user->findText(m_user->currentText());
    return index >= 0 ? m_user->itemData(index).toString() : QString();
}

bool HandOverDialog::setUserId(const QString &userId)
{
    const int index = m_user->findData(userId);
    if (index < 0)
        return false;
    m_user->setCurrentIndex(index);
    return true;
}

QString HandOverDialog::reason() const
{
    return m_reason->text().trimmed();
}

void HandOverDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QStringList HandOverDialog::offeredUserIds() const
{
    QStringList ids;
    for (int i = 0; i < m_user->count(); ++i)
        ids.append(m_user->itemData(i).toString());
    return ids;
}

QPushButton *HandOverDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void HandOverDialog::updateState()
{
    okButton()->setEnabled(!userId().isEmpty() && !reason().isEmpty());
}

} // namespace Hearth::Workflow
