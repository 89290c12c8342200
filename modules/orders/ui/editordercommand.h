#pragma once

#include "orders/salesorder.h"

#include <QUndoCommand>

#include <functional>

namespace Hearth::Orders {

/// An edit of an order that was saved, as an undoable step: undo saves the version before the
/// edit again through OrderRepository::save, redo the edited one. A step whose order was
/// changed by someone else since is not applied (it would overwrite their change) and is
/// dropped from the stack.
class EditOrderCommand : public QUndoCommand
{
public:
    /// Called after each undo or redo with the order's id and, on failure, a message.
    using Done = std::function<void(const QString &orderId, const QString &error)>;

    /// before as it was loaded, after as it was saved (with the clock the save gave it).
    EditOrderCommand(SalesOrder before, SalesOrder after, Done done);

    void undo() override;
    void redo() override;

private:
    bool apply(const SalesOrder &target, const QString &expectedClock, const QString &reason,
               QString *newClock);

    SalesOrder m_before;
    SalesOrder m_after;
    QString m_beforeClock;  // the order's clock after the last undo
    QString m_afterClock;   // the order's clock after the edit or the last redo
    Done m_done;
    bool m_firstRedo = true;
};

} // namespace Hearth::Orders
