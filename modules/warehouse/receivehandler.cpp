#include "receivehandler.h"

#include "purchaseorderstore.h"
#include "purchasereceipt.h"
#include "stockbalance.h"
#include "stockledger.h"

namespace Hearth::Warehouse {

ReceiveHandler::ReceiveHandler(Storage::Connection &connection)
    : StockScanHandler(ScanJob::Receive, connection)
{
}

QString ReceiveHandler::prompt() const
{
    if (!m_bin) {
        return m_order ? tr("Receive %1: scan the label of the bin the goods go into")
                             .arg(m_order->poNo)
                       : tr("Receive: scan the label of the bin the goods go into (and the "
                            "purchase order's PO: code to receive against it)");
    }
    if (m_order)
        return tr("Receive %1 into %2: scan each carton or piece").arg(m_order->poNo,
                                                                        m_bin->code);
    return tr("Receive into %1: scan each carton or piece; a new bin label changes the bin")
        .arg(m_bin->code);
}

QList<ScanContextField> ReceiveHandler::context() const
{
    return {{QStringLiteral("purchase_order"), tr("Purchase order"),
             m_order ? m_order->poNo : QString()},
            {QStringLiteral("bin"), tr("Into bin"), m_bin ? m_bin->code : QString()},
            {QStringLiteral("pending"), tr("Received"),
             m_received ? QString::number(m_received) : QString()}};
}

void ReceiveHandler::clearContext()
{
    m_bin.reset();
    m_order.reset();
}

ScanResult ReceiveHandler::choosePurchaseOrder(const QString &poNo)
{
    const std::optional<PurchaseOrder> order = PurchaseOrderStore::findByNo(m_c, poNo);
    if (!order)
        return wrong(tr("Purchase order %1 is unknown").arg(poNo),
                     tr("No purchase order has this number; nothing changed"));
    if (order->status == u"cancelled")
        return wrong(tr("Purchase order %1 is cancelled").arg(poNo),
                     tr("Nothing is received against a cancelled order; nothing changed"));
    if (order->status == u"closed")
        return wrong(tr("Purchase order %1 is closed").arg(poNo),
                     tr("Every line of it was received; nothing changed"));
    m_order = order;
    int open = 0;
    for (const PurchaseOrderLine &line : order->lines) {
        if (line.received < line.quantity)
            ++open;
    }
    return ok(tr("Receiving against %1 (%2)").arg(order->poNo, order->supplierCode),
              m_bin ? tr("%n line(s) still to receive: scan the goods", nullptr, open)
                    : tr("%n line(s) still to receive: scan the bin label", nullptr, open));
}

ScanResult ReceiveHandler::receiveAgainst(const PurchaseOrder &order, const Goods &goods,
                                          const QString &scanCode)
{
    // The first line of the item still open; when all are received, the last one, so that
    // the over-receipt tolerance decides.
    const PurchaseOrderLine *line = nullptr;
    for (const PurchaseOrderLine &candidate : order.lines) {
        if (candidate.itemId != goods.item.id)
            continue;
        line = &candidate;
        if (candidate.received < candidate.quantity)
            break;
    }
    if (!line) {
        return wrong(tr("%1 is not on %2").arg(itemText(goods.item), order.poNo),
                     tr("Nothing changed: scan the goods of this order, or CMD:CLEAR and the "
                        "right order's PO: code"));
    }

    const std::optional<Core::Decimal> typed = nextQuantity();
    PurchaseReceiptRequest request;
    request.lineRef = line->id;
    request.quantity = takeQuantity(goods);
    request.toBinId = m_bin->id;
    request.key = currentKey();
    request.scanCode = scanCode;
    request.lotNo = goods.lotNo;
    request.expiresOn = goods.expiresOn;
    const auto received = PurchaseReceipt::receive(m_c, request);
    if (!received) {
        setNextQuantity(typed);
        return wrong(itemText(goods.item), received.error().message);
    }
    remember();
    if (received->receipt.repeated)
        return duplicate(itemText(goods.item),
                         tr("Already received in this session (the same read); nothing changed"));
    ++m_received;
    const PurchaseOrderLine &after = received->line;
    QString detail = tr("Into %1 · %2 of %3 received")
                         .arg(m_bin->code, after.received.toString(), after.quantity.toString());
    if (!goods.lotNo.isEmpty())
        detail += tr(" · lot %1").arg(goods.lotNo);
    m_order = PurchaseOrderStore::find(m_c, order.id);
    if (m_order && m_order->status == u"closed") {
        detail += tr(" · %1 is now complete and closed").arg(order.poNo);
        m_order.reset();
    }
    return ok(tr("Received %1 %2 on %3")
                  .arg(quantityText(request.quantity, goods.item), itemText(goods.item),
                       after.ref()),
              detail);
}

ScanResult ReceiveHandler::handleCode(const ScanEvent &event)
{
    const ScanCode &code = event.code;
    ScanResult refused;
    switch (code.kind()) {
    case ScanCode::Kind::Bin: {
        const std::optional<Bin> bin = resolveBin(code, &refused);
        if (!bin)
            return refused;
        m_bin = bin;
        return ok(tr("Receiving into bin %1").arg(bin->code),
                  tr("%1: now scan the goods").arg(bin->name));
    }
    case ScanCode::Kind::PurchaseOrder:
        return choosePurchaseOrder(code.value());
    case ScanCode::Kind::WorkOrder:
    case ScanCode::Kind::Part:
    case ScanCode::Kind::Package:
    case ScanCode::Kind::Command:
        return wrong(code.summary(), tr("Not goods to receive: scan the supplier's label or a "
                                        "bin label. Nothing changed"));
    default:
        break;
    }

    const std::optional<Goods> goods = resolveGoods(code, &refused);
    if (!goods)
        return refused;
    if (!m_bin)
        return wrong(itemText(goods->item),
                     tr("Scan the bin label first: the goods need a bin. Nothing changed"));
    if (seenBefore())
        return duplicate(itemText(goods->item), tr("Already received in this session (the "
                                                   "same read); nothing changed"));

    // The order the read is received against: the one scanned, or the one the label names.
    std::optional<PurchaseOrder> against = m_order;
    if (const QString named = code.elementValue(QStringLiteral("400")); !named.isEmpty()) {
        if (!m_order || m_order->poNo.compare(named, Qt::CaseInsensitive) != 0) {
            if (auto labelled = PurchaseOrderStore::findByNo(m_c, named.toUpper());
                labelled && labelled->status == u"open") {
                against = labelled;
            } else if (m_order) {
                return wrong(itemText(goods->item),
                             tr("The label names purchase order %1, not %2; nothing changed")
                                 .arg(named, m_order->poNo));
            }
        }
    }
    if (against)
        return receiveAgainst(*against, *goods, ScanCode::visible(code.text()));

    MoveRequest request;
    request.key = currentKey();
    request.itemId = goods->item.id;
    request.lotNo = goods->lotNo;
    request.expiresOn = goods->expiresOn;
    request.toBinId = m_bin->id;
    const std::optional<Core::Decimal> typed = nextQuantity();
    request.quantity = takeQuantity(*goods);
    request.scanCode = ScanCode::visible(code.text());
    const auto moved = StockLedger(m_c).receive(request);
    if (!moved) {
        setNextQuantity(typed);
        return wrong(itemText(goods->item), moved.error().message);
    }
    remember();
    if (moved->repeated)
        return duplicate(itemText(goods->item),
                         tr("Already received in this session (the same read); nothing changed"));
    ++m_received;
    const auto held = StockBalance::inBin(m_c, goods->item.id, m_bin->id);
    QString detail = tr("Into %1").arg(m_bin->code);
    if (!goods->lotNo.isEmpty())
        detail += tr(" · lot %1").arg(goods->lotNo);
    if (goods->expiresOn.isValid())
        detail += tr(" · expires %1").arg(goods->expiresOn.toString(Qt::ISODate));
    if (held)
        detail += tr(" · the bin now holds %1").arg(quantityText(*held, goods->item));
    return ok(tr("Received %1 %2").arg(quantityText(request.quantity, goods->item),
                                      itemText(goods->item)),
              detail);
}

} // namespace Hearth::Warehouse
