// bench_sync: a real hearth-server process on SQLite in a temporary folder, on loopback.
//   1. One desk pushes 100,000 changes (20,000 orders and 80,000 lines) through SyncEngine and
//      a fresh desk pulls them, beside a plain TLS request loop on the same server (GET
//      /api/v1/health on one keep-alive connection, through the same Qt network stack).
//   2. 50 desks, each on its own thread, sync at once: every push batch and pull page is one
//      request, timed from the desk's side (request, answer and the desk's own write).
//
//   bench_sync [--changes N] [--desks N] [--requests N] [--push-batch N] [--pull-limit N]

#include "benchreport.h"

#include "core/hybridclock.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Hearth;
using namespace Hearth::Bench;

namespace {

constexpr char Password[] = "Bench-pass-123";

struct Options
{
    int changes = 100'000;
    int desks = 50;
    int requests = 2000;
    int changesPerDesk = 100;
    int pushBatch = 1000;
    int pullLimit = 1000;
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const int value = args[i + 1].toInt();
        if (args[i] == QLatin1String("--changes"))
            o.changes = value;
        else if (args[i] == QLatin1String("--desks"))
            o.desks = value;
        else if (args[i] == QLatin1String("--requests"))
            o.requests = value;
        else if (args[i] == QLatin1String("--push-batch"))
            o.pushBatch = value;
        else if (args[i] == QLatin1String("--pull-limit"))
            o.pullLimit = value;
    }
    return o;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", what.toUtf8().constData());
    std::exit(1);
}

int runTool(const QStringList &arguments, const QProcessEnvironment &env, QString *out = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEARTH_SERVER_BIN), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode();
}

/// A desk database: migrated like a real desk, written the way repositories write.
std::unique_ptr<Storage::Connection> openDesk(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"), QStringLiteral("bench-%1").arg(QUuid::createUuid().toString()));
    db.setDatabaseName(path);
    if (!db.open())
        fail(QStringLiteral("cannot open %1").arg(path));
    auto connection = std::make_unique<Storage::Connection>(std::move(db));
    if (!connection->execScript(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA "
                                               "synchronous=NORMAL; PRAGMA foreign_keys=ON;")))
        fail(QStringLiteral("cannot set up %1").arg(path));
    if (Core::Status migrated = Storage::Migrator::migrate(*connection); !migrated)
        fail(migrated.error().toString());
    return connection;
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        fail(q.lastError().text());
}

/// Orders of four lines each, every row with its outbox and audit entries, in one
/// transaction: changes rows in all.
void writeChanges(Storage::Connection &connection, Core::HybridClock &clock, const QString &tag,
                  int changes)
{
    Storage::Transaction tx(connection);
    QSqlQuery order(connection.sql());
    order.prepare(QStringLiteral(
        "INSERT INTO sales_orders (hlc, id, order_no, channel, signed_on, total_micros, city, "
        "created_at, updated_at) VALUES (?, ?, ?, 'dealer', '2026-12-01', ?, '深圳', "
        "'2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z')"));
    QSqlQuery line(connection.sql());
    line.prepare(QStringLiteral(
        "INSERT INTO order_lines (hlc, id, order_id, line_no, description, quantity_micros, "
        "amount_micros) VALUES (?, ?, ?, ?, '吊柜 W800', 1000000, ?)"));
    QString orderId;
    for (int i = 0; i < changes; ++i) {
        const QString hlc = clock.now();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const bool isOrder = i % 5 == 0;
        if (isOrder) {
            orderId = id;
            order.addBindValue(hlc);
            order.addBindValue(id);
            order.addBindValue(QStringLiteral("SO-%1-%2").arg(tag).arg(i, 7, 10, QLatin1Char('0')));
            order.addBindValue(qint64(4 * 1999) * 1000000);
            exec(order);
        } else {
            line.addBindValue(hlc);
            line.addBindValue(id);
            line.addBindValue(orderId);
            line.addBindValue(i % 5);
            line.addBindValue(qint64(1999) * 1000000);
            exec(line);
        }
        Storage::ChangeLog::Change change;
        change.table = isOrder ? QStringLiteral("sales_orders") : QStringLiteral("order_lines");
        change.rowId = id;
        change.op = Storage::ChangeLog::Op::Insert;
        change.hlc = hlc;
        const Core::Status recorded = Storage::ChangeLog::record(connection, change);
        if (!recorded)
            fail(recorded.error().toString());
    }
    if (!tx.commit())
        fail(QStringLiteral("cannot commit the changes of %1").arg(tag));
}

class Server
{
public:
    QTemporaryDir dir;
    QString certificatePath;
    QSslCertificate certificate;
    quint16 port = 0;
    QString token;

    void start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), QLatin1String(Password));
        const QString tls = dir.filePath(QStringLiteral("tls"));
        if (runTool({QStringLiteral("gen-cert"), QStringLiteral("--out"), tls,
                     QStringLiteral("--host"), QStringLiteral("127.0.0.1")}, env) != 0)
            fail(QStringLiteral("gen-cert failed"));
        certificatePath = tls + QStringLiteral("/hearth-server.crt");
        certificate = QSslCertificate::fromPath(certificatePath).value(0);
        const QString db = QStringLiteral("sqlite://")
                           + dir.filePath(QStringLiteral("server.db"));
        if (runTool({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                     QStringLiteral("bench")}, env) != 0)
            fail(QStringLiteral("init failed"));
        m_process.setProcessEnvironment(env);
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(QStringLiteral(HEARTH_SERVER_BIN),
                        {QStringLiteral("serve"), QStringLiteral("--db"), db,
                         QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cert"),
                         certificatePath, QStringLiteral("--key"),
                         tls + QStringLiteral("/hearth-server.key")});
        static const QRegularExpression listening(
            QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)/"));
        QString out;
        for (int i = 0; i < 300 && port == 0; ++i) {
            m_process.waitForReadyRead(100);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
            port = quint16(listening.match(out).captured(1).toUInt());
        }
        if (port == 0)
            fail(QStringLiteral("hearth-server did not start: %1").arg(out));
        const QJsonObject credentials{{QStringLiteral("user_name"), QStringLiteral("bench")},
                                      {QStringLiteral("password"), QLatin1String(Password)}};
        const QJsonObject signedIn = call(QStringLiteral("POST"),
                                          QStringLiteral("/api/v1/auth/login"),
                                          QJsonDocument(credentials)
                                              .toJson(QJsonDocument::Compact));
        token = signedIn.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            fail(QStringLiteral("cannot sign in"));
    }

    void stop()
    {
        m_process.terminate();
        m_process.waitForFinished(20000);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path));
    }

    QJsonObject call(const QString &method, const QString &path, const QByteArray &body = {},
                     const QString &bearer = QString())
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method.toLatin1(), body);
        reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, certificate)});
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const bool ok = reply->error() == QNetworkReply::NoError;
        delete reply;
        if (!ok)
            fail(QStringLiteral("%1 %2 failed").arg(method, path));
        return json;
    }

    /// A dealer in an organisation unit of its own, signed in: it syncs only its own rows.
    QString addDealer(int index)
    {
        const QString code = QStringLiteral("D-BENCH-%1").arg(index);
        const QString name = QStringLiteral("dealer.%1").arg(index);
        auto post = [&](const QString &path, const QJsonObject &json, const QString &as) {
            return call(QStringLiteral("POST"), path,
                        QJsonDocument(json).toJson(QJsonDocument::Compact), as);
        };
        post(QStringLiteral("/api/v1/org-units"),
             {{QStringLiteral("kind"), QStringLiteral("dealer")},
              {QStringLiteral("code"), code}, {QStringLiteral("name"), code}}, token);
        post(QStringLiteral("/api/v1/users"),
             {{QStringLiteral("user_name"), name},
              {QStringLiteral("role"), QStringLiteral("dealer")},
              {QStringLiteral("password"), QLatin1String(Password)},
              {QStringLiteral("org_unit_code"), code}}, token);
        return post(QStringLiteral("/api/v1/auth/login"),
                    {{QStringLiteral("user_name"), name},
                     {QStringLiteral("password"), QLatin1String(Password)}}, QString())
            .value(QStringLiteral("token")).toString();
    }

    Sync::SyncSettings settings(const Options &options, const QString &as = QString()) const
    {
        Sync::SyncSettings s;
        s.server = url(QString());
        s.token = as.isEmpty() ? token : as;
        s.trustedCertificates = {certificate};
        s.pushBatch = options.pushBatch;
        s.maxPushBytes = 900 * 1024;  // under the server's 1 MB body limit
        s.pullLimit = options.pullLimit;
        s.timeoutMs = 120000;
        return s;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseArguments(app.arguments());
    Server server;
    server.start();
    Report::note(QStringLiteral("hearth-server on SQLite at 127.0.0.1:%1; %2 changes, push "
                                "batches of %3, pull pages of %4")
                     .arg(server.port).arg(options.changes).arg(options.pushBatch)
                     .arg(options.pullLimit));

    // 1. The plain TLS loop: what one request costs on this machine and this stack.
    server.call(QStringLiteral("GET"), QStringLiteral("/api/v1/health"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < options.requests; ++i)
        server.call(QStringLiteral("GET"), QStringLiteral("/api/v1/health"));
    const double requestsPerSecond = options.requests * 1000.0 / timer.elapsed();

    QTemporaryDir desks;
    Core::HybridClock writerClock(QStringLiteral("bench-a"));
    const QString writerPath = desks.filePath(QStringLiteral("writer.hearth"));
    {
        auto writer = openDesk(writerPath);
        writeChanges(*writer, writerClock, QStringLiteral("A"), options.changes);
    }
    Sync::SyncEngine pusher(writerPath, server.settings(options));
    timer.restart();
    const Core::Result<Sync::SyncReport> pushed = pusher.push();
    const qint64 pushMs = timer.elapsed();
    if (!pushed || pushed->pushed != options.changes)
        fail(pushed ? QStringLiteral("pushed %1 changes").arg(pushed->pushed)
                    : pushed.error().toString());

    const QString readerPath = desks.filePath(QStringLiteral("reader.hearth"));
    openDesk(readerPath).reset();
    Sync::SyncEngine puller(readerPath, server.settings(options));
    timer.restart();
    const Core::Result<Sync::SyncReport> pulled = puller.pull();
    const qint64 pullMs = timer.elapsed();
    if (!pulled || pulled->pulled != options.changes)
        fail(pulled ? QStringLiteral("pulled %1 changes").arg(pulled->pulled)
                    : pulled.error().toString());

    const double pushRate = options.changes * 1000.0 / qMax<qint64>(1, pushMs);
    const double pullRate = options.changes * 1000.0 / qMax<qint64>(1, pullMs);
    const double syncRate = 2.0 * options.changes * 1000.0 / qMax<qint64>(1, pushMs + pullMs);
    Report::figure(QStringLiteral("sync_push_changes_per_s"), pushRate,
                   QStringLiteral("changes/s"));
    Report::figure(QStringLiteral("sync_pull_changes_per_s"), pullRate,
                   QStringLiteral("changes/s"));
    std::printf("bench: sync_changes_per_s %.0f changes/s vs tls_requests_per_s %.0f "
                "requests/s ratio %.2f\n",
                syncRate, requestsPerSecond, syncRate / requestsPerSecond);
    std::fflush(stdout);

    // 2. Many dealers' desks at once, each with changes of its own to send and its own rows to
    // read back (row scope keeps every other dealer's rows away).
    std::vector<QString> paths;
    std::vector<QString> tokens;
    for (int d = 0; d < options.desks; ++d) {
        paths.push_back(desks.filePath(QStringLiteral("desk%1.hearth").arg(d)));
        tokens.push_back(server.addDealer(d));
        if (tokens.back().isEmpty())
            fail(QStringLiteral("cannot sign dealer %1 in").arg(d));
        Core::HybridClock clock(QStringLiteral("bench-d%1").arg(d));
        auto desk = openDesk(paths.back());
        writeChanges(*desk, clock, QStringLiteral("D%1").arg(d), options.changesPerDesk);
    }
    QMutex mutex;
    QList<double> latencies;
    int failures = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int d = 0; d < options.desks; ++d) {
        Sync::SyncSettings many = server.settings(options, tokens[d]);
        many.pushBatch = 25;
        many.pullLimit = 500;
        threads.emplace_back(QThread::create([&, many, path = paths[d]] {
            Sync::SyncEngine engine(path, many);
            QElapsedTimer since;
            QList<double> mine;
            QObject::connect(&engine, &Sync::SyncEngine::progress, &engine, [&] {
                mine.append(since.nsecsElapsed() / 1e6);
                since.restart();
            }, Qt::DirectConnection);
            since.start();
            const bool ok = bool(engine.run());
            QMutexLocker lock(&mutex);
            latencies.append(mine);
            failures += ok ? 0 : 1;
        }));
    }
    timer.restart();
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        thread->wait();
    const qint64 manyMs = timer.elapsed();
    if (failures > 0)
        fail(QStringLiteral("%1 of %2 desks failed to sync").arg(failures).arg(options.desks));
    Report::note(QStringLiteral("%1 desks synced at once in %2 ms: %3 requests")
                     .arg(options.desks).arg(manyMs).arg(latencies.size()));
    Report::figure(QStringLiteral("sync_p50_ms"), Report::percentile(latencies, 50),
                   QStringLiteral("ms"));
    Report::figure(QStringLiteral("sync_p99_ms"), Report::percentile(latencies, 99),
                   QStringLiteral("ms"));
    server.stop();
    return 0;
}
