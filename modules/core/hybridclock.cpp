#include "hybridclock.h"

#include <QDateTime>
#include <QStringList>

namespace Hearth::Core {

HybridClock::HybridClock(QString node) : m_node(std::move(node)) {}

QString HybridClock::format(qint64 ms, int counter, const QString &node)
{
    return QStringLiteral("%1-%2-%3")
        .arg(ms, 13, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(node);
}

QString HybridClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_lastMs, m_counter, m_node);
}

void HybridClock::observe(const QString &remote)
{
    const QStringList parts = remote.split(u'-');
    if (parts.size() < 2)
        return;
    bool okMs = false;
    bool okCounter = false;
    const qint64 ms = parts[0].toLongLong(&okMs);
    const int counter = parts[1].toInt(&okCounter);
    if (!okMs || !okCounter)
        return;
    QMutexLocker lock(&m_mutex);
    if (ms > m_lastMs) {
        m_lastMs = ms;
        m_counter = counter;
    } else if (ms == m_lastMs && counter > m_counter) {
        m_counter = counter;
    }
}

} // namespace Hearth::Core
