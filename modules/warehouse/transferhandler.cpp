#include "transferhandler.h"

#include "itemstore.h"
#include "stockbalance.h"
#include "stockledger.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace Hearth::Warehouse {

using Core::Decimal;

TransferHandler::TransferHandler(Storage::Connection &connection)
    : StockScanHandler(ScanJob::Transfer, connection)
{
}

QString TransferHandler::prompt() const
{
    if (!m_from)
        return tr("Transfer: scan the bin the goods leave");
    if (m_pending.isEmpty())
        return tr("Transfer from %1: scan each item moved").arg(m_from->code);
    return tr("Transfer from %1: scan more items, or the bin they go to").arg(m_from->code);
}

QList<ScanContextField> TransferHandler::context() const
{
    return {{QStringLiteral("bin"), tr("From bin"), m_from ? m_from->code : QString()},
            {QStringLiteral("pending"), tr("Items to move"),
             m_pending.isEmpty() ? QString() : QString::number(m_pending.size())}};
}

void TransferHandler::clearContext()
{
    m_from.reset();
    m_pending.clear();
}

Decimal TransferHandler::pendingOf(const QString &itemId, const QString &lotNo) const
{
    Decimal sum;
    for (const Pending &p : m_pending) {
        if (p.item.id == itemId && p.lotNo == lotNo)
            sum += p.quantity;
    }
    return sum;
}

ScanResult TransferHandler::book(const Bin &to)
{
    Storage::Transaction transaction(m_c);
    if (!transaction.isActive())
        return wrong(tr("Bin %1").arg(to.code), tr("The database is busy: scan the bin again"));
    StockLedger ledger(m_c);
    for (const Pending &p : m_pending) {
        MoveRequest request;
        request.key = p.key;
        request.itemId = p.item.id;
        request.lotNo = p.lotNo;
        request.fromBinId = m_from->id;
        request.toBinId = to.id;
        request.quantity = p.quantity;
        request.scanCode = p.scanCode;
        if (const auto moved = ledger.transfer(request); !moved) {
            return wrong(tr("Nothing moved to %1").arg(to.code),
                         tr("%1: %2; scan the bin again or clear with CMD:CLEAR")
                             .arg(itemText(p.item), moved.error().message));
        }
    }
    if (const auto s = transaction.commit(); !s)
        return wrong(tr("Nothing moved to %1").arg(to.code), s.error().message);
    const int lines = int(m_pending.size());
    const QString from = m_from->code;
    m_pending.clear();
    m_from.reset();
    return ok(tr("Moved %n item(s) from %1 to %2", nullptr, lines).arg(from, to.code),
              tr("Booked; scan the next bin the goods leave"));
}

ScanResult TransferHandler::handleCode(const ScanEvent &event)
{
    const ScanCode &code = event.code;
    ScanResult refused;
    if (code.kind() == ScanCode::Kind::Bin) {
        const std::optional<Bin> bin = resolveBin(code, &refused);
        if (!bin)
            return refused;
        if (!m_from || m_pending.isEmpty()) {
            m_from = bin;
            return ok(tr("Moving goods out of bin %1").arg(bin->code),
                      tr("%1: now scan each item moved").arg(bin->name));
        }
        if (bin->id == m_from->id)
            return wrong(tr("Bin %1 again").arg(bin->code),
                         tr("Scan the bin the goods go to, not the one they leave. Nothing "
                            "changed"));
        return book(*bin);
    }
    if (code.kind() != ScanCode::Kind::Gs1 && code.kind() != ScanCode::Kind::Unknown) {
        return wrong(code.summary(), tr("Not goods to move: scan goods or a bin label. Nothing "
                                        "changed"));
    }
    const std::optional<Goods> goods = resolveGoods(code, &refused);
    if (!goods)
        return refused;
    if (!m_from)
        return wrong(itemText(goods->item),
                     tr("Scan the bin the goods leave first. Nothing changed"));
    if (seenBefore())
        return duplicate(itemText(goods->item),
                         tr("Already read for this move (the same read); nothing changed"));

    const std::optional<Decimal> typed = nextQuantity();
    const Decimal quantity = takeQuantity(*goods);
    QString lotNo = goods->lotNo;
    QString lotId;
    if (!lotNo.isEmpty()) {
        const auto lot = ItemStore::findLot(m_c, goods->item.id, lotNo);
        lotId = lot ? lot->id : QStringLiteral("-");
    } else if (const auto loose = StockBalance::inBin(m_c, goods->item.id, m_from->id, QString());
               !loose || *loose < pendingOf(goods->item.id, QString()) + quantity) {
        // Goods read without their batch move from the bin's first lot that has enough.
        if (const auto bins = StockBalance::bins(m_c, goods->item.id); bins) {
            for (const BinBalance &b : *bins) {
                if (b.binId == m_from->id && !b.lotId.isEmpty()
                    && b.quantity >= pendingOf(goods->item.id, b.lotNo) + quantity) {
                    lotNo = b.lotNo;
                    lotId = b.lotId;
                    break;
                }
            }
        }
    }
    const auto held = StockBalance::inBin(m_c, goods->item.id, m_from->id, lotId);
    const Decimal wanted = pendingOf(goods->item.id, lotNo) + quantity;
    if (!held || *held < wanted) {
        setNextQuantity(typed);
        return wrong(tr("Not enough %1 in %2").arg(itemText(goods->item), m_from->code),
                     tr("The bin holds %1, the move needs %2; nothing changed")
                         .arg(quantityText(held.value_or(Decimal()), goods->item),
                              quantityText(wanted, goods->item)));
    }
    remember();
    m_pending.append({currentKey(), goods->item, lotNo, quantity,
                      ScanCode::visible(code.text())});
    return ok(tr("%1 %2 to move").arg(quantityText(quantity, goods->item),
                                      itemText(goods->item)),
              tr("%n item(s) read: scan more, or the bin they go to", nullptr,
                 int(m_pending.size())));
}

} // namespace Hearth::Warehouse
