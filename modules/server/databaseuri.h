#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Server {

/// Where the server keeps its data: "sqlite:///var/lib/hearth/server.db" (the default engine;
/// a bare path means the same) or "postgresql://user[:password]@host[:port]/database".
struct DatabaseUri
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path;  // SQLite
    QString host;  // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Core::Result<DatabaseUri> parse(const QString &text);
    /// The URI without its password, for messages and logs.
    QString display() const;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::DatabaseUri)
};

} // namespace Hearth::Server
