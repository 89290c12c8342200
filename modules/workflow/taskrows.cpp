#include "taskrows.h"

#include "storage/database.h"
#include "writescope.h"

#include <QJsonDocument>
#include <QUuid>

#include <optional>

namespace Hearth::Workflow::Internal {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;

namespace {

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

QString compactJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<qint64> amount(const Task &t)
{
    return t.amountFen != 0 ? std::optional<qint64>(t.amountFen) : std::nullopt;
}

} // namespace

QString TaskRows::keyedId(const QString &table, const QString &orderId, const QString &key,
                          int generation)
{
    // Hearth's own namespace for ids made from names; fixed for good, as the ids derive from it.
    static const QUuid hearthNamespace(QStringLiteral("{5d0c3a7e-41b2-4c8f-9e6a-2f71b8d4c913}"));
    QString name = table + u'/' + orderId + u'/' + key;
    if (generation > 0)
        name += u'#' + QString::number(generation);
    return QUuid::createUuidV5(hearthNamespace, name).toString(QUuid::WithoutBraces);
}

QString TaskRows::newTaskId(Connection &c, const QString &orderId, const QString &key)
{
    if (orderId.isEmpty())
        return newId();
    const QString table = QStringLiteral("tasks");
    for (int generation = 0;; ++generation) {
        const QString id = keyedId(table, orderId, key, generation);
        Statement &q = c.prepare("SELECT 1 FROM tasks WHERE id = ?");
        q.bind(1, id);
        const bool taken = q.next();
        q.reset();
        if (!taken)
            return id;
    }
}

QString TaskRows::iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime TaskRows::fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

Task TaskRows::read(const Statement &q)
{
    Task t;
    t.id = q.text(0);
    t.orderId = q.text(1);
    t.key = q.text(2);
    t.kind = q.text(3);
    t.title = q.text(4);
    t.status = TaskStore::statusFromCode(q.text(5)).value_or(TaskStatus::Open);
    t.role = q.text(6);
    t.unitId = q.text(7);
    t.assigneeId = q.text(8);
    t.dueAt = fromIso(q.text(9));
    t.escalatedAt = fromIso(q.text(10));
    t.escalatedTo = q.text(11);
    t.amountFen = q.isNull(12) ? 0 : q.int64(12);
    t.details = QJsonDocument::fromJson(q.text(13).toUtf8()).object();
    t.result = q.text(14);
    t.createdAt = fromIso(q.text(15));
    t.updatedAt = fromIso(q.text(16));
    t.completedAt = fromIso(q.text(17));
    t.hlc = q.text(18);
    return t;
}

Core::Status TaskRows::insert(Connection &c, const Task &t)
{
    Statement &q = c.prepare(
        "INSERT INTO tasks(id, hlc, order_id, task_key, kind, title, status, role, unit_id, "
        "assignee_id, due_at, amount_fen, details, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, t.id)
        .bind(2, t.hlc)
        .bind(3, orNull(t.orderId))
        .bind(4, t.key)
        .bind(5, t.kind)
        .bind(6, t.title)
        .bind(7, TaskStore::statusCode(t.status))
        .bind(8, orNull(t.role))
        .bind(9, orNull(t.unitId))
        .bind(10, orNull(t.assigneeId))
        .bind(11, orNull(iso(t.dueAt)))
        .bind(12, amount(t))
        .bind(13, orNull(compactJson(t.details)))
        .bind(14, iso(t.createdAt))
        .bind(15, iso(t.updatedAt));
    return q.exec() ? Core::Status() : Core::Status(dbError(q, "tasks"));
}

Core::Status TaskRows::update(Connection &c, const Task &t)
{
    Statement &q = c.prepare(
        "UPDATE tasks SET hlc = ?, title = ?, status = ?, assignee_id = ?, due_at = ?, "
        "escalated_at = ?, escalated_to = ?, amount_fen = ?, details = ?, result = ?, "
        "updated_at = ?, completed_at = ? WHERE id = ?");
    q.bind(1, t.hlc)
        .bind(2, t.title)
        .bind(3, TaskStore::statusCode(t.status))
        .bind(4, orNull(t.assigneeId))
        .bind(5, orNull(iso(t.dueAt)))
        .bind(6, orNull(iso(t.escalatedAt)))
        .bind(7, orNull(t.escalatedTo))
        .bind(8, amount(t))
        .bind(9, orNull(compactJson(t.details)))
        .bind(10, orNull(t.result))
        .bind(11, iso(t.updatedAt))
        .bind(12, orNull(iso(t.completedAt)))
        .bind(13, t.id);
    return q.exec() ? Core::Status() : Core::Status(dbError(q, "tasks"));
}

Core::Status TaskRows::record(Connection &c, ChangeLog::Op op, const Task *before,
                              const Task &after, const char *event, const QString &reason)
{
    QJsonObject doc = after.toJson();
    doc.insert(QStringLiteral("event"), QLatin1String(event));
    return ChangeLog::record(c, {QStringLiteral("tasks"), after.id, op,
                                 before ? before->toJson() : QJsonObject(), doc, after.hlc,
                                 reason},
                             after.orderId);
}

} // namespace Hearth::Workflow::Internal
