#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Hearth::Storage {

class Connection;

/// Records a change to a synced row, inside the caller's transaction: an outbox entry for
/// sync (naming the changed row) and an audit entry with who, when, before and after (under
/// the anchor row, so that an order's timeline shows the changes to its tasks and events).
class ChangeLog
{
public:
    enum class Op { Insert, Update, Delete };

    struct Change
    {
        QString table;
        QString rowId;
        Op op = Op::Insert;
        QJsonObject before;
        QJsonObject after;
        QString hlc;
        QString reason;
    };

    static Core::Status record(Connection &connection, const Change &change);
    /// The same, with the change shown in the history of another row (audit_log.row_id), such
    /// as the sales order of a task, a note or a production event. The outbox still names the
    /// changed row, so that sync can find it.
    static Core::Status record(Connection &connection, const Change &change,
                               const QString &anchorId);
    /// Only the audit entry, for a change to a row that is the desk's own and never syncs
    /// (who belongs to a unit, the findings of a review run): its history shows it, and the
    /// outbox keeps nothing that would wait there for ever.
    static Core::Status recordLocal(Connection &connection, const Change &change,
                                    const QString &anchorId = {});
    static QString opName(Op op);
    /// The names of the fields an update changed, as the JSON array the outbox keeps in
    /// "changed" ("[\"status\",\"promised_on\"]"); empty (NULL) for an insert, a delete or an
    /// update without its before, which sync sends whole.
    static QString changedFields(const Change &change);

private:
    static Core::Status recordAudit(Connection &connection, const Change &change,
                                    const QString &anchorId, const QString &at,
                                    const QString &after);
};

} // namespace Hearth::Storage
