#pragma once

#include <QCoreApplication>

#include "core/result.h"

#include <QList>
#include <QString>

namespace Hearth::Storage {

class Connection;

/// Applies the numbered SQL files in resources/migrations (0001_name.sql, ...) that a database
/// has not had yet, each in its own transaction with the new schema version.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    static QList<Migration> available();
    static int latestVersion();
    static Core::Status migrate(Connection &connection);

    Q_DECLARE_TR_FUNCTIONS(Hearth::Storage::Migrator)
};

} // namespace Hearth::Storage
