#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

/// Where a parcel stands in Hearth's words, whatever the carrier calls it.
enum class TrackingStatus { Info, Accepted, InTransit, OutForDelivery, Delivered, Exception,
                            Unknown };

/// One event of a carrier's tracking (物流轨迹): when, where, what.
struct TrackingEvent
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::TrackingEvent)

public:
    QDateTime at;           // UTC
    QString place;
    TrackingStatus status = TrackingStatus::Unknown;
    QString carrierStatus;  // the code the carrier or aggregator sent
    QString text;

    /// The same event reported twice gives the same key: a digest of time, status, place and
    /// text, so that a repeated poll stores nothing new.
    QString key() const;

    static QString statusCode(TrackingStatus status);
    static std::optional<TrackingStatus> statusFromCode(const QString &code);
    /// Translated: 已揽收, 运输中, 派送中, 已签收, 异常 ...
    static QString statusName(TrackingStatus status);
};

} // namespace Hearth::Warehouse
