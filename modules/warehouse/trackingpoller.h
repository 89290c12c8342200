#pragma once

#include "carrieradapter.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

struct TrackingPollResult
{
    int shipments = 0;  // asked about
    int newEvents = 0;
    int failed = 0;
    QStringList errors;  // one per failed shipment: "FH261205-001: ..."
    bool cancelled = false;
};

/// Refreshes the tracking of open shipments (shipped or exception, with a tracking number) in
/// the background: each poll runs on a worker thread with that thread's connection and its own
/// adapter, stores new events through ShipmentStore, notes each shipment's poll, and can be
/// cancelled at any point, also in the middle of a request or a back-off wait.
class TrackingPoller : public QObject
{
    Q_OBJECT

public:
    /// Makes the adapter for one poll, on the worker thread (a network manager belongs to the
    /// thread that made it); may fail, for instance when the settings are incomplete.
    using AdapterFactory =
        std::function<Core::Result<std::unique_ptr<CarrierAdapter>>(Storage::Connection &c)>;

    explicit TrackingPoller(AdapterFactory factory, QObject *parent = nullptr);
    ~TrackingPoller() override;

    /// The factory for the aggregator in the settings (AggregatorSettings::load).
    static AdapterFactory aggregatorFromSettings();

    /// Polls every intervalMs from now on, the first time at once; 0 stops the schedule.
    void setInterval(int intervalMs);
    /// Starts one poll unless one is running; false when one is.
    bool pollNow();
    /// Asks the running poll to stop; finished() follows with cancelled set.
    /// finished() comes after isRunning() turned false, so a slot may start the next poll.
    void cancel();
    bool isRunning() const;
    /// Cancels a running poll and waits for its thread to end.
    void shutdown();

signals:
    void started();
    void progress(int done, int total);
    void finished(const Hearth::Warehouse::TrackingPollResult &result);

private:
    void run();

    AdapterFactory m_factory;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Hearth::Warehouse

Q_DECLARE_METATYPE(Hearth::Warehouse::TrackingPollResult)
