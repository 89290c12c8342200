#include "storage/database.h"
#include "warehouse/itemstore.h"
#include "warehouse/stockbalance.h"
#include "warehouse/stockledger.h"
#include "warehouse/stocksetup.h"
#include "warehouse/warehousestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using Core::Decimal;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

QString scalar(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    return q.next() ? q.text(0) : QString();
}

int rows(const QString &table, const QString &where = {})
{
    return scalar("SELECT COUNT(*) FROM " + table + (where.isEmpty() ? "" : " WHERE " + where))
        .toInt();
}

bool exec(const QString &sql)
{
    return db().execScript(sql).ok();
}

template<typename T>
QByteArray why(const Core::Result<T> &r)
{
    return r ? QByteArray("ok") : r.error().toString().toUtf8();
}

} // namespace

class tst_StockLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void seedDefaults();
    void movingAverageOverReceipts();
    void issueAtMovingAverage();
    void transferCarriesValue();
    void count_data();
    void count();
    void negativeRefused();
    void negativeAllowedBySetting();
    void repeatedKeyWritesOnce();
    void lotsKeptApart();
    void packShipReturn();
    void movesAreAppendOnly();
    void changeLogRecordsEveryWrite();
    void rebuildEqualsMaintained();
    void refusesMalformed_data();
    void refusesMalformed();

private:
    QString bin(const char *code) const { return m_bins.value(QLatin1String(code)); }
    QString item(const char *code) const { return m_items.value(QLatin1String(code)); }
    QString warehouse(const char *code) const
    {
        return WarehouseStore::findByCode(db(), QLatin1String(code))->id;
    }
    MoveRequest request(const char *itemCode, const char *quantity) const;
    Decimal inBin(const char *itemCode, const char *binCode) const;
    Core::Result<MoveOutcome> receive(const char *itemCode, const char *binCode,
                                      const char *quantity, const char *cost);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_bins;
    QHash<QString, QString> m_items;
};

MoveRequest tst_StockLedger::request(const char *itemCode, const char *quantity) const
{
    MoveRequest r;
    r.itemId = item(itemCode);
    r.quantity = d(quantity);
    return r;
}

Decimal tst_StockLedger::inBin(const char *itemCode, const char *binCode) const
{
    return StockBalance::inBin(db(), item(itemCode), bin(binCode)).value_or(Decimal());
}

Core::Result<MoveOutcome> tst_StockLedger::receive(const char *itemCode, const char *binCode,
                                                   const char *quantity, const char *cost)
{
    MoveRequest r = request(itemCode, quantity);
    r.toBinId = bin(binCode);
    r.unitCost = d(cost);
    r.purchaseLineRef = "PO-0001/1";
    return StockLedger(db()).receive(r);
}

void tst_StockLedger::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser("cangguan");
    const auto seeded = StockSetup::seedDefaults(db());
    QVERIFY2(seeded, why(seeded));
    m_bins.clear();
    m_items.clear();
    Storage::Statement bins(db().handle(), "SELECT code, id FROM bins");
    while (bins.next())
        m_bins.insert(bins.text(0), bins.text(1));
    Storage::Statement items(db().handle(), "SELECT code, id FROM items");
    while (items.next())
        m_items.insert(items.text(0), items.text(1));
}

void tst_StockLedger::seedDefaults()
{
    QCOMPARE(rows("warehouses"), 3);
    QCOMPARE(rows("bins"), 13);
    QCOMPARE(rows("items"), 12);
    const auto board = ItemStore::findByCode(db(), "PB18-W");
    QVERIFY(board);
    QCOMPARE(board->name, QString("18mm颗粒板 暖白 2440×1220"));
    QCOMPARE(board->nameEn, QString("18 mm particle board, warm white, 2440×1220"));
    QCOMPARE(board->kind, ItemKind::Board);
    QCOMPARE(board->packSize, d("1"));
    QCOMPARE(board->packName, QString("张"));
    QCOMPARE(board->standardCost, d("168"));
    QCOMPARE(ItemStore::findByCode(db(), "EB1-W")->unit, Orders::Unit::Metre);
    QCOMPARE(WarehouseStore::findBinByCode(db(), "FG-STAGE")->kind, BinKind::Staging);

    // Seeding again writes nothing new.
    const int outbox = rows("outbox");
    const auto again = StockSetup::seedDefaults(db());
    QVERIFY2(again, why(again));
    QCOMPARE(again->items + again->bins + again->warehouses, 0);
    QCOMPARE(rows("outbox"), outbox);
}

void tst_StockLedger::movingAverageOverReceipts()
{
    auto r1 = receive("PB18-W", "RAW-A01", "10", "168");
    QVERIFY2(r1, why(r1));
    QCOMPARE(r1->move.value, d("1680"));
    auto r2 = receive("PB18-W", "RAW-A02", "5", "171.50");
    QVERIFY2(r2, why(r2));
    QCOMPARE(r2->move.value, d("857.5"));

    // Both bins are in the raw-material warehouse: one average over them.
    const auto held = StockBalance::holding(db(), item("PB18-W"), warehouse("WH-RAW"));
    QVERIFY2(held, why(held));
    QCOMPARE(held->quantity(), d("15"));
    QCOMPARE(held->value(), d("2537.5"));
    QCOMPARE(held->averageCost(), d("169.166667"));

    auto r3 = receive("PB18-W", "RAW-A01", "7", "165.333333");
    QVERIFY2(r3, why(r3));
    const auto after = StockBalance::holding(db(), item("PB18-W"), warehouse("WH-RAW"));
    QCOMPARE(after->quantity(), d("22"));
    QCOMPARE(after->value(), d("3694.833331"));
    QCOMPARE(after->averageCost(), d("167.946970"));
    QCOMPARE(inBin("PB18-W", "RAW-A01"), d("17"));
    QCOMPARE(inBin("PB18-W", "RAW-A02"), d("5"));
    QCOMPARE(StockBalance::onHand(db(), item("PB18-W")).value_or(Decimal()), d("22"));

    const auto valuation = StockBalance::valuation(db(), warehouse("WH-RAW"));
    QVERIFY2(valuation, why(valuation));
    QCOMPARE(valuation->size(), 1);
    QCOMPARE(valuation->first().itemCode, QString("PB18-W"));
    QCOMPARE(valuation->first().value, d("3694.833331"));
    QCOMPARE(valuation->first().averageCost, d("167.946970"));
}

void tst_StockLedger::issueAtMovingAverage()
{
    QVERIFY(receive("PB18-W", "RAW-A01", "10", "168"));
    QVERIFY(receive("PB18-W", "RAW-A01", "5", "171.50"));

    MoveRequest r = request("PB18-W", "2.3");
    r.fromBinId = bin("RAW-A01");
    r.workOrderId = "wo-1";
    r.scanCode = "WO-2026-0001";
    const auto issued = StockLedger(db()).issue(r);
    QVERIFY2(issued, why(issued));
    QCOMPARE(issued->move.kind, MoveKind::Issue);
    QCOMPARE(issued->move.unitCost, d("169.166667"));
    QCOMPARE(issued->move.value, d("389.083333"));
    QCOMPARE(issued->move.userName, QString("cangguan"));
    QCOMPARE(inBin("PB18-W", "RAW-A01"), d("12.7"));

    receive("PB18-W", "RAW-A01", "7", "165.333333");
    r.quantity = d("3");
    r.scanCode.clear();
    const auto second = StockLedger(db()).issue(r);
    QVERIFY2(second, why(second));
    QCOMPARE(second->move.unitCost, d("167.804568"));
    QCOMPARE(second->move.value, d("503.413705"));

    // The rest leaves at exactly the value that is left: the warehouse is worth nothing after.
    r.quantity = d("16.7");
    const auto rest = StockLedger(db()).issue(r);
    QVERIFY2(rest, why(rest));
    QCOMPARE(rest->move.value, d("2802.336293"));
    const auto held = StockBalance::holding(db(), item("PB18-W"), warehouse("WH-RAW"));
    QCOMPARE(held->quantity(), Decimal());
    QCOMPARE(held->value(), Decimal());

    const auto toWorkOrder = StockLedger::issuedTo(db(), "wo-1");
    QVERIFY2(toWorkOrder, why(toWorkOrder));
    QCOMPARE(toWorkOrder->size(), 3);
    QCOMPARE(toWorkOrder->at(0).quantity, d("2.3"));
    QCOMPARE(toWorkOrder->at(0).scanCode, QString("WO-2026-0001"));
    QCOMPARE(toWorkOrder->at(0).value + toWorkOrder->at(1).value + toWorkOrder->at(2).value,
             d("3694.833331"));
}

void tst_StockLedger::transferCarriesValue()
{
    QVERIFY(receive("HG-35", "HW-RCV", "100", "6.50"));
    QVERIFY(receive("HG-35", "HW-RCV", "50", "6.80"));

    MoveRequest shelf = request("HG-35", "120");
    shelf.fromBinId = bin("HW-RCV");
    shelf.toBinId = bin("HW-C01");
    const auto inside = StockLedger(db()).transfer(shelf);
    QVERIFY2(inside, why(inside));
    QCOMPARE(inBin("HG-35", "HW-RCV"), d("30"));
    QCOMPARE(inBin("HG-35", "HW-C01"), d("120"));
    // Within one warehouse its value does not change.
    QCOMPARE(StockBalance::holding(db(), item("HG-35"), warehouse("WH-HW"))->value(), d("990"));

    // To the finished-goods warehouse: 40 hinges take 40/150 of 990.
    MoveRequest out = request("HG-35", "40");
    out.fromBinId = bin("HW-C01");
    out.toBinId = bin("FG-BUY");
    const auto across = StockLedger(db()).transfer(out);
    QVERIFY2(across, why(across));
    QCOMPARE(across->move.value, d("264"));
    QCOMPARE(across->move.unitCost, d("6.6"));
    QCOMPARE(StockBalance::inWarehouse(db(), item("HG-35"), warehouse("WH-HW")).value(), d("110"));
    QCOMPARE(StockBalance::inWarehouse(db(), item("HG-35"), warehouse("WH-FG")).value(), d("40"));
    QCOMPARE(StockBalance::holding(db(), item("HG-35"), warehouse("WH-HW"))->value(), d("726"));
    QCOMPARE(StockBalance::holding(db(), item("HG-35"), warehouse("WH-FG"))->value(), d("264"));
    QCOMPARE(StockBalance::onHand(db(), item("HG-35")).value(), d("150"));

    const auto where = StockBalance::bins(db(), item("HG-35"));
    QVERIFY2(where, why(where));
    QCOMPARE(where->size(), 3);
    QCOMPARE(where->at(0).binCode, QString("FG-BUY"));
    QCOMPARE(where->at(1).binCode, QString("HW-C01"));
    QCOMPARE(where->at(1).quantity, d("80"));
}

void tst_StockLedger::count_data()
{
    QTest::addColumn<QString>("counted");
    QTest::addColumn<bool>("intoBin");
    QTest::addColumn<QString>("moved");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("valueAfter");
    // 200 m of edge banding at 0.85 and 200 m at 0.95: 170 m hold 0.9 each.
    QTest::newRow("found 12.5 m more") << "412.5" << true << "12.5" << "11.25" << "371.25";
    QTest::newRow("found 37.3 m less") << "362.7" << false << "37.3" << "33.57" << "326.43";
    QTest::newRow("as the books say") << "400" << true << "0" << "0" << "360";
    QTest::newRow("nothing left") << "0" << false << "400" << "360" << "0";
}

void tst_StockLedger::count()
{
    QFETCH(QString, counted);
    QFETCH(bool, intoBin);
    QFETCH(QString, moved);
    QFETCH(QString, value);
    QFETCH(QString, valueAfter);
    QVERIFY(receive("EB1-W", "RAW-B01", "200", "0.85"));
    QVERIFY(receive("EB1-W", "RAW-B01", "200", "0.95"));

    MoveRequest r;
    r.itemId = item("EB1-W");
    r.toBinId = bin("RAW-B01");
    r.quantity = *Decimal::parse(counted);
    r.key = "count-2026-03-31-RAW-B01";
    const auto outcome = StockLedger(db()).count(r);
    QVERIFY2(outcome, why(outcome));
    const StockMove &m = outcome->move;
    QCOMPARE(m.kind, MoveKind::Count);
    QCOMPARE(m.counted, *Decimal::parse(counted));
    QCOMPARE(m.quantity, *Decimal::parse(moved));
    QCOMPARE(m.toBinId.isEmpty(), !intoBin);
    QCOMPARE(m.fromBinId.isEmpty(), intoBin);
    QCOMPARE(m.value, *Decimal::parse(value));
    QCOMPARE(inBin("EB1-W", "RAW-B01"), *Decimal::parse(counted));
    QCOMPARE(StockBalance::holding(db(), item("EB1-W"), warehouse("WH-RAW"))->value(),
             *Decimal::parse(valueAfter));
}

void tst_StockLedger::negativeRefused()
{
    QVERIFY(receive("PB18-W", "RAW-A01", "2", "168"));
    const int moves = rows("stock_moves");
    const int outbox = rows("outbox");

    MoveRequest r = request("PB18-W", "2.3");
    r.fromBinId = bin("RAW-A01");
    r.workOrderId = "wo-9";
    const auto refused = StockLedger(db()).issue(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where, QString("RAW-A01"));
    const QString message = refused.error().message;
    QVERIFY2(message.contains("PB18-W") && message.contains("RAW-A01")
                 && message.contains("have 2 ") && message.contains("want 2.3 "),
             qPrintable(message));
    QCOMPARE(rows("stock_moves"), moves);
    QCOMPARE(rows("outbox"), outbox);
    QCOMPARE(inBin("PB18-W", "RAW-A01"), d("2"));

    // The same goods in another bin do not help this one.
    QVERIFY(receive("PB18-W", "RAW-A02", "5", "168"));
    QVERIFY(!StockLedger(db()).issue(r));
}

void tst_StockLedger::negativeAllowedBySetting()
{
    QVERIFY(StockLedger::setAllowsNegativeStock(db(), true).ok());
    QVERIFY(receive("HD-160", "HW-C02", "4", "12"));
    MoveRequest r = request("HD-160", "6");
    r.fromBinId = bin("HW-C02");
    r.orderId = "order-1";
    const auto issued = StockLedger(db()).issue(r);
    QVERIFY2(issued, why(issued));
    QCOMPARE(issued->move.value, d("72"));
    QCOMPARE(inBin("HD-160", "HW-C02"), d("-2"));
    QCOMPARE(StockBalance::holding(db(), item("HD-160"), warehouse("WH-HW"))->value(), d("-24"));

    // The next receipt fills the hole first.
    QVERIFY(receive("HD-160", "HW-C02", "10", "13.20"));
    const auto held = StockBalance::holding(db(), item("HD-160"), warehouse("WH-HW"));
    QCOMPARE(held->quantity(), d("8"));
    QCOMPARE(held->value(), d("108"));
    QCOMPARE(held->averageCost(), d("13.5"));
}

void tst_StockLedger::repeatedKeyWritesOnce()
{
    QVERIFY(receive("SL-450", "HW-C01", "30", "38"));
    MoveRequest r = request("SL-450", "2");
    r.fromBinId = bin("HW-C01");
    r.workOrderId = "wo-2";
    r.key = "scan-7f3a";
    const auto first = StockLedger(db()).issue(r);
    QVERIFY2(first, why(first));
    QVERIFY(!first->repeated);
    const int outbox = rows("outbox");

    const auto again = StockLedger(db()).issue(r);
    QVERIFY2(again, why(again));
    QVERIFY(again->repeated);
    QCOMPARE(again->move.id, first->move.id);
    QCOMPARE(again->move.value, d("76"));
    QCOMPARE(rows("stock_moves", "kind = 'issue'"), 1);
    QCOMPARE(rows("outbox"), outbox);
    QCOMPARE(inBin("SL-450", "HW-C01"), d("28"));

    r.quantity = d("3");
    const auto other = StockLedger(db()).issue(r);
    QVERIFY(!other);
    QVERIFY(other.error().message.contains("scan-7f3a"));
    QCOMPARE(inBin("SL-450", "HW-C01"), d("28"));
}

void tst_StockLedger::lotsKeptApart()
{
    MoveRequest a = request("CN-3IN1", "500");
    a.toBinId = bin("HW-C01");
    a.unitCost = d("0.42");
    a.lotNo = "L2403";
    a.expiresOn = QDate(2028, 3, 1);
    QVERIFY(StockLedger(db()).receive(a));
    MoveRequest b = a;
    b.lotNo = "L2405";
    b.unitCost = d("0.40");
    QVERIFY(StockLedger(db()).receive(b));
    QCOMPARE(rows("lots"), 2);
    QCOMPARE(ItemStore::findLot(db(), item("CN-3IN1"), "L2403")->expiresOn, QDate(2028, 3, 1));

    MoveRequest out = request("CN-3IN1", "120");
    out.fromBinId = bin("HW-C01");
    out.lotNo = "L2405";
    out.workOrderId = "wo-3";
    QVERIFY(StockLedger(db()).issue(out));
    const QString l2403 = ItemStore::findLot(db(), item("CN-3IN1"), "L2403")->id;
    const QString l2405 = ItemStore::findLot(db(), item("CN-3IN1"), "L2405")->id;
    QCOMPARE(StockBalance::inBin(db(), item("CN-3IN1"), bin("HW-C01"), l2403).value(), d("500"));
    QCOMPARE(StockBalance::inBin(db(), item("CN-3IN1"), bin("HW-C01"), l2405).value(), d("380"));
    QCOMPARE(inBin("CN-3IN1", "HW-C01"), d("880"));

    // A lot the item never had is refused by name.
    out.lotNo = "L9999";
    const auto unknown = StockLedger(db()).issue(out);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains("L9999"));
    // Lots are counted one by one.
    out.lotNo = "L2405";
    out.quantity = d("500");
    QVERIFY(!StockLedger(db()).issue(out));
}

void tst_StockLedger::packShipReturn()
{
    // A package made by the packing line enters staging at its cost; a bought-in door joins it.
    MoveRequest package = request("PKG", "1");
    package.toBinId = bin("FG-STAGE");
    package.orderId = "order-42";
    package.unitCost = d("1250");
    package.scanCode = "PK-SO0042-1/2";
    const auto packed = StockLedger(db()).pack(package);
    QVERIFY2(packed, why(packed));
    QCOMPARE(packed->move.value, d("1250"));

    QVERIFY(receive("GD-ALU", "FG-BUY", "3.24", "420"));
    MoveRequest door = request("GD-ALU", "1.62");
    door.fromBinId = bin("FG-BUY");
    door.toBinId = bin("FG-STAGE");
    door.orderId = "order-42";
    QVERIFY(StockLedger(db()).pack(door));
    QCOMPARE(inBin("GD-ALU", "FG-STAGE"), d("1.62"));

    MoveRequest load = request("PKG", "1");
    load.fromBinId = bin("FG-STAGE");
    load.orderId = "order-42";
    const auto shipped = StockLedger(db()).ship(load);
    QVERIFY2(shipped, why(shipped));
    QCOMPARE(shipped->move.value, d("1250"));
    QCOMPARE(inBin("PKG", "FG-STAGE"), Decimal());

    // A damaged package comes back without a cost: at the last cost it had.
    MoveRequest back = request("PKG", "1");
    back.toBinId = bin("FG-D01");
    back.orderId = "order-42";
    const auto returned = StockLedger(db()).returnGoods(back);
    QVERIFY2(returned, why(returned));
    QCOMPARE(returned->move.value, d("1250"));
    QCOMPARE(rows("stock_moves", "order_id = 'order-42'"), 4);
}

void tst_StockLedger::movesAreAppendOnly()
{
    const auto r = receive("PB18-OAK", "RAW-A01", "3", "185");
    QVERIFY2(r, why(r));
    const QString id = r->move.id;
    QVERIFY(!exec("UPDATE stock_moves SET quantity_micros = 1 WHERE id = '" + id + "'"));
    QVERIFY(!exec("DELETE FROM stock_moves WHERE id = '" + id + "'"));
    // Sync may write the server's revision, and the same values again.
    QVERIFY(exec("UPDATE stock_moves SET revision = 17 WHERE id = '" + id + "'"));
    QCOMPARE(StockLedger::find(db(), id)->quantity, d("3"));
    QCOMPARE(inBin("PB18-OAK", "RAW-A01"), d("3"));
}

void tst_StockLedger::changeLogRecordsEveryWrite()
{
    const int before = rows("outbox", "table_name = 'stock_moves'");
    const auto r = receive("PB18-OAK", "RAW-A01", "3", "185");
    QVERIFY2(r, why(r));
    QCOMPARE(rows("outbox", "table_name = 'stock_moves'"), before + 1);
    const QString payload
        = scalar("SELECT payload FROM outbox WHERE row_id = '" + r->move.id + "'");
    QVERIFY2(payload.contains("\"quantity_micros\":3000000")
                 && payload.contains("\"value_micros\":555000000")
                 && payload.contains("\"kind\":\"receive\""),
             qPrintable(payload));
    QCOMPARE(scalar("SELECT user_name FROM audit_log WHERE row_id = '" + r->move.id + "'"),
             QString("cangguan"));
    // The seeded items, warehouses and bins went the same way.
    QCOMPARE(rows("outbox", "table_name = 'items'"), 12);
    QCOMPARE(rows("outbox", "table_name = 'bins'"), 13);
}

void tst_StockLedger::rebuildEqualsMaintained()
{
    StockLedger ledger(db());
    QVERIFY(receive("PB18-W", "RAW-A01", "10", "168"));
    QVERIFY(receive("PB18-W", "RAW-A02", "5", "171.5"));
    QVERIFY(receive("HG-35", "HW-RCV", "100", "6.5"));
    MoveRequest lot = request("CN-3IN1", "500");
    lot.toBinId = bin("HW-C01");
    lot.unitCost = d("0.42");
    lot.lotNo = "L1";
    QVERIFY(ledger.receive(lot));
    MoveRequest t = request("PB18-W", "3");
    t.fromBinId = bin("RAW-A02");
    t.toBinId = bin("RAW-LINE");
    QVERIFY(ledger.transfer(t));
    MoveRequest i = request("PB18-W", "1.7");
    i.fromBinId = bin("RAW-LINE");
    i.workOrderId = "wo-5";
    QVERIFY(ledger.issue(i));
    MoveRequest x = request("HG-35", "40");
    x.fromBinId = bin("HW-RCV");
    x.toBinId = bin("FG-BUY");
    QVERIFY(ledger.transfer(x));
    MoveRequest c = request("HG-35", "58");
    c.toBinId = bin("HW-RCV");
    QVERIFY(ledger.count(c));
    lot.quantity = d("120");
    lot.toBinId.clear();
    lot.unitCost.reset();
    lot.fromBinId = bin("HW-C01");
    lot.workOrderId = "wo-5";
    QVERIFY(ledger.issue(lot));
    QCOMPARE(rows("stock_moves"), 9);

    const auto clean = StockBalance::differences(db());
    QVERIFY2(clean, why(clean));
    QVERIFY2(clean->isEmpty(), qPrintable(clean->join('\n')));

    const QString snapshot = "SELECT group_concat(r, ';') FROM (SELECT item_id || bin_id || "
                             "lot_id || ':' || quantity_micros AS r FROM stock_balances "
                             "UNION ALL SELECT item_id || warehouse_id || ':' || "
                             "quantity_micros || '/' || value_micros || '/' || "
                             "IFNULL(last_cost_micros, '-') FROM stock_values ORDER BY 1)";
    const QString kept = scalar(snapshot);
    QVERIFY(!kept.isEmpty());

    // A summary that went wrong is found, and made right from the moves.
    QVERIFY(exec("UPDATE stock_balances SET quantity_micros = quantity_micros + 1 "
                 "WHERE bin_id = '" + bin("RAW-LINE") + "'"));
    QVERIFY(exec("DELETE FROM stock_values WHERE item_id = '" + item("HG-35") + "'"));
    const auto broken = StockBalance::differences(db());
    QVERIFY2(broken, why(broken));
    QCOMPARE(broken->size(), 4);
    QVERIFY(StockBalance::rebuild(db()).ok());
    QCOMPARE(scalar(snapshot), kept);

    // One item's rebuild touches that item only.
    QVERIFY(exec("DELETE FROM stock_balances WHERE item_id = '" + item("PB18-W") + "'"));
    QVERIFY(StockBalance::rebuild(db(), item("PB18-W")).ok());
    QCOMPARE(scalar(snapshot), kept);
    QVERIFY(StockBalance::differences(db())->isEmpty());
}

void tst_StockLedger::refusesMalformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("receipt without a bin") << "receive" << "" << "" << "1" << "needs the bin";
    QTest::newRow("issue into a bin") << "issue" << "HW-C01" << "HW-C02" << "1" << "takes no bin";
    QTest::newRow("transfer to itself") << "transfer" << "HW-C01" << "HW-C01" << "1"
                                        << "two different bins";
    QTest::newRow("zero received") << "receive" << "" << "HW-C01" << "0" << "more than 0";
    QTest::newRow("negative count") << "count" << "" << "HW-C01" << "-1" << "more than 0";
    QTest::newRow("ship without an order") << "ship" << "HW-C01" << "" << "1" << "order";
}

void tst_StockLedger::refusesMalformed()
{
    QFETCH(QString, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, quantity);
    QFETCH(QString, expected);
    MoveRequest r;
    r.itemId = item("HG-35");
    r.fromBinId = m_bins.value(from);
    r.toBinId = m_bins.value(to);
    r.quantity = *Decimal::parse(quantity);
    r.unitCost = d("6.5");
    r.workOrderId = "wo-1";
    StockLedger ledger(db());
    const Core::Result<MoveOutcome> outcome = kind == "receive" ? ledger.receive(r)
        : kind == "issue"                                       ? ledger.issue(r)
        : kind == "transfer"                                    ? ledger.transfer(r)
        : kind == "count"                                       ? ledger.count(r)
                                                                : ledger.ship(r);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(expected), qPrintable(outcome.error().message));
    QCOMPARE(rows("stock_moves"), 0);
}

QTEST_GUILESS_MAIN(tst_StockLedger)
#include "tst_stockledger.moc"
