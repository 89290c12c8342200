#pragma once

#include "workflow/taskstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// The panels (板件) and hardware (五金) the split wrote for one work order (tables
/// order_parts and order_hardware, by the task's key), as records TaskDetailsFormat shows.
class TaskParts
{
public:
    static QJsonArray parts(Storage::Connection &c, const QString &orderId,
                            const QString &taskKey);
    static QJsonArray hardware(Storage::Connection &c, const QString &orderId,
                               const QString &taskKey);
    /// The task's details with its panels and hardware listed where the split wrote them; the
    /// details unchanged for a task that has none.
    static QJsonObject details(Storage::Connection &c, const Task &task);
};

} // namespace Hearth::Workflow
