#pragma once

#include "core/result.h"
#include "parsedrow.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Hearth::Orders::Internal {

/// Parsed rows handed from the thread that reads a run's files to the one that writes them,
/// a few chunks at a time so that memory stays small whatever the size of the files.
class ParsedRows
{
public:
    struct Chunk
    {
        int file = 0;
        QList<ParsedRow> rows;
        int permille = 0;
        bool fileEnd = false;                // the last rows of the file
        std::optional<Core::Error> error;   // the file could not be opened or read
    };

    /// Waits while the writer is behind; false once the writer has stopped taking chunks.
    bool push(Chunk chunk);
    /// The next chunk; nullopt when the reader has finished and everything was taken.
    std::optional<Chunk> pop();
    void finish();
    void close();

private:
    static constexpr size_t maxChunks = 8;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    int m_waitingToPush = 0;
    int m_waitingToPop = 0;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace Hearth::Orders::Internal
