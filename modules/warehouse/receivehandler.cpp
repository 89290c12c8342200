#include "receivehandler.h"

#include "stockbalance.h"
#include "stockledger.h"

namespace Hearth::Warehouse {

ReceiveHandler::ReceiveHandler(Storage::Connection &connection)
    : StockScanHandler(ScanJob::Receive, connection)
{
}

QString ReceiveHandler::prompt() const
{
    if (!m_bin)
        return tr("Receive: scan the label of the bin the goods go into");
    return tr("Receive into %1: scan each carton or piece; a new bin label changes the bin")
        .arg(m_bin->code);
}

QList<ScanContextField> ReceiveHandler::context() const
{
    return {{QStringLiteral("bin"), tr("Into bin"), m_bin ? m_bin->code : QString()},
            {QStringLiteral("pending"), tr("Received"),
             m_received ? QString::number(m_received) : QString()}};
}

void ReceiveHandler::clearContext()
{
    m_bin.reset();
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
