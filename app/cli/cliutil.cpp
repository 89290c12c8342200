#include "cliutil.h"

#include "commands.h"
#include "core/money.h"
#include "storage/database.h"
#include "users/userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Hearth::Cli {

QString helpFor(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(u'\n');
    const QString first = help.left(lineEnd);
    const qsizetype options = first.indexOf(QStringLiteral(" [options]"));
    if (options > 0)
        help.replace(0, options, QStringLiteral("Usage: hearthctl ") + command);
    return help;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::Cli", text);
}

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

QString defaultDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/hearth.db");
}

bool parse(Parsed &p, const QStringList &args, const QString &usage, int *exitCode)
{
    p.parser.setApplicationDescription(usage);
    p.parser.addOption(p.db);
    p.parser.addOption(p.help);
    if (!p.parser.parse(args)) {
        err() << p.parser.errorText() << "\n\n" << helpFor(p.parser, args.value(0));
        *exitCode = Usage;
        return false;
    }
    if (p.parser.isSet(p.help)) {
        out() << helpFor(p.parser, args.value(0));
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool openDatabase(const Parsed &p, int *exitCode, OpenMode mode)
{
    const QString path = p.parser.isSet(p.db) ? p.parser.value(p.db) : defaultDatabase();
    if (mode == MustExist && !QFileInfo::exists(path)) {
        err() << tr("hearthctl: there is no database at %1; create one with 'hearthctl init' or "
                    "'hearthctl demo'").arg(path)
              << "\n";
        *exitCode = Failed;
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Core::Status status = Storage::Database::open(path);
    if (!status) {
        err() << tr("hearthctl: %1").arg(status.error().toString()) << "\n";
        *exitCode = Failed;
        return false;
    }
    Storage::Database::setCurrentUser(QStringLiteral("hearthctl"));
    return true;
}

int ensureAdmin()
{
    const auto created = Users::UserStore::ensureInitialAdmin(
        qEnvironmentVariable("HEARTH_ADMIN_PASSWORD"));
    if (!created) {
        err() << tr("hearthctl: %1").arg(created.error().toString()) << "\n";
        return Failed;
    }
    const QString pending = Users::UserStore::pendingInitialPassword();
    if (!pending.isEmpty()) {
        out() << tr("Sign in to the desktop app as \"admin\" with the password %1.")
                     .arg(pending)
              << "\n";
    } else if (!created.value().isEmpty()) {
        out() << tr("Sign in to the desktop app as \"admin\" with the password you set in "
                    "HEARTH_ADMIN_PASSWORD.")
              << "\n";
    }
    return Ok;
}

QString money(Core::Decimal d)
{
    return Core::Money::fromDecimal(d).toString();
}

} // namespace Hearth::Cli
