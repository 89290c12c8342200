#pragma once

#include "core/decimal.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Hearth::Cli {

/// What every hearthctl command shares: its output streams, option parsing with --db and
/// --help, and opening the database.
QString tr(const char *text);
QTextStream &out();
QTextStream &err();
QString defaultDatabase();

struct Parsed
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringList{QStringLiteral("db")}, tr("The database file."),
                          QStringLiteral("FILE")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                            tr("Show this help.")};

    Q_DECLARE_TR_FUNCTIONS(Hearth::Cli::Parsed)
};

/// The parser's help with the command in its usage line: "Usage: hearthctl import ...".
QString helpFor(const QCommandLineParser &parser, const QString &command);

/// Parses a command's options; returns false (and prints why) when the arguments are wrong.
bool parse(Parsed &p, const QStringList &args, const QString &usage, int *exitCode);

enum OpenMode { CreateIfMissing, MustExist };
bool openDatabase(const Parsed &p, int *exitCode, OpenMode mode = CreateIfMissing);

/// A new database gets its administrator here, as it would on the desktop's first start;
/// HEARTH_ADMIN_PASSWORD chooses the password, otherwise one is generated and shown.
int ensureAdmin();

QString money(Core::Decimal d);

} // namespace Hearth::Cli
