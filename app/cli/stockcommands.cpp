#include "stockcommands.h"

#include "cliutil.h"
#include "commands.h"
#include "production/workorderstore.h"
#include "storage/database.h"
#include "warehouse/itemstore.h"
#include "warehouse/stockbalance.h"
#include "warehouse/stockledger.h"
#include "warehouse/stocksetup.h"
#include "warehouse/warehousestore.h"

#include <QHash>

namespace Hearth::Cli {

namespace {

using Core::Decimal;
using namespace Warehouse;

const QStringList subcommands{QStringLiteral("seed"),     QStringLiteral("balance"),
                              QStringLiteral("valuation"), QStringLiteral("moves"),
                              QStringLiteral("check"),    QStringLiteral("receive"),
                              QStringLiteral("issue"),    QStringLiteral("transfer"),
                              QStringLiteral("count")};

Storage::Connection &db()
{
    return Storage::Database::connection();
}

/// An item by its code, or by its GTIN as a scanner reads it.
std::optional<Item> findItem(const QString &text, int *code)
{
    if (auto item = ItemStore::findByCode(db(), text))
        return item;
    if (auto item = ItemStore::findByGtin(db(), text))
        return item;
    err() << tr("hearthctl stock: no item with the code or GTIN %1").arg(text) << "\n";
    *code = NotFound;
    return std::nullopt;
}

std::optional<Bin> findBin(const QString &text, const char *option, int *code)
{
    if (auto bin = WarehouseStore::findBinByCode(db(), text))
        return bin;
    err() << tr("hearthctl stock: --%1: no bin %2").arg(QLatin1String(option), text) << "\n";
    *code = NotFound;
    return std::nullopt;
}

/// Bin codes by id, read once each.
QString binCode(const QString &binId)
{
    static QHash<QString, QString> codes;
    if (binId.isEmpty())
        return QStringLiteral("-");
    auto it = codes.find(binId);
    if (it == codes.end()) {
        const auto bin = WarehouseStore::findBin(db(), binId);
        it = codes.insert(binId, bin ? bin->code : binId);
    }
    return *it;
}

QString quantityText(Decimal quantity, Orders::Unit unit)
{
    return quantity.toString() + QLatin1Char(' ') + Orders::unitCode(unit);
}

int seed()
{
    const auto counts = StockSetup::seedDefaults(db());
    if (!counts) {
        err() << tr("hearthctl stock seed: %1").arg(counts.error().toString()) << "\n";
        return Failed;
    }
    out() << tr("%1 warehouse(s), %2 bin(s) and %3 item(s) written; codes already there were "
                "kept.")
                 .arg(counts->warehouses)
                 .arg(counts->bins)
                 .arg(counts->items)
          << "\n";
    return Ok;
}

int balance(const Item &item, const QString &binText)
{
    if (!binText.isEmpty()) {
        int code = Ok;
        const auto bin = findBin(binText, "bin", &code);
        if (!bin)
            return code;
        const auto held = StockBalance::inBin(db(), item.id, bin->id);
        if (!held) {
            err() << tr("hearthctl stock balance: %1").arg(held.error().toString()) << "\n";
            return Failed;
        }
        out() << item.code << '\t' << bin->code << '\t' << quantityText(*held, item.unit) << "\n";
        return Ok;
    }
    const auto bins = StockBalance::bins(db(), item.id);
    const auto total = StockBalance::onHand(db(), item.id);
    if (!bins || !total) {
        err() << tr("hearthctl stock balance: %1")
                     .arg((bins ? total.error() : bins.error()).toString())
              << "\n";
        return Failed;
    }
    for (const BinBalance &b : *bins) {
        out() << item.code << '\t' << b.binCode << '\t'
              << (b.lotNo.isEmpty() ? QStringLiteral("-") : b.lotNo) << '\t'
              << quantityText(b.quantity, item.unit) << "\n";
    }
    out() << tr("%1 on hand: %2").arg(item.code, quantityText(*total, item.unit)) << "\n";
    return Ok;
}

int valuation(const QString &warehouseText)
{
    QString warehouseId;
    if (!warehouseText.isEmpty()) {
        const auto warehouse = WarehouseStore::findByCode(db(), warehouseText);
        if (!warehouse) {
            err() << tr("hearthctl stock valuation: no warehouse %1").arg(warehouseText) << "\n";
            return NotFound;
        }
        warehouseId = warehouse->id;
    }
    const auto rows = StockBalance::valuation(db(), warehouseId);
    if (!rows) {
        err() << tr("hearthctl stock valuation: %1").arg(rows.error().toString()) << "\n";
        return Failed;
    }
    QHash<QString, QString> warehouseCodes;
    Decimal total;
    for (const ItemValuation &v : *rows) {
        if (!warehouseCodes.contains(v.warehouseId)) {
            const auto w = WarehouseStore::find(db(), v.warehouseId);
            warehouseCodes.insert(v.warehouseId, w ? w->code : v.warehouseId);
        }
        out() << v.itemCode << '\t' << v.itemName << '\t' << warehouseCodes.value(v.warehouseId)
              << '\t' << v.quantity.toString() << '\t' << v.averageCost.toString(2) << '\t'
              << money(v.value) << "\n";
        total += v.value;
    }
    out() << tr("%1 line(s), value %2").arg(rows->size()).arg(money(total)) << "\n";
    return Ok;
}

int moves(const Item &item, int limit)
{
    const auto list = StockLedger::history(db(), item.id, limit);
    if (!list) {
        err() << tr("hearthctl stock moves: %1").arg(list.error().toString()) << "\n";
        return Failed;
    }
    for (const StockMove &m : *list) {
        out() << m.createdAt << '\t' << StockMove::kindCode(m.kind) << '\t'
              << quantityText(m.quantity, m.unit) << '\t' << binCode(m.fromBinId) << " → "
              << binCode(m.toBinId) << '\t'
              << (m.counted ? tr("counted %1").arg(m.counted->toString()) : QString()) << '\t'
              << money(m.value) << '\t' << m.idempotencyKey << "\n";
    }
    out() << tr("%1 move(s).").arg(list->size()) << "\n";
    return Ok;
}

int check()
{
    const auto differences = StockBalance::differences(db());
    if (!differences) {
        err() << tr("hearthctl stock check: %1").arg(differences.error().toString()) << "\n";
        return Failed;
    }
    for (const QString &d : *differences)
        out() << d << "\n";
    if (!differences->isEmpty()) {
        out() << tr("%1 difference(s) between the balance summaries and the moves.")
                     .arg(differences->size())
              << "\n";
        return 1;
    }
    out() << tr("The balances match the moves.") << "\n";
    return Ok;
}

} // namespace

int cmdStock(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1 && !sub.startsWith(u'-')) {
        rest.removeAt(1);
        rest[0] = QStringLiteral("stock ") + sub;
    } else {
        rest[0] = QStringLiteral("stock ") + subcommands.join(u'|');
    }
    Parsed p;
    QCommandLineOption item(QStringLiteral("item"), tr("The item's code or GTIN."),
                            QStringLiteral("ITEM"));
    QCommandLineOption bin(QStringLiteral("bin"),
                           tr("The bin: received into, issued or moved from, counted."),
                           QStringLiteral("BIN"));
    QCommandLineOption to(QStringLiteral("to"), tr("transfer: the bin the goods go to."),
                          QStringLiteral("BIN"));
    QCommandLineOption qty(QStringLiteral("qty"),
                           tr("The quantity in the item's unit; count: what was counted."),
                           QStringLiteral("Q"));
    QCommandLineOption cost(QStringLiteral("cost"),
                            tr("receive: yuan per unit (default: the moving average)."),
                            QStringLiteral("YUAN"));
    QCommandLineOption wo(QStringLiteral("wo"), tr("issue: the work order's number."),
                          QStringLiteral("WO"));
    QCommandLineOption lot(QStringLiteral("lot"), tr("The lot (batch) number."),
                           QStringLiteral("LOT"));
    QCommandLineOption key(QStringLiteral("key"),
                           tr("Names the move once: the same key again books nothing."),
                           QStringLiteral("KEY"));
    QCommandLineOption warehouse(QStringLiteral("warehouse"), tr("valuation: one warehouse."),
                                 QStringLiteral("CODE"));
    QCommandLineOption limit(QStringLiteral("limit"), tr("moves: at most N (default 50)."),
                             QStringLiteral("N"), QStringLiteral("50"));
    p.parser.addOptions({item, bin, to, qty, cost, wo, lot, key, warehouse, limit});
    p.parser.addPositionalArgument(QStringLiteral("ITEM"), tr("balance, moves: the item."));
    int code = Ok;
    if (!parse(p, rest, tr("hearthctl stock: the stock ledger (库存台账): seed, balance ITEM "
                           "[--bin B], valuation [--warehouse W], moves ITEM [--limit N], check, "
                           "receive|issue|transfer|count --item I --bin B [--to B2] --qty Q "
                           "[--cost C] [--wo WO] [--lot L] --key K."),
               &code))
        return code;
    if (!subcommands.contains(sub)) {
        err() << helpFor(p.parser, rest[0]);
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;

    if (sub == QLatin1String("seed"))
        return seed();
    if (sub == QLatin1String("valuation"))
        return valuation(p.parser.value(warehouse));
    if (sub == QLatin1String("check"))
        return check();

    if (sub == QLatin1String("balance") || sub == QLatin1String("moves")) {
        const QString itemText = p.parser.positionalArguments().value(0, p.parser.value(item));
        if (itemText.isEmpty()) {
            err() << tr("hearthctl stock %1: give the item's code").arg(sub) << "\n";
            return Usage;
        }
        const auto found = findItem(itemText, &code);
        if (!found)
            return code;
        if (sub == QLatin1String("balance"))
            return balance(*found, p.parser.value(bin));
        bool ok = false;
        const int n = p.parser.value(limit).toInt(&ok);
        if (!ok || n <= 0) {
            err() << tr("hearthctl stock moves: --limit takes a number above 0") << "\n";
            return Usage;
        }
        return moves(*found, n);
    }

    // One move, as a script books it.
    for (const QCommandLineOption *needed : {&item, &bin, &qty}) {
        if (!p.parser.isSet(*needed)) {
            err() << tr("hearthctl stock %1: --%2 is needed").arg(sub, needed->names().first())
                  << "\n";
            return Usage;
        }
    }
    const auto quantity = Decimal::parse(p.parser.value(qty));
    if (!quantity) {
        err() << tr("hearthctl stock %1: --qty %2 is no number").arg(sub, p.parser.value(qty))
              << "\n";
        return Usage;
    }
    const auto found = findItem(p.parser.value(item), &code);
    const auto at = found ? findBin(p.parser.value(bin), "bin", &code) : std::nullopt;
    if (!found || !at)
        return code;
    MoveRequest request;
    request.key = p.parser.value(key);
    request.itemId = found->id;
    request.lotNo = p.parser.value(lot);
    request.quantity = *quantity;
    if (p.parser.isSet(cost)) {
        const auto c = Decimal::parse(p.parser.value(cost));
        if (!c || sub != QLatin1String("receive")) {
            err() << tr("hearthctl stock %1: --cost takes yuan per unit, on a receipt only")
                         .arg(sub)
                  << "\n";
            return Usage;
        }
        request.unitCost = *c;
    }
    StockLedger ledger(db());
    Core::Result<MoveOutcome> moved = Core::Error{};
    if (sub == QLatin1String("receive")) {
        request.toBinId = at->id;
        moved = ledger.receive(request);
    } else if (sub == QLatin1String("issue")) {
        if (!p.parser.isSet(wo)) {
            err() << tr("hearthctl stock issue: --wo is needed") << "\n";
            return Usage;
        }
        const auto workOrder = Production::WorkOrderStore::findByNo(db(), p.parser.value(wo));
        if (!workOrder) {
            err() << tr("hearthctl stock issue: --wo: no work order %1").arg(p.parser.value(wo))
                  << "\n";
            return NotFound;
        }
        request.fromBinId = at->id;
        request.workOrderId = workOrder->id;
        request.orderId = workOrder->orderId;
        moved = ledger.issue(request);
    } else if (sub == QLatin1String("transfer")) {
        const auto target = findBin(p.parser.value(to), "to", &code);
        if (!target)
            return p.parser.isSet(to) ? code : Usage;
        request.fromBinId = at->id;
        request.toBinId = target->id;
        moved = ledger.transfer(request);
    } else {
        request.toBinId = at->id;
        moved = ledger.count(request);
    }
    if (!moved) {
        err() << tr("hearthctl stock %1: %2").arg(sub, moved.error().toString()) << "\n";
        return Failed;
    }
    const StockMove &m = moved->move;
    out() << StockMove::kindCode(m.kind) << '\t' << found->code << '\t'
          << quantityText(m.quantity, m.unit) << '\t' << binCode(m.fromBinId) << " → "
          << binCode(m.toBinId) << '\t' << m.unitCost.toString(2) << '\t' << money(m.value)
          << '\t' << m.idempotencyKey << "\n";
    if (moved->repeated)
        out() << tr("Already booked under this key; nothing new was written.") << "\n";
    const auto held = StockBalance::inBin(db(), found->id, at->id);
    if (held)
        out() << tr("%1 now holds %2").arg(at->code, quantityText(*held, found->unit)) << "\n";
    return Ok;
}

} // namespace Hearth::Cli
