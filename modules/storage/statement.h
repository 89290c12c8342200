#pragma once

#include "core/decimal.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Hearth::Storage {

/// A prepared SQLite statement on a connection's native handle, for the paths where Qt SQL's
/// per-value overhead matters (import, bulk reads). Bind indexes start at 1.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString prepareError() const { return m_prepareError; }

    Statement &bind(int index, const QString &value);  // a null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, Core::Decimal value) { return bind(index, value.micros()); }
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bindVariant(int index, const QVariant &value);

    /// Runs one step: true while a row is available. Errors are reported by error().
    bool next();
    /// Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;

    QString error() const;
    /// Whether the last step failed: next() returning false on an error rather than at the end.
    bool failed() const { return m_failed || !m_prepareError.isEmpty(); }
    sqlite3_stmt *native() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    bool m_failed = false;
};

} // namespace Hearth::Storage
