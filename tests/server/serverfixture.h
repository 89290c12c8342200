#pragma once

// A running ApiServer on loopback with a fresh database for each test, and an HTTPS client
// that trusts only the test's own self-signed certificate. HEARTH_TEST_PG_URI selects
// PostgreSQL (each test gets a database of its own in that cluster); without it, SQLite.

#include "server/accounts.h"
#include "server/apiserver.h"
#include "server/certificatemaker.h"
#include "server/channelkeys.h"
#include "server/databaseuri.h"
#include "server/serverconfig.h"
#include "server/serverstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace ServerTest {

using namespace Hearth::Server;

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;

    QString errorField() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field"))
            .toString();
    }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code"))
            .toString();
    }
    QString errorMessage() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
            .toString();
    }
};

/// What every test starts from: an administrator, a store clerk in a store unit, and a channel
/// key of a dealer system.
struct Fixture
{
    static constexpr char AdminPassword[] = "Adm1n-pass-word";
    static constexpr char ClerkPassword[] = "Cl3rk-pass-word";
    static constexpr int SessionSeconds = 3600;
    static constexpr qint64 MaxBody = 64 * 1024;

    QTemporaryDir dir;
    QSslCertificate certificate;
    CertificateMaker::Files files;
    std::optional<DatabaseUri> pgBase;
    int databaseCount = 0;
    QString pgDatabase;

    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ApiServer> server;
    QNetworkAccessManager network;
    QDateTime now;
    QString channelKey;
    QString clerkUnitCode = QStringLiteral("STORE-SZ-01");
    /// Optional, set before start(): a pair the server serves instead of the self-signed one
    /// (signed by a company CA), and that CA, which call() then trusts.
    CertificateMaker::Files servedFiles;
    QSslCertificate servedAuthority;

    /// Once per test run: the certificate and the engine.
    bool setUp()
    {
        const auto made = CertificateMaker::make(dir.filePath(QStringLiteral("tls")));
        if (!made) {
            qWarning() << made.error().toString();
            return false;
        }
        files = *made;
        QFile pem(files.certificate);
        if (!pem.open(QIODevice::ReadOnly))
            return false;
        certificate = QSslCertificate(pem.readAll(), QSsl::Pem);
        const QString pg = qEnvironmentVariable("HEARTH_TEST_PG_URI");
        if (!pg.isEmpty()) {
            const auto uri = DatabaseUri::parse(pg);
            if (!uri || uri->engine != DatabaseUri::Engine::Postgres) {
                qWarning() << "HEARTH_TEST_PG_URI is not a postgresql:// URI";
                return false;
            }
            pgBase = *uri;
        }
        return true;
    }

    bool postgres() const { return pgBase.has_value(); }

    DatabaseUri nextDatabase()
    {
        ++databaseCount;
        if (!pgBase) {
            DatabaseUri uri;
            uri.path = dir.filePath(QStringLiteral("server-%1.db").arg(databaseCount));
            return uri;
        }
        DatabaseUri uri = *pgBase;
        uri.database = QStringLiteral("hearth_t%1_%2").arg(QCoreApplication::applicationPid())
                           .arg(databaseCount);
        pgDatabase = uri.database;
        return uri;
    }

    /// A fresh database with its users and key, and the server listening on it.
    bool start(ServerConfig config = {})
    {
        now = QDateTime::currentDateTimeUtc();
        store = std::make_unique<ServerStore>();
        if (Hearth::Core::Status opened = store->open(nextDatabase(),
                                                      ServerStore::OpenMode::Create);
            !opened) {
            qWarning() << opened.error().toString();
            return false;
        }
        Accounts accounts(*store);
        if (!store->begin())
            return false;
        const auto office = accounts.createOrgUnit(
            {{}, QStringLiteral("head_office"), QStringLiteral("HQ"), QStringLiteral("HQ"), {}},
            now);
        const auto shop = accounts.createOrgUnit(
            {{}, QStringLiteral("store"), clerkUnitCode, QStringLiteral("深圳南山店"), {}}, now);
        if (!office || !shop)
            return false;
        const auto admin = accounts.createUser({QStringLiteral("admin"), QStringLiteral("Admin"),
                                                Hearth::Users::Role::Admin,
                                                QLatin1String(AdminPassword), office->id},
                                               now);
        const auto clerk = accounts.createUser({QStringLiteral("clerk.li"),
                                                QStringLiteral("李文员"),
                                                Hearth::Users::Role::Clerk,
                                                QLatin1String(ClerkPassword), shop->id},
                                               now);
        const auto key = ChannelKeys(*store).create(QStringLiteral("dealer-erp"),
                                                    Hearth::Orders::Channel::Dealer, QString(),
                                                    now);
        if (!admin || !clerk || !key || !store->commit())
            return false;
        channelKey = key->secret;

        config.address = QHostAddress(QHostAddress::LocalHost);
        config.port = 0;
        config.certificatePath =
            servedFiles.certificate.isEmpty() ? files.certificate : servedFiles.certificate;
        config.keyPath = servedFiles.key.isEmpty() ? files.key : servedFiles.key;
        config.maxBodyBytes = MaxBody;
        config.sessionSeconds = SessionSeconds;
        server = std::make_unique<ApiServer>(*store, config);
        server->setClock([this] { return now; });
        if (Hearth::Core::Status started = server->start(); !started) {
            qWarning() << started.error().toString();
            return false;
        }
        return true;
    }

    void stop()
    {
        server.reset();
        if (store)
            store->close();
        store.reset();
        if (pgBase && !pgDatabase.isEmpty())
            dropDatabase();
    }

    void dropDatabase()
    {
        const QString name = QStringLiteral("drop-%1").arg(pgDatabase);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(pgBase->host);
            db.setPort(pgBase->port);
            db.setUserName(pgBase->user);
            db.setPassword(pgBase->password);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(pgDatabase));
            }
        }
        QSqlDatabase::removeDatabase(name);
        pgDatabase.clear();
    }

    QUrl url(const QString &path, const QString &scheme = QStringLiteral("https")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(server->port())
                        .arg(path));
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!servedAuthority.isNull()) {
            QSslConfiguration tls = request.sslConfiguration();
            tls.setCaCertificates({servedAuthority});
            request.setSslConfiguration(tls);
        }
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        // Only the test's own certificate, and only for being self-signed.
        reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, certificate)});
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    Reply postJson(const QString &path, const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    Reply login(const QString &user, const QString &password)
    {
        return postJson(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("user_name"), user},
                         {QStringLiteral("password"), password}});
    }

    static QList<QPair<QByteArray, QByteArray>> bearer(const QString &token)
    {
        return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}};
    }

    QList<QPair<QByteArray, QByteArray>> intakeHeaders(const QByteArray &idempotencyKey) const
    {
        return {{QByteArrayLiteral("X-Hearth-Channel-Key"), channelKey.toLatin1()},
                {QByteArrayLiteral("Idempotency-Key"), idempotencyKey}};
    }

    qint64 count(const QString &table)
    {
        QSqlQuery q = store->prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return store->exec(q) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// A dealer's order of two lines: 2 × 1999.00 at 10 % off, and a fixed 500.00.
    static QJsonObject order(const QString &channelOrderNo = QStringLiteral("DLR-2026-0001"))
    {
        const QJsonObject cabinet{{QStringLiteral("channel_line_no"), QStringLiteral("1")},
                                  {QStringLiteral("sku"), QStringLiteral("CAB-W800")},
                                  {QStringLiteral("product_name"), QStringLiteral("吊柜")},
                                  {QStringLiteral("width_mm"), 800},
                                  {QStringLiteral("height_mm"), 720},
                                  {QStringLiteral("depth_mm"), 350},
                                  {QStringLiteral("unit"), QStringLiteral("件")},
                                  {QStringLiteral("quantity"), QStringLiteral("2")},
                                  {QStringLiteral("unit_price"), QStringLiteral("1999.00")},
                                  {QStringLiteral("discount"), QStringLiteral("10%")}};
        const QJsonObject fitting{{QStringLiteral("channel_line_no"), QStringLiteral("2")},
                                  {QStringLiteral("product_name"), QStringLiteral("安装费")},
                                  {QStringLiteral("quantity"), QStringLiteral("1")},
                                  {QStringLiteral("amount"), QStringLiteral("500.00")}};
        return {{QStringLiteral("channel_order_no"), channelOrderNo},
                {QStringLiteral("signed_on"), QStringLiteral("2026-11-30")},
                {QStringLiteral("customer_name"), QStringLiteral("王女士")},
                {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                {QStringLiteral("address"), QStringLiteral("广东省深圳市南山区科技园路1号")},
                {QStringLiteral("dealer_code"), QStringLiteral("D-SZ-07")},
                {QStringLiteral("lines"), QJsonArray{cabinet, fitting}}};
    }
};

} // namespace ServerTest
