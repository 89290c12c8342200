#pragma once

#include "core/result.h"
#include "shipment.h"
#include "trackingevent.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

struct ShipmentDraft
{
    QString carrierCode;  // the aggregator's carrier code: SF, JD, DBL ...
    QString trackingNo;
    qint64 freightFen = 0;
    QString note;
};

/// What moving a shipment did to its orders' processes.
struct ShipOutcome
{
    ShipmentStatus from = ShipmentStatus::Planned;
    ShipmentStatus to = ShipmentStatus::Planned;
    QStringList movedOrders;  // order numbers whose process took the "shipped" event
    QStringList notes;        // translated: why an order's process did not move
};

/// Shipments (发货), the packages and orders on them and their tracking events, in the local
/// database. Every write goes through the change log; each order on a shipment has its own
/// shipment_orders row, whose changes (added, status, tracking) land on the order's timeline.
class ShipmentStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ShipmentStore)

public:
    static Core::Result<Shipment> create(Storage::Connection &c, const ShipmentDraft &draft);
    static Core::Result<Shipment> find(Storage::Connection &c, const QString &shipmentId);
    /// Newest first; search matches the shipment number, tracking number or an order number.
    static Core::Result<QList<Shipment>> list(Storage::Connection &c,
                                              const QString &search = QString());
    /// Shipped or exception shipments with a tracking number, least recently polled first.
    static Core::Result<QList<Shipment>> trackable(Storage::Connection &c);

    /// Puts a package of an order on a planned or loaded shipment; a package already on a
    /// live shipment is refused. The freight is split again over the orders.
    static Core::Status addPackage(Storage::Connection &c, const QString &shipmentId,
                                   const ShipmentPackage &package);
    static Core::Status removePackage(Storage::Connection &c, const QString &shipmentId,
                                      const QString &packageId);
    static Core::Status setFreight(Storage::Connection &c, const QString &shipmentId,
                                   qint64 freightFen);
    static Core::Status setTracking(Storage::Connection &c, const QString &shipmentId,
                                    const QString &carrierCode, const QString &trackingNo);

    /// Moves the shipment on (Shipment::canMove). Loading needs a package; shipping needs a
    /// carrier and tracking number too, and sets the ship date (today at the site if none).
    /// When shipped, each order whose process waits for it hears the "shipped" event. Opens
    /// its own transaction: not to be called inside another.
    static Core::Result<ShipOutcome> move(Storage::Connection &c, const QString &shipmentId,
                                          ShipmentStatus to, const QDate &shipDate = QDate());

    /// Stores the carrier's events, each once however often it is reported; returns how many
    /// were new. A delivered or exception event as the latest moves the shipment with it.
    static Core::Result<int> recordTracking(Storage::Connection &c, const QString &shipmentId,
                                            const QList<TrackingEvent> &events);
    /// Notes a poll's time and error (empty when it went well) on the shipment.
    static Core::Status notePoll(Storage::Connection &c, const QString &shipmentId,
                                 const QString &error);

    static Core::Result<QList<ShipmentOrder>> orders(Storage::Connection &c,
                                                     const QString &shipmentId);
    static Core::Result<QList<ShipmentPackage>> packages(Storage::Connection &c,
                                                         const QString &shipmentId);
    /// Oldest first.
    static Core::Result<QList<TrackingEvent>> events(Storage::Connection &c,
                                                     const QString &shipmentId);

    /// The freight an order carries over all its live shipments, in fen (per-order profit).
    static qint64 freightForOrder(Storage::Connection &c, const QString &orderId);
    /// The freight rule: in proportion to the package counts, rounded down to the fen, the fen
    /// left going one each to the largest remainders, ties to the earlier order. Sums to the
    /// whole; counts that are all zero split evenly.
    static QList<qint64> splitFreight(qint64 freightFen, const QList<int> &packageCounts);
    /// Each order's shipping in a few words ("已发货 SF SF1234 · 运输中 佛山市"), for the
    /// orders list and detail pane; orders without a shipment are left out.
    static QHash<QString, QString> orderTexts(Storage::Connection &c, const QStringList &orderIds);
};

} // namespace Hearth::Warehouse
