#pragma once

#include "widgets/module.h"

#include <QCoreApplication>

namespace Hearth::Users {

/// Registers user management with the shell: the page "users.list" for administrators.
class UsersModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Users::UsersModule)

public:
    static constexpr char ListPage[] = "users.list";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QStringList permissions() const override;
};

} // namespace Hearth::Users

/// Called by the shell's generated module list.
void hearthRegisterModule_users();
