#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "item.h"
#include "scanhandler.h"
#include "warehouse.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// One thing a stock job is working on, for the page's context bar: "Bin" "HW-RCV".
struct ScanContextField
{
    QString id;     // "bin", "to_bin", "work_order", "order", "warehouse", "pending"
    QString label;  // translated
    QString value;  // empty: not chosen yet
};

/// The job logic of the scanning jobs that book stock moves (receive, issue, transfer,
/// count): resolves bins and goods from the codes, keeps what the job is working on (bin,
/// work order) and turns each good read into StockLedger calls. Every read gets a
/// deterministic key from the page session, its sequence and the code; a read that the
/// scanner sends again at once (the same code within ResendWindowMs, nothing between), or a
/// unit with a serial or SSCC read twice in a session, is a Duplicate and writes nothing.
/// A wrong read writes nothing either.
class StockScanHandler : public ScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::StockScanHandler)

public:
    static constexpr int ResendWindowMs = 500;

    StockScanHandler(ScanJob job, Storage::Connection &connection);

    /// The handler booking stock for job; nullptr for the jobs it does not book (pack, load).
    static std::unique_ptr<StockScanHandler> create(ScanJob job,
                                                    Storage::Connection &connection);
    /// The warehouse a desk scans for (setting warehouse.scan_warehouse, a code); empty: any.
    static QString deskWarehouseCode(Storage::Connection &connection);
    /// Keeps the warehouse a desk scans for (its code; empty: any).
    static Core::Status setDeskWarehouseCode(Storage::Connection &connection,
                                             const QString &code);

    ScanResult handle(const ScanEvent &event) final;
    /// Starts a new scan session: forgets the context, the reads and the typed quantity.
    void reset() override;

    ScanJob job() const { return m_job; }
    /// Bins of other warehouses are refused while set; empty: any warehouse.
    void setWarehouse(const QString &warehouseId);
    QString warehouseId() const { return m_warehouseId; }
    /// A quantity typed for the next goods read (instead of 1 or the label's count).
    void setNextQuantity(std::optional<Core::Decimal> quantity);
    std::optional<Core::Decimal> nextQuantity() const { return m_nextQuantity; }
    /// What the job is working on, in the order the bar shows it.
    virtual QList<ScanContextField> context() const = 0;

    QString sessionId() const { return m_session; }
    /// Tests and replays: the session whose keys the reads get.
    void setSessionId(const QString &session) { m_session = session; }
    /// The key of the read being handled (valid inside handleCode()).
    QString currentKey() const { return m_key; }

protected:
    /// Goods a read names: the item, its lot and expiry, and the quantity the label counts.
    struct Goods
    {
        Item item;
        QString lotNo;
        QDate expiresOn;
        std::optional<Core::Decimal> labelQuantity;
    };

    /// The job's answer to a good, new read (not a re-send, not refused by the code check).
    virtual ScanResult handleCode(const ScanEvent &event) = 0;
    /// Forgets the job's context (bins, work order, pending goods).
    virtual void clearContext() = 0;

    /// The bin a BN: code names, or a Wrong result saying why it may not be used.
    std::optional<Bin> resolveBin(const ScanCode &code, ScanResult *wrong) const;
    /// The goods a GS1 read or an item's own code names, or a Wrong result.
    std::optional<Goods> resolveGoods(const ScanCode &code, ScanResult *wrong) const;
    /// The typed quantity, else the label's count, else 1; the typed one is used up.
    Core::Decimal takeQuantity(const Goods &goods);
    /// Whether the current key was accepted before in this session; remembers it.
    bool seenBefore();
    void remember();

    static ScanResult ok(const QString &message, const QString &detail);
    static ScanResult wrong(const QString &message, const QString &detail);
    static ScanResult duplicate(const QString &message, const QString &detail);
    /// "HG-35 35mm阻尼铰链".
    static QString itemText(const Item &item);
    /// "12 piece(s)".
    static QString quantityText(Core::Decimal quantity, const Item &item);

    Storage::Connection &m_c;

private:
    static QString codeIdentity(const ScanCode &code);

    ScanJob m_job;
    QString m_session;
    qint64 m_sequence = 0;
    QString m_lastRead;
    QDateTime m_lastAt;
    QString m_key;
    QSet<QString> m_accepted;
    QString m_warehouseId;
    std::optional<Core::Decimal> m_nextQuantity;
};

} // namespace Hearth::Warehouse
