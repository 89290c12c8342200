#pragma once

#include <QMutex>
#include <QString>

namespace Hearth::Core {

/// Hybrid logical clock: physical milliseconds plus a counter, so that the order of changes
/// made on different desks survives clocks that disagree. Its text form sorts in time order.
class HybridClock
{
public:
    explicit HybridClock(QString node);

    /// A timestamp for a local change, later than every one this clock gave or saw.
    QString now();
    /// Takes in a timestamp that came from another node.
    void observe(const QString &remote);

    static QString format(qint64 ms, int counter, const QString &node);

private:
    QMutex m_mutex;
    QString m_node;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};

} // namespace Hearth::Core
