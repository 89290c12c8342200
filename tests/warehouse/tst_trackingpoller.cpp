#include "faketrackingserver.h"
#include "stagedpackage.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/aggregatortracking.h"
#include "warehouse/shipmentstore.h"
#include "warehouse/trackingpoller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Warehouse;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

constexpr int PollWaitMs = 30000;

} // namespace


class tst_TrackingPoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pollStoresNewEventsOnce();
    void errorsAreNotedPerShipment();
    void settingsWithoutEndpointAskNobody();
    void cancelStopsAWaitingRequest();

private:
    QString shippedShipment(const char *tracking);
    TrackingPollResult poll(TrackingPoller &poller);

    QTemporaryDir m_dir;
    FakeTrackingServer *m_server = nullptr;
    QString m_order;
};

QString tst_TrackingPoller::shippedShipment(const char *tracking)
{
    const auto s = ShipmentStore::create(db(), {"SF", QString::fromLatin1(tracking), 800, {}});
    if (!s)
        return QString();
    const QString package = QStringLiteral("PKG-%1").arg(QLatin1String(tracking));
    if (!StagedPackage::add(package, m_order)
        || !ShipmentStore::addPackage(db(), s->id, {package, m_order, {}, "1/1"}))
        return QString();
    if (!ShipmentStore::move(db(), s->id, ShipmentStatus::Shipped))
        return QString();
    return s->id;
}

TrackingPollResult tst_TrackingPoller::poll(TrackingPoller &poller)
{
    QSignalSpy finished(&poller, &TrackingPoller::finished);
    if (!poller.pollNow())
        return {};
    if (!finished.wait(PollWaitMs))
        return {};
    return finished.first().first().value<TrackingPollResult>();
}

void tst_TrackingPoller::init()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())))));
    Storage::Database::setCurrentUser("fahuo");
    m_order = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement q(db().handle(),
                         "INSERT INTO sales_orders(id, hlc, order_no, channel, created_at, "
                         "updated_at) VALUES (?, 'h', 'SO00000007', (SELECT code FROM channels "
                         "LIMIT 1), '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')");
    q.bind(1, m_order);
    QVERIFY2(q.exec(), qPrintable(q.error()));
    m_server = new FakeTrackingServer;
    QVERIFY(m_server->listen());
    AggregatorSettings s;
    s.endpoint = m_server->url();
    s.apiKey = "poller-key";
    s.timeoutMs = 20000;
    s.attempts = 2;
    QVERIFY(s.save(db()));
}

void tst_TrackingPoller::cleanup()
{
    delete m_server;
    m_server = nullptr;
    Storage::Database::close();
}

void tst_TrackingPoller::pollStoresNewEventsOnce()
{
    const QString id = shippedShipment("SF1400012345678");
    QVERIFY(!id.isEmpty());
    m_server->script({{200, sampleAnswer("IN_TRANSIT"), {}, false}});
    TrackingPoller poller(TrackingPoller::aggregatorFromSettings());
    QSignalSpy progress(&poller, &TrackingPoller::progress);

    TrackingPollResult first = poll(poller);
    QCOMPARE(first.shipments, 1);
    QCOMPARE(first.newEvents, 3);
    QCOMPARE(first.failed, 0);
    QVERIFY(!first.cancelled);
    QVERIFY(!poller.isRunning());
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().at(0).toInt(), 1);
    QCOMPARE(progress.first().at(1).toInt(), 1);
    QCOMPARE(m_server->requests.first().headers.value("x-api-key"), QByteArray("poller-key"));

    const TrackingPollResult second = poll(poller);
    QCOMPARE(second.shipments, 1);
    QCOMPARE(second.newEvents, 0);
    QCOMPARE(ShipmentStore::events(db(), id)->size(), 3);
    const Shipment s = *ShipmentStore::find(db(), id);
    QVERIFY(!s.polledAt.isEmpty());
    QVERIFY(s.pollError.isEmpty());

    // The parcel is signed for: the next poll brings it home and stops asking about it.
    m_server->script({{200, sampleAnswer("SIGNED"), {}, false}});
    const TrackingPollResult third = poll(poller);
    QCOMPARE(third.newEvents, 1);
    QCOMPARE(ShipmentStore::find(db(), id)->status, ShipmentStatus::Delivered);
    const TrackingPollResult fourth = poll(poller);
    QCOMPARE(fourth.shipments, 0);
    QCOMPARE(m_server->requests.size(), 3);
}

void tst_TrackingPoller::errorsAreNotedPerShipment()
{
    const QString bad = shippedShipment("SF0000000000001");
    const QString good = shippedShipment("SF0000000000002");
    QVERIFY(!bad.isEmpty() && !good.isEmpty());
    // The first shipment asked is refused outright, the second answered.
    m_server->script({{401, "", {}, false}, {200, sampleAnswer("IN_TRANSIT"), {}, false}});
    TrackingPoller poller(TrackingPoller::aggregatorFromSettings());
    const TrackingPollResult r = poll(poller);
    QCOMPARE(r.shipments, 2);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.newEvents, 3);
    QCOMPARE(r.errors.size(), 1);
    const Shipment b = *ShipmentStore::find(db(), bad);
    QVERIFY2(r.errors.first().startsWith(b.shipmentNo), qPrintable(r.errors.first()));
    QVERIFY2(b.pollError.contains("HTTP 401"), qPrintable(b.pollError));
    QVERIFY(ShipmentStore::find(db(), good)->pollError.isEmpty());
}

void tst_TrackingPoller::settingsWithoutEndpointAskNobody()
{
    QVERIFY(db().execScript("DELETE FROM settings WHERE key = 'tracking.endpoint'"));
    QVERIFY(!shippedShipment("SF1400012345678").isEmpty());
    TrackingPoller poller(TrackingPoller::aggregatorFromSettings());
    const TrackingPollResult r = poll(poller);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.newEvents, 0);
    QVERIFY2(r.errors.value(0).contains("tracking.endpoint"), qPrintable(r.errors.value(0)));
    QCOMPARE(m_server->requests.size(), 0);
}

void tst_TrackingPoller::cancelStopsAWaitingRequest()
{
    const QString id = shippedShipment("SF1400012345678");
    QVERIFY(!id.isEmpty());
    // The service takes the request and never answers (the timeout is 20 s); cancel as soon as
    // it has the request.
    m_server->script({{200, "", {}, true}});
    TrackingPoller poller(TrackingPoller::aggregatorFromSettings());
    m_server->onRequest = [&poller](const FakeRequest &) { poller.cancel(); };
    const TrackingPollResult r = poll(poller);
    QVERIFY(r.cancelled);
    QCOMPARE(r.newEvents, 0);
    QCOMPARE(m_server->requests.size(), 1);
    QVERIFY(!poller.isRunning());
    QCOMPARE(ShipmentStore::events(db(), id)->size(), 0);
}

QTEST_GUILESS_MAIN(tst_TrackingPoller)
#include "tst_trackingpoller.moc"
