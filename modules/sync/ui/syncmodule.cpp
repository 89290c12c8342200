#include "syncmodule.h"

#include "storage/database.h"
#include "sync/syncservice.h"
#include "syncpage.h"
#include "syncstatuswidget.h"
#include "widgets/pagebadges.h"
#include "widgets/rowsarrived.h"
#include "widgets/theme.h"

namespace Hearth::Sync {

namespace {

struct ServiceHolder
{
    QPointer<SyncService> service;
    QString path;
};

ServiceHolder &holder()
{
    static ServiceHolder h;
    return h;
}

} // namespace

SyncService *SyncModule::service()
{
    if (!Storage::Database::isOpen())
        return nullptr;
    ServiceHolder &h = holder();
    const QString path = Storage::Database::path();
    if (h.service && h.path == path)
        return h.service;
    if (h.service)
        h.service->deleteLater();
    h.service = new SyncService(QCoreApplication::instance());
    h.path = path;
    QObject::connect(h.service, &SyncService::countsChanged, h.service,
                     [] { Widgets::PageBadges::notify(); });
    QObject::connect(h.service, &SyncService::rowsReceived, h.service,
                     [](int count) { Widgets::RowsArrived::notify(count); });
    return h.service;
}

QString SyncModule::id() const
{
    return QStringLiteral("sync");
}

QString SyncModule::name() const
{
    return tr("Sync");
}

QIcon SyncModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Sync);
}

QList<Widgets::PageInfo> SyncModule::pages() const
{
    return {{QLatin1String(StatusPageId), tr("Sync"), icon(), QString()}};
}

QWidget *SyncModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId != QLatin1String(StatusPageId))
        return nullptr;
    SyncService *s = service();
    return s ? new SyncPage(s, parent) : nullptr;
}

QStringList SyncModule::permissions() const
{
    return {};
}

Widgets::PageBadge SyncModule::pageBadge(const QString &pageId) const
{
    if (pageId != QLatin1String(StatusPageId) || !holder().service)
        return {};
    Widgets::PageBadge badge;
    badge.count = int(holder().service->conflictCount());
    badge.urgent = badge.count > 0;
    badge.toolTip = tr("%n sync conflict(s) to resolve", nullptr, badge.count);
    return badge;
}

QWidget *SyncModule::createStatusWidget(QWidget *parent)
{
    SyncService *s = service();
    return s ? new SyncStatusWidget(s, parent) : nullptr;
}

} // namespace Hearth::Sync

void hearthRegisterModule_sync()
{
    Hearth::Widgets::ModuleRegistry::add(new Hearth::Sync::SyncModule);
}
