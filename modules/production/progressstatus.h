#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Where a sales order is in production (生产状态), from its work orders that are not
/// cancelled: none yet, none started, some started or made, all made, all packed.
enum class OrderProductionStatus { NoWorkOrders, NotStarted, Partly, Made, Packed };

/// One sales order's production status with the counts behind it ("2 of 3 made").
struct OrderProduction
{
    QString orderId;
    OrderProductionStatus status = OrderProductionStatus::NoWorkOrders;
    int workOrders = 0;  // not cancelled
    int started = 0;     // started, made or packed
    int made = 0;        // made or packed
    int packed = 0;
};

/// The production status of sales orders, derived from their work orders' statuses, which the
/// progress recorder keeps. One grouped query for any number of orders.
class ProgressStatus
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ProgressStatus)

public:
    /// "none", "not_started", "partly", "made", "packed": what sqlExpression() gives.
    static QString code(OrderProductionStatus status);
    static OrderProductionStatus fromCode(const QString &code);
    /// Translated: 无工单, 未开工, 部分完工, 全部完工, 已包装.
    static QString label(OrderProductionStatus status);
    /// "部分完工 (1/3)": the label with made of work orders where that says more.
    static QString describe(const OrderProduction &production);

    static Core::Result<OrderProduction> forOrder(Storage::Connection &c, const QString &orderId);
    /// Every order asked for is in the result, those with no work orders as NoWorkOrders.
    static Core::Result<QHash<QString, OrderProduction>> forOrders(Storage::Connection &c,
                                                                   const QStringList &orderIds);

    /// An SQL expression giving code() for the order whose id is in orderIdColumn (for example
    /// "o.id"), for an orders list that shows, sorts or filters by it; it reads the order's
    /// work orders through their index, so a page of 100 orders costs 100 index look-ups.
    static QString sqlExpression(const QString &orderIdColumn);
};

} // namespace Hearth::Production
