#include "stockscanhandler.h"

#include "counthandler.h"
#include "issuehandler.h"
#include "itemstore.h"
#include "receivehandler.h"
#include "storage/database.h"
#include "transferhandler.h"
#include "warehousestore.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Hearth::Warehouse {

using Core::Decimal;

namespace {

constexpr int KeyHashLength = 16;

QString newSession()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The item a GTIN names, stored as 14 digits or in its short form (GTIN-13, -12, -8).
std::optional<Item> itemByGtin(Storage::Connection &c, const QString &gtin14)
{
    if (auto item = ItemStore::findByGtin(c, gtin14))
        return item;
    for (int length : {13, 12, 8}) {
        const qsizetype cut = gtin14.size() - length;
        if (cut <= 0 || gtin14.left(cut) != QString(cut, QLatin1Char('0')))
            continue;
        if (auto item = ItemStore::findByGtin(c, gtin14.mid(cut)))
            return item;
    }
    return std::nullopt;
}

/// The measure AI that gives a quantity in unit: net length in metres (311n), area in square
/// metres (314n), net weight in kilograms (310n).
QString measureAiPrefix(Orders::Unit unit)
{
    switch (unit) {
    case Orders::Unit::Metre:
        return QStringLiteral("311");
    case Orders::Unit::SquareMetre:
        return QStringLiteral("314");
    case Orders::Unit::Kilogram:
        return QStringLiteral("310");
    default:
        break;
    }
    return QString();
}

} // namespace

StockScanHandler::StockScanHandler(ScanJob job, Storage::Connection &connection)
    : m_c(connection), m_job(job), m_session(newSession())
{
}

std::unique_ptr<StockScanHandler> StockScanHandler::create(ScanJob job,
                                                           Storage::Connection &connection)
{
    std::unique_ptr<StockScanHandler> handler;
    switch (job) {
    case ScanJob::Receive:
        handler = std::make_unique<ReceiveHandler>(connection);
        break;
    case ScanJob::Issue:
        handler = std::make_unique<IssueHandler>(connection);
        break;
    case ScanJob::Transfer:
        handler = std::make_unique<TransferHandler>(connection);
        break;
    case ScanJob::Count:
        handler = std::make_unique<CountHandler>(connection);
        break;
    case ScanJob::Pack:
    case ScanJob::Load:
        return nullptr;
    }
    if (const QString code = deskWarehouseCode(connection); !code.isEmpty()) {
        if (auto warehouse = WarehouseStore::findByCode(connection, code))
            handler->setWarehouse(warehouse->id);
    }
    return handler;
}

QString StockScanHandler::deskWarehouseCode(Storage::Connection &connection)
{
    Storage::Statement &q = connection.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QStringLiteral("warehouse.scan_warehouse"));
    QString code;
    if (q.next())
        code = q.text(0).trimmed();
    q.reset();
    return code;
}

Core::Status StockScanHandler::setDeskWarehouseCode(Storage::Connection &connection,
                                                   const QString &code)
{
    Storage::Statement &q = connection.prepare(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, QStringLiteral("warehouse.scan_warehouse")).bind(2, code);
    if (!q.exec()) {
        const Core::Error e{tr("the desk's warehouse could not be kept: %1").arg(q.error()),
                            QStringLiteral("settings: warehouse.scan_warehouse")};
        q.reset();
        return e;
    }
    return {};
}

void StockScanHandler::setWarehouse(const QString &warehouseId)
{
    m_warehouseId = warehouseId;
}

void StockScanHandler::setNextQuantity(std::optional<Decimal> quantity)
{
    m_nextQuantity = quantity;
}

void StockScanHandler::reset()
{
    clearContext();
    m_session = newSession();
    m_sequence = 0;
    m_lastRead.clear();
    m_lastAt = QDateTime();
    m_key.clear();
    m_accepted.clear();
    m_nextQuantity.reset();
}

QString StockScanHandler::codeIdentity(const ScanCode &code)
{
    if (code.kind() != ScanCode::Kind::Gs1)
        return QString::number(int(code.kind())) + u':' + code.text().toUpper();
    // The same goods read from a DataMatrix or a GS1-128 label are one code.
    QStringList parts;
    for (const Gs1Element &e : code.elements())
        parts.append(e.ai + u'=' + e.value);
    parts.sort();
    return parts.join(u';');
}

ScanResult StockScanHandler::handle(const ScanEvent &event)
{
    const ScanCode &code = event.code;
    // An unknown code may still be an item's own code; everything else refused is refused.
    const bool maybeItem = code.kind() == ScanCode::Kind::Unknown && !event.inputMethod
        && !code.inputMethodChanged();
    if (const QString problem = event.problem(); !problem.isEmpty() && !maybeItem)
        return wrong(tr("Not accepted: nothing changed"), problem);
    if (code.kind() == ScanCode::Kind::Station) {
        return wrong(code.summary(), tr("A shop-floor station card: scan it on the shop-floor "
                                        "page, not in the warehouse"));
    }

    const QString identity = codeIdentity(code);
    const bool resent = identity == m_lastRead && m_lastAt.isValid() && event.at.isValid()
        && qAbs(m_lastAt.msecsTo(event.at)) <= ResendWindowMs;
    if (!resent)
        ++m_sequence;
    m_lastRead = identity;
    m_lastAt = event.at;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(
            KeyHashLength));
    // A unit with its own number (serial, SSCC) is one unit however often it is read.
    const bool unit = code.kind() == ScanCode::Kind::Gs1
        && (!code.serial().isEmpty() || !code.sscc().isEmpty());
    m_key = unit ? QStringLiteral("scan:%1:%2").arg(m_session, hash)
                 : QStringLiteral("scan:%1:%2:%3").arg(m_session).arg(m_sequence).arg(hash);

    if (code.kind() == ScanCode::Kind::Command
        && code.command() == Production::ShopfloorCode::Command::Clear) {
        clearContext();
        m_nextQuantity.reset();
        return ok(code.summary(), tr("Cleared: nothing was written. %1").arg(prompt()));
    }
    return handleCode(event);
}

std::optional<Bin> StockScanHandler::resolveBin(const ScanCode &code, ScanResult *result) const
{
    const std::optional<Bin> bin = WarehouseStore::findBinByCode(m_c, code.value());
    if (!bin) {
        *result = wrong(tr("Unknown bin %1").arg(code.value()),
                        tr("No bin of this site has that code; nothing changed"));
        return std::nullopt;
    }
    if (!bin->active) {
        *result = wrong(tr("Bin %1 is closed").arg(bin->code),
                        tr("Scan a bin in use; nothing changed"));
        return std::nullopt;
    }
    if (!m_warehouseId.isEmpty() && bin->warehouseId != m_warehouseId) {
        const auto other = WarehouseStore::find(m_c, bin->warehouseId);
        const auto mine = WarehouseStore::find(m_c, m_warehouseId);
        *result = wrong(tr("Bin %1 is in another warehouse").arg(bin->code),
                        tr("It belongs to %1; this page scans for %2. Nothing changed")
                            .arg(other ? other->name : bin->warehouseId,
                                 mine ? mine->name : m_warehouseId));
        return std::nullopt;
    }
    return bin;
}

std::optional<StockScanHandler::Goods> StockScanHandler::resolveGoods(const ScanCode &code,
                                                                      ScanResult *result) const
{
    Goods goods;
    if (code.kind() == ScanCode::Kind::Unknown) {
        // An item's own code on a shelf or board label ("PB18-W").
        if (auto item = ItemStore::findByCode(m_c, code.text().trimmed())) {
            goods.item = *item;
            return goods;
        }
        *result = wrong(tr("Unknown code %1").arg(ScanCode::visible(code.text())),
                        tr("Neither GS1 goods nor an item code of this site; nothing changed"));
        return std::nullopt;
    }
    if (code.kind() != ScanCode::Kind::Gs1) {
        *result = wrong(code.summary(), tr("Not goods: scan the goods' label. Nothing changed"));
        return std::nullopt;
    }
    // A carton label names its content by AI 02 with the count in AI 37.
    QString gtin = code.gtin();
    if (gtin.isEmpty())
        gtin = code.elementValue(QStringLiteral("02"));
    if (gtin.isEmpty()) {
        *result = wrong(code.summary(),
                        code.sscc().isEmpty()
                            ? tr("The label names no goods (no GTIN); nothing changed")
                            : tr("A pallet label: scan the cartons on the pallet. Nothing "
                                 "changed"));
        return std::nullopt;
    }
    const std::optional<Item> item = itemByGtin(m_c, gtin);
    if (!item) {
        *result = wrong(tr("GTIN %1 is no item of this site").arg(gtin),
                        tr("Add the GTIN to the item, or scan the item's own code. Nothing "
                           "changed"));
        return std::nullopt;
    }
    goods.item = *item;
    goods.lotNo = code.batch();
    goods.expiresOn = code.elementDate(QStringLiteral("17"));

    QString count = code.elementValue(QStringLiteral("37"));
    if (count.isEmpty())
        count = code.elementValue(QStringLiteral("30"));
    if (!count.isEmpty()) {
        const auto parsed = Decimal::parse(count);
        if (!parsed || parsed->micros() <= 0) {
            *result = wrong(code.summary(),
                            tr("The label's count \"%1\" is no quantity; nothing changed")
                                .arg(count));
            return std::nullopt;
        }
        goods.labelQuantity = *parsed;
        return goods;
    }
    if (const QString prefix = measureAiPrefix(item->unit); !prefix.isEmpty()) {
        for (const Gs1Element &e : code.elements()) {
            if (e.ai.size() == 4 && e.ai.startsWith(prefix)) {
                if (const auto parsed = Decimal::parse(e.decimalText()); parsed)
                    goods.labelQuantity = *parsed;
                break;
            }
        }
    }
    return goods;
}

Decimal StockScanHandler::takeQuantity(const Goods &goods)
{
    if (m_nextQuantity) {
        const Decimal typed = *m_nextQuantity;
        m_nextQuantity.reset();
        return typed;
    }
    return goods.labelQuantity.value_or(Decimal::fromInt(1));
}

bool StockScanHandler::seenBefore()
{
    return m_accepted.contains(m_key);
}

void StockScanHandler::remember()
{
    m_accepted.insert(m_key);
}

ScanResult StockScanHandler::ok(const QString &message, const QString &detail)
{
    return ScanResult{ScanResult::Outcome::Ok, message, detail};
}

ScanResult StockScanHandler::wrong(const QString &message, const QString &detail)
{
    return ScanResult{ScanResult::Outcome::Wrong, message, detail};
}

ScanResult StockScanHandler::duplicate(const QString &message, const QString &detail)
{
    return ScanResult{ScanResult::Outcome::Duplicate, message, detail};
}

QString StockScanHandler::itemText(const Item &item)
{
    return item.code + QLatin1Char(' ') + item.name;
}

QString StockScanHandler::quantityText(Decimal quantity, const Item &item)
{
    return quantity.toString() + QLatin1Char(' ') + Orders::unitName(item.unit);
}

} // namespace Hearth::Warehouse
