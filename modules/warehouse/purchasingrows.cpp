#include "purchasingrows.h"

namespace Hearth::Warehouse::Internal {

Core::Status recordRow(Storage::Connection &c, const QString &table, const QString &rowId,
                       Storage::ChangeLog::Op op, const QJsonObject &before,
                       const QJsonObject &after, const QString &hlc, const QString &reason,
                       const QString &anchorId)
{
    Storage::ChangeLog::Change change;
    change.table = table;
    change.rowId = rowId;
    change.op = op;
    change.before = before;
    change.after = after;
    change.hlc = hlc;
    change.reason = reason;
    if (anchorId.isEmpty())
        return Storage::ChangeLog::record(c, change);
    return Storage::ChangeLog::record(c, change, anchorId);
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QDate dayFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace Hearth::Warehouse::Internal
