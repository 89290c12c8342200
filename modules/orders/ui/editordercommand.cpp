#include "editordercommand.h"

#include "logging.h"
#include "orders/orderrepository.h"
#include "timelineformat.h"

#include <QCoreApplication>

namespace Hearth::Orders {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::Orders::EditOrderCommand", text);
}

} // namespace

EditOrderCommand::EditOrderCommand(SalesOrder before, SalesOrder after, Done done)
    : m_before(std::move(before)), m_after(std::move(after)), m_afterClock(m_after.hlc),
      m_done(std::move(done))
{
    setText(tr("Edit of %1").arg(m_after.orderNo));
}

bool EditOrderCommand::apply(const SalesOrder &target, const QString &expectedClock,
                             const QString &reason, QString *newClock)
{
    const auto current = OrderRepository::load(target.id);
    QString error;
    if (!current) {
        error = current.error().message;
    } else if (current->hlc != expectedClock) {
        error = tr("%1 was changed since this edit; its newer version was kept.")
                    .arg(target.orderNo);
    } else {
        SalesOrder copy = target;
        const Core::Status saved = OrderRepository::save(copy, reason);
        if (saved)
            *newClock = copy.hlc;
        else
            error = saved.error().message;
    }
    if (!error.isEmpty()) {
        qCWarning(lcOrdersUi) << "undo step for order" << target.orderNo << "not applied";
        setObsolete(true);
    }
    if (m_done)
        m_done(target.id, error);
    return error.isEmpty();
}

void EditOrderCommand::undo()
{
    apply(m_before, m_afterClock, TimelineFormat::reasonUndo(), &m_beforeClock);
}

void EditOrderCommand::redo()
{
    // The edit itself was saved before the step was pushed.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after, m_beforeClock, TimelineFormat::reasonRedo(), &m_afterClock);
}

} // namespace Hearth::Orders
