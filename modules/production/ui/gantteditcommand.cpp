#include "gantteditcommand.h"

namespace Hearth::Production {

GanttEditCommand::GanttEditCommand(const GanttEdit &edit, const QString &barLabel, Apply apply)
    : m_edit(edit), m_apply(std::move(apply))
{
    switch (edit.kind) {
    case GanttEdit::Kind::Move:
        setText(edit.changesRow() ? tr("Move %1 to another work center").arg(barLabel)
                                  : tr("Move %1").arg(barLabel));
        break;
    case GanttEdit::Kind::ResizeStart:
        setText(tr("Change the start of %1").arg(barLabel));
        break;
    case GanttEdit::Kind::ResizeEnd:
        setText(tr("Change the end of %1").arg(barLabel));
        break;
    }
}

void GanttEditCommand::redo()
{
    if (!m_apply(m_edit))
        setObsolete(true);
}

void GanttEditCommand::undo()
{
    if (!m_apply(m_edit.reversed()))
        setObsolete(true);
}

} // namespace Hearth::Production
