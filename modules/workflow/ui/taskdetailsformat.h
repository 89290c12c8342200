#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Hearth::Workflow {

/// Writes a task's details (Task::details, what the split gave the task: lines, parts,
/// hardware, supplier, amounts) as HTML a person reads: fields as labelled rows, lists of
/// records as tables, sizes in mm, areas in m² and edge banding in m exactly from the
/// millimetres, money in yuan from fen, times in the site's zone, ids left out.
class TaskDetailsFormat
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::TaskDetailsFormat)

public:
    static QString html(const QJsonObject &details);
    /// The translated label of a details key ("area_mm2" -> 面积); a key this version does not
    /// know is shown with its underscores as spaces.
    static QString label(const QString &key);
    /// One value as text, formatted by what its key says it holds.
    static QString value(const QString &key, const QJsonValue &value);
    /// Keys a person has no use for: ids and the engine's bookkeeping.
    static bool isHidden(const QString &key);
};

} // namespace Hearth::Workflow
