#include "loadhandler.h"

#include "completeness.h"
#include "itemstore.h"
#include "packagestore.h"
#include "shipmentstore.h"
#include "stockledger.h"
#include "storage/database.h"
#include "workflow/writescope.h"

#include <QDateTime>

namespace Hearth::Warehouse {

namespace {

ScanResult wrong(const QString &message, const QString &detail)
{
    return ScanResult{ScanResult::Outcome::Wrong, message, detail};
}

} // namespace

LoadHandler::LoadHandler(Storage::Connection &connection, const QString &loadRef)
    : m_c(connection), m_loadRef(loadRef.isEmpty() ? newLoadRef() : loadRef)
{
}

QString LoadHandler::newLoadRef()
{
    return QStringLiteral("LD-")
           + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString LoadHandler::prompt() const
{
    return tr("Load %1: scan each package as it goes on the truck").arg(m_loadRef);
}

void LoadHandler::reset()
{
    m_loadRef = newLoadRef();
    m_orderId.clear();
    m_shipmentId.clear();
    m_shipmentNo.clear();
}

ScanResult LoadHandler::handle(const ScanEvent &event)
{
    if (const QString problem = event.problem(); !problem.isEmpty())
        return wrong(tr("Not accepted: nothing changed"), problem);
    const ScanCode &code = event.code;
    if (code.kind() != ScanCode::Kind::Package)
        return wrong(code.summary(), tr("Only package labels are loaded; nothing changed"));
    const std::optional<Package> package =
        PackageStore::findByNumber(m_c, code.value(), code.packageNumber());
    if (!package)
        return wrong(tr("Unknown package %1").arg(code.text()),
                     tr("Order %1 has no package %2; nothing changed")
                         .arg(code.value())
                         .arg(code.packageNumber()));
    const QString name = tr("Package %1/%2 of order %3")
                             .arg(package->number)
                             .arg(package->count)
                             .arg(package->orderNo);
    if (package->count != code.packageCount())
        return wrong(name, tr("The label is out of date: the order now has %n package(s); "
                              "print its labels again; nothing changed",
                              nullptr, package->count));
    if (package->status == PackageStatus::Loaded) {
        return ScanResult{ScanResult::Outcome::Duplicate, name,
                          package->loadRef == m_loadRef
                              ? tr("Already on this truck; nothing changed")
                              : tr("Already loaded on %1; nothing changed").arg(package->loadRef)};
    }

    if (!m_orderId.isEmpty() && m_orderId != package->orderId) {
        const auto state = Completeness::state(m_c, m_orderId);
        if (state && state->loaded < state->packages)
            return wrong(tr("%1 belongs to another order").arg(name),
                         tr("Order %1 is being loaded: %2 of %3 packages on; load the rest "
                            "first; nothing changed")
                             .arg(state->orderNo)
                             .arg(state->loaded)
                             .arg(state->packages));
    }
    const auto missing = Completeness::check(m_c, package->orderId);
    if (!missing)
        return wrong(name, missing.error().toString());
    if (!missing->isEmpty())
        return wrong(tr("Order %1 is incomplete: %n thing(s) missing", nullptr,
                        int(missing->size()))
                         .arg(package->orderNo),
                     Completeness::summary(*missing) + u'\n' + tr("Nothing loaded"));

    Workflow::Internal::WriteScope scope(m_c);
    if (!scope.isValid())
        return wrong(name, tr("The database is busy; scan again"));
    Package after = *package;
    after.status = PackageStatus::Loaded;
    after.loadRef = m_loadRef;
    if (auto s = PackageStore::update(m_c, *package, after, tr("Loaded on %1").arg(m_loadRef));
        !s)
        return wrong(name, s.error().toString());
    if (auto items = ItemStore::list(m_c, ItemKind::FinishedPackage);
        items && !items->isEmpty() && !package->binId.isEmpty()) {
        MoveRequest move;
        move.key = QStringLiteral("package-load:") + package->id;
        move.itemId = items->first().id;
        move.fromBinId = package->binId;
        move.quantity = Core::Decimal::fromInt(1);
        move.orderId = package->orderId;
        move.scanCode = package->code();
        move.note = m_loadRef;
        if (auto m = StockLedger(m_c).ship(move); !m)
            return wrong(name, m.error().toString());
    }
    QString shipmentId = m_shipmentId;
    QString shipmentNo = m_shipmentNo;
    if (shipmentId.isEmpty()) {
        ShipmentDraft draft;
        draft.note = tr("Load %1").arg(m_loadRef);
        const auto made = ShipmentStore::create(m_c, draft);
        if (!made)
            return wrong(name, made.error().toString());
        shipmentId = made->id;
        shipmentNo = made->shipmentNo;
    }
    ShipmentPackage onTruck;
    onTruck.packageId = package->id;
    onTruck.orderId = package->orderId;
    onTruck.orderNo = package->orderNo;
    onTruck.label = QStringLiteral("%1/%2").arg(package->number).arg(package->count);
    if (auto s = ShipmentStore::addPackage(m_c, shipmentId, onTruck); !s)
        return wrong(name, s.error().toString());
    if (auto s = scope.finish(); !s)
        return wrong(name, s.error().toString());
    const bool firstOnTruck = m_shipmentId.isEmpty();
    m_shipmentId = shipmentId;
    m_shipmentNo = shipmentNo;
    QString shipmentNote;
    if (firstOnTruck) {
        // Its own transaction, after the package is on it: the truck is being loaded.
        if (auto moved = ShipmentStore::move(m_c, m_shipmentId, ShipmentStatus::Loaded); !moved)
            shipmentNote = tr("; shipment %1 stays planned: %2")
                               .arg(m_shipmentNo, moved.error().message);
    }

    m_orderId = package->orderId;
    const auto state = Completeness::state(m_c, package->orderId);
    const int loaded = state ? state->loaded : 0;
    ScanResult result{ScanResult::Outcome::Ok, tr("%1 loaded").arg(name),
                      tr("%1 of %2 packages of the order on %3")
                          .arg(loaded)
                          .arg(package->count)
                          .arg(m_loadRef)};
    if (loaded >= package->count) {
        result.detail += tr("; the order is all on");
        m_orderId.clear();
    }
    result.detail += tr(" · shipment %1").arg(m_shipmentNo) + shipmentNote;
    return result;
}

} // namespace Hearth::Warehouse
