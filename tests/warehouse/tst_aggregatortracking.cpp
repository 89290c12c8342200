#include "faketrackingserver.h"
#include "storage/database.h"
#include "warehouse/aggregatortracking.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;

Q_DECLARE_METATYPE(QList<FakeAnswer>)

class tst_AggregatorTracking : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsNestedTracksOldestFirst();
    void sendsKeyCarrierAndNumber();
    void answers_data();
    void answers();
    void mapStatus_data();
    void mapStatus();
    void nothingIsAskedWithoutAnEndpoint();
    void settingsRoundTrip();
    void settingsRefuseOtherSchemes();
    void cancelDuringBackOff();

private:
    AggregatorSettings settings() const;

    QTemporaryDir m_dir;
    FakeTrackingServer *m_server = nullptr;
};

AggregatorSettings tst_AggregatorTracking::settings() const
{
    AggregatorSettings s;
    s.endpoint = m_server->url();
    s.apiKey = "test-key-123";
    s.timeoutMs = 1500;
    s.attempts = 3;
    s.backoffMs = 10;
    return s;
}

void tst_AggregatorTracking::init()
{
    m_server = new FakeTrackingServer;
    QVERIFY(m_server->listen());
}

void tst_AggregatorTracking::cleanup()
{
    delete m_server;
    m_server = nullptr;
    Storage::Database::close();
}

void tst_AggregatorTracking::readsNestedTracksOldestFirst()
{
    m_server->script({{200, sampleAnswer(), {}, false}});
    AggregatorTracking adapter(settings());
    const auto events = adapter.track("SF", "SF1400012345678");
    QVERIFY2(events, qPrintable(events ? QString() : events.error().toString()));
    QCOMPARE(events->size(), 3);

    // A time without a zone is Shanghai's: 10:00 there is 02:00 UTC.
    QCOMPARE(events->at(0).at, QDateTime(QDate(2026, 12, 3), QTime(2, 0), Qt::UTC));
    QCOMPARE(events->at(0).status, TrackingStatus::Accepted);
    QCOMPARE(events->at(0).place, QString("佛山市"));
    QCOMPARE(events->at(0).text, QString("顺丰速运已收取快件"));

    QCOMPARE(events->at(1).at, QDateTime(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC));
    QCOMPARE(events->at(1).status, TrackingStatus::InTransit);
    QCOMPARE(events->at(1).place, QString("佛山市 顺德集散中心"));

    QCOMPARE(events->at(2).at, QDateTime(QDate(2026, 12, 4), QTime(8, 20), Qt::UTC));
    QCOMPARE(events->at(2).status, TrackingStatus::Delivered);
    QCOMPARE(events->at(2).carrierStatus, QString("SIGNED"));
    QCOMPARE(events->at(2).place, QString("上海市 闵行区"));
    QCOMPARE(adapter.lastAttempts(), 1);
}

void tst_AggregatorTracking::sendsKeyCarrierAndNumber()
{
    m_server->script({{200, sampleAnswer(), {}, false}});
    AggregatorTracking adapter(settings());
    QVERIFY(adapter.track(" sf", "SF1400012345678 "));
    QCOMPARE(m_server->requests.size(), 1);
    const FakeRequest &r = m_server->requests.first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/v1/track"));
    QCOMPARE(r.headers.value("x-api-key"), QByteArray("test-key-123"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value("carrier_code").toString(), QString("sf"));
    QCOMPARE(body.value("tracking_number").toString(), QString("SF1400012345678"));
}

void tst_AggregatorTracking::answers_data()
{
    QTest::addColumn<QList<FakeAnswer>>("script");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QStringList>("messageHas");

    const QByteArray good = sampleAnswer();
    QTest::newRow("401 names the key setting, no retry")
        << QList<FakeAnswer>{{401, R"({"code": 401})", {}, false}} << false << 0 << 1
        << QStringList{"HTTP 401", "tracking.api_key"};
    QTest::newRow("403 is the key too")
        << QList<FakeAnswer>{{403, "", {}, false}} << false << 0 << 1
        << QStringList{"HTTP 403", "tracking.api_key"};
    QTest::newRow("429 then an answer")
        << QList<FakeAnswer>{{429, "", "0", false}, {200, good, {}, false}} << true << 3 << 2
        << QStringList{};
    QTest::newRow("503 twice then an answer")
        << QList<FakeAnswer>{{503, "", {}, false}, {502, "", {}, false}, {200, good, {}, false}}
        << true << 3 << 3 << QStringList{};
    QTest::newRow("5xx until the tries run out")
        << QList<FakeAnswer>{{500, "oops", {}, false}} << false << 0 << 3
        << QStringList{"HTTP 500", "after 3"};
    QTest::newRow("429 until the tries run out")
        << QList<FakeAnswer>{{429, "", {}, false}} << false << 0 << 3
        << QStringList{"HTTP 429", "after 3", "limiting"};
    QTest::newRow("malformed JSON")
        << QList<FakeAnswer>{{200, R"({"code": 0, "data": {"tracks": [)", {}, false}} << false
        << 0 << 1 << QStringList{"not valid JSON", "SF1400012345678"};
    QTest::newRow("service error code in a 200")
        << QList<FakeAnswer>{{200, R"({"code": 40401, "message": "number not found"})", {},
                              false}}
        << false << 0 << 1 << QStringList{"40401", "number not found"};
    QTest::newRow("tracks not a list")
        << QList<FakeAnswer>{{200, R"({"code": 0, "data": {"tracks": {}}})", {}, false}}
        << false << 0 << 1 << QStringList{"data.tracks"};
    QTest::newRow("a track with a bad time")
        << QList<FakeAnswer>{{200, R"({"code": 0, "data": {"tracks": [{"time": "yesterday"}]}})",
                              {}, false}}
        << false << 0 << 1 << QStringList{"data.tracks[0]", "yesterday"};
    QTest::newRow("no tracks yet")
        << QList<FakeAnswer>{{200, R"({"code": 0, "data": {"tracks": []}})", {}, false}} << true
        << 0 << 1 << QStringList{};
    QTest::newRow("no answer: timeout")
        << QList<FakeAnswer>{{200, "", {}, true}} << false << 0 << 1
        << QStringList{"127.0.0.1", "did not answer within 1.5 s"};
    QTest::newRow("unexpected 404")
        << QList<FakeAnswer>{{404, "", {}, false}} << false << 0 << 1
        << QStringList{"HTTP 404"};
}

void tst_AggregatorTracking::answers()
{
    QFETCH(QList<FakeAnswer>, script);
    QFETCH(bool, ok);
    QFETCH(int, events);
    QFETCH(int, requests);
    QFETCH(QStringList, messageHas);

    m_server->script(script);
    AggregatorTracking adapter(settings());
    const auto result = adapter.track("SF", "SF1400012345678");
    QCOMPARE(result.ok(), ok);
    QCOMPARE(m_server->requests.size(), requests);
    QCOMPARE(adapter.lastAttempts(), requests);
    if (ok) {
        QCOMPARE(result->size(), events);
        return;
    }
    for (const QString &part : messageHas)
        QVERIFY2(result.error().toString().contains(part), qPrintable(result.error().toString()));
}

void tst_AggregatorTracking::mapStatus_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<TrackingStatus>("status");
    QTest::newRow("info received") << "INFO_RECEIVED" << TrackingStatus::Info;
    QTest::newRow("picked up") << "PICKED_UP" << TrackingStatus::Accepted;
    QTest::newRow("lower case") << "in_transit" << TrackingStatus::InTransit;
    QTest::newRow("arrived at a hub") << "ARRIVED" << TrackingStatus::InTransit;
    QTest::newRow("out for delivery") << "DELIVERING" << TrackingStatus::OutForDelivery;
    QTest::newRow("signed") << "SIGNED" << TrackingStatus::Delivered;
    QTest::newRow("failed attempt") << "FAILED_ATTEMPT" << TrackingStatus::Exception;
    QTest::newRow("returned") << "RETURNED" << TrackingStatus::Exception;
    QTest::newRow("new code") << "CUSTOMS_HOLD" << TrackingStatus::Unknown;
}

void tst_AggregatorTracking::mapStatus()
{
    QFETCH(QString, code);
    QFETCH(TrackingStatus, status);
    QCOMPARE(AggregatorTracking::mapStatus(code), status);
}

void tst_AggregatorTracking::nothingIsAskedWithoutAnEndpoint()
{
    QVERIFY(Storage::Database::open(m_dir.filePath("empty.db")));
    const auto loaded = AggregatorSettings::load(Storage::Database::connection());
    QVERIFY(loaded);
    QVERIFY(loaded->endpoint.isEmpty());
    AggregatorSettings s = *loaded;
    s.apiKey = "k";
    AggregatorTracking adapter(s);
    const auto result = adapter.track("SF", "SF1");
    QVERIFY(!result);
    QVERIFY2(result.error().toString().contains("tracking.endpoint"),
             qPrintable(result.error().toString()));
    QCOMPARE(adapter.lastAttempts(), 0);
    QCOMPARE(m_server->requests.size(), 0);
}

void tst_AggregatorTracking::settingsRoundTrip()
{
    QVERIFY(Storage::Database::open(m_dir.filePath("settings.db")));
    Storage::Connection &c = Storage::Database::connection();
    AggregatorSettings s = settings();
    s.timeoutMs = 7000;
    s.attempts = 5;
    QVERIFY(s.save(c));
    const auto loaded = AggregatorSettings::load(c);
    QVERIFY(loaded);
    QCOMPARE(loaded->endpoint, m_server->url());
    QCOMPARE(loaded->apiKey, QString("test-key-123"));
    QCOMPARE(loaded->timeoutMs, 7000);
    QCOMPARE(loaded->attempts, 5);
}

void tst_AggregatorTracking::settingsRefuseOtherSchemes()
{
    QVERIFY(Storage::Database::open(m_dir.filePath("scheme.db")));
    Storage::Connection &c = Storage::Database::connection();
    AggregatorSettings s;
    s.endpoint = QUrl("ftp://127.0.0.1/track");
    QVERIFY(s.save(c));
    const auto loaded = AggregatorSettings::load(c);
    QVERIFY(!loaded);
    QVERIFY(loaded.error().toString().contains("ftp://127.0.0.1/track"));
    QVERIFY(loaded.error().toString().contains("tracking.endpoint"));
}

void tst_AggregatorTracking::cancelDuringBackOff()
{
    // The service says to come back in an hour; cancelling ends the wait at once.
    m_server->script({{429, "", "3600", false}});
    std::atomic_bool cancel = false;
    m_server->onRequest = [&cancel](const FakeRequest &) { cancel = true; };
    AggregatorSettings s = settings();
    s.maxWaitMs = 3600 * 1000;
    AggregatorTracking adapter(s);
    const auto result = adapter.track("SF", "SF1", &cancel);
    QVERIFY(!result);
    QVERIFY2(result.error().toString().contains("cancelled"),
             qPrintable(result.error().toString()));
    QCOMPARE(m_server->requests.size(), 1);
}

QTEST_GUILESS_MAIN(tst_AggregatorTracking)
#include "tst_aggregatortracking.moc"
