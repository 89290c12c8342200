#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

enum class ShipmentStatus { Planned, Loaded, Shipped, Delivered, Exception };

/// Packages of one or more orders handed to a carrier (发货 / 物流单), with its tracking
/// number and freight. The orders and packages it carries are read through ShipmentStore.
struct Shipment
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Shipment)

public:
    QString id;
    QString shipmentNo;
    QString carrierCode;
    QString trackingNo;
    ShipmentStatus status = ShipmentStatus::Planned;
    QDate shipDate;
    qint64 freightFen = 0;
    QString note;
    QString polledAt;   // UTC ISO; empty before the first poll
    QString pollError;  // the last poll's error, empty when it went well
    int orders = 0;
    int packages = 0;

    static QString statusCode(ShipmentStatus status);
    static std::optional<ShipmentStatus> statusFromCode(const QString &code);
    /// Translated: 计划中, 已装车, 已发货, 已签收, 异常.
    static QString statusName(ShipmentStatus status);
    /// Whether a shipment may move from one status to the other: planned ⇄ loaded, planned or
    /// loaded → shipped, shipped → delivered or exception, exception → shipped or delivered.
    static bool canMove(ShipmentStatus from, ShipmentStatus to);
    /// A shipment the poller asks the carrier about: on its way with a tracking number.
    bool isTrackable() const;
};

/// One order on a shipment: its package count and its share of the freight.
struct ShipmentOrder
{
    QString orderId;
    QString orderNo;
    int packages = 0;
    qint64 freightFen = 0;
};

struct ShipmentPackage
{
    QString packageId;
    QString orderId;
    QString orderNo;
    QString label;  // "2/5", as the package's label shows it
};

} // namespace Hearth::Warehouse
