#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Production's status of sales orders (生产状态) for the orders pages, which show it through
/// their status provider registry without depending on production.
class WorkOrderStatusProvider
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::WorkOrderStatusProvider)

public:
    /// The provider's id in the registry.
    static QString id() { return QStringLiteral("production"); }
    /// 生产状态
    static QString title();
    /// "部分完工 (1/3)" for each order with work orders; orders with none are left out, so the
    /// orders list stays quiet for orders not yet split.
    static QHash<QString, QString> texts(Storage::Connection &c, const QStringList &orderIds);
};

/// Registers production's provider with the orders pages (Orders::OrderStatusProviders); the
/// production module calls it when it loads. Calling it again changes nothing.
void registerProductionStatusProvider();

} // namespace Hearth::Production
