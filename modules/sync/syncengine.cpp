#include "syncengine.h"

#include "core/hybridclock.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace Hearth::Sync {

SyncEngine::SyncEngine(QString databasePath, SyncSettings settings, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_settings(std::move(settings))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setToken(const QString &token)
{
    m_settings.token = token;
    // A new sign-in may come while a request of this round waits for its answer in the
    // client's own event loop: the client must live on, with the token for what follows.
    if (m_client)
        m_client->setToken(token);
}

Core::Status SyncEngine::ensureOpen()
{
    if (!m_replica.isOpen()) {
        if (Core::Status opened = m_replica.open(m_path); !opened)
            return opened;
    }
    if (!m_client)
        m_client = std::make_unique<SyncClient>(m_settings);
    m_cancelled.storeRelaxed(0);
    return {};
}

Core::Result<SyncReport> SyncEngine::run()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    if (Core::Status s = ensureOpen(); !s)
        return s.error();
    if (Core::Status s = pushInto(&report); !s)
        return s.error();
    if (Core::Status s = pullInto(&report); !s)
        return s.error();
    qCInfo(lcSync) << "synced: pushed" << report.pushed << "pulled" << report.pulled
                   << "conflicts" << report.conflicts + report.refused + report.statusRefused
                   << "revision"
                   << report.lastRevision << "in" << timer.elapsed() << "ms";
    return report;
}

Core::Result<SyncReport> SyncEngine::push()
{
    SyncReport report;
    if (Core::Status s = ensureOpen(); !s)
        return s.error();
    if (Core::Status s = pushInto(&report); !s)
        return s.error();
    return report;
}

Core::Result<SyncReport> SyncEngine::pull()
{
    SyncReport report;
    if (Core::Status s = ensureOpen(); !s)
        return s.error();
    if (Core::Status s = pullInto(&report); !s)
        return s.error();
    return report;
}

Core::Status SyncEngine::pushInto(SyncReport *report)
{
    // A server whose body limit is below this desk's batches (413) gets halves of them.
    int batch = qMax(1, m_settings.pushBatch);
    while (!m_cancelled.loadRelaxed()) {
        Core::Result<QList<PushEntry>> entries = m_replica.pendingEntries(batch);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            return {};
        qint64 bytes = 0;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            bytes += QJsonDocument(Protocol::pushJson({entries->at(i)}))
                         .toJson(QJsonDocument::Compact).size();
            if (i > 0 && bytes > m_settings.maxPushBytes) {
                entries.value().resize(i);
                break;
            }
        }
        // Without an answer nothing is marked sent: the same change ids go again next time,
        // and the server answers them as duplicates.
        const Core::Result<QList<PushResult>> results = m_client->push(*entries);
        if (!results && m_client->lastStatus() == 413 && entries->size() > 1) {
            batch = int(entries->size() / 2);
            qCInfo(lcSync) << "the server takes smaller pushes: now" << batch << "changes each";
            continue;
        }
        if (!results)
            return results.error();
        if (Core::Status s = m_replica.recordAnswer(*entries, *results); !s)
            return s;
        for (const PushResult &r : *results) {
            switch (r.outcome) {
            case Outcome::Applied:
                ++report->applied;
                break;
            case Outcome::Duplicate:
                ++report->duplicates;
                break;
            case Outcome::Conflict:
                ++report->conflicts;
                break;
            case Outcome::Refused:
                ++report->refused;
                break;
            case Outcome::StatusRefused:
                ++report->statusRefused;
                break;
            }
        }
        report->pushed += int(entries->size());
        ++report->batches;
        emit progress(report->pushed, report->pulled);
    }
    return {};
}

Core::Status SyncEngine::pullInto(SyncReport *report)
{
    qint64 after = m_replica.lastRevision();
    const int limit = qBound(1, m_settings.pullLimit, Protocol::MaxPullLimit);
    while (!m_cancelled.loadRelaxed()) {
        const Core::Result<PullPage> page = m_client->pull(after, limit);
        if (!page)
            return page.error();
        if (page->next < after || (page->more && page->next == after)) {
            return Core::Error{tr("the sync server went back to revision %1 from %2")
                                   .arg(page->next).arg(after), {}};
        }
        if (m_clock) {
            for (const PulledChange &c : page->changes)
                m_clock->observe(c.hlc);
        }
        if (Core::Status s = m_replica.applyPage(*page); !s)
            return s;
        after = page->next;
        report->pulled += int(page->changes.size());
        ++report->pages;
        report->lastRevision = after;
        report->head = page->head;
        emit downloadProgress(after, page->head);
        emit progress(report->pushed, report->pulled);
        if (!page->more)
            break;
    }
    report->lastRevision = after;
    return {};
}

void SyncEngine::syncNow()
{
    const Core::Result<SyncReport> result = run();
    emit finished(result.ok(), result.ok() ? QString() : result.error().toString());
}

} // namespace Hearth::Sync
