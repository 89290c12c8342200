#pragma once

#include <QPointer>
#include <QToolButton>

namespace Hearth::Sync {

class SyncService;

/// The sync field of the shell's status bar: the service's state, the changes waiting to be
/// sent and the open conflicts; a click opens the sync page.
class SyncStatusWidget : public QToolButton
{
    Q_OBJECT

public:
    SyncStatusWidget(SyncService *service, QWidget *parent = nullptr);

    /// What the field says, as the status bar's syncText() reports it.
    QString statusText() const { return text(); }

private:
    void refresh();

    QPointer<SyncService> m_service;
};

} // namespace Hearth::Sync
