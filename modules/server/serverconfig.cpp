#include "serverconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hearth::Server {

Core::Result<ServerConfig> ServerConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the config file: %1").arg(file.errorString()), path};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Core::Error{tr("the config file is not a JSON object (byte %1: %2)")
                               .arg(error.offset).arg(error.errorString()), path};
    }
    const QDir base = QFileInfo(path).absoluteDir();
    const QJsonObject json = document.object();
    ServerConfig config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const QString where = path + QStringLiteral(": ") + key;
        auto needString = [&]() -> std::optional<Core::Error> {
            if (value.isString() && !value.toString().isEmpty())
                return std::nullopt;
            return Core::Error{tr("must be a text value"), where};
        };
        if (key == QLatin1String("address")) {
            if (auto e = needString())
                return *e;
            if (!config.address.setAddress(value.toString()))
                return Core::Error{tr("\"%1\" is not an IP address").arg(value.toString()), where};
        } else if (key == QLatin1String("port")) {
            const int port = value.toInt(-1);
            if (!value.isDouble() || port < 1 || port > 65535 || value.toDouble() != port)
                return Core::Error{tr("must be a port number from 1 to 65535"), where};
            config.port = quint16(port);
        } else if (key == QLatin1String("cert") || key == QLatin1String("key")) {
            if (auto e = needString())
                return *e;
            const QString file = QDir::cleanPath(base.absoluteFilePath(value.toString()));
            (key == QLatin1String("cert") ? config.certificatePath : config.keyPath) = file;
        } else if (key == QLatin1String("db")) {
            if (auto e = needString())
                return *e;
            const QString db = value.toString();
            config.database = db.contains(QLatin1String("://"))
                ? db
                : QDir::cleanPath(base.absoluteFilePath(db));
        } else if (key == QLatin1String("max_body_bytes")) {
            const qint64 bytes = value.toInteger(-1);
            if (bytes < 1024 || bytes > 256 * 1024 * 1024)
                return Core::Error{tr("must be a size from 1024 to 268435456 bytes"), where};
            config.maxBodyBytes = bytes;
        } else if (key == QLatin1String("session_hours")) {
            const int hours = value.toInt(-1);
            if (hours < 1 || hours > 24 * 90)
                return Core::Error{tr("must be from 1 to 2160 hours"), where};
            config.sessionSeconds = hours * 3600;
        } else if (key == QLatin1String("idle_timeout_seconds")) {
            const int seconds = value.toInt(-1);
            if (!value.isDouble() || seconds < 1 || seconds > 3600 || value.toDouble() != seconds)
                return Core::Error{tr("must be from 1 to 3600 seconds"), where};
            config.idleTimeoutSeconds = seconds;
        } else if (key == QLatin1String("threads")) {
            const int threads = value.toInt(-1);
            if (!value.isDouble() || threads < 1 || threads > MaxThreads
                || value.toDouble() != threads) {
                return Core::Error{tr("must be from 1 to %1 worker threads").arg(MaxThreads),
                                   where};
            }
            config.threads = threads;
        } else {
            return Core::Error{tr("unknown setting (known: address, port, cert, key, db, "
                                  "max_body_bytes, session_hours, idle_timeout_seconds, "
                                  "threads)"), where};
        }
    }
    return config;
}

} // namespace Hearth::Server
