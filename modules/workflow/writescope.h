#pragma once

#include "core/result.h"
#include "storage/transaction.h"

#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
class Statement;
}

namespace Hearth::Workflow::Internal {

/// Joins the caller's transaction when one is open on the connection, else opens its own and
/// commits it in finish(); rolls its own back when destroyed unfinished. Lets the task, unit and
/// calendar writes serve both the engine (one transaction per order) and a page's single click.
class WriteScope
{
public:
    explicit WriteScope(Storage::Connection &connection);
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    /// False when this scope had to open a transaction and could not (a locked database).
    bool isValid() const;
    /// Commits the scope's own transaction; nothing to do inside the caller's.
    Core::Status finish();

private:
    std::optional<Storage::Transaction> m_own;
};

/// A new row id (a UUID without braces).
QString newId();
/// The id of a row named by a key (a shipped default's code, an offer's supplier and item):
/// every desk that makes the row makes it under this one id, so that the rows two desks make
/// offline are one row when they sync. table keeps the keys of different tables apart.
QString keyedId(const QString &table, const QString &key);
/// The time now as stored: UTC, ISO 8601 with milliseconds.
QString nowIso();
/// Whether the statement's last step failed (next() returning false on an error, not at the
/// end of the rows). Statement has no accessor for that.
bool stepFailed(const Storage::Statement &q);
/// A statement's failure as an error naming the table; resets the statement for its next use.
Core::Error dbError(Storage::Statement &q, const char *table);

} // namespace Hearth::Workflow::Internal
