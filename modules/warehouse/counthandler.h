#pragma once

#include "stockscanhandler.h"

#include <QMap>

namespace Hearth::Warehouse {

/// Counting a bin (盘点) by scanning: the bin, then every item in it (each read adds 1, the
/// label's count or the typed quantity), then the command card CMD:FINISH, which books in one
/// transaction a count move per item and lot: what was read, and nothing for what the bin
/// held but nobody read. CMD:CLEAR drops the count unbooked. Until the count is closed
/// nothing is written.
class CountHandler : public StockScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::CountHandler)

public:
    explicit CountHandler(Storage::Connection &connection);

    QString prompt() const override;
    QList<ScanContextField> context() const override;
    std::optional<Bin> bin() const { return m_bin; }
    /// What was counted so far of an item and lot ("" for goods without one).
    Core::Decimal counted(const QString &itemId, const QString &lotNo = {}) const;

protected:
    ScanResult handleCode(const ScanEvent &event) override;
    void clearContext() override;

private:
    struct Line
    {
        Item item;
        QString lotNo;
        QDate expiresOn;
        Core::Decimal quantity;
    };

    ScanResult close();
    /// The one lot a bin holds of an item read without its batch; empty when not exactly one.
    QString onlyLot(const QString &itemId, const QString &binId) const;

    std::optional<Bin> m_bin;
    QMap<QString, Line> m_lines;  // item id + '/' + lot number
};

} // namespace Hearth::Warehouse
