#pragma once

#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hearth::Orders {

/// One timeline entry in readable words: who, when, what happened, and each changed field
/// as "before → after".
struct TimelineText
{
    QString when;
    QString who;
    QString what;
    QStringList changes;
};

/// Turns the audit trail's before/after documents into sentences for the order's timeline.
class TimelineFormat
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::TimelineFormat)

public:
    static TimelineText describe(const TimelineEntry &entry);
    /// The changes between two order documents (OrderRepository::toJson), field by field.
    static QStringList changes(const QJsonObject &before, const QJsonObject &after);

    /// Reasons the orders page writes with its saves; the timeline shows them translated.
    static QString reasonEdit() { return QStringLiteral("edit"); }
    static QString reasonUndo() { return QStringLiteral("undo"); }
    static QString reasonRedo() { return QStringLiteral("redo"); }
};

} // namespace Hearth::Orders
