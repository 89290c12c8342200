#pragma once

#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Hearth::Orders {

/// One timeline entry in readable words: who, when, what happened, and each changed field
/// as "before → after".
struct TimelineText
{
    QString when;
    QString who;
    QString what;
    QStringList changes;
    /// Repeats what the entry beside it says (an operation's or work order's status moved by a
    /// shop-floor report shown on its own line); the order's timeline leaves it out.
    bool minor = false;
};

/// Turns the audit trail's before/after documents into sentences for the order's timeline:
/// the order's own changes, the workflow's (tasks, approvals) and production's (work orders,
/// operations, shop-floor events), which those modules record under the order's id.
class TimelineFormat
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::TimelineFormat)

public:
    static TimelineText describe(const TimelineEntry &entry);

    /// Fills in what an entry of a module's own table says (what, changes); when and who are
    /// set already.
    using Describer = std::function<void(const TimelineEntry &entry, TimelineText *text)>;
    /// Lets a module above orders (warehouse, finance) describe the entries it records under
    /// the order's id, such as "shipment_orders" or "receipts"; on the GUI thread, at start.
    static void addDescriber(const QString &table, Describer describer);
    /// The changes between two order documents (OrderRepository::toJson), field by field.
    static QStringList changes(const QJsonObject &before, const QJsonObject &after);

    /// Reasons the orders page writes with its saves; the timeline shows them translated.
    static QString reasonEdit() { return QStringLiteral("edit"); }
    static QString reasonUndo() { return QStringLiteral("undo"); }
    static QString reasonRedo() { return QStringLiteral("redo"); }
};

} // namespace Hearth::Orders
