#include "userspage.h"

#include "resetpassworddialog.h"
#include "userdisplay.h"
#include "usereditdialog.h"
#include "usertablemodel.h"

#include "users/permissions.h"
#include "users/userstore.h"
#include "widgets/pageheader.h"
#include "widgets/session.h"
#include "widgets/theme.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Users {

using Widgets::IconKind;
using Widgets::Theme;

UsersPage::UsersPage(QWidget *parent) : QWidget(parent)
{
    m_model = new UserTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_newAction = new QAction(Theme::icon(IconKind::Plus, Qt::white), tr("New User…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction = new QAction(Theme::icon(IconKind::Edit), tr("Edit…"), this);
    m_resetAction = new QAction(Theme::icon(IconKind::Key), tr("Reset Password…"), this);
    m_activeAction = new QAction(Theme::icon(IconKind::Lock), tr("Disable"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    m_header = new Widgets::PageHeader(tr("Users and Roles"), this);
    m_header->addAction(m_editAction);
    m_header->addAction(m_resetAction);
    m_header->addAction(m_activeAction);
    m_header->addAction(m_newAction, true);
    layout->addWidget(m_header);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by user name, name or role"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Theme::icon(IconKind::Search), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(360);
    layout->addWidget(m_filter);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(UserTableModel::UserName, Qt::AscendingOrder);
    body->addWidget(m_view, 1);

    auto *details = new QGroupBox(tr("Selected user"), this);
    details->setFixedWidth(300);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setSpacing(6);
    m_detailName = new QLabel(details);
    m_detailName->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_detailAccount = new QLabel(details);
    m_detailAccount->setObjectName(QStringLiteral("pageSubtitle"));
    m_detailRole = new QLabel(details);
    m_detailRole->setWordWrap(true);
    m_detailPermissionsTitle = new QLabel(tr("This role may:"), details);
    m_detailPermissionsTitle->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    m_detailPermissions = new QLabel(details);
    m_detailPermissions->setWordWrap(true);
    m_detailPermissions->setTextFormat(Qt::RichText);
    m_detailPermissions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_detailName);
    detailLayout->addWidget(m_detailAccount);
    detailLayout->addWidget(m_detailRole);
    detailLayout->addWidget(m_detailPermissionsTitle);
    detailLayout->addWidget(m_detailPermissions, 1);
    body->addWidget(details);
    layout->addLayout(body, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateDetails);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_newAction, &QAction::triggered, this, &UsersPage::createUser);
    connect(m_editAction, &QAction::triggered, this, &UsersPage::editUser);
    connect(m_resetAction, &QAction::triggered, this, &UsersPage::resetPassword);
    connect(m_activeAction, &QAction::triggered, this, &UsersPage::toggleActive);

    reload();
}

void UsersPage::reload()
{
    const std::optional<User> current = selectedUser();
    m_model->reload();
    m_view->resizeColumnsToContents();
    for (int c = 0; c < UserTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, qMax(m_view->columnWidth(c) + 24, 90));
    int activeCount = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        activeCount += m_model->user(r).active ? 1 : 0;
    const int disabledCount = m_model->rowCount() - activeCount;
    QString subtitle = tr("%n user(s) may sign in to this database", nullptr, activeCount);
    if (disabledCount > 0)
        subtitle += QStringLiteral(" · ") + tr("%n disabled", nullptr, disabledCount);
    m_header->setSubtitle(subtitle);
    if (current)
        selectUser(current->id);
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateDetails();
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->user(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::selectUser(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void UsersPage::updateDetails()
{
    const std::optional<User> user = selectedUser();
    m_editAction->setEnabled(user.has_value());
    m_resetAction->setEnabled(user.has_value());
    m_activeAction->setEnabled(user.has_value());
    m_detailPermissionsTitle->setVisible(user.has_value());
    if (!user) {
        m_detailName->setText(tr("No user selected"));
        m_detailAccount->clear();
        m_detailRole->clear();
        m_detailPermissions->clear();
        return;
    }
    const bool self = user->userName.compare(Widgets::Session::user().userName,
                                             Qt::CaseInsensitive)
                      == 0;
    m_activeAction->setEnabled(!self || !user->active);
    m_activeAction->setToolTip(self ? tr("You cannot disable your own account") : QString());
    m_activeAction->setText(user->active ? tr("Disable") : tr("Enable"));
    m_activeAction->setIcon(Theme::icon(user->active ? IconKind::Lock : IconKind::Unlock));
    m_detailName->setText(UserDisplay::name(*user));
    m_detailAccount->setText(user->active ? user->userName
                                          : tr("%1 · disabled").arg(user->userName));
    m_detailRole->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(Roles::title(user->role).toHtmlEscaped(),
                                   Roles::description(user->role).toHtmlEscaped()));
    QStringList items;
    for (const QString &p : Roles::permissions(user->role))
        items.append(QStringLiteral("<li>%1</li>").arg(Permissions::title(p).toHtmlEscaped()));
    m_detailPermissions->setText(
        QStringLiteral("<ul style=\"margin-left:-24px\">%1</ul>").arg(items.join(QString())));
}

void UsersPage::createUser()
{
    UserEditDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_filter->clear();
    reload();
    selectUser(dialog.user().id);
}

void UsersPage::editUser()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    UserEditDialog dialog(*user, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::resetPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    ResetPasswordDialog dialog(*user, this);
    if (dialog.exec() == QDialog::Accepted) {
        QMessageBox::information(this, tr("Password Set"),
                                 tr("%1 can now sign in with the new password.")
                                     .arg(UserDisplay::name(*user)));
    }
}

void UsersPage::toggleActive()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    if (user->active) {
        const auto answer = QMessageBox::question(
            this, tr("Disable User"),
            tr("Disable %1 (%2)? They can no longer sign in; what they did stays in the "
               "records.")
                .arg(UserDisplay::name(*user), user->userName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (const Core::Status s = UserStore::setActive(user->id, !user->active); !s) {
        QMessageBox::warning(this, tr("User Not Changed"), s.error().message);
        return;
    }
    reload();
}

} // namespace Hearth::Users
