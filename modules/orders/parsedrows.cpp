#include "parsedrows.h"

namespace Hearth::Orders::Internal {

bool ParsedRows::push(ParsedRows::Chunk chunk)
{
    std::unique_lock lock(m_mutex);
    ++m_waitingToPush;
    m_changed.wait(lock, [this] { return m_chunks.size() < maxChunks || m_closed; });
    --m_waitingToPush;
    if (m_closed)
        return false;
    m_chunks.push_back(std::move(chunk));
    const bool wake = m_waitingToPop > 0;
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    return true;
}

std::optional<ParsedRows::Chunk> ParsedRows::pop()
{
    std::unique_lock lock(m_mutex);
    ++m_waitingToPop;
    m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
    --m_waitingToPop;
    if (m_chunks.empty())
        return std::nullopt;
    Chunk chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    const bool wake = m_waitingToPush > 0;
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    return chunk;
}

void ParsedRows::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void ParsedRows::close()
{
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

} // namespace Hearth::Orders::Internal
