#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Sync {

/// One outbox entry as the desk pushes it: the plain fields the change set, at the entry's HLC
/// (the whole row for an insert, empty for a delete). change_id is the outbox's UUID, applied at
/// most once by the server.
struct PushEntry
{
    QString changeId;
    QString table;
    QString rowId;
    QString op;  // "insert", "update" or "delete"
    QString hlc;
    QJsonObject fields;
    /// For a step of an order's status: the statuses this desk's later unsent steps of the same
    /// order go to, in order ("next_statuses"). A step the process forbids from the server's
    /// status is no conflict when the desk's walk goes on to that status: two desks walked the
    /// order through the same steps offline.
    QStringList nextStatuses = {};
};

/// What the server did with one entry. Applied also covers an older change that newer ones
/// already replaced field by field (the row keeps the newer fields); Conflict is an edit of a
/// deleted row; Refused is a row outside the user's scope, or a change to an event (an
/// append-only row); StatusRefused is a status change the order's process does not allow (the
/// entry's other fields are applied).
enum class Outcome { Applied, Duplicate, Conflict, Refused, StatusRefused };

struct PushResult
{
    QString changeId;
    Outcome outcome = Outcome::Applied;
    qint64 revision = 0;  // the row's server revision after the entry
    /// For StatusRefused: the server's fields that the entry could not change ({"status": ...}).
    QJsonObject serverFields;
    QString detail;
};

/// A row as the server holds it now, at the revision of its latest change.
struct PulledChange
{
    qint64 revision = 0;
    QString table;
    QString rowId;
    QString hlc;
    bool deleted = false;
    QJsonObject fields;
    /// The HLC of the change that set each field, where it differs from the row's hlc.
    QJsonObject fieldHlc;
    /// The row left the user's scope (its order went to another dealer or store): the desk
    /// drops its copy. Such a change carries no fields.
    bool gone = false;
};

struct PullPage
{
    QList<PulledChange> changes;
    qint64 next = 0;  // ask for changes after this revision next
    bool more = false;
    /// The highest revision in the user's scope when the page was read (0 when the server
    /// does not say): next ÷ head is how far a download has come.
    qint64 head = 0;
};

/// A field of a request that was wrong ("entries[3].fields.colour") and why.
struct Problem
{
    QString field;
    QString message;
};

/// The JSON of the sync routes, written and read the same way on both sides:
///   POST /api/v1/sync/push  {"entries": [{change_id, table, row_id, op, hlc, fields}]}
///        → {"results": [{change_id, outcome, revision[, server_fields, detail]}]}
///   GET  /api/v1/sync/pull?after=N&limit=M
///        → {"changes": [{revision, table, row_id, hlc, deleted, fields[, field_hlc]}], "next",
///           "more", "head"}
class Protocol
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Sync::Protocol)

public:
    static constexpr int MaxEntries = 1000;
    static constexpr int MaxPullLimit = 1000;
    static constexpr int DefaultPullLimit = 500;

    /// How far ahead of the server's clock an HLC may run before the server refuses it.
    static constexpr qint64 MaxClockLeadMs = 60 * 60 * 1000;

    static QString outcomeName(Outcome outcome);
    /// The milliseconds of an HLC in Core::HybridClock's text form, or -1 when it is not one.
    static qint64 hlcMillis(const QString &hlc);

    static QJsonObject pushJson(const QList<PushEntry> &entries);
    /// The entries of a push body, checked against SyncTables; problems name each bad field.
    static QList<PushEntry> readPush(const QJsonObject &body, QList<Problem> *problems);

    static QJsonObject answerJson(const QList<PushResult> &results);
    /// False when the answer is not one the server writes.
    static bool readAnswer(const QJsonObject &body, QList<PushResult> *results);

    static QJsonObject pageJson(const PullPage &page);
    static bool readPage(const QJsonObject &body, PullPage *page);
};

} // namespace Hearth::Sync
