#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

class ProcessDefinition;

/// Stored versions of the process definitions. The shipped ones (resources/processes) are
/// stored on first use; a site's edit becomes a new version of its code after it validates, and
/// orders already started keep the version they started with.
class DefinitionStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::DefinitionStore)

public:
    struct Version
    {
        QString id;
        QString code;
        int version = 0;
        bool active = false;  // new orders start with the active version of a code
        QString createdAt;
        QString createdBy;
        qint64 orders = 0;  // orders that run on this version
    };

    /// Stores every shipped definition whose code has no stored version yet, or whose shipped
    /// version is newer than the stored ones.
    static Core::Status installBuiltIns(Storage::Connection &c);
    /// The active version of every code.
    static Core::Result<QList<ProcessDefinition>> active(Storage::Connection &c);
    static Core::Result<ProcessDefinition> load(Storage::Connection &c, const QString &id);
    static QList<Version> versions(Storage::Connection &c);
    /// Validates the JSON and stores it as the next version of its code, active; returns the
    /// new id. Every validation problem is in the error, one a line.
    static Core::Result<QString> save(Storage::Connection &c, const QJsonObject &json);
    /// Makes an older version the active one again.
    static Core::Status activate(Storage::Connection &c, const QString &id);
};

} // namespace Hearth::Workflow
