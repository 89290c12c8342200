#pragma once

#include "stockscanhandler.h"

namespace Hearth::Warehouse {

/// Receiving goods (收货入库) by scanning: the bin label first, then each carton or piece.
/// Each goods read is one receipt into the bin: GS1 GTIN (AI 01, or AI 02 with the count of
/// AI 37) to the item, batch (AI 10) to the lot, expiry (AI 17), the count (AI 30, 37) or a
/// measure (311n metres, 314n m², 310n kg) as the quantity, else 1 or the typed quantity.
/// TODO(#6): receipt against a purchase order line and its price.
class ReceiveHandler : public StockScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ReceiveHandler)

public:
    explicit ReceiveHandler(Storage::Connection &connection);

    QString prompt() const override;
    QList<ScanContextField> context() const override;
    std::optional<Bin> bin() const { return m_bin; }
    /// Receipts booked in this session.
    int received() const { return m_received; }

protected:
    ScanResult handleCode(const ScanEvent &event) override;
    void clearContext() override;

private:
    std::optional<Bin> m_bin;
    int m_received = 0;
};

} // namespace Hearth::Warehouse
