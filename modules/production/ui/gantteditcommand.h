#pragma once

#include "ganttedit.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Hearth::Production {

/// An accepted drag on the Gantt chart as an undoable step: redo applies the edit, undo its
/// reverse. A step whose bar is gone (the chart was given new data) becomes obsolete.
class GanttEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::GanttEditCommand)

public:
    /// Puts a bar where an edit says; false when the bar is unknown.
    using Apply = std::function<bool(const GanttEdit &edit)>;

    /// barLabel names the bar in the undo text ("移动 SO-0042 开料").
    GanttEditCommand(const GanttEdit &edit, const QString &barLabel, Apply apply);

    void redo() override;
    void undo() override;
    const GanttEdit &edit() const { return m_edit; }

private:
    GanttEdit m_edit;
    Apply m_apply;
};

} // namespace Hearth::Production
