#include "checkpointer.h"

#include "logging.h"

#include <sqlite3.h>

namespace Hearth::Storage {

Checkpointer::~Checkpointer()
{
    stop();
}

bool Checkpointer::start(const QString &path)
{
    stop();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "no background checkpoints for" << path << ":"
                             << sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 1000);
    // A connection that has read nothing has not opened the write-ahead log yet, and its
    // checkpoints would do nothing: read once.
    if (sqlite3_exec(m_db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "no background checkpoints for" << path << ":"
                             << sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void Checkpointer::stop()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const bool stopping = m_wake.wait_for(lock, std::chrono::milliseconds(IntervalMs),
                                              [this] { return m_stop; });
        lock.unlock();
        int logFrames = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 &logFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            qCWarning(lcStorage) << "background checkpoint failed:" << sqlite3_errmsg(m_db);
        lock.lock();
        if (stopping)
            return;
    }
}

} // namespace Hearth::Storage
