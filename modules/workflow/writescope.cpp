#include "writescope.h"

#include "storage/database.h"

#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

namespace Hearth::Workflow::Internal {

WriteScope::WriteScope(Storage::Connection &connection)
{
    if (sqlite3_get_autocommit(connection.handle()) != 0)
        m_own.emplace(connection);
}

bool WriteScope::isValid() const
{
    return !m_own || m_own->isActive();
}

Core::Status WriteScope::finish()
{
    if (!m_own)
        return {};
    return m_own->commit();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString keyedId(const QString &table, const QString &key)
{
    // Fixed for good: the ids of keyed rows derive from it.
    static const QUuid rows(QStringLiteral("{c41e7a2d-6b58-4f03-9d1e-85a2f3b7c960}"));
    return QUuid::createUuidV5(rows, table + u'|' + key).toString(QUuid::WithoutBraces);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool stepFailed(const Storage::Statement &q)
{
    if (!q.isValid())
        return true;
    const int rc = sqlite3_errcode(sqlite3_db_handle(q.native()));
    return rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE;
}

Core::Error dbError(Storage::Statement &q, const char *table)
{
    const QString message = q.error();
    q.reset();
    return Core::Error{message, QString::fromLatin1(table)};
}

} // namespace Hearth::Workflow::Internal
