#include "serverfixture.h"

#include "server/deskregistry.h"
#include "users/passwordhasher.h"

using namespace ServerTest;

class tst_DeskRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void codes_data();
    void codes();
    void registerAndRepeat();
    void badRequests_data();
    void badRequests();
    void signInFirst();

private:
    QString token();

    Fixture m_f;
};

void tst_DeskRegistry::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
}

void tst_DeskRegistry::init()
{
    QVERIFY(m_f.start());
}

void tst_DeskRegistry::cleanup()
{
    m_f.stop();
}

QString tst_DeskRegistry::token()
{
    const Reply login = m_f.login(QStringLiteral("clerk.li"),
                                  QLatin1String(Fixture::ClerkPassword));
    return login.json.value(QStringLiteral("token")).toString();
}

void tst_DeskRegistry::codes_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("code");
    QTest::newRow("first") << qint64(1) << "D01";
    QTest::newRow("ninth") << qint64(9) << "D09";
    QTest::newRow("tenth is a letter") << qint64(10) << "D0A";
    QTest::newRow("36th") << qint64(36) << "D10";
    QTest::newRow("last of two digits") << qint64(1295) << "DZZ";
    QTest::newRow("three digits after") << qint64(1296) << "D100";
}

void tst_DeskRegistry::codes()
{
    QFETCH(qint64, number);
    QFETCH(QString, code);
    QCOMPARE(DeskRegistry::codeFor(number), code);
}

void tst_DeskRegistry::registerAndRepeat()
{
    const QString bearer = token();
    QVERIFY(!bearer.isEmpty());
    const QString deskA = QStringLiteral("0b6c7a52-4c1e-4f55-9a86-0d2d3c1b8e01");
    const QString deskB = QStringLiteral("9f0a4f3e-2f5e-4d7b-8e3a-6a1f2c9d7b02");

    const Reply first = m_f.postJson(QStringLiteral("/api/v1/desks"),
                                     {{"desk_id", deskA}, {"name", "前台电脑"}},
                                     Fixture::bearer(bearer));
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json.value("desk_code").toString(), QStringLiteral("D01"));
    QCOMPARE(first.json.value("new").toBool(), true);

    // The answer was lost and the desk asks again: the same code, nothing new.
    const Reply again = m_f.postJson(QStringLiteral("/api/v1/desks"),
                                     {{"desk_id", deskA}, {"name", "前台电脑"}},
                                     Fixture::bearer(bearer));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("desk_code").toString(), QStringLiteral("D01"));
    QCOMPARE(again.json.value("new").toBool(), false);

    const Reply other = m_f.postJson(QStringLiteral("/api/v1/desks"),
                                     {{"desk_id", deskB}}, Fixture::bearer(bearer));
    QCOMPARE(other.status, 201);
    QCOMPARE(other.json.value("desk_code").toString(), QStringLiteral("D02"));
    QCOMPARE(m_f.count(QStringLiteral("desks")), qint64(2));
}

void tst_DeskRegistry::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no desk id") << QByteArray(R"({"name":"x"})") << "desk_id";
    QTest::newRow("not a uuid") << QByteArray(R"({"desk_id":"desk-1"})") << "desk_id";
    QTest::newRow("number for a name")
        << QByteArray(R"({"desk_id":"0b6c7a52-4c1e-4f55-9a86-0d2d3c1b8e01","name":5})")
        << "name";
    QTest::newRow("unknown field")
        << QByteArray(R"({"desk_id":"0b6c7a52-4c1e-4f55-9a86-0d2d3c1b8e01","code":"A1"})")
        << "code";
}

void tst_DeskRegistry::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Reply reply = m_f.call("POST", QStringLiteral("/api/v1/desks"), body,
                                 Fixture::bearer(token()));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(m_f.count(QStringLiteral("desks")), qint64(0));
}

void tst_DeskRegistry::signInFirst()
{
    const Reply reply = m_f.postJson(QStringLiteral("/api/v1/desks"),
                                     {{"desk_id", "0b6c7a52-4c1e-4f55-9a86-0d2d3c1b8e01"}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(m_f.count(QStringLiteral("desks")), qint64(0));
}

QTEST_GUILESS_MAIN(tst_DeskRegistry)
#include "tst_deskregistry.moc"
