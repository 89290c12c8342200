#pragma once

#include "core/result.h"
#include "deskreplica.h"
#include "syncclient.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace Hearth::Core {
class HybridClock;
}

namespace Hearth::Sync {

/// What one round of sync did.
struct SyncReport
{
    int pushed = 0;
    int batches = 0;
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    int refused = 0;
    int statusRefused = 0;  // status changes the process forbids, kept as conflicts
    int pulled = 0;
    int pages = 0;
    qint64 lastRevision = 0;
    qint64 head = 0;  // the server's highest revision in the user's scope at the last page
};

/// The desk's sync: pushes the outbox in batches, marking entries sent only once the server
/// has answered for them, then pulls every change after the last revision seen. Merging is
/// per field: each field takes the value of its latest HLC, a delete is final, events are
/// never merged, and a status change the order's process forbids comes back as a conflict.
/// The engine opens its own connection and network access on the thread that first runs it;
/// move it to a worker thread and call syncNow() there to keep the GUI free.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(QString databasePath, SyncSettings settings, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// The desk's clock, to be moved past every HLC pulled; optional.
    void setClock(Core::HybridClock *clock) { m_clock = clock; }
    void setToken(const QString &token);

    /// One blocking round: push everything, then pull everything.
    Core::Result<SyncReport> run();
    Core::Result<SyncReport> push();
    Core::Result<SyncReport> pull();
    /// Stops after the batch or page in flight.
    void cancel() { m_cancelled.storeRelaxed(1); }

    /// The replica on this engine's connection (open after the first run).
    DeskReplica &replica() { return m_replica; }

public slots:
    /// run(), reporting through finished().
    void syncNow();

signals:
    void progress(int pushed, int pulled);
    /// After each pulled page: the revision the desk has reached and the highest revision in
    /// the user's scope on the server (0 when the server does not say).
    void downloadProgress(qint64 next, qint64 head);
    void finished(bool ok, const QString &message);

private:
    Core::Status ensureOpen();
    Core::Status pushInto(SyncReport *report);
    Core::Status pullInto(SyncReport *report);

    QString m_path;
    SyncSettings m_settings;
    std::unique_ptr<SyncClient> m_client;
    DeskReplica m_replica;
    Core::HybridClock *m_clock = nullptr;
    QAtomicInt m_cancelled = 0;
};

} // namespace Hearth::Sync
