#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace Hearth::Server {

/// How `hearth-server serve` runs: a JSON file of these keys, each also a command-line flag
/// that wins over the file.
///   {"address": "127.0.0.1", "port": 8443, "cert": "server.crt", "key": "server.key",
///    "db": "sqlite:///var/lib/hearth/server.db", "max_body_bytes": 1048576,
///    "session_hours": 12, "idle_timeout_seconds": 30, "threads": 8}
/// Relative paths are read from the config file's folder.
struct ServerConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8443;
    QString certificatePath;
    QString keyPath;
    QString database;
    qint64 maxBodyBytes = 1024 * 1024;
    int sessionSeconds = 12 * 3600;
    /// A connection that completes no request in this time is closed (idle or trickling).
    int idleTimeoutSeconds = 30;
    /// Worker threads that answer requests, each with its own database connection; 0: the
    /// larger of 4 and the machine's cores.
    int threads = 0;
    static constexpr int MaxThreads = 256;

    static Core::Result<ServerConfig> fromFile(const QString &path);

    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::ServerConfig)
};

} // namespace Hearth::Server
