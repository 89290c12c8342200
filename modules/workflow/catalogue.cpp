#include "catalogue.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>


namespace Hearth::Workflow {

namespace {

QString indexKey(const QString &kind, const QString &text)
{
    return kind + u'\n' + Catalogue::matchKey(text);
}

struct ListKey
{
    const char *key;
    const char *kind;
};

constexpr ListKey listKeys[] = {{"materials", Catalogue::Material},
                                {"colours", Catalogue::Colour}};

Core::Result<CatalogueEntry> readEntry(const QJsonValue &value, const QString &kind,
                                       const QString &where)
{
    if (!value.isObject())
        return Core::Error{Catalogue::tr("expected an object with \"code\" and \"name\""), where};
    const QJsonObject o = value.toObject();
    static const QSet<QString> known{QStringLiteral("code"), QStringLiteral("name"),
                                     QStringLiteral("name_en"), QStringLiteral("active"),
                                     QStringLiteral("comment")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            return Core::Error{Catalogue::tr("unknown key \"%1\"").arg(it.key()),
                               where + u'.' + it.key()};
        }
    }
    CatalogueEntry entry;
    entry.kind = kind;
    for (auto [key, target] : {std::pair{QStringLiteral("code"), &entry.code},
                               std::pair{QStringLiteral("name"), &entry.name}}) {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return Core::Error{Catalogue::tr("a text is required"), where + u'.' + key};
        *target = v.toString().trimmed();
    }
    const QJsonValue en = o.value(QLatin1String("name_en"));
    if (!en.isUndefined() && !en.isString())
        return Core::Error{Catalogue::tr("expected a text"), where + QStringLiteral(".name_en")};
    entry.nameEn = en.toString().trimmed();
    const QJsonValue active = o.value(QLatin1String("active"));
    if (!active.isUndefined() && !active.isBool()) {
        return Core::Error{Catalogue::tr("expected true or false"),
                           where + QStringLiteral(".active")};
    }
    entry.active = active.toBool(true);
    return entry;
}

Core::Result<QJsonObject> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Catalogue::tr("cannot read the file: %1").arg(file.errorString()), path};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Core::Error{Catalogue::tr("not valid JSON at character %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString()),
                           path};
    }
    if (!doc.isObject())
        return Core::Error{Catalogue::tr("expected a JSON object"), path};
    return doc.object();
}

} // namespace

QString Catalogue::matchKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

Core::Result<Catalogue> Catalogue::load(Storage::Connection &connection)
{
    Catalogue catalogue;
    Storage::Statement &q = connection.prepare(
        "SELECT kind, code, name, COALESCE(name_en, ''), active FROM catalogue_entries "
        "ORDER BY kind, code");
    while (q.next())
        catalogue.add({q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4) != 0});
    const bool failed = q.failed();
    const QString error = q.error();
    q.reset();
    if (failed)
        return Core::Error{error, QStringLiteral("catalogue_entries")};
    return catalogue;
}

Core::Result<Catalogue> Catalogue::fromJson(const QJsonObject &json, const QString &where)
{
    const QString prefix = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    for (auto it = json.begin(); it != json.end(); ++it) {
        const bool known = it.key() == QLatin1String("materials")
                           || it.key() == QLatin1String("colours")
                           || it.key() == QLatin1String("comment");
        if (!known) {
            return Core::Error{tr("unknown key \"%1\"; expected \"materials\" or \"colours\"")
                                   .arg(it.key()),
                               prefix + it.key()};
        }
    }
    Catalogue catalogue;
    for (const ListKey &list : listKeys) {
        const QString key = QLatin1String(list.key);
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return Core::Error{tr("expected a list of entries"), prefix + key};
        const QJsonArray entries = value.toArray();
        QHash<QString, QString> seen;  // match key -> the place that used it
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString place = prefix + QStringLiteral("%1[%2]").arg(key).arg(i);
            auto entry = readEntry(entries.at(i), QLatin1String(list.kind), place);
            if (!entry)
                return entry.error();
            const CatalogueEntry &e = entry.value();
            for (const QString &text : {e.code, e.name, e.nameEn}) {
                if (text.isEmpty())
                    continue;
                const QString k = matchKey(text);
                const QString before = seen.value(k);
                if (!before.isEmpty() && before != place) {
                    return Core::Error{tr("\"%1\" is already used by %2").arg(text, before),
                                       place};
                }
                seen.insert(k, place);
            }
            catalogue.add(e);
        }
    }
    return catalogue;
}

Core::Result<int> Catalogue::importJson(Storage::Connection &connection, const QJsonObject &json,
                                        const QString &where, Merge merge)
{
    const auto parsed = fromJson(json, where);
    if (!parsed)
        return parsed.error();
    Storage::Statement &keep = connection.prepare(
        "INSERT INTO catalogue_entries(kind, code, name, active, name_en) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, code) DO NOTHING");
    Storage::Statement &overwrite = connection.prepare(
        "INSERT INTO catalogue_entries(kind, code, name, active, name_en) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, code) DO UPDATE SET name = excluded.name, "
        "active = excluded.active, name_en = excluded.name_en WHERE name <> excluded.name OR "
        "active <> excluded.active OR name_en IS NOT excluded.name_en");
    Storage::Statement &changes = connection.prepare("SELECT changes()");
    Storage::Statement &insert = merge == Merge::KeepExisting ? keep : overwrite;
    int written = 0;
    for (const CatalogueEntry &e : parsed->list()) {
        insert.bind(1, e.kind).bind(2, e.code).bind(3, e.name).bind(4, qint64(e.active ? 1 : 0))
            .bind(5, e.nameEn);
        if (!insert.exec())
            return Core::Error{insert.error(), QStringLiteral("catalogue_entries")};
        if (changes.next())
            written += int(changes.int64(0));
        changes.reset();
    }
    return written;
}

Core::Result<int> Catalogue::importDirectory(Storage::Connection &connection, const QString &path,
                                             Merge merge)
{
    const QDir dir(path);
    if (!dir.exists())
        return Core::Error{tr("no such folder"), path};
    int written = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto json = readFile(dir.filePath(name));
        if (!json)
            return json.error();
        const auto count = importJson(connection, json.value(), name, merge);
        if (!count)
            return count.error();
        written += count.value();
    }
    return written;
}

void Catalogue::add(const CatalogueEntry &entry)
{
    const QString codeKey = indexKey(entry.kind, entry.code);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).kind == entry.kind
            && matchKey(m_entries.at(i).code) == matchKey(entry.code)) {
            m_entries[i] = entry;
            m_byKey.clear();
            for (qsizetype j = 0; j < m_entries.size(); ++j)
                index(int(j));
            return;
        }
    }
    m_entries.append(entry);
    index(int(m_entries.size() - 1));
}

void Catalogue::index(int position)
{
    const CatalogueEntry &e = m_entries.at(position);
    m_byKey.insert(indexKey(e.kind, e.code), position);  // a code wins over another's name
    for (const QString &text : {e.name, e.nameEn}) {
        const QString key = indexKey(e.kind, text);
        if (!text.isEmpty() && !m_byKey.contains(key))
            m_byKey.insert(key, position);
    }
}

bool Catalogue::contains(const QString &kind, const QString &codeOrName) const
{
    const CatalogueEntry *entry = find(kind, codeOrName);
    return entry && entry->active;
}

const CatalogueEntry *Catalogue::find(const QString &kind, const QString &codeOrName) const
{
    if (codeOrName.trimmed().isEmpty())
        return nullptr;
    const auto it = m_byKey.constFind(indexKey(kind, codeOrName));
    return it == m_byKey.constEnd() ? nullptr : &m_entries.at(it.value());
}

QList<CatalogueEntry> Catalogue::list(const QString &kind) const
{
    QList<CatalogueEntry> result;
    for (const CatalogueEntry &e : m_entries) {
        if (kind.isEmpty() || e.kind == kind)
            result.append(e);
    }
    std::sort(result.begin(), result.end(), [](const CatalogueEntry &a, const CatalogueEntry &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.code < b.code;
    });
    return result;
}

} // namespace Hearth::Workflow
