#include "issuehandler.h"

#include "production/workorderstore.h"
#include "stockbalance.h"
#include "stockledger.h"
#include "storage/database.h"

namespace Hearth::Warehouse {

using Core::Decimal;

IssueHandler::IssueHandler(Storage::Connection &connection)
    : StockScanHandler(ScanJob::Issue, connection)
{
}

QString IssueHandler::prompt() const
{
    if (!m_workOrder)
        return tr("Issue: scan the work order the goods are for");
    if (!m_bin)
        return tr("Issue to %1: scan the bin the goods are taken from").arg(m_workOrder->woNo);
    return tr("Issue to %1 from %2: scan each item taken").arg(m_workOrder->woNo, m_bin->code);
}

QList<ScanContextField> IssueHandler::context() const
{
    return {{QStringLiteral("work_order"), tr("Work order"),
             m_workOrder ? m_workOrder->woNo : QString()},
            {QStringLiteral("order"), tr("Order"), m_workOrder ? m_workOrder->orderNo : QString()},
            {QStringLiteral("bin"), tr("From bin"), m_bin ? m_bin->code : QString()}};
}

void IssueHandler::clearContext()
{
    m_workOrder.reset();
    m_bin.reset();
}

QString IssueHandler::whereHeld(const Item &item) const
{
    const auto bins = StockBalance::bins(m_c, item.id);
    if (!bins || bins->isEmpty())
        return tr("No bin holds it");
    QStringList places;
    for (const BinBalance &b : *bins) {
        if (b.quantity.micros() > 0)
            places.append(QStringLiteral("%1 (%2)").arg(b.binCode, b.quantity.toString()));
    }
    return places.isEmpty() ? tr("No bin holds it") : tr("It is in %1").arg(places.join(
                                                          QStringLiteral(", ")));
}

ScanResult IssueHandler::orderGoods(const ScanCode &code, const QString &orderNo)
{
    if (!m_workOrder)
        return wrong(code.summary(), tr("Scan the work order first. Nothing changed"));
    if (orderNo.isEmpty())
        return wrong(code.summary(), tr("No part of this site has that code; nothing changed"));
    if (orderNo.compare(m_workOrder->orderNo, Qt::CaseInsensitive) != 0) {
        return wrong(tr("Another order's goods: %1").arg(orderNo),
                     tr("Work order %1 is for order %2; nothing changed")
                         .arg(m_workOrder->woNo, m_workOrder->orderNo));
    }
    return wrong(code.summary(), tr("Parts and packages are not issued: pack them on the Pack "
                                    "job. Nothing changed"));
}

ScanResult IssueHandler::handleCode(const ScanEvent &event)
{
    const ScanCode &code = event.code;
    ScanResult refused;
    switch (code.kind()) {
    case ScanCode::Kind::WorkOrder: {
        const auto found = Production::WorkOrderStore::findByNo(m_c, code.value());
        if (!found)
            return wrong(tr("Unknown work order %1").arg(code.value()),
                         tr("No work order of this site has that number; nothing changed"));
        if (found->status == Production::WorkOrderStatus::Cancelled)
            return wrong(tr("Work order %1 is cancelled").arg(found->woNo),
                         tr("Nothing is issued to a cancelled work order; nothing changed"));
        m_workOrder = found;
        return ok(tr("Issuing to %1").arg(found->woNo),
                  tr("Order %1 · %2: now scan the bin").arg(found->orderNo, found->workshop));
    }
    case ScanCode::Kind::Bin: {
        const std::optional<Bin> bin = resolveBin(code, &refused);
        if (!bin)
            return refused;
        m_bin = bin;
        return ok(tr("Taking from bin %1").arg(bin->code),
                  m_workOrder ? tr("%1: now scan each item").arg(bin->name)
                              : tr("%1: now scan the work order").arg(bin->name));
    }
    case ScanCode::Kind::Package:
        return orderGoods(code, code.value());
    case ScanCode::Kind::Part: {
        Storage::Statement &q = m_c.prepare(
            "SELECT o.order_no FROM order_parts p JOIN sales_orders o ON o.id = p.order_id "
            "WHERE p.id = ? OR REPLACE(UPPER(p.id), '-', '') = ?");
        q.bind(1, code.value()).bind(2, code.value().toUpper().remove(QLatin1Char('-')));
        QString orderNo;
        if (q.next())
            orderNo = q.text(0);
        q.reset();
        return orderGoods(code, orderNo);
    }
    case ScanCode::Kind::Command:
        return wrong(code.summary(), tr("Issue needs no command: each item is booked when it "
                                        "is scanned. Nothing changed"));
    default:
        break;
    }

    const std::optional<Goods> goods = resolveGoods(code, &refused);
    if (!goods)
        return refused;
    if (!m_workOrder)
        return wrong(itemText(goods->item), tr("Scan the work order first. Nothing changed"));
    if (!m_bin)
        return wrong(itemText(goods->item),
                     tr("Scan the bin the goods are taken from first. Nothing changed"));
    if (seenBefore())
        return duplicate(itemText(goods->item),
                         tr("Already issued in this session (the same read); nothing changed"));

    const auto inBin = StockBalance::inBin(m_c, goods->item.id, m_bin->id);
    if (!inBin)
        return wrong(itemText(goods->item), inBin.error().message);
    if (inBin->micros() <= 0) {
        return wrong(tr("%1 is not in bin %2").arg(itemText(goods->item), m_bin->code),
                     whereHeld(goods->item) + tr("; nothing changed"));
    }

    MoveRequest request;
    request.key = currentKey();
    request.itemId = goods->item.id;
    request.fromBinId = m_bin->id;
    request.workOrderId = m_workOrder->id;
    request.orderId = m_workOrder->orderId;
    request.scanCode = ScanCode::visible(code.text());
    const std::optional<Decimal> typed = nextQuantity();
    request.quantity = takeQuantity(*goods);
    if (!goods->lotNo.isEmpty()) {
        request.lotNo = goods->lotNo;
    } else if (const auto bins = StockBalance::bins(m_c, goods->item.id); bins) {
        // Goods read without their batch come from the bin's first lot that has enough.
        const auto loose = StockBalance::inBin(m_c, goods->item.id, m_bin->id, QString());
        if (!loose || *loose < request.quantity) {
            for (const BinBalance &b : *bins) {
                if (b.binId == m_bin->id && !b.lotId.isEmpty() && b.quantity >= request.quantity) {
                    request.lotId = b.lotId;
                    break;
                }
            }
        }
    }
    const auto moved = StockLedger(m_c).issue(request);
    if (!moved) {
        setNextQuantity(typed);
        return wrong(itemText(goods->item), moved.error().message + tr("; nothing changed"));
    }
    remember();
    if (moved->repeated)
        return duplicate(itemText(goods->item),
                         tr("Already issued in this session (the same read); nothing changed"));
    const auto left = StockBalance::inBin(m_c, goods->item.id, m_bin->id);
    return ok(tr("Issued %1 %2").arg(quantityText(request.quantity, goods->item),
                                    itemText(goods->item)),
              tr("To %1 from %2 · %3 left in the bin")
                  .arg(m_workOrder->woNo, m_bin->code,
                       quantityText(left.value_or(Decimal()), goods->item)));
}

} // namespace Hearth::Warehouse
