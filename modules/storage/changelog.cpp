#include "changelog.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace Hearth::Storage {

namespace {
QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString ChangeLog::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Core::Status ChangeLog::record(Connection &connection, const Change &change)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString op = opName(change.op);
    const QString after = compact(change.after);

    Statement &outbox = connection.prepare(
        "INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    outbox.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, change.table)
        .bind(3, change.rowId)
        .bind(4, op)
        .bind(5, change.hlc)
        .bind(6, after)
        .bind(7, at);
    if (!outbox.exec())
        return Core::Error{outbox.error(), QStringLiteral("outbox")};

    Statement &audit = connection.prepare(
        "INSERT INTO audit_log(at, user_name, table_name, row_id, action, before_json, after_json,"
        " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    audit.bind(1, at)
        .bind(2, Database::currentUser())
        .bind(3, change.table)
        .bind(4, change.rowId)
        .bind(5, op)
        .bind(6, compact(change.before))
        .bind(7, after)
        .bind(8, change.reason);
    if (!audit.exec())
        return Core::Error{audit.error(), QStringLiteral("audit_log")};
    return {};
}

} // namespace Hearth::Storage
