#include "syncstatuswidget.h"

#include "sync/syncservice.h"
#include "syncmodule.h"
#include "widgets/links.h"
#include "widgets/module.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

namespace Hearth::Sync {

namespace {
constexpr int IconSize = 14;
}

SyncStatusWidget::SyncStatusWidget(SyncService *service, QWidget *parent)
    : QToolButton(parent), m_service(service)
{
    setObjectName(QStringLiteral("syncStatus"));
    setProperty(Widgets::StatusFieldProperty, QStringLiteral("sync"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(IconSize, IconSize));
    setCursor(Qt::PointingHandCursor);
    connect(this, &QToolButton::clicked, this,
            [] { Widgets::Links::openPage(QLatin1String(SyncModule::StatusPageId)); });
    connect(service, &SyncService::stateChanged, this, &SyncStatusWidget::refresh);
    connect(service, &SyncService::countsChanged, this, &SyncStatusWidget::refresh);
    connect(service, &SyncService::downloadProgress, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::refresh()
{
    if (!m_service)
        return;
    QStringList parts{m_service->stateText(Widgets::SiteTime::zone())};
    if (m_service->pendingCount() > 0)
        parts.append(tr("%n to send", nullptr, int(m_service->pendingCount())));
    if (m_service->conflictCount() > 0)
        parts.append(tr("%n conflict(s)", nullptr, int(m_service->conflictCount())));
    const QString shown = parts.join(QStringLiteral(" · "));
    setText(shown);
    setAccessibleName(shown);

    QColor color(0x9ca3af);  // signed out, not set up
    switch (m_service->state()) {
    case SyncService::State::Idle:
    case SyncService::State::Syncing:
        color = m_service->conflictCount() > 0 ? QColor(0xd97706) : QColor(0x16a34a);
        break;
    case SyncService::State::Offline:
        color = QColor(0xd97706);
        break;
    case SyncService::State::Error:
        color = QColor(0xdc2626);
        break;
    case SyncService::State::SignedOut:
        break;
    }
    setIcon(Widgets::Theme::icon(Widgets::IconKind::Sync, color));
    const QString error = m_service->lastError();
    setToolTip(error.isEmpty() ? tr("Open the sync page")
                               : tr("%1\nOpen the sync page").arg(error));
}

} // namespace Hearth::Sync
