#include "server/databaseuri.h"

#include <QTest>

using Hearth::Server::DatabaseUri;

class tst_DatabaseUri : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void displayHidesThePassword();
};

void tst_DatabaseUri::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("pathOrDatabase");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::newRow("sqlite") << "sqlite:///var/lib/hearth/server.db" << false
                            << "/var/lib/hearth/server.db" << "" << 5432 << "";
    QTest::newRow("sqlite dots") << "sqlite:///srv/a/../hearth.db" << false << "/srv/hearth.db"
                                 << "" << 5432 << "";
    QTest::newRow("postgresql") << "postgresql://hearth@db.factory.lan:5433/hearth" << true
                                << "hearth" << "db.factory.lan" << 5433 << "hearth";
    QTest::newRow("default port") << "postgres://app@127.0.0.1/orders" << true << "orders"
                                  << "127.0.0.1" << 5432 << "app";
}

void tst_DatabaseUri::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, pathOrDatabase);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    const auto uri = DatabaseUri::parse(text);
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
    QCOMPARE(uri->engine == DatabaseUri::Engine::Postgres, postgres);
    QCOMPARE(postgres ? uri->database : uri->path, pathOrDatabase);
    QCOMPARE(uri->host, host);
    QCOMPARE(uri->port, port);
    QCOMPARE(uri->user, user);
}

void tst_DatabaseUri::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("mysql") << "mysql://root@localhost/hearth";
    QTest::newRow("no database") << "postgresql://hearth@localhost:5432/";
    QTest::newRow("no host") << "postgresql:///hearth";
    QTest::newRow("sqlite host") << "sqlite://server/file.db";
}

void tst_DatabaseUri::refuses()
{
    QFETCH(QString, text);
    QVERIFY(!DatabaseUri::parse(text).ok());
}

void tst_DatabaseUri::displayHidesThePassword()
{
    const auto uri = DatabaseUri::parse(QStringLiteral("postgresql://app:S3cret@db:5432/hearth"));
    QVERIFY(uri.ok());
    QCOMPARE(uri->password, QStringLiteral("S3cret"));
    QCOMPARE(uri->display(), QStringLiteral("postgresql://app@db:5432/hearth"));
}

QTEST_GUILESS_MAIN(tst_DatabaseUri)
#include "tst_databaseuri.moc"
