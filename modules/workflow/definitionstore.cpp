#include "definitionstore.h"

#include "processdefinition.h"
#include "storage/changelog.h"
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

/// Makes `activeId` the one active definition of its code (none when empty), each change
/// recorded: the definitions sync, and every desk runs new orders on the same one.
Core::Status setActive(Connection &c, const QString &code, const QString &activeId)
{
    using Storage::ChangeLog;
    QList<std::pair<QString, bool>> rows;  // id, active now
    Statement &q = c.prepare("SELECT id, active FROM process_definitions WHERE code = ?");
    q.bind(1, code);
    while (q.next())
        rows.append({q.text(0), q.int64(1) != 0});
    q.reset();
    for (const auto &[id, wasActive] : std::as_const(rows)) {
        const bool active = id == activeId;
        if (active == wasActive)
            continue;
        const QString hlc = Storage::Database::clock().now();
        Statement &set =
            c.prepare("UPDATE process_definitions SET active = ?, hlc = ? WHERE id = ?");
        set.bind(1, qint64(active)).bind(2, hlc).bind(3, id);
        if (!set.exec())
            return Core::Error{set.error(), QStringLiteral("process_definitions")};
        const QString field = QStringLiteral("active");
        if (Core::Status s = ChangeLog::record(
                c, {QStringLiteral("process_definitions"), id, ChangeLog::Op::Update,
                    QJsonObject{{field, wasActive}}, QJsonObject{{field, active}}, hlc, {}});
            !s)
            return s;
    }
    return {};
}

Core::Status insert(Connection &c, const ProcessDefinition &definition, bool active,
                    const QString &createdBy)
{
    using Storage::ChangeLog;
    const QString id = definitionId(definition.code(), definition.version());
    if (active) {
        if (Core::Status s = setActive(c, definition.code(), {}); !s)
            return s;
    }
    const QString hlc = Storage::Database::clock().now();
    const QString body = compact(definition.rawJson());
    Statement &q = c.prepare(
        "INSERT INTO process_definitions(id, code, version, body, sha256, active, created_at, "
        "created_by, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id)
        .bind(2, definition.code())
        .bind(3, definition.version())
        .bind(4, body)
        .bind(5, definition.fingerprint())
        .bind(6, qint64(active))
        .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(8, createdBy)
        .bind(9, hlc);
    if (!q.exec())
        return Core::Error{q.error(), definition.label()};
    // The id is the code and version, the same on every desk: a shipped definition that two
    // desks install meets as one row.
    const QJsonObject after{{QStringLiteral("id"), id},
                            {QStringLiteral("code"), definition.code()},
                            {QStringLiteral("version"), definition.version()},
                            {QStringLiteral("sha256"), definition.fingerprint()},
                            {QStringLiteral("active"), active},
                            {QStringLiteral("created_by"), createdBy}};
    return ChangeLog::record(c, {QStringLiteral("process_definitions"), id,
                                 ChangeLog::Op::Insert, {}, after, hlc, {}});
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
    if (Core::Status s = setActive(c, definition->code(), id); !s)
        return s;
    return scope.finish();
}

} // namespace Hearth::Workflow
