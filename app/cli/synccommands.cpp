#include "synccommands.h"

#include "cliutil.h"
#include "commands.h"
#include "storage/database.h"
#include "sync/conflictresolver.h"
#include "sync/syncservice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

namespace Hearth::Cli {

namespace {

/// The password from HEARTH_PASSWORD, else the first line of standard input.
QString readPassword()
{
    const QByteArray fromEnvironment = qgetenv("HEARTH_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int cmdSync(const QStringList &args)
{
    Parsed p;
    QCommandLineOption server(QStringLiteral("server"),
                              tr("The sync server, https://host:port (kept for the next time)."),
                              QStringLiteral("URL"));
    QCommandLineOption user(QStringLiteral("user"),
                            tr("The user to sign in as (kept for the next time)."),
                            QStringLiteral("NAME"));
    QCommandLineOption cert(QStringLiteral("cert"),
                            tr("The server's self-signed certificate (PEM) to trust."),
                            QStringLiteral("FILE"));
    QCommandLineOption timeout(QStringLiteral("timeout"),
                               tr("Give up after this many seconds (default 600)."),
                               QStringLiteral("S"), QStringLiteral("600"));
    p.parser.addOptions({server, user, cert, timeout});
    int code = Ok;
    if (!parse(p, args,
               tr("hearthctl sync: one sync round with the server (同步), without a display. "
                  "The password comes from HEARTH_PASSWORD or the first line of standard "
                  "input; the server, user and certificate given once are kept in the "
                  "database."),
               &code)) {
        return code;
    }
    bool secondsOk = false;
    const int seconds = p.parser.value(timeout).toInt(&secondsOk);
    if (!secondsOk || seconds < 1) {
        err() << tr("hearthctl sync: --timeout: a number of seconds, not %1")
                     .arg(p.parser.value(timeout))
              << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;

    // This round signs in itself; a session the desk kept is not taken up beside it.
    Sync::SyncService service(nullptr, false);
    Sync::SyncService::Settings settings = Sync::SyncService::loadSettings();
    const bool changed = p.parser.isSet(server) || p.parser.isSet(user) || p.parser.isSet(cert);
    if (p.parser.isSet(server))
        settings.server = QUrl(p.parser.value(server));
    if (p.parser.isSet(user))
        settings.userName = p.parser.value(user);
    if (p.parser.isSet(cert)) {
        const auto pem = Sync::SyncService::readCertificate(p.parser.value(cert));
        if (!pem) {
            err() << tr("hearthctl sync: --cert: %1").arg(pem.error().toString()) << "\n";
            return Failed;
        }
        settings.certificatePem = *pem;
    }
    if (settings.server.isEmpty() || settings.userName.isEmpty()) {
        err() << tr("hearthctl sync: this desk has no sync server yet: give --server and --user")
              << "\n";
        return Usage;
    }
    if (changed) {
        if (Core::Status saved = service.saveSettings(settings); !saved) {
            err() << tr("hearthctl sync: %1").arg(saved.error().toString()) << "\n";
            return Usage;
        }
    } else if (Core::Status saved = service.saveSettings(settings); !saved) {
        err() << tr("hearthctl sync: the stored settings are wrong: %1")
                     .arg(saved.error().toString())
              << "\n";
        return Failed;
    }

    QEventLoop loop;
    QString failure;
    bool done = false;
    QObject::connect(&service, &Sync::SyncService::signInFailed, &loop,
                     [&](const QString &message) {
                         failure = tr("cannot sign in: %1").arg(message);
                         loop.quit();
                     });
    QObject::connect(&service, &Sync::SyncService::signedIn, &loop, [&] {
        out() << tr("Signed in to %1 as %2")
                     .arg(service.settings().server.toString(), service.settings().userName)
              << "\n";
        out().flush();
    });
    QObject::connect(&service, &Sync::SyncService::downloadProgress, &loop,
                     [&](qint64 rows, double fraction) {
                         if (fraction >= 0 && fraction < 1)
                             err() << tr("downloading: %1 rows (%2 %)")
                                          .arg(rows)
                                          .arg(qRound(fraction * 100))
                                   << "\n";
                     });
    QObject::connect(&service, &Sync::SyncService::roundFinished, &loop,
                     [&](bool ok, const QString &message) {
                         done = ok;
                         if (!ok)
                             failure = message;
                         loop.quit();
                     });
    QTimer::singleShot(seconds * 1000, &loop, [&] {
        failure = QCoreApplication::translate("Hearth::Cli", "no answer within %n second(s)",
                                              nullptr, seconds);
        loop.quit();
    });

    const QString password = readPassword();
    if (password.isEmpty()) {
        err() << tr("hearthctl sync: no password: set HEARTH_PASSWORD or write it on standard "
                    "input")
              << "\n";
        return Usage;
    }
    service.signIn(password);
    loop.exec();
    service.refreshCounts();
    if (!done) {
        err() << tr("hearthctl sync: %1").arg(failure) << "\n";
        err() << QCoreApplication::translate("Hearth::Cli",
                                             "Nothing is lost: the %n change(s) made here wait "
                                             "for the next round.",
                                             nullptr, int(service.pendingCount()))
              << "\n";
        return Failed;
    }
    out() << QCoreApplication::translate("Hearth::Cli", "Synced: %n change(s) still waiting, ",
                                         nullptr, int(service.pendingCount()))
          << QCoreApplication::translate("Hearth::Cli", "%n conflict(s) to resolve", nullptr,
                                         int(service.conflictCount()))
          << "\n";
    return Ok;
}

int cmdConflicts(const QStringList &args)
{
    const QString action = args.value(1).startsWith(u'-') ? QString() : args.value(1);
    QStringList rest = args;
    if (!action.isEmpty()) {
        rest.removeAt(1);
        rest[0] = QStringLiteral("conflicts ") + action;
    }
    Parsed p;
    QCommandLineOption json(QStringLiteral("json"), tr("Print the conflicts as JSON."));
    p.parser.addOptions({json});
    p.parser.addPositionalArgument(QStringLiteral("ID"), tr("The conflict's number."));
    int code = Ok;
    if (!parse(p, rest, tr("hearthctl conflicts [keep-mine|take-server|recreate ID]: the sync "
                           "conflicts of this desk (同步冲突), or settle one: keep-mine sends "
                           "the desk's version again, take-server takes the server's at the "
                           "next sync, recreate makes a row the server deleted anew."),
               &code))
        return code;
    const QStringList actions{QStringLiteral("keep-mine"), QStringLiteral("take-server"),
                              QStringLiteral("recreate")};
    if (!action.isEmpty() && !actions.contains(action)) {
        err() << tr("hearthctl conflicts: say keep-mine, take-server or recreate, not \"%1\"")
                     .arg(action)
              << "\n";
        return Usage;
    }
    bool idOk = false;
    const qint64 id = p.parser.positionalArguments().value(0).toLongLong(&idOk);
    if (!action.isEmpty() && (!idOk || p.parser.positionalArguments().size() != 1)) {
        err() << tr("hearthctl conflicts %1: give the conflict's number (hearthctl conflicts "
                    "lists them)")
                     .arg(action)
              << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    Sync::ConflictResolver resolver(Storage::Database::connection(),
                                    Storage::Database::clock());
    if (action.isEmpty()) {
        const auto open = resolver.openConflicts();
        if (!open) {
            err() << tr("hearthctl: %1").arg(open.error().toString()) << "\n";
            return Failed;
        }
        if (p.parser.isSet(json)) {
            QJsonArray list;
            for (const Sync::ConflictRecord &c : *open) {
                list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("kind"), c.kindName},
                                        {QStringLiteral("table"), c.table},
                                        {QStringLiteral("row_id"), c.rowId},
                                        {QStringLiteral("order_no"), c.orderNo},
                                        {QStringLiteral("detail"), c.detail},
                                        {QStringLiteral("detected_at"),
                                         c.detectedAt.toString(Qt::ISODate)}});
            }
            out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (open->isEmpty()) {
            out() << tr("No sync conflicts to resolve.") << "\n";
            return Ok;
        }
        for (const Sync::ConflictRecord &c : *open) {
            out() << QStringLiteral("%1  %2  %3 %4%5  %6")
                         .arg(c.id)
                         .arg(c.kindName, c.table, c.rowId.left(8),
                              c.orderNo.isEmpty() ? QString() : QStringLiteral(" (%1)")
                                                                    .arg(c.orderNo),
                              c.detail)
                  << "\n";
        }
        return Ok;
    }
    Core::Status done;
    if (action == QLatin1String("keep-mine")) {
        done = resolver.keepMine(id);
    } else if (action == QLatin1String("take-server")) {
        done = resolver.takeServers(id);
    } else {
        const Core::Result<QString> made = resolver.recreateAsNew(id);
        if (made)
            out() << tr("Conflict %1: made anew as %2.").arg(id).arg(*made) << "\n";
        else
            done = made.error();
    }
    if (!done) {
        err() << tr("hearthctl conflicts: %1").arg(done.error().toString()) << "\n";
        return Failed;
    }
    if (action == QLatin1String("keep-mine"))
        out() << tr("Conflict %1 settled: the next sync sends this desk's version.").arg(id)
              << "\n";
    else if (action == QLatin1String("take-server"))
        out() << tr("Conflict %1 settled: the next sync brings the server's.").arg(id) << "\n";
    return Ok;
}

} // namespace Hearth::Cli
