#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// One material (板材) or colour (花色) that order review accepts.
struct CatalogueEntry
{
    QString kind;    // "material" or "colour"
    QString code;    // "PB-E0"
    QString name;    // 颗粒板 E0
    QString nameEn;  // Particle board E0
    bool active = true;

    bool operator==(const CatalogueEntry &) const = default;
};

/// The materials and colours review checks custom lines against (table catalogue_entries).
/// Look-ups match a code or a name, trimmed, ignoring case, full- or half-width characters and
/// spaces: "颗粒板E0", " 颗粒板 ｅ０ " and "pb-e0" all find 颗粒板 E0.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::Catalogue)

public:
    static constexpr char Material[] = "material";
    static constexpr char Colour[] = "colour";

    enum class Merge { KeepExisting, Overwrite };

    static Core::Result<Catalogue> load(Storage::Connection &connection);
    /// Reads {"materials": [...], "colours": [...]}, each entry {"code", "name", "name_en",
    /// "active"}; where names the file in errors ("boards.json: materials[2].code").
    static Core::Result<Catalogue> fromJson(const QJsonObject &json, const QString &where);
    /// Writes the entries of a JSON file into catalogue_entries, in the caller's transaction.
    /// KeepExisting seeds (a site's own changes stay); Overwrite takes the file's names and
    /// active flags. Nothing is written when the file has an error. Returns the rows written.
    static Core::Result<int> importJson(Storage::Connection &connection, const QJsonObject &json,
                                        const QString &where, Merge merge = Merge::KeepExisting);
    /// importJson() for every *.json in a folder (by default the shipped :/hearth/catalogue).
    static Core::Result<int> importDirectory(Storage::Connection &connection,
                                             const QString &path = QStringLiteral(
                                                 ":/hearth/catalogue"),
                                             Merge merge = Merge::KeepExisting);

    /// Adds or replaces the entry with the same kind and code.
    void add(const CatalogueEntry &entry);
    /// True for an active entry of the kind whose code, name or English name matches.
    bool contains(const QString &kind, const QString &codeOrName) const;
    /// The entry, active or not, or nullptr.
    const CatalogueEntry *find(const QString &kind, const QString &codeOrName) const;
    /// Entries of one kind (all kinds for an empty kind), by kind and code.
    QList<CatalogueEntry> list(const QString &kind = QString()) const;
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The form look-ups compare: NFKC (full width to half width), case-folded, no spaces.
    static QString matchKey(const QString &text);

private:
    void index(int position);

    QList<CatalogueEntry> m_entries;
    QHash<QString, int> m_byKey;  // kind + '\n' + matchKey -> position in m_entries
};

} // namespace Hearth::Workflow
