#pragma once

#include "core/result.h"
#include "storage/changelog.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse::Internal {

// Small helpers the purchasing stores share for their synced rows.

/// The change-log entry of a row written (before empty for an insert).
Core::Status recordRow(Storage::Connection &c, const QString &table, const QString &rowId,
                       Storage::ChangeLog::Op op, const QJsonObject &before,
                       const QJsonObject &after, const QString &hlc, const QString &reason,
                       const QString &anchorId = {});
/// A calendar day as stored ("2026-12-05"), NULL (a null QString) for an invalid date.
QString dayText(const QDate &day);
QDate dayFrom(const QString &text);
QString nullIfEmpty(const QString &s);

} // namespace Hearth::Warehouse::Internal
