#include "aggregatortracking.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace Hearth::Warehouse {

namespace {

constexpr const char *EndpointKey = "tracking.endpoint";
constexpr const char *ApiKeyKey = "tracking.api_key";
constexpr const char *TimeoutKey = "tracking.timeout_ms";
constexpr const char *AttemptsKey = "tracking.attempts";
constexpr int CancelCheckMs = 50;

QString setting(Storage::Connection &c, const char *key)
{
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(key));
    const QString value = q.next() ? q.text(0) : QString();
    q.reset();
    return value;
}

Core::Status putSetting(Storage::Connection &c, const char *key, const QString &value)
{
    Storage::Statement &q = c.prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, QLatin1String(key)).bind(2, value);
    if (!q.exec()) {
        const QString error = q.error();
        q.reset();
        return Core::Error{error, QStringLiteral("settings/%1").arg(QLatin1String(key))};
    }
    q.reset();
    return {};
}

/// "2026-12-03 14:05:00" with "+08:00" beside it, or ISO 8601 with its own offset; a time
/// without either is the site's.
QDateTime parseTime(const QString &text, const QString &zone)
{
    QString iso = text.trimmed();
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return t;
    if (t.timeSpec() == Qt::LocalTime) {
        static const QRegularExpression offset(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
        const QRegularExpressionMatch m = offset.match(zone.trimmed());
        if (m.hasMatch()) {
            const int seconds = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60)
                                * (m.captured(1) == QLatin1String("-") ? -1 : 1);
            t = QDateTime(t.date(), t.time(), QTimeZone(seconds));
        } else if (zone.trimmed().isEmpty()) {
            t = QDateTime(t.date(), t.time(), QTimeZone("Asia/Shanghai"));
        } else {
            return QDateTime();
        }
    }
    return t.toUTC();
}

QString placeOf(const QJsonValue &location)
{
    if (location.isString())
        return location.toString().trimmed();
    const QJsonObject o = location.toObject();
    QStringList parts;
    for (const char *key : {"city", "district", "facility"}) {
        const QString part = o.value(QLatin1String(key)).toString().trimmed();
        if (!part.isEmpty() && !parts.contains(part))
            parts.append(part);
    }
    if (parts.isEmpty()) {
        const QString province = o.value(QLatin1String("province")).toString().trimmed();
        if (!province.isEmpty())
            parts.append(province);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

struct AggregatorTracking::Reply
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    bool timedOut = false;
    bool cancelled = false;
    QString networkError;  // set when no HTTP answer came
};

Core::Result<AggregatorSettings> AggregatorSettings::load(Storage::Connection &c)
{
    AggregatorSettings s;
    const QString endpoint = setting(c, EndpointKey).trimmed();
    if (!endpoint.isEmpty()) {
        s.endpoint = QUrl(endpoint, QUrl::StrictMode);
        if (!s.endpoint.isValid()
            || (s.endpoint.scheme() != QLatin1String("http")
                && s.endpoint.scheme() != QLatin1String("https"))
            || s.endpoint.host().isEmpty()) {
            return Core::Error{tr("the tracking endpoint \"%1\" is not an http or https URL")
                                   .arg(endpoint),
                               QStringLiteral("settings/%1").arg(QLatin1String(EndpointKey))};
        }
    }
    s.apiKey = setting(c, ApiKeyKey).trimmed();
    bool ok = false;
    if (const int timeout = setting(c, TimeoutKey).toInt(&ok); ok && timeout > 0)
        s.timeoutMs = timeout;
    if (const int attempts = setting(c, AttemptsKey).toInt(&ok); ok && attempts > 0)
        s.attempts = attempts;
    return s;
}

Core::Status AggregatorSettings::save(Storage::Connection &c) const
{
    if (Core::Status s = putSetting(c, EndpointKey, endpoint.toString()); !s)
        return s;
    if (Core::Status s = putSetting(c, ApiKeyKey, apiKey); !s)
        return s;
    if (Core::Status s = putSetting(c, TimeoutKey, QString::number(timeoutMs)); !s)
        return s;
    return putSetting(c, AttemptsKey, QString::number(attempts));
}

AggregatorTracking::AggregatorTracking(AggregatorSettings settings)
    : m_settings(std::move(settings))
{}

AggregatorTracking::~AggregatorTracking() = default;

TrackingStatus AggregatorTracking::mapStatus(const QString &code)
{
    static const QHash<QString, TrackingStatus> map = {
        {QStringLiteral("INFO_RECEIVED"), TrackingStatus::Info},
        {QStringLiteral("PENDING"), TrackingStatus::Info},
        {QStringLiteral("ACCEPTED"), TrackingStatus::Accepted},
        {QStringLiteral("PICKED_UP"), TrackingStatus::Accepted},
        {QStringLiteral("IN_TRANSIT"), TrackingStatus::InTransit},
        {QStringLiteral("ARRIVED"), TrackingStatus::InTransit},
        {QStringLiteral("DEPARTED"), TrackingStatus::InTransit},
        {QStringLiteral("OUT_FOR_DELIVERY"), TrackingStatus::OutForDelivery},
        {QStringLiteral("DELIVERING"), TrackingStatus::OutForDelivery},
        {QStringLiteral("DELIVERED"), TrackingStatus::Delivered},
        {QStringLiteral("SIGNED"), TrackingStatus::Delivered},
        {QStringLiteral("EXCEPTION"), TrackingStatus::Exception},
        {QStringLiteral("FAILED_ATTEMPT"), TrackingStatus::Exception},
        {QStringLiteral("RETURNING"), TrackingStatus::Exception},
        {QStringLiteral("RETURNED"), TrackingStatus::Exception},
        {QStringLiteral("EXPIRED"), TrackingStatus::Exception},
    };
    return map.value(code.trimmed().toUpper(), TrackingStatus::Unknown);
}

Core::Result<QList<TrackingEvent>> AggregatorTracking::parse(const QByteArray &body,
                                                              const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Core::Error{tr("the tracking service's answer is not valid JSON (at byte %1: %2)")
                               .arg(error.offset)
                               .arg(error.errorString()),
                           where};
    }
    if (!doc.isObject())
        return Core::Error{tr("the tracking service's answer is not a JSON object"), where};
    const QJsonObject root = doc.object();
    const QJsonValue code = root.value(QLatin1String("code"));
    if (!code.isDouble()) {
        return Core::Error{tr("the tracking service's answer has no numeric \"code\""), where};
    }
    if (code.toInteger() != 0) {
        return Core::Error{tr("the tracking service answered code %1: %2")
                               .arg(code.toInteger())
                               .arg(root.value(QLatin1String("message")).toString()),
                           where};
    }
    const QJsonValue tracks =
        root.value(QLatin1String("data")).toObject().value(QLatin1String("tracks"));
    if (!tracks.isArray() && !tracks.isUndefined() && !tracks.isNull()) {
        return Core::Error{tr("the tracking service's \"data.tracks\" is not a list"), where};
    }

    QList<TrackingEvent> events;
    const QJsonArray list = tracks.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1, data.tracks[%2]").arg(where).arg(i);
        if (!list.at(i).isObject())
            return Core::Error{tr("a track is not a JSON object"), at};
        const QJsonObject t = list.at(i).toObject();
        TrackingEvent e;
        const QString time = t.value(QLatin1String("time")).toString();
        e.at = parseTime(time, t.value(QLatin1String("time_zone")).toString());
        if (!e.at.isValid()) {
            return Core::Error{tr("the track's time \"%1\" is not a date and time "
                                  "(expected 2026-12-03 14:05:00)")
                                   .arg(time),
                               at};
        }
        e.carrierStatus = t.value(QLatin1String("status")).toString().trimmed();
        e.status = mapStatus(e.carrierStatus);
        e.place = placeOf(t.value(QLatin1String("location")));
        e.text = t.value(QLatin1String("description")).toString().trimmed();
        events.append(e);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TrackingEvent &a, const TrackingEvent &b) { return a.at < b.at; });
    return events;
}

bool AggregatorTracking::wait(int ms, const std::atomic_bool *cancel)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            loop.quit();
    });
    done.start(ms);
    check.start(CancelCheckMs);
    loop.exec();
    return !(cancel && cancel->load());
}

AggregatorTracking::Reply AggregatorTracking::send(const QByteArray &body,
                                                   const std::atomic_bool *cancel)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(m_settings.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Api-Key"), m_settings.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    Reply result;
    QNetworkReply *reply = m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            reply->abort();
        }
    });
    timeout.start(m_settings.timeoutMs);
    check.start(CancelCheckMs);
    if (!reply->isFinished())
        loop.exec();
    timeout.stop();
    check.stop();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!result.timedOut && !result.cancelled && status.isValid()) {
        result.httpStatus = status.toInt();
        result.body = reply->readAll();
        result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    } else if (!result.timedOut && !result.cancelled) {
        result.networkError = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

Core::Result<QList<TrackingEvent>> AggregatorTracking::track(const QString &carrierCode,
                                                             const QString &trackingNo,
                                                             const std::atomic_bool *cancel)
{
    m_lastAttempts = 0;
    const QString where = tr("tracking %1 %2").arg(carrierCode, trackingNo);
    if (m_settings.endpoint.isEmpty()) {
        return Core::Error{tr("no tracking service is set up: enter its endpoint and key in "
                              "the settings (tracking.endpoint, tracking.api_key)"),
                           where};
    }
    if (m_settings.apiKey.isEmpty())
        return Core::Error{tr("the tracking service's key is not set (tracking.api_key)"), where};
    if (carrierCode.trimmed().isEmpty() || trackingNo.trimmed().isEmpty())
        return Core::Error{tr("a carrier and a tracking number are needed to track"), where};

    QJsonObject ask;
    ask.insert(QStringLiteral("carrier_code"), carrierCode.trimmed());
    ask.insert(QStringLiteral("tracking_number"), trackingNo.trimmed());
    const QByteArray body = QJsonDocument(ask).toJson(QJsonDocument::Compact);
    const QString host = m_settings.endpoint.host();

    int waitMs = m_settings.backoffMs;
    const int attempts = std::max(1, m_settings.attempts);
    for (int attempt = 1;; ++attempt) {
        m_lastAttempts = attempt;
        const Reply r = send(body, cancel);
        if (r.cancelled)
            return Core::Error{tr("tracking was cancelled"), where};
        if (r.timedOut) {
            return Core::Error{tr("%1 did not answer within %2 s; try again later")
                                   .arg(host)
                                   .arg(m_settings.timeoutMs / 1000.0, 0, 'f', 1),
                               where};
        }
        if (!r.networkError.isEmpty())
            return Core::Error{tr("could not reach %1: %2").arg(host, r.networkError), where};
        if (r.httpStatus == 200)
            return parse(r.body, where);
        if (r.httpStatus == 401 || r.httpStatus == 403) {
            return Core::Error{tr("%1 refused the key (HTTP %2): check tracking.api_key in the "
                                  "settings")
                                   .arg(host)
                                   .arg(r.httpStatus),
                               where};
        }
        const bool retryable = r.httpStatus == 429 || r.httpStatus >= 500;
        if (!retryable) {
            return Core::Error{tr("%1 answered HTTP %2, which Hearth does not expect")
                                   .arg(host)
                                   .arg(r.httpStatus),
                               where};
        }
        if (attempt >= attempts) {
            if (r.httpStatus == 429) {
                return Core::Error{tr("%1 is limiting requests (HTTP 429) after %n try(ies); "
                                      "poll less often or raise the plan's limit",
                                      nullptr, attempt)
                                       .arg(host),
                                   where};
            }
            return Core::Error{tr("%1 failed with HTTP %2 after %n try(ies); try again later",
                                  nullptr, attempt)
                                   .arg(host)
                                   .arg(r.httpStatus),
                               where};
        }
        int pause = waitMs;
        bool secondsOk = false;
        const int retryAfter = r.retryAfter.trimmed().toInt(&secondsOk);
        if (secondsOk && retryAfter >= 0)
            pause = retryAfter * 1000;
        pause = std::min(pause, m_settings.maxWaitMs);
        if (!wait(pause, cancel))
            return Core::Error{tr("tracking was cancelled"), where};
        waitMs = std::min(waitMs * 2, m_settings.maxWaitMs);
    }
}

} // namespace Hearth::Warehouse
