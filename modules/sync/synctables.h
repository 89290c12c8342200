#pragma once

#include <QJsonObject>
#include <QList>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Hearth::Sync {

/// The tables that sync and their plain columns: the allow-list that both the desk (what it
/// sends and writes) and the server (what it accepts) check against. The key, revision, hlc and
/// deleted are the sync columns every synced table has and are not listed.
class SyncTables
{
public:
    /// Whose rows a table holds, which decides the organisation unit a new row is scoped to.
    enum class Scope {
        Author,   // the unit of the user who wrote it (customers, tasks without an order)
        Order,    // the unit of the sales order it belongs to (lines, notes, tasks, ...)
        Parent,   // the unit of its parent row (an operation's work order, a comment's task)
        Global,   // every desk reads it (catalogues); writing needs the write permission
        OwnOrder, // a sales order: its dealer's or store's unit (see ServerSync)
        /// The unit of the sales order the row names (order_id) when it names one, else every
        /// desk: a stock move for an order follows the order, any other move is the
        /// warehouse's and is read by everyone who may read stock.
        OrderOrGlobal,
        /// The organisation unit the row names (a dealer's credit limit, statements, rebates:
        /// its org_units row, matched on the server by code and kind); every desk when it
        /// names none (a rebate policy for all dealers).
        Unit,
    };

    static QStringList tables();
    static bool isSynced(const QString &table);
    /// The plain columns of a synced table; empty for any other name.
    static QStringList columns(const QString &table);
    static bool hasColumn(const QString &table, const QString &column);
    /// A column, or the field that carries a table's child rows (childTable()).
    static bool hasField(const QString &table, const QString &field);
    /// The module whose permissions guard a table ("orders", "tasks", "production",
    /// "inventory", "finance", "users").
    static QString module(const QString &table);
    /// The permission that reading a table's rows needs ("orders.read").
    static QString readPermission(const QString &table);
    /// The permission that writing a table's rows needs ("production.report").
    static QString writePermission(const QString &table);
    /// The column of a child table that names its sales order ("order_id"), or empty.
    static QString orderColumn(const QString &table);
    /// The primary key: "id", or "order_id" for order_processes (one row per order).
    static QString keyColumn(const QString &table);
    static Scope scope(const QString &table);
    /// For Scope::Parent: the column naming the parent row and the parent's table.
    static QString parentColumn(const QString &table);
    static QString parentTable(const QString &table);
    /// Rows that are events: inserted once and never changed or deleted (production events,
    /// task comments, stock moves, receipts, tracking events). They never conflict.
    static bool isAppendOnly(const QString &table);
    /// The column of an event table whose value names one event wherever it was recorded
    /// ("idempotency_key"): a second row with the same key is the same event; empty for others.
    /// For a key of several columns (eventKeyColumns), the last one.
    static QString eventKeyColumn(const QString &table);
    /// The columns whose values together name one event: the event key column, after the
    /// columns within which it is unique (a tracking event's shipment_id, then its event_key).
    static QStringList eventKeyColumns(const QString &table);
    /// The event key the server keeps for a row of an event table: the key column's value, or
    /// for several columns their values as a compact JSON array; empty when the table has no
    /// event key or the row leaves a part of it empty.
    static QString eventKey(const QString &table, const QJsonObject &fields);
    /// A permission that lets a user who sees only their own unit's orders read a table
    /// whose own read permission their role lacks ("orders.read" for receipts: a dealer or a
    /// store reads what was paid on its own orders); empty for other tables.
    static QString ownOrdersReadPermission(const QString &table);

    /// Rows that travel inside their parent's row rather than as rows of their own: the
    /// child table ("tax_document_lines" of "tax_documents"), its column naming the parent
    /// and its columns (key first). The children travel in a field named after the child
    /// table, as a JSON array text of objects; empty for a table without children.
    static QString childTable(const QString &table);
    static QString childParentColumn(const QString &table);
    static QStringList childColumns(const QString &table);

    /// What is wrong with a value pushed for a column, in words for the author (empty when
    /// nothing is): money, quantities and sizes (columns ending in _micros, _fen, _mm, _mm2,
    /// _seconds, _grams, line and sequence numbers) are whole numbers or null, and a receipt's
    /// kind, method and amount are those a desk's database takes (0010_finance.sql).
    static QString valueProblem(const QString &table, const QString &column,
                                const QJsonValue &value);

    /// A column whose changes are checked against the order's process, not merged freely.
    static bool isProcessStatus(const QString &table, const QString &column);

    /// A key besides the primary key that a desk's UNIQUE index keeps to one row (a purchase
    /// order's po_no, a package's number within its order). When two desks give two rows one
    /// key offline, the server keeps it for the row it receives first and changes the other's
    /// `column`; its desk pulls the new value back (ServerSync, DeskReplica).
    struct NaturalKey
    {
        enum class Resolve {
            Suffix,     // a code: "-2", "-3", ... appended
            NextNumber, // a number within its parent: the next free one after it
        };
        QStringList columns; // the parent columns that scope the key, then `column`
        QString column;
        Resolve resolve = Resolve::Suffix;
        /// The desk's index holds live rows only (WHERE deleted = 0): a delete frees the key.
        bool liveOnly = false;
        /// A column that must stay at least the number (a package's count of its order's
        /// packages), raised with it; empty for most keys.
        QString atLeast;
    };
    /// A number a desk gives a row of its own while a pulled row holds the row's number
    /// (DeskReplica): this plus the row's SQLite rowid. The server gives a row that arrives
    /// with one the next number after the highest its parent holds.
    static constexpr qint64 StandInBase = 1'000'000'000;
    /// The natural keys of a synced table. Keys that rows of every desk derive their ids from
    /// (tasks, parts, work orders by order and task key, payment stages, cost lines, months)
    /// are not listed: the same key is the same row there.
    static QList<NaturalKey> naturalKeys(const QString &table);
};

} // namespace Hearth::Sync
