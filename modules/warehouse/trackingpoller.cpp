#include "trackingpoller.h"

#include "aggregatortracking.h"
#include "shipmentstore.h"
#include "storage/database.h"

#include <QThread>

namespace Hearth::Warehouse {

TrackingPoller::TrackingPoller(AdapterFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    qRegisterMetaType<TrackingPollResult>();
    connect(&m_timer, &QTimer::timeout, this, [this] { pollNow(); });
}

TrackingPoller::~TrackingPoller()
{
    shutdown();
}

TrackingPoller::AdapterFactory TrackingPoller::aggregatorFromSettings()
{
    return [](Storage::Connection &c) -> Core::Result<std::unique_ptr<CarrierAdapter>> {
        auto settings = AggregatorSettings::load(c);
        if (!settings)
            return settings.error();
        return std::unique_ptr<CarrierAdapter>(new AggregatorTracking(*settings));
    };
}

void TrackingPoller::setInterval(int intervalMs)
{
    m_timer.stop();
    if (intervalMs <= 0)
        return;
    m_timer.start(intervalMs);
    pollNow();
}

bool TrackingPoller::isRunning() const
{
    return m_thread != nullptr;
}

void TrackingPoller::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TrackingPoller::shutdown()
{
    m_timer.stop();
    if (!m_thread)
        return;
    cancel();
    ++m_generation;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool TrackingPoller::pollNow()
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const auto result = std::make_shared<TrackingPollResult>();
    const AdapterFactory factory = m_factory;
    // The poller outlives its worker (shutdown() waits for it), so the worker may post progress
    // to it; the result is read only after the thread has finished.
    TrackingPoller *self = this;
    m_thread = QThread::create([factory, cancel, result, self] {
        Storage::Connection &c = Storage::Database::connection();
        const auto open = ShipmentStore::trackable(c);
        if (!open) {
            result->errors.append(open.error().toString());
            return;
        }
        auto adapter = factory(c);
        if (!adapter) {
            result->errors.append(adapter.error().toString());
            result->failed = int(open->size());
            return;
        }
        const int total = int(open->size());
        for (int i = 0; i < total; ++i) {
            if (cancel->load())
                break;
            const Shipment &s = open->at(i);
            ++result->shipments;
            const auto events = (*adapter)->track(s.carrierCode, s.trackingNo, cancel.get());
            if (cancel->load())
                break;
            QString error;
            if (events) {
                const auto added = ShipmentStore::recordTracking(c, s.id, *events);
                if (added)
                    result->newEvents += *added;
                else
                    error = added.error().toString();
            } else {
                error = events.error().toString();
            }
            if (!error.isEmpty()) {
                ++result->failed;
                result->errors.append(QStringLiteral("%1: %2").arg(s.shipmentNo, error));
            }
            if (Core::Status st = ShipmentStore::notePoll(c, s.id, error); !st)
                result->errors.append(st.error().toString());
            QMetaObject::invokeMethod(
                self, [self, done = i + 1, total] { emit self->progress(done, total); },
                Qt::QueuedConnection);
        }
        result->cancelled = cancel->load();
    });
    const int generation = ++m_generation;
    connect(m_thread, &QThread::finished, this, [this, generation, result] {
        if (generation != m_generation || !m_thread)
            return;
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(*result);
    });
    m_thread->start();
    emit started();
    return true;
}

} // namespace Hearth::Warehouse
