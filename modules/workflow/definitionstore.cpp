#include "definitionstore.h"

#include "processdefinition.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "writescope.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

namespace Hearth::Workflow {

using Storage::Connection;
using Storage::Statement;

namespace {

constexpr char ShippedBy[] = "hearth";

QString definitionId(const QString &code, int version)
{
    return code + u'@' + QString::number(version);
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Core::Status insert(Connection &c, const ProcessDefinition &definition, bool active,
                    const QString &createdBy)
{
    if (active) {
        Statement &off = c.prepare("UPDATE process_definitions SET active = 0 WHERE code = ?");
        off.bind(1, definition.code());
        if (!off.exec())
            return Core::Error{off.error(), QStringLiteral("process_definitions")};
    }
    Statement &q = c.prepare(
        "INSERT INTO process_definitions(id, code, version, body, sha256, active, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, definitionId(definition.code(), definition.version()))
        .bind(2, definition.code())
        .bind(3, definition.version())
        .bind(4, compact(definition.rawJson()))
        .bind(5, definition.fingerprint())
        .bind(6, qint64(active))
        .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(8, createdBy);
    if (!q.exec())
        return Core::Error{q.error(), definition.label()};
    return {};
}

Core::Result<ProcessDefinition> parseBody(const QString &id, const QString &body)
{
    return ProcessDefinition::fromText(body.toUtf8(), QStringLiteral("process_definitions %1")
                                                          .arg(id));
}

} // namespace

Core::Status DefinitionStore::installBuiltIns(Connection &c)
{
    auto shipped = ProcessDefinition::builtIns();
    if (!shipped)
        return shipped.error();
    QHash<QString, std::pair<int, QString>> newest;  // code -> (version, created_by)
    Statement &q = c.prepare(
        "SELECT code, version, created_by FROM process_definitions ORDER BY code, version");
    while (q.next())
        newest.insert(q.text(0), {int(q.int64(1)), q.text(2)});
    q.reset();

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    for (const ProcessDefinition &d : shipped.value()) {
        const auto it = newest.constFind(d.code());
        // A site's own later version stays in charge; a newer shipped one replaces an older
        // shipped one.
        if (it != newest.constEnd()
            && (it->first >= d.version() || it->second != QLatin1String(ShippedBy)))
            continue;
        if (auto s = insert(c, d, true, QLatin1String(ShippedBy)); !s)
            return s;
    }
    return scope.finish();
}

Core::Result<QList<ProcessDefinition>> DefinitionStore::active(Connection &c)
{
    QList<std::pair<QString, QString>> rows;
    Statement &q = c.prepare(
        "SELECT id, body FROM process_definitions WHERE active = 1 ORDER BY code");
    while (q.next())
        rows.append({q.text(0), q.text(1)});
    q.reset();
    QList<ProcessDefinition> list;
    for (const auto &[id, body] : rows) {
        auto d = parseBody(id, body);
        if (!d)
            return d.error();
        list.append(d.value());
    }
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.priority() > b.priority();
    });
    return list;
}

Core::Result<ProcessDefinition> DefinitionStore::load(Connection &c, const QString &id)
{
    Statement &q = c.prepare("SELECT body FROM process_definitions WHERE id = ?");
    q.bind(1, id);
    if (!q.next()) {
        q.reset();
        return Core::Error{tr("there is no process definition %1").arg(id), QString()};
    }
    const QString body = q.text(0);
    q.reset();
    return parseBody(id, body);
}

QList<DefinitionStore::Version> DefinitionStore::versions(Connection &c)
{
    QList<Version> list;
    Statement &q = c.prepare(
        "SELECT d.id, d.code, d.version, d.active, d.created_at, d.created_by, "
        "(SELECT COUNT(*) FROM order_processes p WHERE p.definition_id = d.id) "
        "FROM process_definitions d ORDER BY d.code, d.version DESC");
    while (q.next()) {
        list.append({q.text(0), q.text(1), int(q.int64(2)), q.int64(3) != 0, q.text(4),
                     q.text(5), q.int64(6)});
    }
    q.reset();
    return list;
}

Core::Result<QString> DefinitionStore::save(Connection &c, const QJsonObject &json)
{
    const QString code = json.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        return Core::Error{tr("the definition has no \"code\""), QStringLiteral("code")};
    Statement &max = c.prepare(
        "SELECT COALESCE(MAX(version), 0) FROM process_definitions WHERE code = ?");
    max.bind(1, code);
    int version = 1;
    if (max.next())
        version = int(max.int64(0)) + 1;
    max.reset();

    QJsonObject body = json;
    body.insert(QStringLiteral("version"), version);
    auto definition = ProcessDefinition::fromJson(body, code);
    if (!definition)
        return definition.error();
    if (const QList<Core::Error> errors = definition->validate(); !errors.isEmpty()) {
        QStringList lines;
        for (const Core::Error &e : errors)
            lines.append(e.toString());
        return Core::Error{tr("the definition has %n problem(s):\n%1", nullptr,
                              int(errors.size()))
                               .arg(lines.join(u'\n')),
                           definition->label()};
    }
    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    const QString user = Storage::Database::currentUser();
    if (auto s = insert(c, definition.value(), true, user.isEmpty() ? tr("unknown") : user); !s)
        return s.error();
    if (auto s = scope.finish(); !s)
        return s.error();
    return definitionId(code, version);
}

Core::Status DefinitionStore::activate(Connection &c, const QString &id)
{
    auto definition = load(c, id);
    if (!definition)
        return definition.error();
    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    Statement &off = c.prepare("UPDATE process_definitions SET active = 0 WHERE code = ?");
    off.bind(1, definition->code());
    Statement &on = c.prepare("UPDATE process_definitions SET active = 1 WHERE id = ?");
    on.bind(1, id);
    if (!off.exec() || !on.exec())
        return Core::Error{off.error() + on.error(), QStringLiteral("process_definitions")};
    return scope.finish();
}

} // namespace Hearth::Workflow
