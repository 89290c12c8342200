#pragma once

#include "core/result.h"
#include "storage/transaction.h"

#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
class Statement;
}

namespace Hearth::Finance::Internal {

/// Joins the caller's transaction when one is open, else opens its own and commits it in
/// finish(), so that finance writes serve a whole import as well as one click.
class WriteGuard
{
public:
    explicit WriteGuard(Storage::Connection &connection);
    WriteGuard(const WriteGuard &) = delete;
    WriteGuard &operator=(const WriteGuard &) = delete;

    bool isValid() const;
    Core::Status finish();

    /// A new row id (a UUID without braces) and the time now as stored (UTC ISO 8601).
    static QString newId();
    static QString nowIso();
    /// A failed statement as an error naming the table; resets the statement.
    static Core::Error dbError(Storage::Statement &q, const char *table);

private:
    std::optional<Storage::Transaction> m_own;
    bool m_valid = true;
};

} // namespace Hearth::Finance::Internal
