#include "naturalkeys.h"

#include "logging.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Hearth::Server {

using Sync::SyncTables;
using Resolve = SyncTables::NaturalKey::Resolve;

namespace {

/// A number as the whole number it is: JSON holds numbers as doubles.
QJsonValue plain(const QJsonValue &value)
{
    return value.isDouble() ? QJsonValue(value.toInteger()) : value;
}

QString text(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
           || (value.isString() && value.toString().isEmpty());
}

} // namespace

std::optional<NaturalKeys::Held> NaturalKeys::keyOf(const SyncTables::NaturalKey &key,
                                                    const QJsonObject &fields)
{
    // A desk's index never holds a row with a NULL in its key; an empty code holds nothing.
    QJsonArray scope;
    for (qsizetype i = 0; i + 1 < key.columns.size(); ++i) {
        const QJsonValue value = fields.value(key.columns.at(i));
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        scope.append(plain(value));
    }
    const QJsonValue value = fields.value(key.column);
    if (isEmpty(value))
        return std::nullopt;
    return Held{QString::fromUtf8(QJsonDocument(scope).toJson(QJsonDocument::Compact)),
                text(value)};
}

Core::Result<QString> NaturalKeys::holder(const QString &table, const QString &column,
                                          const QString &scope, const QString &value)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT row_id FROM sync_natural_keys WHERE table_name = ? AND key_column = ? AND "
        "key_scope = ? AND key_value = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    q.addBindValue(scope);
    q.addBindValue(value);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Core::Result<qint64> NaturalKeys::nextNumber(const QString &table, const QString &column,
                                             const QString &scope)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT key_value FROM sync_natural_keys WHERE table_name = ? AND key_column = ? AND "
        "key_scope = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    q.addBindValue(scope);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    qint64 highest = 0;
    while (q.next())
        highest = qMax(highest, q.value(0).toString().toLongLong());
    return highest + 1;
}

Core::Result<bool> NaturalKeys::record(const QString &table, const QString &column,
                                       const Held &key, const QString &rowId)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO sync_natural_keys (table_name, key_column, key_scope, key_value, row_id) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, key_column, key_scope, key_value) "
        "DO NOTHING"));
    q.addBindValue(table);
    q.addBindValue(column);
    q.addBindValue(key.scope);
    q.addBindValue(key.value);
    q.addBindValue(rowId);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Core::Result<QList<NaturalKeys::Change>> NaturalKeys::claim(const QString &table,
                                                            const QString &rowId,
                                                            QJsonObject *fields, bool deleted)
{
    QList<Change> changes;
    for (const SyncTables::NaturalKey &key : SyncTables::naturalKeys(table)) {
        const std::optional<Held> wanted = keyOf(key, *fields);
        if (wanted && !(deleted && key.liveOnly)
            && !(key.resolve == Resolve::NextNumber
                 && wanted->value.toLongLong() >= SyncTables::StandInBase)) {
            // Most writes keep the row's key: one look instead of a release and a claim.
            QSqlQuery own = m_store.prepare(QStringLiteral(
                "SELECT key_scope, key_value FROM sync_natural_keys WHERE table_name = ? AND "
                "key_column = ? AND row_id = ?"));
            own.addBindValue(table);
            own.addBindValue(key.column);
            own.addBindValue(rowId);
            if (Core::Status s = m_store.exec(own); !s)
                return s.error();
            if (own.next() && own.value(0).toString() == wanted->scope
                && own.value(1).toString() == wanted->value) {
                continue;
            }
        }
        // What the row held goes first: the value it asks for now may be the one it holds.
        QSqlQuery release = m_store.prepare(QStringLiteral(
            "DELETE FROM sync_natural_keys WHERE table_name = ? AND key_column = ? AND "
            "row_id = ?"));
        release.addBindValue(table);
        release.addBindValue(key.column);
        release.addBindValue(rowId);
        if (Core::Status s = m_store.exec(release); !s)
            return s.error();
        if ((deleted && key.liveOnly) || !wanted)
            continue;
        const bool numbered = key.resolve == Resolve::NextNumber;
        Held candidate = *wanted;
        // A number a desk gave its row while another row held its own one stands for any
        // free number.
        const bool standIn = numbered && wanted->value.toLongLong() >= SyncTables::StandInBase;
        if (standIn) {
            const Core::Result<qint64> next = nextNumber(table, key.column, wanted->scope);
            if (!next)
                return next.error();
            candidate.value = QString::number(*next);
        }
        for (int n = 2;; ++n) {
            const Core::Result<QString> held =
                holder(table, key.column, candidate.scope, candidate.value);
            if (!held)
                return held.error();
            if (held->isNull() || *held == rowId) {
                // Another server process may take it between the look and the insert.
                const Core::Result<bool> recorded =
                    record(table, key.column, candidate, rowId);
                if (!recorded)
                    return recorded.error();
                if (*recorded || *held == rowId)
                    break;
            }
            candidate.value = numbered ? QString::number(candidate.value.toLongLong() + 1)
                                       : wanted->value + u'-' + QString::number(n);
        }
        if (candidate.value == wanted->value)
            continue;
        const QJsonValue value =
            numbered ? QJsonValue(candidate.value.toLongLong()) : QJsonValue(candidate.value);
        fields->insert(key.column, value);
        if (!key.atLeast.isEmpty() && fields->value(key.atLeast).toInteger() < value.toInteger())
            fields->insert(key.atLeast, value);
        qCInfo(lcServer) << "row" << table << rowId << "asked for" << key.column
                         << wanted->value << "which another row holds; it is" << candidate.value;
        const QString detail =
            standIn ? tr("another row of %1 has this row's %2 (entered on another desk): "
                         "this one is now %3")
                          .arg(table, key.column, candidate.value)
                    : tr("another row of %1 has %2 %3 (entered on another desk): this one is "
                         "now %4")
                          .arg(table, key.column, wanted->value, candidate.value);
        changes.append(Change{key.column, value, detail});
    }
    return changes;
}

Core::Status NaturalKeys::fill()
{
    int clashes = 0;
    for (const QString &table : SyncTables::tables()) {
        const QList<SyncTables::NaturalKey> keys = SyncTables::naturalKeys(table);
        if (keys.isEmpty())
            continue;
        QSqlQuery rows = m_store.prepare(QStringLiteral(
            "SELECT row_id, deleted, fields FROM sync_rows WHERE table_name = ? "
            "ORDER BY revision"));
        rows.setForwardOnly(true);
        rows.addBindValue(table);
        if (Core::Status s = m_store.exec(rows); !s)
            return s;
        struct Row
        {
            QString id;
            bool deleted;
            QJsonObject fields;
        };
        QList<Row> held;
        while (rows.next()) {
            held.append(Row{rows.value(0).toString(), rows.value(1).toInt() != 0,
                            QJsonDocument::fromJson(rows.value(2).toString().toUtf8())
                                .object()});
        }
        rows.finish();
        for (const Row &row : std::as_const(held)) {
            for (const SyncTables::NaturalKey &key : keys) {
                const std::optional<Held> wanted = keyOf(key, row.fields);
                if (!wanted || (row.deleted && key.liveOnly))
                    continue;
                const Core::Result<bool> recorded = record(table, key.column, *wanted, row.id);
                if (!recorded)
                    return recorded.error();
                if (!*recorded) {
                    const Core::Result<QString> holder =
                        this->holder(table, key.column, wanted->scope, wanted->value);
                    if (!holder)
                        return holder.error();
                    clashes += *holder != row.id ? 1 : 0;
                }
            }
        }
    }
    if (clashes > 0) {
        qCWarning(lcServer) << clashes << "rows held before share a key with an earlier row; "
                                          "they keep it until they are changed";
    }
    return {};
}

} // namespace Hearth::Server
