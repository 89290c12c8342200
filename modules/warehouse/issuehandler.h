#pragma once

#include "production/workorder.h"
#include "stockscanhandler.h"

namespace Hearth::Warehouse {

/// Issuing goods to a work order (领料出库) by scanning: the work order (WO:), the bin the
/// goods are taken from (BN:), then each item taken. An item the bin does not hold, or not
/// enough of, is refused with the bins that hold it; a part or package of another order is
/// refused as another order's goods.
class IssueHandler : public StockScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::IssueHandler)

public:
    explicit IssueHandler(Storage::Connection &connection);

    QString prompt() const override;
    QList<ScanContextField> context() const override;
    std::optional<Production::WorkOrder> workOrder() const { return m_workOrder; }
    std::optional<Bin> bin() const { return m_bin; }

protected:
    ScanResult handleCode(const ScanEvent &event) override;
    void clearContext() override;

private:
    ScanResult orderGoods(const ScanCode &code, const QString &orderNo);
    QString whereHeld(const Item &item) const;

    std::optional<Production::WorkOrder> m_workOrder;
    std::optional<Bin> m_bin;
};

} // namespace Hearth::Warehouse
