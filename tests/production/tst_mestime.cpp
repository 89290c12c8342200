#include "production/mestime.h"

#include <QTest>

#include <time.h>

using namespace Hearth::Production;

class tst_MesTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void format_data();
    void format();
    void roundTrip();
};

void tst_MesTime::initTestCase()
{
    // The desk's own zone must play no part: run as a computer in New York (UTC-5/-4).
    qputenv("TZ", "America/New_York");
    tzset();
    QVERIFY(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).offsetFromUtc() == -5 * 3600);
}

void tst_MesTime::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("site");
    QTest::addColumn<QString>("utc");

    QTest::newRow("offset +08:00") << "2026-03-02T09:15:00+08:00" << QByteArray("Asia/Shanghai")
                                   << "2026-03-02T01:15:00.000Z";
    QTest::newRow("Z") << "2026-03-02T01:15:00Z" << QByteArray("Asia/Shanghai")
                       << "2026-03-02T01:15:00.000Z";
    QTest::newRow("lower-case z") << "2026-03-02T01:15:00z" << QByteArray("Asia/Shanghai")
                                  << "2026-03-02T01:15:00.000Z";
    QTest::newRow("no offset: the site's zone")
        << "2026-03-02 09:15" << QByteArray("Asia/Shanghai") << "2026-03-02T01:15:00.000Z";
    QTest::newRow("no offset, site in Berlin in summer")
        << "2026-07-01T10:00:00" << QByteArray("Europe/Berlin") << "2026-07-01T08:00:00.000Z";
    QTest::newRow("offset wins over the site's zone")
        << "2026-07-01T10:00:00+08:00" << QByteArray("Europe/Berlin")
        << "2026-07-01T02:00:00.000Z";
    QTest::newRow("compact offset with milliseconds")
        << "2026-03-02T09:15:00.250+0800" << QByteArray("Asia/Shanghai")
        << "2026-03-02T01:15:00.250Z";
    QTest::newRow("hours-only offset, space before it")
        << "2026-03-02 09:15:30 +08" << QByteArray("Asia/Shanghai") << "2026-03-02T01:15:30.000Z";
    QTest::newRow("negative offset across midnight")
        << "2026-03-01T20:30:00-05:00" << QByteArray("Asia/Shanghai")
        << "2026-03-02T01:30:00.000Z";
    QTest::newRow("microseconds cut to milliseconds")
        << "2026-03-02T01:15:00.123456Z" << QByteArray("Asia/Shanghai")
        << "2026-03-02T01:15:00.123Z";
    QTest::newRow("surrounding spaces") << "  2026-03-02T01:15Z " << QByteArray("Asia/Shanghai")
                                        << "2026-03-02T01:15:00.000Z";
}

void tst_MesTime::parse()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, site);
    QFETCH(QString, utc);
    const auto at = MesTime::parse(text, QTimeZone(site));
    QVERIFY2(at.ok(), qPrintable(at.ok() ? QString() : at.error().message));
    QCOMPARE(at->timeSpec(), Qt::UTC);
    QCOMPARE(at->toString(Qt::ISODateWithMs), utc);
}

void tst_MesTime::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("site");
    QTest::addColumn<QString>("message");

    const QString expected = "\"%1\" is not a time: expected a date and time such as "
                             "2026-03-02T09:15:00+08:00, with Z or an offset, or without one for "
                             "the site's time (%2)";
    QTest::newRow("day first") << "02/03/2026 09:15" << QByteArray("Asia/Shanghai")
                               << expected.arg("02/03/2026 09:15", "Asia/Shanghai");
    QTest::newRow("date only") << "2026-03-02" << QByteArray("Asia/Shanghai")
                               << expected.arg("2026-03-02", "Asia/Shanghai");
    QTest::newRow("30 February") << "2026-02-30T10:00Z" << QByteArray("Asia/Shanghai")
                                 << expected.arg("2026-02-30T10:00Z", "Asia/Shanghai");
    QTest::newRow("hour 25") << "2026-03-02T25:00Z" << QByteArray("Asia/Shanghai")
                             << expected.arg("2026-03-02T25:00Z", "Asia/Shanghai");
    QTest::newRow("offset too large") << "2026-03-02T09:15+15:00" << QByteArray("Asia/Shanghai")
                                      << expected.arg("2026-03-02T09:15+15:00", "Asia/Shanghai");
    QTest::newRow("zone name") << "2026-03-02T09:15 CST" << QByteArray("Asia/Shanghai")
                               << expected.arg("2026-03-02T09:15 CST", "Asia/Shanghai");
    QTest::newRow("empty") << "" << QByteArray("Asia/Shanghai")
                           << expected.arg("", "Asia/Shanghai");
    QTest::newRow("a time the clocks skip")
        << "2026-03-08 02:30" << QByteArray("America/New_York")
        << "2026-03-08 02:30 does not exist in the site's zone America/New_York (the clocks skip "
           "it); give the time with its offset";
}

void tst_MesTime::refused()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, site);
    QFETCH(QString, message);
    const auto at = MesTime::parse(text, QTimeZone(site));
    QVERIFY(!at.ok());
    QCOMPARE(at.error().message, message);
}

void tst_MesTime::format_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QByteArray>("site");
    QTest::addColumn<QString>("text");

    const QDateTime at(QDate(2026, 3, 2), QTime(1, 15), Qt::UTC);
    QTest::newRow("Shanghai") << at << QByteArray("Asia/Shanghai") << "2026-03-02T09:15:00+08:00";
    QTest::newRow("New York") << at << QByteArray("America/New_York")
                              << "2026-03-01T20:15:00-05:00";
    QTest::newRow("India, half hours") << at << QByteArray("Asia/Kolkata")
                                       << "2026-03-02T06:45:00+05:30";
    QTest::newRow("invalid") << QDateTime() << QByteArray("Asia/Shanghai") << "";
}

void tst_MesTime::format()
{
    QFETCH(QDateTime, at);
    QFETCH(QByteArray, site);
    QFETCH(QString, text);
    QCOMPARE(MesTime::format(at, QTimeZone(site)), text);
}

void tst_MesTime::roundTrip()
{
    const QTimeZone berlin("Europe/Berlin");
    QDateTime at(QDate(2026, 3, 28), QTime(22, 0), Qt::UTC);
    // Across the spring change: every written time reads back as the same instant.
    for (int i = 0; i < 12; ++i, at = at.addSecs(3600)) {
        const QString text = MesTime::format(at, berlin);
        const auto back = MesTime::parse(text, QTimeZone("Asia/Shanghai"));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), at);
    }
}

QTEST_GUILESS_MAIN(tst_MesTime)
#include "tst_mestime.moc"
