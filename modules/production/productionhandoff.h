#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// What the factory's progress means for the rest of the order: when a work order is made (or
/// packed), the split's work-order task (生产任务) it came from is done; when every work order
/// of the sales order is made, the order's process hears "production_done" (生产完工) and
/// moves on towards shipping. Runs after the progress is committed, on the thread's connection.
class ProductionHandoff
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ProductionHandoff)

public:
    struct Outcome
    {
        bool taskCompleted = false;
        bool orderMovedOn = false;
        QString toState;  // the order's process state after it moved on
        QString message;  // translated; empty when nothing happened
    };

    static Core::Result<Outcome> afterProgress(Storage::Connection &c, const QString &workOrderId);
};

} // namespace Hearth::Production
