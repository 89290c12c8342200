#include "transaction.h"

#include "database.h"

namespace Hearth::Storage {

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_active = bool(m_connection.execScript(QStringLiteral("BEGIN IMMEDIATE")));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Core::Status Transaction::commit()
{
    if (!m_active)
        return Core::Error{QStringLiteral("no transaction"), {}};
    m_active = false;
    const Core::Status status = m_connection.execScript(QStringLiteral("COMMIT"));
    if (!status)
        m_connection.execScript(QStringLiteral("ROLLBACK"));
    return status;
}

void Transaction::rollback()
{
    m_active = false;
    m_connection.execScript(QStringLiteral("ROLLBACK"));
}

} // namespace Hearth::Storage
