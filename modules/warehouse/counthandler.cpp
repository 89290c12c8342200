#include "counthandler.h"

#include "itemstore.h"
#include "stockledger.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSet>

namespace Hearth::Warehouse {

using Core::Decimal;

namespace {

QString lineKey(const QString &itemId, const QString &lotNo)
{
    return itemId + QLatin1Char('/') + lotNo;
}

} // namespace

QString CountHandler::onlyLot(const QString &itemId, const QString &binId) const
{
    // Goods read without their batch in a bin that holds one lot of them and nothing without
    // a lot are that lot.
    Storage::Statement &q = m_c.prepare("SELECT lot_id FROM stock_balances WHERE item_id = ? "
                                        "AND bin_id = ? AND quantity_micros <> 0");
    q.bind(1, itemId).bind(2, binId);
    QStringList lots;
    while (q.next())
        lots.append(q.text(0));
    q.reset();
    if (lots.size() != 1 || lots.first().isEmpty())
        return QString();
    for (const Line &line : m_lines) {
        if (line.item.id == itemId && !line.lotNo.isEmpty())
            return QString();
    }
    return lots.first();
}

CountHandler::CountHandler(Storage::Connection &connection)
    : StockScanHandler(ScanJob::Count, connection)
{
}

QString CountHandler::prompt() const
{
    if (!m_bin)
        return tr("Count: scan the bin to count");
    return tr("Counting %1: scan every item in it, then the card CMD:FINISH").arg(m_bin->code);
}

QList<ScanContextField> CountHandler::context() const
{
    return {{QStringLiteral("bin"), tr("Counting bin"), m_bin ? m_bin->code : QString()},
            {QStringLiteral("pending"), tr("Lines counted"),
             m_lines.isEmpty() ? QString() : QString::number(m_lines.size())}};
}

void CountHandler::clearContext()
{
    m_bin.reset();
    m_lines.clear();
}

Decimal CountHandler::counted(const QString &itemId, const QString &lotNo) const
{
    const auto it = m_lines.constFind(lineKey(itemId, lotNo));
    return it == m_lines.cend() ? Decimal() : it->quantity;
}

ScanResult CountHandler::close()
{
    const Bin bin = *m_bin;
    Storage::Transaction transaction(m_c);
    if (!transaction.isActive())
        return wrong(tr("Count of %1 not closed").arg(bin.code),
                     tr("The database is busy: scan CMD:FINISH again"));
    StockLedger ledger(m_c);
    QList<StockMove> moves;
    QSet<QString> covered;  // item id + '/' + lot id
    const auto post = [&](MoveRequest request) -> std::optional<ScanResult> {
        request.key = currentKey() + QLatin1Char(':') + request.itemId + QLatin1Char(':')
            + (request.lotNo.isEmpty() ? request.lotId : request.lotNo);
        request.toBinId = bin.id;
        const auto moved = ledger.count(request);
        if (!moved)
            return wrong(tr("Count of %1 not closed").arg(bin.code), moved.error().toString());
        covered.insert(moved->move.itemId + QLatin1Char('/') + moved->move.lotId);
        moves.append(moved->move);
        return std::nullopt;
    };
    for (const Line &line : std::as_const(m_lines)) {
        MoveRequest request;
        request.itemId = line.item.id;
        request.lotNo = line.lotNo;
        if (line.lotNo.isEmpty())
            request.lotId = onlyLot(line.item.id, bin.id);
        request.expiresOn = line.expiresOn;
        request.quantity = line.quantity;
        if (auto failed = post(request))
            return *failed;
    }
    // What the bin holds that nobody read was not found: counted as nothing.
    QList<MoveRequest> unread;
    Storage::Statement &q = m_c.prepare("SELECT item_id, lot_id FROM stock_balances "
                                        "WHERE bin_id = ? AND quantity_micros <> 0 "
                                        "ORDER BY item_id, lot_id");
    q.bind(1, bin.id);
    while (q.next()) {
        if (covered.contains(q.text(0) + QLatin1Char('/') + q.text(1)))
            continue;
        MoveRequest request;
        request.itemId = q.text(0);
        request.lotId = q.text(1);
        unread.append(request);
    }
    q.reset();
    for (const MoveRequest &request : std::as_const(unread)) {
        if (auto failed = post(request))
            return *failed;
    }
    if (const auto s = transaction.commit(); !s)
        return wrong(tr("Count of %1 not closed").arg(bin.code), s.error().message);

    QStringList differences;
    for (const StockMove &m : std::as_const(moves)) {
        if (m.quantity.isZero())
            continue;
        const auto item = ItemStore::find(m_c, m.itemId);
        const QString sign = m.toBinId.isEmpty() ? QStringLiteral("−") : QStringLiteral("+");
        differences.append((item ? item->code : m.itemId) + QLatin1Char(' ') + sign
                           + m.quantity.toString());
    }
    differences.sort();
    m_bin.reset();
    m_lines.clear();
    return ok(tr("Count of %1 closed: %n line(s)", nullptr, int(moves.size())).arg(bin.code),
              differences.isEmpty()
                  ? tr("Everything as booked; scan the next bin")
                  : tr("Differences booked: %1").arg(differences.join(QStringLiteral(", "))));
}

ScanResult CountHandler::handleCode(const ScanEvent &event)
{
    const ScanCode &code = event.code;
    ScanResult refused;
    switch (code.kind()) {
    case ScanCode::Kind::Bin: {
        const std::optional<Bin> bin = resolveBin(code, &refused);
        if (!bin)
            return refused;
        if (m_bin && bin->id != m_bin->id && !m_lines.isEmpty()) {
            return wrong(tr("A count of %1 is open").arg(m_bin->code),
                         tr("Close it with CMD:FINISH, or drop it with CMD:CLEAR, before "
                            "counting %1. Nothing changed")
                             .arg(bin->code));
        }
        m_bin = bin;
        return ok(tr("Counting bin %1").arg(bin->code),
                  tr("%1: scan every item in it, then CMD:FINISH").arg(bin->name));
    }
    case ScanCode::Kind::Command:
        if (code.command() != Production::ShopfloorCode::Command::Finish)
            return wrong(code.summary(), tr("Close a count with CMD:FINISH; nothing changed"));
        if (!m_bin)
            return wrong(code.summary(), tr("No count is open: scan a bin first"));
        return close();
    case ScanCode::Kind::WorkOrder:
    case ScanCode::Kind::Part:
    case ScanCode::Kind::Package:
        return wrong(code.summary(), tr("Not goods to count: scan the goods' label. Nothing "
                                        "changed"));
    default:
        break;
    }
    const std::optional<Goods> goods = resolveGoods(code, &refused);
    if (!goods)
        return refused;
    if (!m_bin)
        return wrong(itemText(goods->item), tr("Scan the bin to count first. Nothing changed"));
    if (seenBefore())
        return duplicate(itemText(goods->item),
                         tr("Already counted (the same read); nothing changed"));
    remember();
    const Decimal quantity = takeQuantity(*goods);
    Line &line = m_lines[lineKey(goods->item.id, goods->lotNo)];
    line.item = goods->item;
    line.lotNo = goods->lotNo;
    line.expiresOn = goods->expiresOn;
    line.quantity += quantity;
    return ok(tr("+%1 %2").arg(quantityText(quantity, goods->item), itemText(goods->item)),
              tr("Counted in %1 so far: %2").arg(m_bin->code,
                                                 quantityText(line.quantity, goods->item)));
}

} // namespace Hearth::Warehouse
