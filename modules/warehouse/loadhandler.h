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
/// loaded records the load's reference; a package already loaded says so. Wrong scans change
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

private:
    static QString newLoadRef();

    Storage::Connection &m_c;
    QString m_loadRef;
    QString m_orderId;
};

} // namespace Hearth::Warehouse
