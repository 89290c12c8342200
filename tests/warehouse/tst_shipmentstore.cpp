#include "stagedpackage.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/shipmentstore.h"
#include "workflow/processengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Warehouse;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString scalar(const QString &sql, const QString &arg = QString())
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    if (!arg.isNull())
        q.bind(1, arg);
    return q.next() ? q.text(0) : QString();
}

template<typename T>
QByteArray why(const Core::Result<T> &r)
{
    return r ? QByteArray("ok") : r.error().toString().toUtf8();
}

QByteArray why(const Core::Status &s)
{
    return s ? QByteArray("ok") : s.error().toString().toUtf8();
}

TrackingEvent trackEvent(const char *utc, TrackingStatus status, const char *place,
                         const char *text)
{
    TrackingEvent e;
    e.at = QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate);
    e.status = status;
    e.carrierStatus = "X";
    e.place = QString::fromUtf8(place);
    e.text = QString::fromUtf8(text);
    return e;
}

} // namespace

class tst_ShipmentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void splitFreight_data();
    void splitFreight();
    void numbersAShipmentPerDay();
    void freightFollowsPackagesAndFreight();
    void aPackageRidesOnOneShipment();
    void moves_data();
    void moves();
    void shippingSetsTheDayAndFreezesPackages();
    void shippedMovesTheOrdersProcess();
    void incompleteOrdersStayOffTheTruck();
    void trackingIsStoredOnce();
    void trackingOnTheOrdersTimeline();
    void exceptionAndRecovery();
    void orderTexts();

private:
    QString addOrder(const char *orderNo);
    /// A shipment of packages (order, package id), each package written first as staged
    /// (待发区) so that its order is complete.
    QString shipmentWith(const QList<std::pair<QString, QString>> &packages, qint64 freightFen,
                         const char *tracking = "SF1400012345678");
    int count(const QString &sql, const QString &arg = QString()) const
    {
        return scalar(sql, arg).toInt();
    }

    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    QString m_c;
};

QString tst_ShipmentStore::addOrder(const char *orderNo)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement q(db().handle(),
                         "INSERT INTO sales_orders(id, hlc, order_no, channel, created_at, "
                         "updated_at) VALUES (?, 'h', ?, (SELECT code FROM channels LIMIT 1), "
                         "'2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')");
    q.bind(1, id).bind(2, QString::fromLatin1(orderNo));
    if (!q.exec())
        qWarning("order %s: %s", orderNo, qPrintable(q.error()));
    return id;
}

QString tst_ShipmentStore::shipmentWith(const QList<std::pair<QString, QString>> &packages,
                                        qint64 freightFen, const char *tracking)
{
    const auto s = ShipmentStore::create(db(), {"sf", QString::fromLatin1(tracking), freightFen,
                                                "整车"});
    if (!s)
        return QString();
    for (const auto &[orderId, packageId] : packages) {
        if (!StagedPackage::add(packageId, orderId)
            || !ShipmentStore::addPackage(db(), s->id, {packageId, orderId, {}, packageId}))
            return QString();
    }
    return s->id;
}

void tst_ShipmentStore::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser("fahuo");
    m_a = addOrder("SO00000001");
    m_b = addOrder("SO00000002");
    m_c = addOrder("SO00000003");
    QCOMPARE(count("SELECT COUNT(*) FROM sales_orders"), 3);
}

void tst_ShipmentStore::cleanup()
{
    Storage::Database::close();
}

void tst_ShipmentStore::splitFreight_data()
{
    QTest::addColumn<qint64>("freight");
    QTest::addColumn<QList<int>>("packages");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("one order takes all") << qint64(12345) << QList<int>{7} << QList<qint64>{12345};
    QTest::newRow("even") << qint64(1000) << QList<int>{2, 2} << QList<qint64>{500, 500};
    QTest::newRow("by packages, fen to the largest remainder")
        << qint64(1001) << QList<int>{3, 1} << QList<qint64>{751, 250};
    QTest::newRow("thirds: the spare fen to the earlier order")
        << qint64(1000) << QList<int>{1, 1, 1} << QList<qint64>{334, 333, 333};
    QTest::newRow("one fen over two") << qint64(1) << QList<int>{1, 1} << QList<qint64>{1, 0};
    QTest::newRow("no freight") << qint64(0) << QList<int>{2, 5} << QList<qint64>{0, 0};
    QTest::newRow("remainders decide, not order")
        << qint64(100) << QList<int>{1, 2, 4} << QList<qint64>{14, 29, 57};
}

void tst_ShipmentStore::splitFreight()
{
    QFETCH(qint64, freight);
    QFETCH(QList<int>, packages);
    QFETCH(QList<qint64>, shares);
    const QList<qint64> got = ShipmentStore::splitFreight(freight, packages);
    QCOMPARE(got, shares);
    qint64 sum = 0;
    for (qint64 s : got)
        sum += s;
    QCOMPARE(sum, freight);
}

void tst_ShipmentStore::numbersAShipmentPerDay()
{
    const auto first = ShipmentStore::create(db(), {"SF", "", 0, {}});
    const auto second = ShipmentStore::create(db(), {"JD", "", 0, {}});
    QVERIFY2(first, why(first));
    QVERIFY2(second, why(second));
    const QString day = QDateTime::currentDateTimeUtc()
                            .toTimeZone(QTimeZone("Asia/Shanghai"))
                            .date()
                            .toString("yyMMdd");
    QCOMPARE(first->shipmentNo, "FH" + day + "-001");
    QCOMPARE(second->shipmentNo, "FH" + day + "-002");
    QCOMPARE(first->status, ShipmentStatus::Planned);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE table_name = 'shipments'"), 2);
}

void tst_ShipmentStore::freightFollowsPackagesAndFreight()
{
    const QString id = shipmentWith({{m_a, "PKG-A1"}, {m_a, "PKG-A2"}, {m_a, "PKG-A3"},
                                     {m_b, "PKG-B1"}},
                                    1000);
    QVERIFY(!id.isEmpty());
    auto orders = ShipmentStore::orders(db(), id);
    QVERIFY2(orders, why(orders));
    QCOMPARE(orders->size(), 2);
    QCOMPARE(orders->at(0).orderNo, QString("SO00000001"));
    QCOMPARE(orders->at(0).packages, 3);
    QCOMPARE(orders->at(0).freightFen, 750);
    QCOMPARE(orders->at(1).freightFen, 250);

    QVERIFY(ShipmentStore::setFreight(db(), id, 1001));
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_a), 751);
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_b), 250);

    // Two packages of A against one of B: 667.33 and 333.67, the spare fen to B.
    QVERIFY(ShipmentStore::removePackage(db(), id, "PKG-A3"));
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_a), 667);
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_b), 334);

    // B leaves the shipment: A carries it all, B nothing.
    QVERIFY(ShipmentStore::removePackage(db(), id, "PKG-B1"));
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_a), 1001);
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_b), 0);
    orders = ShipmentStore::orders(db(), id);
    QCOMPARE(orders->size(), 1);

    // A second shipment for A adds to its freight.
    const QString more = shipmentWith({{m_a, "PKG-A9"}}, 200, "SF1400000000002");
    QVERIFY(!more.isEmpty());
    QCOMPARE(ShipmentStore::freightForOrder(db(), m_a), 1201);

    QVERIFY(!ShipmentStore::setFreight(db(), id, -1));
    QCOMPARE(ShipmentStore::find(db(), id)->freightFen, 1001);
}

void tst_ShipmentStore::aPackageRidesOnOneShipment()
{
    const QString first = shipmentWith({{m_a, "PKG-A1"}}, 0);
    QVERIFY(!first.isEmpty());
    const auto second = ShipmentStore::create(db(), {"JD", "JD0001", 0, {}});
    QVERIFY(second);
    const Core::Status again = ShipmentStore::addPackage(db(), second->id,
                                                         {"PKG-A1", m_a, {}, "1/3"});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains("1/3"), why(again));
    QVERIFY2(again.error().message.contains(ShipmentStore::find(db(), first)->shipmentNo),
             why(again));
    QCOMPARE(ShipmentStore::find(db(), second->id)->packages, 0);

    const Core::Status unknownOrder = ShipmentStore::addPackage(
        db(), second->id, {"PKG-X", "no-such-order", {}, {}});
    QVERIFY(!unknownOrder);

    // Once removed from the first, it may ride on the second.
    QVERIFY(ShipmentStore::removePackage(db(), first, "PKG-A1"));
    QVERIFY(ShipmentStore::addPackage(db(), second->id, {"PKG-A1", m_a, {}, "1/3"}));

    const auto dup = ShipmentStore::create(db(), {"JD", "JD0001", 0, {}});
    QVERIFY(!dup);
    QVERIFY2(dup.error().message.contains("JD0001"), why(dup));
}

void tst_ShipmentStore::moves_data()
{
    QTest::addColumn<QList<ShipmentStatus>>("path");
    QTest::addColumn<bool>("lastOk");
    using S = ShipmentStatus;
    QTest::newRow("planned → loaded → shipped → delivered")
        << QList<S>{S::Loaded, S::Shipped, S::Delivered} << true;
    QTest::newRow("planned → shipped directly") << QList<S>{S::Shipped} << true;
    QTest::newRow("unloading goes back to planned") << QList<S>{S::Loaded, S::Planned} << true;
    QTest::newRow("planned cannot be delivered") << QList<S>{S::Delivered} << false;
    QTest::newRow("delivered is final")
        << QList<S>{S::Shipped, S::Delivered, S::Exception} << false;
    QTest::newRow("shipped cannot go back to loaded") << QList<S>{S::Shipped, S::Loaded} << false;
    QTest::newRow("exception, then delivered")
        << QList<S>{S::Shipped, S::Exception, S::Delivered} << true;
}

void tst_ShipmentStore::moves()
{
    QFETCH(QList<ShipmentStatus>, path);
    QFETCH(bool, lastOk);
    const QString id = shipmentWith({{m_a, "PKG-A1"}}, 500);
    QVERIFY(!id.isEmpty());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto moved = ShipmentStore::move(db(), id, path[i]);
        if (i + 1 < path.size()) {
            QVERIFY2(moved, why(moved));
            continue;
        }
        QCOMPARE(moved.ok(), lastOk);
        const ShipmentStatus expected =
            lastOk ? path[i] : path.value(i - 1, ShipmentStatus::Planned);
        QCOMPARE(ShipmentStore::find(db(), id)->status, expected);
        QCOMPARE(scalar("SELECT status FROM shipment_orders WHERE shipment_id = ?", id),
                 Shipment::statusCode(expected));
    }
}

void tst_ShipmentStore::shippingSetsTheDayAndFreezesPackages()
{
    const auto empty = ShipmentStore::create(db(), {"SF", "SF9", 0, {}});
    QVERIFY(empty);
    const auto nothing = ShipmentStore::move(db(), empty->id, ShipmentStatus::Shipped);
    QVERIFY(!nothing);
    QVERIFY2(nothing.error().message.contains("no packages"), why(nothing));

    const QString untracked = shipmentWith({{m_a, "PKG-A1"}}, 0, "");
    const auto noNumber = ShipmentStore::move(db(), untracked, ShipmentStatus::Shipped);
    QVERIFY(!noNumber);
    QVERIFY2(noNumber.error().message.contains("tracking number"), why(noNumber));
    QVERIFY(ShipmentStore::move(db(), untracked, ShipmentStatus::Loaded));

    QVERIFY(ShipmentStore::setTracking(db(), untracked, "sf", " SF1400012345678 "));
    const auto shipped = ShipmentStore::move(db(), untracked, ShipmentStatus::Shipped,
                                             QDate(2026, 12, 3));
    QVERIFY2(shipped, why(shipped));
    const Shipment s = *ShipmentStore::find(db(), untracked);
    QCOMPARE(s.carrierCode, QString("SF"));
    QCOMPARE(s.trackingNo, QString("SF1400012345678"));
    QCOMPARE(s.shipDate, QDate(2026, 12, 3));
    QVERIFY(s.isTrackable());
    QVERIFY(!ShipmentStore::addPackage(db(), untracked, {"PKG-A2", m_a, {}, {}}));
    QVERIFY(!ShipmentStore::removePackage(db(), untracked, "PKG-A1"));
    QCOMPARE(ShipmentStore::trackable(db())->size(), 1);
}

void tst_ShipmentStore::shippedMovesTheOrdersProcess()
{
    Workflow::ProcessEngine engine;
    QVERIFY(engine.prepare());
    const QString definition = scalar(
        "SELECT id FROM process_definitions WHERE code = 'furniture' AND active = 1");
    QVERIFY(!definition.isEmpty());
    // A waits at 待发货; B is still in production, so shipping does not move it.
    for (const auto &[order, state] : {std::pair{m_a, "ready_to_ship"},
                                       std::pair{m_b, "in_production"}}) {
        Storage::Statement q(db().handle(),
                             "INSERT INTO order_processes(order_id, hlc, definition_id, state, "
                             "entered_at, updated_at) VALUES (?, 'h', ?, ?, "
                             "'2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')");
        q.bind(1, order).bind(2, definition).bind(3, QString::fromLatin1(state));
        QVERIFY2(q.exec(), qPrintable(q.error()));
    }
    const QString id = shipmentWith({{m_a, "PKG-A1"}, {m_b, "PKG-B1"}, {m_c, "PKG-C1"}}, 900);
    const auto shipped = ShipmentStore::move(db(), id, ShipmentStatus::Shipped);
    QVERIFY2(shipped, why(shipped));
    QCOMPARE(shipped->movedOrders, QStringList{"SO00000001"});
    QCOMPARE(shipped->notes.size(), 1);
    QVERIFY2(shipped->notes.first().startsWith("SO00000002"), qPrintable(shipped->notes.first()));
    QCOMPARE(scalar("SELECT state FROM order_processes WHERE order_id = ?", m_a),
             QString("shipped"));
    QCOMPARE(scalar("SELECT state FROM order_processes WHERE order_id = ?", m_b),
             QString("in_production"));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Shipped);
}

void tst_ShipmentStore::incompleteOrdersStayOffTheTruck()
{
    // B's second package is packed (closed) but not yet scanned into staging.
    QVERIFY(StagedPackage::add("PKG-B2", m_b, "closed"));
    const QString id = shipmentWith({{m_a, "PKG-A1"}, {m_b, "PKG-B1"}}, 600);
    QVERIFY(!id.isEmpty());
    const QString no = ShipmentStore::find(db(), id)->shipmentNo;
    for (const ShipmentStatus to : {ShipmentStatus::Loaded, ShipmentStatus::Shipped}) {
        const auto refused = ShipmentStore::move(db(), id, to);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("order SO00000002 is incomplete"),
                 why(refused));
        QVERIFY2(refused.error().message.contains(no), why(refused));
        QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Planned);
    }

    // Staged, B is complete, so the truck may be loaded; but it may not leave while B's
    // second package is on no shipment.
    QVERIFY(Storage::Statement(db().handle(),
                               "UPDATE packages SET status = 'staged' WHERE id = 'PKG-B2'")
                .exec());
    const auto loaded = ShipmentStore::move(db(), id, ShipmentStatus::Loaded);
    QVERIFY2(loaded, why(loaded));
    const auto early = ShipmentStore::move(db(), id, ShipmentStatus::Shipped);
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains("only 1 of the 2 packages of order SO00000002"),
             why(early));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Loaded);

    QVERIFY(ShipmentStore::addPackage(db(), id, {"PKG-B2", m_b, {}, "2/2"}));
    const auto shipped = ShipmentStore::move(db(), id, ShipmentStatus::Shipped);
    QVERIFY2(shipped, why(shipped));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Shipped);
}

void tst_ShipmentStore::trackingIsStoredOnce()
{
    const QString id = shipmentWith({{m_a, "PKG-A1"}}, 0);
    QVERIFY(ShipmentStore::move(db(), id, ShipmentStatus::Shipped));
    const QList<TrackingEvent> events = {
        trackEvent("2026-12-03T02:00:00Z", TrackingStatus::Accepted, "佛山市",
                   "顺丰速运已收取快件"),
        trackEvent("2026-12-03T14:05:00Z", TrackingStatus::InTransit, "佛山市 顺德集散中心",
              "快件已从顺德集散中心发出"),
    };
    auto added = ShipmentStore::recordTracking(db(), id, events);
    QVERIFY2(added, why(added));
    QCOMPARE(*added, 2);
    added = ShipmentStore::recordTracking(db(), id, events);
    QCOMPARE(*added, 0);
    // The aggregator sends the whole history again with one more event at the front.
    QList<TrackingEvent> again = events;
    again.prepend(trackEvent("2026-12-04T08:20:00Z", TrackingStatus::OutForDelivery,
                             "上海市 闵行区",
                        "快件派送中"));
    added = ShipmentStore::recordTracking(db(), id, again);
    QCOMPARE(*added, 1);
    QCOMPARE(count("SELECT COUNT(*) FROM tracking_events WHERE shipment_id = ?", id), 3);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE table_name = 'tracking_events'"), 3);

    const auto stored = ShipmentStore::events(db(), id);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->first().text, QString("顺丰速运已收取快件"));
    QCOMPARE(stored->last().status, TrackingStatus::OutForDelivery);
    QCOMPARE(stored->last().at, QDateTime(QDate(2026, 12, 4), QTime(8, 20), Qt::UTC));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Shipped);

    QVERIFY(!db().execScript("UPDATE tracking_events SET place = 'x'"));
}

void tst_ShipmentStore::trackingOnTheOrdersTimeline()
{
    const QString id = shipmentWith({{m_a, "PKG-A1"}, {m_b, "PKG-B1"}}, 0);
    QVERIFY(ShipmentStore::move(db(), id, ShipmentStatus::Shipped));
    QVERIFY(ShipmentStore::recordTracking(
        db(), id,
        {trackEvent("2026-12-03T02:00:00Z", TrackingStatus::Accepted, "佛山市", "已揽收"),
         trackEvent("2026-12-04T08:20:00Z", TrackingStatus::Delivered, "上海市", "已签收")}));

    // Each order's history (audit_log under the order id) holds: added, shipped, two events,
    // and the delivery the last event brought.
    for (const QString &order : {m_a, m_b}) {
        Storage::Statement q(db().handle(),
                             "SELECT after_json FROM audit_log WHERE row_id = ? AND "
                             "table_name = 'shipment_orders' ORDER BY id");
        q.bind(1, order);
        QStringList seen;
        QStringList tracked;
        while (q.next()) {
            const QJsonObject after = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
            seen.append(after.value("event").toString() + ":" + after.value("status").toString());
            if (after.contains("tracking"))
                tracked.append(after.value("tracking").toObject().value("text").toString());
        }
        QCOMPARE(seen, (QStringList{"added:planned", "status:shipped", "tracking:shipped",
                                    "tracking:shipped", "status:delivered"}));
        QCOMPARE(tracked, (QStringList{"已揽收", "已签收"}));
    }
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Delivered);
    QCOMPARE(scalar("SELECT last_text FROM shipment_orders WHERE order_id = ?", m_a),
             QString("已签收"));
}

void tst_ShipmentStore::exceptionAndRecovery()
{
    const QString id = shipmentWith({{m_a, "PKG-A1"}}, 0);
    QVERIFY(ShipmentStore::move(db(), id, ShipmentStatus::Shipped));
    QVERIFY(ShipmentStore::recordTracking(
        db(), id,
        {trackEvent("2026-12-03T02:00:00Z", TrackingStatus::Exception, "上海市", "地址不详")}));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Exception);
    QVERIFY(ShipmentStore::find(db(), id)->isTrackable());
    // A late report of an older event does not undo the exception.
    QVERIFY(ShipmentStore::recordTracking(
        db(), id,
        {trackEvent("2026-12-02T02:00:00Z", TrackingStatus::InTransit, "佛山市", "运输中")}));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Exception);
    QCOMPARE(scalar("SELECT last_text FROM shipment_orders WHERE order_id = ?", m_a),
             QString("地址不详"));
    QVERIFY(ShipmentStore::recordTracking(
        db(), id, {trackEvent("2026-12-04T02:00:00Z", TrackingStatus::OutForDelivery, "上海市",
                         "再次派送")}));
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Shipped);
}

void tst_ShipmentStore::orderTexts()
{
    const QString id = shipmentWith({{m_a, "PKG-A1"}}, 0);
    QVERIFY(ShipmentStore::move(db(), id, ShipmentStatus::Shipped));
    QVERIFY(ShipmentStore::recordTracking(
        db(), id,
        {trackEvent("2026-12-03T02:00:00Z", TrackingStatus::InTransit, "佛山市", "运输中")}));
    const QHash<QString, QString> texts = ShipmentStore::orderTexts(db(), {m_a, m_b});
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts.value(m_a), QString("Shipped SF SF1400012345678 · In transit 佛山市"));
}

QTEST_GUILESS_MAIN(tst_ShipmentStore)
#include "tst_shipmentstore.moc"
