#pragma once

#include <QObject>

class QSocketNotifier;

namespace Hearth::Server {

/// SIGTERM and SIGINT as a Qt signal on the main thread: the handler only writes the signal's
/// number to a socket pair, and a QSocketNotifier reads it in the event loop, where stopping
/// is safe. One per process; it installs the handlers when first asked for.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    static TerminationWatcher *instance();
    ~TerminationWatcher() override;

    /// "SIGTERM", "SIGINT" or the number.
    static QString signalName(int signalNumber);

signals:
    void terminationRequested(int signalNumber);

private:
    explicit TerminationWatcher(QObject *parent);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Hearth::Server
