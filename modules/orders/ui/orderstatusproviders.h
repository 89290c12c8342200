#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>

#include <functional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders {

/// A status that a module above orders keeps about sales orders (production: 生产状态), shown
/// by the orders list as a column and by the order's detail pane beside its own status.
struct OrderStatusProvider
{
    /// Texts for the given orders, by order id; an order left out shows nothing. Called on the
    /// thread that shows the orders, with that thread's connection, for one page at a time.
    using Texts = std::function<QHash<QString, QString>(Storage::Connection &c,
                                                        const QStringList &orderIds)>;

    QString id;                      // "production"; a second add() with it replaces the first
    std::function<QString()> title;  // translated when called: the column's and field's title
    Texts texts;
};

/// The registered order status providers, in the order they were added. Header-only, so that a
/// module registers one without linking the orders widgets; the orders list and detail pane
/// read the registry when they load. Thread-safe.
class OrderStatusProviders
{
public:
    static void add(const OrderStatusProvider &provider)
    {
        if (provider.id.isEmpty() || !provider.title || !provider.texts)
            return;
        QMutexLocker lock(&s_mutex);
        for (OrderStatusProvider &p : s_providers) {
            if (p.id == provider.id) {
                p = provider;
                return;
            }
        }
        s_providers.append(provider);
    }

    static void remove(const QString &id)
    {
        QMutexLocker lock(&s_mutex);
        s_providers.removeIf([&id](const OrderStatusProvider &p) { return p.id == id; });
    }

    static QList<OrderStatusProvider> all()
    {
        QMutexLocker lock(&s_mutex);
        return s_providers;
    }

private:
    static inline QMutex s_mutex;
    static inline QList<OrderStatusProvider> s_providers;
};

} // namespace Hearth::Orders
