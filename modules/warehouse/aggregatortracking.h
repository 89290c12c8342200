#pragma once

#include "carrieradapter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Where the tracking aggregator is and how to ask it. Kept in the settings table under
/// tracking.*; the endpoint is empty until someone sets one, so nothing is asked by default.
struct AggregatorSettings
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::AggregatorSettings)

public:
    QUrl endpoint;            // the tracking method's full URL, http or https
    QString apiKey;           // sent in the X-Api-Key header
    int timeoutMs = 20000;    // per attempt
    int attempts = 4;         // tries in all for HTTP 429 and 5xx
    int backoffMs = 2000;     // the wait before the second try; doubled for each next one
    int maxWaitMs = 60000;    // the longest wait, also for a Retry-After the service asks

    static Core::Result<AggregatorSettings> load(Storage::Connection &c);
    Core::Status save(Storage::Connection &c) const;
};

/// A carrier adapter for a tracking aggregator's JSON API (one service for SF, JD, Deppon...).
/// It POSTs {"carrier_code": "SF", "tracking_number": "SF1234"} with the key in X-Api-Key and
/// reads an answer of this shape (code 0 is success; tracks in any order):
///   {"code": 0, "message": "ok", "data": {"carrier_code": "SF", "tracking_number": "SF1234",
///    "tracks": [{"time": "2026-12-03 14:05:00", "time_zone": "+08:00", "status": "IN_TRANSIT",
///                "location": {"province": "广东省", "city": "佛山市",
///                             "facility": "顺德集散中心"},
///                "description": "快件已到达顺德集散中心"}]}}
/// A time without a zone is the site's (Asia/Shanghai). HTTP 429 and 5xx are tried again after
/// a doubling wait (or the Retry-After the service sends); 401/403, timeouts, bad JSON and
/// answers with another code fail at once with a message that says what to do.
class AggregatorTracking : public CarrierAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::AggregatorTracking)

public:
    explicit AggregatorTracking(AggregatorSettings settings);
    ~AggregatorTracking() override;

    Core::Result<QList<TrackingEvent>> track(const QString &carrierCode,
                                             const QString &trackingNo,
                                             const std::atomic_bool *cancel = nullptr) override;

    /// Reads one answer's body; where names the request in errors. Events come oldest first.
    static Core::Result<QList<TrackingEvent>> parse(const QByteArray &body, const QString &where);
    /// The aggregator's status code ("IN_TRANSIT", "SIGNED", ...) in Hearth's words.
    static TrackingStatus mapStatus(const QString &code);
    /// How many tries the last track() made (1 when the first answer was taken).
    int lastAttempts() const { return m_lastAttempts; }

private:
    struct Reply;
    Reply send(const QByteArray &body, const std::atomic_bool *cancel);
    bool wait(int ms, const std::atomic_bool *cancel);

    AggregatorSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_lastAttempts = 0;
};

} // namespace Hearth::Warehouse
