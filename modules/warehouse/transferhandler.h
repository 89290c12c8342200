#pragma once

#include "stockscanhandler.h"

namespace Hearth::Warehouse {

/// Moving goods between bins (移库) by scanning: the bin they leave, each item, then the bin
/// they go to, which books one transfer per item read in one transaction. Items the first bin
/// does not hold enough of are refused as they are read.
class TransferHandler : public StockScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::TransferHandler)

public:
    explicit TransferHandler(Storage::Connection &connection);

    QString prompt() const override;
    QList<ScanContextField> context() const override;
    std::optional<Bin> fromBin() const { return m_from; }
    /// Items read and not yet booked.
    int pendingCount() const { return int(m_pending.size()); }

protected:
    ScanResult handleCode(const ScanEvent &event) override;
    void clearContext() override;

private:
    struct Pending
    {
        QString key;
        Item item;
        QString lotNo;
        Core::Decimal quantity;
        QString scanCode;
    };

    ScanResult book(const Bin &to);
    Core::Decimal pendingOf(const QString &itemId, const QString &lotNo) const;

    std::optional<Bin> m_from;
    QList<Pending> m_pending;
};

} // namespace Hearth::Warehouse
