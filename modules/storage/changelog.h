#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Hearth::Storage {

class Connection;

/// Records a change to a synced row, inside the caller's transaction: an outbox entry for
/// sync and an audit entry with who, when, before and after.
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
    static QString opName(Op op);
};

} // namespace Hearth::Storage
