#include "purchasereceipt.h"

#include "purchaseorderstore.h"
#include "storage/database.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

constexpr const char *toleranceSetting = "warehouse.over_receipt_percent";

} // namespace

Core::Result<PurchaseReceiptOutcome> PurchaseReceipt::receive(
    Connection &c, const PurchaseReceiptRequest &request)
{
    const QString where = request.lineRef;
    if (request.quantity.micros() <= 0)
        return Core::Error{tr("the quantity must be more than 0, not %1")
                               .arg(request.quantity.toString()),
                           where};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    const std::optional<PurchaseOrderLine> line =
        PurchaseOrderStore::findLineByRef(c, request.lineRef);
    if (!line)
        return Core::Error{tr("no purchase order line %1").arg(request.lineRef), where};
    if (line->itemId.isEmpty())
        return Core::Error{tr("purchase order line %1 (%2) names no stock item to receive")
                               .arg(line->ref(), line->description),
                           where};

    // A repeated scan: the ledger answers with the earlier move and the line stays as it is.
    const bool known = !request.key.isEmpty() && StockLedger::findByKey(c, request.key);
    if (!known) {
        const Decimal percent = overReceiptPercent(c);
        const Decimal allowed = line->quantity
            + Decimal::multiply(line->quantity,
                                *Decimal::divide(percent, Decimal::fromInt(100)));
        const Decimal total = line->received + request.quantity;
        if (total > allowed) {
            return Core::Error{tr("receiving %1 would make %2 received of %3 ordered on %4, "
                                  "more than the %5% over-receipt allowed")
                                   .arg(request.quantity.toString(), total.toString(),
                                        line->quantity.toString(), line->ref(),
                                        percent.toString()),
                               where};
        }
    }

    MoveRequest move;
    move.key = request.key;
    move.itemId = line->itemId;
    move.lotNo = request.lotNo;
    move.expiresOn = request.expiresOn;
    move.toBinId = request.toBinId;
    move.quantity = request.quantity;
    move.unitCost = line->price;
    move.purchaseLineRef = line->ref();
    move.scanCode = request.scanCode;
    auto received = StockLedger(c).receive(move);
    if (!received)
        return received.error();

    PurchaseReceiptOutcome outcome;
    outcome.receipt = received.value();
    outcome.line = *line;
    if (!outcome.receipt.repeated) {
        PurchaseOrderLine after = *line;
        after.received = line->received + request.quantity;
        auto written = PurchaseOrderStore::updateLine(c, *line, after,
                                                      tr("received %1").arg(
                                                          request.quantity.toString()));
        if (!written)
            return written.error();
        outcome.line = written.value();
        const auto closed = PurchaseOrderStore::closeIfReceived(
            c, line->poId, tr("every line of %1 received").arg(line->poNo));
        if (!closed)
            return closed.error();
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return outcome;
}

Decimal PurchaseReceipt::overReceiptPercent(Connection &c)
{
    Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(toleranceSetting));
    Decimal percent;
    if (q.next())
        percent = Decimal::parse(q.text(0)).value_or(Decimal());
    q.reset();
    return percent.micros() < 0 ? Decimal() : percent;
}

Core::Status PurchaseReceipt::setOverReceiptPercent(Connection &c, Decimal percent)
{
    if (percent.micros() < 0)
        return Core::Error{tr("the over-receipt tolerance must not be negative"),
                           QLatin1String(toleranceSetting)};
    Statement &q = c.prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, QLatin1String(toleranceSetting)).bind(2, percent.toString());
    if (!q.exec())
        return dbError(q, "settings");
    return {};
}

} // namespace Hearth::Warehouse
