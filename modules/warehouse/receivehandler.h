#pragma once

#include "purchaseorder.h"
#include "stockscanhandler.h"

namespace Hearth::Warehouse {

/// Receiving goods (收货入库) by scanning: the bin label first, then each carton or piece.
/// Each goods read is one receipt into the bin: GS1 GTIN (AI 01, or AI 02 with the count of
/// AI 37) to the item, batch (AI 10) to the lot, expiry (AI 17), the count (AI 30, 37) or a
/// measure (311n metres, 314n m², 310n kg) as the quantity, else 1 or the typed quantity.
/// Against a purchase order (采购入库): once its PO: code is scanned, or when a label names it
/// in AI 400, each read is received on the order's open line of that item at the line's price
/// through PurchaseReceipt; goods the order does not hold are refused. Without one, a read is
/// a receipt without order (其他入库) at the item's standard cost.
class ReceiveHandler : public StockScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ReceiveHandler)

public:
    explicit ReceiveHandler(Storage::Connection &connection);

    QString prompt() const override;
    QList<ScanContextField> context() const override;
    std::optional<Bin> bin() const { return m_bin; }
    /// The purchase order the reads are received against, when one was scanned.
    std::optional<PurchaseOrder> purchaseOrder() const { return m_order; }
    /// Receipts booked in this session.
    int received() const { return m_received; }

protected:
    ScanResult handleCode(const ScanEvent &event) override;
    void clearContext() override;

private:
    ScanResult choosePurchaseOrder(const QString &poNo);
    ScanResult receiveAgainst(const PurchaseOrder &order, const Goods &goods,
                              const QString &scanCode);

    std::optional<Bin> m_bin;
    std::optional<PurchaseOrder> m_order;
    int m_received = 0;
};

} // namespace Hearth::Warehouse
