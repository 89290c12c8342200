#pragma once

#include "core/result.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

#include <functional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders {

/// Something a module above orders does to one sales order from the orders list (the process:
/// 作废 cancel, 删除 delete), after a person gives the reason.
struct OrderAction
{
    /// Why the action cannot be done on the order now (translated), or empty when it can.
    using Refusal = std::function<QString(Storage::Connection &c, const QString &orderId)>;
    /// Does it; the translated line the page shows afterwards ("SO… cancelled").
    using Run = std::function<Core::Result<QString>(const QString &orderId,
                                                    const QString &reason)>;

    QString id;                      // "workflow.cancel"; a second add() with it replaces it
    std::function<QString()> title;  // translated when called: the menu entry ("Cancel order…")
    std::function<QString()> prompt; // translated: what the reason dialog asks
    QString permission;              // the permission a signed-in user needs to see it
    bool destructive = false;        // shown apart, after a separator
    Refusal refusal;
    Run run;
};

/// The registered order actions, in the order they were added. Header-only, like
/// OrderStatusProviders: a module registers one without linking the orders widgets, and the
/// orders page reads the registry when it is made. Thread-safe.
class OrderActions
{
public:
    static void add(const OrderAction &action)
    {
        if (action.id.isEmpty() || !action.title || !action.refusal || !action.run)
            return;
        QMutexLocker lock(&s_mutex);
        for (OrderAction &a : s_actions) {
            if (a.id == action.id) {
                a = action;
                return;
            }
        }
        s_actions.append(action);
    }

    static void remove(const QString &id)
    {
        QMutexLocker lock(&s_mutex);
        s_actions.removeIf([&id](const OrderAction &a) { return a.id == id; });
    }

    static QList<OrderAction> all()
    {
        QMutexLocker lock(&s_mutex);
        return s_actions;
    }

private:
    static inline QMutex s_mutex;
    static inline QList<OrderAction> s_actions;
};

} // namespace Hearth::Orders
