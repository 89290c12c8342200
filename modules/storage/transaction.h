#pragma once

#include "core/result.h"

namespace Hearth::Storage {

class Connection;

/// BEGIN IMMEDIATE on construction; rolls back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Core::Status commit();
    void rollback();

private:
    Connection &m_connection;
    bool m_active = false;
};

} // namespace Hearth::Storage
