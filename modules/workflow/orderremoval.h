#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

class ProcessEngine;

/// Cancelling (作废) and deleting (删除) a sales order from the orders list or hearthctl.
///
/// Cancelling is the process's "cancel" event: allowed until the order is split and in
/// production, it cancels the order's open tasks and keeps the order, cancelled, for the
/// record. Deleting is for an order entered by mistake: refused while anything was done on it
/// (money received, work orders, stock issued, packages, re-makes, production or later); its
/// process is cancelled first, so that no task of it stays in anyone's inbox, and then the
/// order becomes a tombstone that sync carries to every desk. Both need a reason, which the
/// audit trail keeps.
class OrderRemoval
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::OrderRemoval)

public:
    /// Why the order cannot be cancelled now (translated), or empty.
    static QString cancelRefusal(Storage::Connection &c, const QString &orderId);
    /// Everything that keeps the order from being deleted, one translated line each.
    static QStringList deleteBlockers(Storage::Connection &c, const QString &orderId);

    /// Fires "cancel" on a prepared engine; the translated line of what happened.
    static Core::Result<QString> cancel(ProcessEngine &engine, const QString &orderId,
                                        const QString &reason);
    /// Deletes the order on the open database, its process cancelled first (prepared engine).
    static Core::Result<QString> remove(ProcessEngine &engine, const QString &orderId,
                                        const QString &reason);
};

} // namespace Hearth::Workflow
