#pragma once

#include "widgets/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace Hearth::Sync {

class SyncService;

/// Registers sync (同步) with the shell: the sync page (status, "sync now", settings and the
/// conflict list) and the sync field of the status bar. The module keeps one SyncService for
/// the open database, so that sync runs in the background whichever page is shown.
class SyncModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Sync::SyncModule)

public:
    static constexpr char StatusPageId[] = "sync.status";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QStringList permissions() const override;
    /// The sync page's entry shows the open conflicts, urgent when there are any.
    Widgets::PageBadge pageBadge(const QString &pageId) const override;
    QWidget *createStatusWidget(QWidget *parent) override;

    /// The service of the open database, made on first use and again when another database
    /// is opened; nullptr while none is open.
    static SyncService *service();
};

} // namespace Hearth::Sync

/// Called by the shell at start; adds the sync module to Widgets::ModuleRegistry.
void hearthRegisterModule_sync();
