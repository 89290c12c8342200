#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Hearth::Storage {

/// Copies the write-ahead log into the database file from a thread and connection of its own,
/// so that no commit pays for a checkpoint: with WAL and synchronous=NORMAL a commit is an
/// append to the log, and the checkpoint SQLite would otherwise run inside every thousandth
/// commit (writing and syncing the whole log) is what made a scan's commit slow now and then.
/// Passive checkpoints: they never wait for a reader or block a writer, and a log a reader
/// still needs is copied on a later round.
class Checkpointer
{
public:
    static constexpr int IntervalMs = 200;

    Checkpointer() = default;
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /// Starts checkpointing path; false (and nothing running) when the file cannot be opened.
    bool start(const QString &path);
    /// Stops and joins the thread, after one last round.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

private:
    void run();

    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

} // namespace Hearth::Storage
