#include "servercommands.h"

#include "accounts.h"
#include "apiserver.h"
#include "certificatemaker.h"
#include "channelkeys.h"
#include "databaseuri.h"
#include "logging.h"
#include "serverconfig.h"
#include "serverstore.h"
#include "users/passwordhasher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace Hearth::Server {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << ServerCommands::tr("hearth-server: %1").arg(message) << Qt::endl;
    return 1;
}

int fail(const Core::Error &error)
{
    return fail(error.toString());
}

/// Parses a command's options; on a problem prints it and sets code.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *code = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *code = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *code = fail(ServerCommands::tr("unexpected argument \"%1\"")
                         .arg(parser.positionalArguments().constFirst()));
        return false;
    }
    return true;
}

/// After the event loop, how long serve waits for requests still at a worker.
constexpr int WorkerBoundMs = 5000;

QString defaultDatabase()
{
    return QStringLiteral("sqlite://") + QDir::current().absoluteFilePath(
                                              QStringLiteral("hearth-server.db"));
}

} // namespace

int ServerCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + command}
                             + arguments.mid(2);
    if (command == QLatin1String("init"))
        return init(rest);
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("gen-cert"))
        return genCert(rest);
    if (command == QLatin1String("channel-key"))
        return channelKey(rest);
    if (command == QLatin1String("--version")) {
        out() << "hearth-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h"))
        return usage(command.isEmpty() ? 2 : 0);
    fail(tr("unknown command \"%1\"").arg(command));
    return usage(2);
}

int ServerCommands::usage(int code)
{
    (code == 0 ? out() : err())
        << tr("usage: hearth-server <command> [options]\n"
              "  init --db URI --admin NAME     create the database and its first administrator\n"
              "                                 (password from HEARTH_ADMIN_PASSWORD, or made\n"
              "                                 and printed once)\n"
              "  serve [--config FILE] [--address IP] [--port N] [--cert FILE] [--key FILE]\n"
              "        [--db URI] [--threads N] answer HTTPS requests\n"
              "  gen-cert --out DIR [--host NAME] [--days N] [--ca DIR]\n"
              "                                 make a self-signed certificate for a trial, or\n"
              "                                 one signed by the company CA in --ca DIR\n"
              "  gen-cert --ca-out DIR [--ca-name NAME] [--days N]\n"
              "                                 make a company CA (keep it offline)\n"
              "  channel-key --db URI --channel CODE --name NAME [--unit CODE]\n"
              "                                 make an API key for a channel's order intake\n"
              "URI: sqlite:///path/file.db or postgresql://user@host:port/database\n");
    return code;
}

int ServerCommands::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), tr("database URI"), QStringLiteral("URI")},
                       {QStringLiteral("admin"), tr("first administrator's user name"),
                        QStringLiteral("NAME")}});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(QStringLiteral("admin")))
        return fail(tr("init needs --admin NAME"));
    const Core::Result<DatabaseUri> uri = DatabaseUri::parse(
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                           : defaultDatabase());
    if (!uri)
        return fail(uri.error());
    ServerStore store;
    if (Core::Status opened = store.open(*uri, ServerStore::OpenMode::Create); !opened)
        return fail(opened.error());
    Accounts accounts(store);
    if (accounts.userCount() > 0)
        return fail(tr("%1 has users already; init makes the first administrator only")
                        .arg(uri->display()));
    const QString given = qEnvironmentVariable("HEARTH_ADMIN_PASSWORD");
    const QString password = given.isEmpty() ? Users::PasswordHasher::generate(16) : given;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Core::Status begun = store.begin(); !begun)
        return fail(begun.error());
    const Core::Result<OrgUnit> office = accounts.createOrgUnit(
        {{}, QStringLiteral("head_office"), QStringLiteral("HQ"), tr("Head office"), {}}, now);
    if (!office) {
        store.rollback();
        return fail(office.error());
    }
    const Core::Result<ServerUser> admin = accounts.createUser(
        {parser.value(QStringLiteral("admin")), QString(), Users::Role::Admin, password,
         office->id}, now);
    if (!admin) {
        store.rollback();
        return fail(admin.error());
    }
    if (Core::Status committed = store.commit(); !committed)
        return fail(committed.error());
    out() << tr("created %1 with administrator \"%2\"").arg(uri->display(), admin->userName)
          << Qt::endl;
    if (given.isEmpty()) {
        out() << tr("password (shown this once, write it down): %1").arg(password) << Qt::endl;
    }
    return 0;
}

int ServerCommands::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("config"), tr("JSON config file"), QStringLiteral("FILE")},
                       {QStringLiteral("address"), tr("IP address to listen on (127.0.0.1)"),
                        QStringLiteral("IP")},
                       {QStringLiteral("port"), tr("port (8443)"), QStringLiteral("N")},
                       {QStringLiteral("cert"), tr("PEM certificate"), QStringLiteral("FILE")},
                       {QStringLiteral("key"), tr("PEM private key"), QStringLiteral("FILE")},
                       {QStringLiteral("db"), tr("database URI"), QStringLiteral("URI")},
                       {QStringLiteral("threads"),
                        tr("worker threads answering requests (the larger of 4 and the "
                           "number of cores)"),
                        QStringLiteral("N")}});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    ServerConfig config;
    if (parser.isSet(QStringLiteral("config"))) {
        const Core::Result<ServerConfig> read = ServerConfig::fromFile(
            parser.value(QStringLiteral("config")));
        if (!read)
            return fail(read.error());
        config = *read;
    }
    if (parser.isSet(QStringLiteral("address"))
        && !config.address.setAddress(parser.value(QStringLiteral("address")))) {
        return fail(tr("--address: \"%1\" is not an IP address")
                        .arg(parser.value(QStringLiteral("address"))));
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return fail(tr("--port: a port is a number from 1 to 65535 (0: any free port)"));
        config.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("cert")))
        config.certificatePath = QDir::current().absoluteFilePath(
            parser.value(QStringLiteral("cert")));
    if (parser.isSet(QStringLiteral("key")))
        config.keyPath = QDir::current().absoluteFilePath(parser.value(QStringLiteral("key")));
    if (parser.isSet(QStringLiteral("db")))
        config.database = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1 || threads > ServerConfig::MaxThreads) {
            return fail(tr("--threads: a number of worker threads from 1 to %1")
                            .arg(ServerConfig::MaxThreads));
        }
        config.threads = threads;
    }
    const Core::Result<DatabaseUri> uri = DatabaseUri::parse(
        config.database.isEmpty() ? defaultDatabase() : config.database);
    if (!uri)
        return fail(uri.error());

    ServerStore store;
    if (Core::Status opened = store.open(*uri, ServerStore::OpenMode::Existing); !opened)
        return fail(opened.error());
    ApiServer server(store, config);
    if (Core::Status started = server.start(); !started)
        return fail(started.error());
    out() << tr("hearth-server %1 listening on https://%2:%3/ with %4")
                 .arg(QCoreApplication::applicationVersion(), config.address.toString())
                 .arg(server.port())
                 .arg(uri->display())
          << Qt::endl;
    // SIGTERM or SIGINT: the server stops accepting, answers the requests in progress and
    // ends the event loop with 0.
    const int exitCode = QCoreApplication::exec();
    if (!server.waitForWorkers(WorkerBoundMs)) {
        // Their transactions were not committed, so the database rolls them back.
        qCCritical(lcServer) << "exiting with requests still running after"
                             << WorkerBoundMs / 1000 << "s";
        std::fflush(nullptr);
        std::_Exit(exitCode);
    }
    qCInfo(lcServer) << "stopped";
    return exitCode;
}

int ServerCommands::genCert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("out"), tr("folder for the pair"), QStringLiteral("DIR")},
                       {QStringLiteral("host"), tr("host name or IP the server is reached by"),
                        QStringLiteral("NAME")},
                       {QStringLiteral("days"),
                        tr("days valid (365; 3650 for a CA)"), QStringLiteral("N")},
                       {QStringLiteral("ca-out"),
                        tr("make a company certificate authority (CA) in this folder instead"),
                        QStringLiteral("DIR")},
                       {QStringLiteral("ca-name"), tr("the CA's name (Hearth company CA)"),
                        QStringLiteral("NAME")},
                       {QStringLiteral("ca"),
                        tr("sign the server's certificate with the CA in this folder"),
                        QStringLiteral("DIR")}});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const bool makeAuthority = parser.isSet(QStringLiteral("ca-out"));
    if (makeAuthority
        && (parser.isSet(QStringLiteral("out")) || parser.isSet(QStringLiteral("ca"))
            || parser.isSet(QStringLiteral("host")))) {
        return fail(tr("--ca-out makes a CA only: issue the server's certificate with a second "
                       "gen-cert --out DIR --ca DIR"));
    }
    if (!makeAuthority && !parser.isSet(QStringLiteral("out")))
        return fail(tr("gen-cert needs --out DIR (or --ca-out DIR to make a CA)"));
    // Not a number reads as 0, which CertificateMaker refuses with the range.
    const int days = parser.isSet(QStringLiteral("days"))
        ? parser.value(QStringLiteral("days")).toInt()
        : (makeAuthority ? 3650 : 365);

    if (makeAuthority) {
        const Core::Result<CertificateMaker::Files> files = CertificateMaker::makeAuthority(
            parser.value(QStringLiteral("ca-out")), parser.value(QStringLiteral("ca-name")),
            days);
        if (!files)
            return fail(files.error());
        out() << tr("CA certificate: %1\nCA key: %2\nKeep the CA's folder offline; issue each "
                    "server's certificate with gen-cert --out DIR --ca DIR, and give the desks "
                    "the CA certificate (not the key).")
                     .arg(files->certificate, files->key)
              << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("ca"))) {
        const Core::Result<CertificateMaker::Files> files = CertificateMaker::makeSigned(
            parser.value(QStringLiteral("out")), parser.value(QStringLiteral("ca")),
            parser.value(QStringLiteral("host")), days);
        if (!files)
            return fail(files.error());
        out() << tr("certificate: %1\nkey: %2\nSigned by the CA in %3: desks that trust that "
                    "CA accept this server.")
                     .arg(files->certificate, files->key, parser.value(QStringLiteral("ca")))
              << Qt::endl;
        return 0;
    }
    const Core::Result<CertificateMaker::Files> files = CertificateMaker::make(
        parser.value(QStringLiteral("out")), parser.value(QStringLiteral("host")), days);
    if (!files)
        return fail(files.error());
    out() << tr("certificate: %1\nkey: %2\nThis certificate is self-signed: clients must be "
                "told to trust it. Use one from your certificate authority in production.")
                 .arg(files->certificate, files->key)
          << Qt::endl;
    return 0;
}

int ServerCommands::channelKey(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), tr("database URI"), QStringLiteral("URI")},
                       {QStringLiteral("channel"),
                        tr("store, dealer, ecommerce, designer or other"),
                        QStringLiteral("CODE")},
                       {QStringLiteral("name"), tr("the system that will use the key"),
                        QStringLiteral("NAME")},
                       {QStringLiteral("unit"),
                        tr("the organisation unit (a dealer's or store's code) whose orders the "
                           "key sends: every order it sends is theirs, whatever dealer code it "
                           "names"),
                        QStringLiteral("CODE")}});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const auto channel = Orders::channelFromCode(parser.value(QStringLiteral("channel")));
    if (!channel)
        return fail(tr("--channel must be store, dealer, ecommerce, designer or other"));
    const Core::Result<DatabaseUri> uri = DatabaseUri::parse(
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                           : defaultDatabase());
    if (!uri)
        return fail(uri.error());
    ServerStore store;
    if (Core::Status opened = store.open(*uri, ServerStore::OpenMode::Existing); !opened)
        return fail(opened.error());
    QString unitId;
    if (parser.isSet(QStringLiteral("unit"))) {
        const std::optional<OrgUnit> unit =
            Accounts(store).findOrgUnitByCode(parser.value(QStringLiteral("unit")));
        if (!unit) {
            return fail(Core::Error{tr("--unit: no organisation unit has the code %1")
                                        .arg(parser.value(QStringLiteral("unit"))),
                                    uri->display()});
        }
        unitId = unit->id;
    }
    if (Core::Status begun = store.begin(); !begun)
        return fail(begun.error());
    const Core::Result<ChannelKeys::Created> created = ChannelKeys(store).create(
        parser.value(QStringLiteral("name")), *channel, unitId, QDateTime::currentDateTimeUtc());
    if (!created) {
        store.rollback();
        return fail(created.error());
    }
    if (Core::Status committed = store.commit(); !committed)
        return fail(committed.error());
    out() << tr("API key for \"%1\" (shown this once; send it as %2): %3")
                 .arg(created->key.name, QLatin1String(ChannelKeys::Header), created->secret)
          << Qt::endl;
    return 0;
}

} // namespace Hearth::Server
