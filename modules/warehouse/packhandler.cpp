#include "packhandler.h"

#include "completeness.h"
#include "itemstore.h"
#include "packagestore.h"
#include "stockledger.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehousestore.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Storage::Statement;
using Workflow::Internal::WriteScope;

namespace {

ScanResult wrong(const QString &message, const QString &detail)
{
    return ScanResult{ScanResult::Outcome::Wrong, message, detail};
}

QString packageName(const Package &p)
{
    return PackHandler::tr("package %1/%2 of order %3").arg(p.number).arg(p.count).arg(p.orderNo);
}

} // namespace

PackHandler::PackHandler(Storage::Connection &connection, LabelSink labelSink)
    : m_c(connection), m_labelSink(std::move(labelSink))
{
}

QString PackHandler::prompt() const
{
    if (m_openPackageId.isEmpty())
        return tr("Pack: scan a panel or hardware to open its package, or a closed package's "
                  "label to put it into staging");
    const std::optional<Package> open = PackageStore::find(m_c, m_openPackageId);
    return open ? tr("Pack: scan the next panel or hardware for %1").arg(packageName(*open))
                : tr("Pack: scan a panel or hardware");
}

void PackHandler::reset()
{
    m_openPackageId.clear();
    m_stagingBinId.clear();
}

ScanResult PackHandler::handle(const ScanEvent &event)
{
    const ScanCode &code = event.code;
    // Hardware and bought-in goods without a GTIN carry their item code, which is no code
    // ScanCode knows.
    if (code.kind() == ScanCode::Kind::Unknown && !event.inputMethod
        && !code.inputMethodChanged() && isItemCode(code.text().trimmed()))
        return packHardware(code);
    if (const QString problem = event.problem(); !problem.isEmpty())
        return wrong(tr("Not accepted: nothing changed"), problem);
    switch (code.kind()) {
    case ScanCode::Kind::Part:
        return packPart(code.value());
    case ScanCode::Kind::Gs1:
        return packHardware(code);
    case ScanCode::Kind::Package:
        return stage(code);
    case ScanCode::Kind::Bin:
        return chooseBin(code.value());
    case ScanCode::Kind::Command:
        if (code.command() == Production::ShopfloorCode::Command::Finish)
            return finish();
        if (code.command() == Production::ShopfloorCode::Command::Clear) {
            const std::optional<Package> open = PackageStore::find(m_c, m_openPackageId);
            m_openPackageId.clear();
            if (!open)
                return ScanResult{ScanResult::Outcome::Duplicate, tr("No package is open"),
                                  tr("Nothing to set aside")};
            return ScanResult{ScanResult::Outcome::Ok,
                              tr("%1 set aside").arg(packageName(*open)),
                              tr("It stays open: its next panel carries on with it")};
        }
        break;
    default:
        break;
    }
    return wrong(code.summary(), tr("Not a panel, hardware, package or staging bin: scan it on "
                                    "its own page; nothing changed"));
}

bool PackHandler::isItemCode(const QString &text) const
{
    Statement q(m_c.handle(), "SELECT 1 FROM items WHERE code = ?1 AND deleted = 0 UNION ALL "
                              "SELECT 1 FROM order_hardware WHERE code = ?1 LIMIT 1");
    q.bind(1, text);
    return !text.isEmpty() && q.next();
}

ScanResult PackHandler::packPart(const QString &partId)
{
    Statement part(m_c.handle(), "SELECT order_id, name, length_mm, width_mm FROM order_parts "
                                 "WHERE id = ?");
    part.bind(1, partId);
    if (!part.next())
        return wrong(tr("Unknown panel"), tr("No order has a panel with this code; nothing "
                                             "changed"));
    const QString orderId = part.text(0);
    const QString what = tr("%1 %2×%3").arg(part.text(1)).arg(part.int64(2)).arg(part.int64(3));
    auto lines = PackageStore::orderLines(m_c, orderId);
    if (!lines)
        return wrong(what, lines.error().toString());
    QList<PackageLine> candidates;
    for (const PackageLine &l : std::as_const(*lines)) {
        if (l.partId == partId)
            candidates.append(l);
    }
    return packLine(candidates, orderId, what, false);
}

ScanResult PackHandler::packHardware(const ScanCode &code)
{
    QString itemCode = code.text().trimmed();
    if (code.kind() == ScanCode::Kind::Gs1) {
        const std::optional<Item> item = ItemStore::findByGtin(m_c, code.gtin());
        if (!item)
            return wrong(code.summary(), tr("No item has this GTIN; nothing changed"));
        itemCode = item->code;
    }
    QString openOrder;
    if (const std::optional<Package> open = PackageStore::find(m_c, m_openPackageId))
        openOrder = open->orderId;

    Statement q(m_c.handle(),
                "SELECT i.id, i.order_id, h.name FROM package_items i "
                "JOIN order_hardware h ON h.id = i.hardware_id "
                "JOIN packages p ON p.id = i.package_id "
                "WHERE i.deleted = 0 AND p.deleted = 0 AND h.code = ? "
                "AND (COALESCE(?2, '') = '' OR i.order_id = ?2) "
                "AND i.packed_micros < i.quantity_micros "
                "ORDER BY p.number");
    q.bind(1, itemCode).bind(2, openOrder);
    QStringList orders;
    QString orderId;
    QString name;
    while (q.next()) {
        if (!orders.contains(q.text(1)))
            orders.append(q.text(1));
        orderId = q.text(1);
        name = q.text(2);
    }
    const QString what = tr("%1 %2").arg(itemCode, name);
    if (orders.isEmpty()) {
        Statement any(m_c.handle(), "SELECT COUNT(*) FROM order_hardware WHERE code = ? "
                                    "AND (COALESCE(?2, '') = '' OR order_id = ?2)");
        any.bind(1, itemCode).bind(2, openOrder);
        if (any.next() && any.int64(0) > 0)
            return ScanResult{ScanResult::Outcome::Duplicate, what,
                              tr("Already packed; nothing changed")};
        return wrong(code.kind() == ScanCode::Kind::Gs1 ? code.summary() : itemCode,
                     openOrder.isEmpty()
                         ? tr("No order waits for this item; nothing changed")
                         : tr("The open package's order does not need this item; nothing "
                              "changed"));
    }
    if (orders.size() > 1)
        return wrong(itemCode, tr("%n order(s) wait for this item: scan a panel of the order "
                                  "first to open its package; nothing changed",
                                  nullptr, int(orders.size())));
    auto lines = PackageStore::orderLines(m_c, orderId);
    if (!lines)
        return wrong(what, lines.error().toString());
    QList<PackageLine> candidates;
    for (const PackageLine &l : std::as_const(*lines)) {
        if (!l.hardwareId.isEmpty() && l.code == itemCode)
            candidates.append(l);
    }
    return packLine(candidates, orderId, what, true);
}

ScanResult PackHandler::packLine(const QList<PackageLine> &candidates, const QString &orderId,
                                 const QString &what, bool wholeLine)
{
    if (candidates.isEmpty())
        return wrong(what, tr("Not in the order's package plan: plan its packages on the "
                              "packages page; nothing changed"));
    std::optional<Package> open = PackageStore::find(m_c, m_openPackageId);
    if (open && open->orderId != orderId) {
        const std::optional<Package> other = PackageStore::find(m_c, candidates.first().packageId);
        return wrong(tr("%1 belongs to order %2").arg(what, other ? other->orderNo : orderId),
                     tr("%1 is open: finish it (CMD:FINISH) or set it aside (CMD:CLEAR) "
                        "first; nothing changed")
                         .arg(packageName(*open)));
    }

    const PackageLine *line = nullptr;
    for (const PackageLine &l : candidates) {
        if (l.isPacked())
            continue;
        if (!line || (open && l.packageId == open->id && line->packageId != open->id))
            line = &l;
    }
    if (!line) {
        const std::optional<Package> in = PackageStore::find(m_c, candidates.last().packageId);
        return ScanResult{ScanResult::Outcome::Duplicate, what,
                          tr("Already packed in %1; nothing changed")
                              .arg(in ? packageName(*in) : QString())};
    }
    // Packages keep to their plan, so that every label's contents and count stay true.
    if (open && line->packageId != open->id) {
        const std::optional<Package> planned = PackageStore::find(m_c, line->packageId);
        return wrong(tr("%1 belongs in package %2/%3")
                         .arg(what)
                         .arg(planned ? planned->number : 0)
                         .arg(planned ? planned->count : 0),
                     tr("%1 is open: finish it (CMD:FINISH) or set it aside (CMD:CLEAR) "
                        "first; nothing changed")
                         .arg(packageName(*open)));
    }

    std::optional<Package> target = open ? open : PackageStore::find(m_c, line->packageId);
    if (!target)
        return wrong(what, tr("Its package is gone; plan the order's packages again"));
    const QString reason = tr("Packed by scan");
    WriteScope scope(m_c);
    if (!scope.isValid())
        return wrong(what, tr("The database is busy; scan again"));
    if (target->status == PackageStatus::Planned) {
        Package after = *target;
        after.status = PackageStatus::Open;
        if (auto s = PackageStore::update(m_c, *target, after, reason); !s)
            return wrong(what, s.error().toString());
        target->status = PackageStatus::Open;
    } else if (target->status != PackageStatus::Open) {
        return wrong(what, tr("%1 is already closed; nothing changed").arg(packageName(*target)));
    }
    const Core::Decimal add = wholeLine ? line->quantity - line->packed : Core::Decimal::fromInt(1);
    if (auto s = PackageStore::packLine(m_c, *line, add, target->id, reason); !s)
        return wrong(what, s.error().toString());
    bool closed = false;
    if (auto s = closeIfFull(*target, &closed); !s)
        return wrong(what, s.error().toString());
    if (auto s = scope.finish(); !s)
        return wrong(what, s.error().toString());

    m_openPackageId = closed ? QString() : target->id;
    ScanResult result{ScanResult::Outcome::Ok, tr("%1 → package %2/%3")
                                                   .arg(what)
                                                   .arg(target->number)
                                                   .arg(target->count),
                      QString()};
    if (closed) {
        result.detail = tr("%1 is complete and closed: its label is printing")
                            .arg(packageName(*target))
                        + printLabel(target->id);
    } else {
        int in = 0;
        int all = 0;
        if (auto lines = PackageStore::lines(m_c, target->id)) {
            for (const PackageLine &l : std::as_const(*lines)) {
                in += l.isPacked() ? 1 : 0;
                ++all;
            }
        }
        result.detail = tr("%1 of %2 lines in %3").arg(in).arg(all).arg(packageName(*target));
    }
    return result;
}

Core::Status PackHandler::closeIfFull(const Package &package, bool *closed)
{
    *closed = false;
    auto lines = PackageStore::lines(m_c, package.id);
    if (!lines)
        return lines.error();
    for (const PackageLine &l : std::as_const(*lines)) {
        if (!l.isPacked())
            return {};
    }
    if (lines->isEmpty())
        return {};
    const std::optional<Package> now = PackageStore::find(m_c, package.id);
    if (!now)
        return Core::Error{tr("the package is gone"), package.code()};
    Package after = *now;
    after.status = PackageStatus::Closed;
    *closed = true;
    return PackageStore::update(m_c, *now, after, tr("Package closed"));
}

ScanResult PackHandler::finish()
{
    const std::optional<Package> open = PackageStore::find(m_c, m_openPackageId);
    if (!open)
        return wrong(tr("No package is open"), tr("Scan a panel to open its package"));
    auto lines = PackageStore::lines(m_c, open->id);
    if (!lines)
        return wrong(packageName(*open), lines.error().toString());
    QStringList left;
    for (const PackageLine &l : std::as_const(*lines)) {
        if (!l.isPacked())
            left.append(l.name);
    }
    if (!left.isEmpty())
        return wrong(tr("%1 is not full").arg(packageName(*open)),
                     tr("Still to pack: %1; nothing changed").arg(left.join(tr(", "))));
    bool closed = false;
    if (auto s = closeIfFull(*open, &closed); !s)
        return wrong(packageName(*open), s.error().toString());
    m_openPackageId.clear();
    return ScanResult{ScanResult::Outcome::Ok, tr("%1 closed").arg(packageName(*open)),
                      tr("Its label is printing") + printLabel(open->id)};
}

QString PackHandler::printLabel(const QString &packageId)
{
    if (!m_labelSink)
        return QString();
    const auto label = PackageLabel::forPackage(m_c, packageId);
    if (!label)
        return tr("; the label was not printed: %1").arg(label.error().toString());
    if (auto s = m_labelSink(*label); !s)
        return tr("; the label was not printed: %1").arg(s.error().toString());
    return QString();
}

QString PackHandler::defaultStagingBin() const
{
    Statement q(m_c.handle(), "SELECT id FROM bins WHERE kind = 'staging' AND active = 1 "
                              "AND deleted = 0 ORDER BY code LIMIT 1");
    return q.next() ? q.text(0) : QString();
}

ScanResult PackHandler::chooseBin(const QString &binCode)
{
    const std::optional<Bin> bin = WarehouseStore::findBinByCode(m_c, binCode);
    if (!bin)
        return wrong(tr("Unknown bin %1").arg(binCode), tr("No bin has this code; nothing "
                                                           "changed"));
    if (bin->kind != BinKind::Staging)
        return wrong(tr("Bin %1 %2").arg(bin->code, bin->name),
                     tr("Not a staging bin: packages are staged only in the staging area; "
                        "nothing changed"));
    m_stagingBinId = bin->id;
    return ScanResult{ScanResult::Outcome::Ok, tr("Staging bin %1 %2").arg(bin->code, bin->name),
                      tr("Closed packages scanned next go into this bin")};
}

ScanResult PackHandler::stage(const ScanCode &code)
{
    const std::optional<Package> package =
        PackageStore::findByNumber(m_c, code.value(), code.packageNumber());
    if (!package)
        return wrong(tr("Unknown package %1").arg(code.text()),
                     tr("Order %1 has no package %2; nothing changed")
                         .arg(code.value())
                         .arg(code.packageNumber()));
    if (package->count != code.packageCount())
        return wrong(code.text(), tr("The label is out of date: the order now has %n "
                                     "package(s); print its labels again; nothing changed",
                                     nullptr, package->count));
    switch (package->status) {
    case PackageStatus::Planned:
    case PackageStatus::Open:
        return wrong(tr("%1 is not closed yet").arg(packageName(*package)),
                     tr("Pack its remaining panels and hardware first; nothing changed"));
    case PackageStatus::Staged: {
        const std::optional<Bin> bin = WarehouseStore::findBin(m_c, package->binId);
        return ScanResult{ScanResult::Outcome::Duplicate, packageName(*package),
                          tr("Already in staging bin %1; nothing changed")
                              .arg(bin ? bin->code : QString())};
    }
    case PackageStatus::Loaded:
        return wrong(packageName(*package), tr("Already loaded on %1; nothing changed")
                                                .arg(package->loadRef));
    case PackageStatus::Closed:
        break;
    }
    const QString binId = m_stagingBinId.isEmpty() ? defaultStagingBin() : m_stagingBinId;
    const std::optional<Bin> bin = WarehouseStore::findBin(m_c, binId);
    if (!bin)
        return wrong(packageName(*package), tr("The site has no staging bin: scan a staging "
                                               "bin's label (BN:) first; nothing changed"));

    WriteScope scope(m_c);
    if (!scope.isValid())
        return wrong(packageName(*package), tr("The database is busy; scan again"));
    Package after = *package;
    after.status = PackageStatus::Staged;
    after.binId = bin->id;
    if (auto s = PackageStore::update(m_c, *package, after, tr("Package staged")); !s)
        return wrong(packageName(*package), s.error().toString());
    if (auto items = ItemStore::list(m_c, ItemKind::FinishedPackage); items && !items->isEmpty()) {
        MoveRequest move;
        move.key = QStringLiteral("package-stage:") + package->id;
        move.itemId = items->first().id;
        move.toBinId = bin->id;
        move.quantity = Core::Decimal::fromInt(1);
        move.orderId = package->orderId;
        move.scanCode = package->code();
        if (auto m = StockLedger(m_c).pack(move); !m)
            return wrong(packageName(*package), m.error().toString());
    }
    if (auto s = scope.finish(); !s)
        return wrong(packageName(*package), s.error().toString());

    ScanResult result{ScanResult::Outcome::Ok,
                      tr("%1 → %2 %3").arg(packageName(*package), bin->code, bin->name),
                      QString()};
    const auto state = Completeness::state(m_c, package->orderId);
    const int staged = state ? state->staged : 0;
    result.detail = tr("%1 of %2 packages of the order in staging").arg(staged).arg(package->count);
    if (Completeness::isComplete(m_c, package->orderId))
        result.detail += tr("; the order is complete and ready to load");
    return result;
}

} // namespace Hearth::Warehouse
