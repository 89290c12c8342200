#include "orderremovalactions.h"

#include "orders/ui/orderactions.h"
#include "workflow/orderremoval.h"
#include "workflow/processengine.h"

#include <QCoreApplication>

namespace Hearth::Workflow {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Hearth::Workflow::OrderRemovalActions", source);
}

/// A prepared engine, or the error that kept it from being one.
Core::Result<QString> withEngine(
    const std::function<Core::Result<QString>(ProcessEngine &engine)> &work)
{
    ProcessEngine engine;
    if (Core::Status prepared = engine.prepare(); !prepared)
        return prepared.error();
    return work(engine);
}

} // namespace

void registerOrderRemovalActions()
{
    Orders::OrderAction cancel;
    cancel.id = QStringLiteral("workflow.cancel");
    cancel.title = [] { return text(QT_TRANSLATE_NOOP("Hearth::Workflow::OrderRemovalActions",
                                                      "Cancel order…")); };
    cancel.prompt = [] {
        return text(QT_TRANSLATE_NOOP(
            "Hearth::Workflow::OrderRemovalActions",
            "The order stays, cancelled (作废), and its open tasks are cancelled. Why?"));
    };
    cancel.permission = QStringLiteral("orders.write");
    cancel.destructive = true;
    cancel.refusal = &OrderRemoval::cancelRefusal;
    cancel.run = [](const QString &orderId, const QString &reason) {
        return withEngine([&](ProcessEngine &engine) {
            return OrderRemoval::cancel(engine, orderId, reason);
        });
    };
    Orders::OrderActions::add(cancel);

    Orders::OrderAction remove;
    remove.id = QStringLiteral("workflow.delete");
    remove.title = [] { return text(QT_TRANSLATE_NOOP("Hearth::Workflow::OrderRemovalActions",
                                                      "Delete order…")); };
    remove.prompt = [] {
        return text(QT_TRANSLATE_NOOP(
            "Hearth::Workflow::OrderRemovalActions",
            "For an order entered by mistake: it is deleted on every desk, and the audit "
            "trail keeps it with the reason. Why?"));
    };
    remove.permission = QStringLiteral("orders.approve");
    remove.destructive = true;
    remove.refusal = [](Storage::Connection &c, const QString &orderId) {
        const QStringList blockers = OrderRemoval::deleteBlockers(c, orderId);
        return blockers.isEmpty()
                   ? QString()
                   : text(QT_TRANSLATE_NOOP("Hearth::Workflow::OrderRemovalActions",
                                            "Cannot delete: %1; cancel it instead"))
                         .arg(blockers.join(text(QT_TRANSLATE_NOOP(
                             "Hearth::Workflow::OrderRemovalActions", "; "))));
    };
    remove.run = [](const QString &orderId, const QString &reason) {
        return withEngine([&](ProcessEngine &engine) {
            return OrderRemoval::remove(engine, orderId, reason);
        });
    };
    Orders::OrderActions::add(remove);
}

} // namespace Hearth::Workflow
