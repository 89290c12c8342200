#pragma once

#include "scanhandler.h"

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// The load job (装车): package labels (PK:) scanned as the packages go on a truck. The first
/// package of an order is accepted only when the order is complete (齐套, Completeness); an
/// incomplete order is refused with what it lacks. Once an order is started, a package of
/// another order is refused until the started order's packages are all on. Each package
/// loaded records the load's reference and goes on the truck's shipment (发货单), made at the
/// first package and loaded (装车) with it, so that the shipments page only needs the carrier,
/// the tracking number and the freight; a package already loaded says so. Wrong scans change
/// nothing.
class LoadHandler : public ScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::LoadHandler)

public:
    /// loadRef names the truck load; a new one ("LD-" and the UTC time) when empty.
    explicit LoadHandler(Storage::Connection &connection, const QString &loadRef = {});

    ScanResult handle(const ScanEvent &event) override;
    QString prompt() const override;
    /// A new truck: a new load reference.
    void reset() override;

    QString loadRef() const { return m_loadRef; }
    /// The order being loaded; empty before the first package or once it is all on.
    QString currentOrderId() const { return m_orderId; }
    /// The shipment of this truck; empty before the first package.
    QString shipmentId() const { return m_shipmentId; }

private:
    static QString newLoadRef();

    Storage::Connection &m_c;
    QString m_loadRef;
    QString m_orderId;
    QString m_shipmentId;
    QString m_shipmentNo;
};

} // namespace Hearth::Warehouse
