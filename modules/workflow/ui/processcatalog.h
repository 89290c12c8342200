#pragma once

#include "workflow/definitionstore.h"
#include "workflow/processdefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// The processes the definitions page lists: each code with its stored versions, or the shipped
/// definition alone while the database has not stored that code yet. Reads only.
class ProcessCatalog
{
public:
    struct Entry
    {
        QString code;
        QString name;         // of the active version, in the interface's language
        QString description;
        int priority = 0;
        QList<DefinitionStore::Version> versions;  // newest first
        std::optional<ProcessDefinition> shipped;  // when no version is stored

        /// The active version; the newest when none is active; nullptr when none is stored.
        const DefinitionStore::Version *active() const;
        const DefinitionStore::Version *version(const QString &id) const;
        int newestVersion() const;
    };

    /// Every process, highest priority first.
    static QList<Entry> load(Storage::Connection &c);
    static const Entry *find(const QList<Entry> &entries, const QString &code);
};

} // namespace Hearth::Workflow
