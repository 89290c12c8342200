#include "writeguard.h"

#include "storage/database.h"

#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

namespace Hearth::Finance::Internal {

WriteGuard::WriteGuard(Storage::Connection &connection)
{
    if (sqlite3_get_autocommit(connection.handle()) != 0) {
        m_own.emplace(connection);
        m_valid = m_own->isActive();
    }
}

bool WriteGuard::isValid() const
{
    return m_valid;
}

Core::Status WriteGuard::finish()
{
    if (m_own)
        return m_own->commit();
    return {};
}

QString WriteGuard::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString WriteGuard::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Core::Error WriteGuard::dbError(Storage::Statement &q, const char *table)
{
    Core::Error e{q.error(), QLatin1String(table)};
    q.reset();
    return e;
}

} // namespace Hearth::Finance::Internal
