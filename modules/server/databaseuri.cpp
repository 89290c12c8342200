#include "databaseuri.h"

#include <QDir>
#include <QUrl>

namespace Hearth::Server {

Core::Result<DatabaseUri> DatabaseUri::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Core::Error{tr("no database given (sqlite:///path/file.db or "
                              "postgresql://user@host:port/database)"), {}};
    DatabaseUri uri;
    if (!trimmed.contains(QLatin1String("://"))) {
        uri.path = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
        return uri;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return Core::Error{tr("\"%1\" is not a database URI").arg(trimmed), {}};
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty() || url.path().isEmpty())
            return Core::Error{tr("a SQLite URI names a file: sqlite:///path/file.db"), {}};
        uri.path = QDir::cleanPath(url.path());
        return uri;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return Core::Error{tr("unknown database \"%1\" (sqlite or postgresql)").arg(scheme),
                           {}};
    }
    uri.engine = Engine::Postgres;
    uri.host = url.host();
    uri.port = url.port(5432);
    uri.user = url.userName();
    uri.password = url.password();
    uri.database = url.path().mid(1);
    if (uri.host.isEmpty() || uri.database.isEmpty() || uri.database.contains(u'/')) {
        return Core::Error{tr("a PostgreSQL URI names a host and a database: "
                              "postgresql://user@host:port/database"), {}};
    }
    return uri;
}

QString DatabaseUri::display() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite://") + path;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(database);
}

} // namespace Hearth::Server
