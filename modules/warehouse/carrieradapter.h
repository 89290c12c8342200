#pragma once

#include "core/result.h"
#include "trackingevent.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Hearth::Warehouse {

/// Asks a carrier, or a service that speaks for many, where a parcel is. track() blocks the
/// calling thread (the poller's worker, never the GUI) until the answer, an error or cancel.
class CarrierAdapter
{
public:
    virtual ~CarrierAdapter();

    /// The events for one tracking number, oldest first; an error says what went wrong and
    /// what to do (a key to check, a limit to wait out).
    virtual Core::Result<QList<TrackingEvent>> track(const QString &carrierCode,
                                                     const QString &trackingNo,
                                                     const std::atomic_bool *cancel = nullptr)
        = 0;
};

} // namespace Hearth::Warehouse
