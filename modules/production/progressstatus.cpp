#include "progressstatus.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Hearth::Production {

using Storage::Connection;
using Storage::Statement;

namespace {

OrderProductionStatus statusOf(const OrderProduction &p)
{
    if (p.workOrders == 0)
        return OrderProductionStatus::NoWorkOrders;
    if (p.packed == p.workOrders)
        return OrderProductionStatus::Packed;
    if (p.made == p.workOrders)
        return OrderProductionStatus::Made;
    if (p.started == 0)
        return OrderProductionStatus::NotStarted;
    return OrderProductionStatus::Partly;
}

} // namespace

QString ProgressStatus::code(OrderProductionStatus status)
{
    switch (status) {
    case OrderProductionStatus::NoWorkOrders:
        return QStringLiteral("none");
    case OrderProductionStatus::NotStarted:
        return QStringLiteral("not_started");
    case OrderProductionStatus::Partly:
        return QStringLiteral("partly");
    case OrderProductionStatus::Made:
        return QStringLiteral("made");
    case OrderProductionStatus::Packed:
        return QStringLiteral("packed");
    }
    return QString();
}

OrderProductionStatus ProgressStatus::fromCode(const QString &code)
{
    for (OrderProductionStatus s :
         {OrderProductionStatus::NotStarted, OrderProductionStatus::Partly,
          OrderProductionStatus::Made, OrderProductionStatus::Packed}) {
        if (code == ProgressStatus::code(s))
            return s;
    }
    return OrderProductionStatus::NoWorkOrders;
}

QString ProgressStatus::label(OrderProductionStatus status)
{
    switch (status) {
    case OrderProductionStatus::NoWorkOrders:
        return tr("No work orders");
    case OrderProductionStatus::NotStarted:
        return tr("Not started");
    case OrderProductionStatus::Partly:
        return tr("Partly made");
    case OrderProductionStatus::Made:
        return tr("Fully made");
    case OrderProductionStatus::Packed:
        return tr("Packed");
    }
    return QString();
}

QString ProgressStatus::describe(const OrderProduction &production)
{
    const QString text = label(production.status);
    if (production.status != OrderProductionStatus::Partly)
        return text;
    return tr("%1 (%2/%3 made)").arg(text).arg(production.made).arg(production.workOrders);
}

Core::Result<OrderProduction> ProgressStatus::forOrder(Connection &c, const QString &orderId)
{
    auto all = forOrders(c, {orderId});
    if (!all)
        return all.error();
    return all->value(orderId);
}

Core::Result<QHash<QString, OrderProduction>> ProgressStatus::forOrders(
    Connection &c, const QStringList &orderIds)
{
    QHash<QString, OrderProduction> result;
    result.reserve(orderIds.size());
    for (const QString &id : orderIds)
        result.insert(id, OrderProduction{id});
    if (orderIds.isEmpty())
        return result;

    // One parameter whatever the number of orders: SQLite caps bound variables at 32,766.
    const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(orderIds))
                               .toJson(QJsonDocument::Compact);
    Statement &q = c.prepare(
        "SELECT order_id, COUNT(*), SUM(status IN ('started', 'made', 'packed')), "
        "SUM(status IN ('made', 'packed')), SUM(status = 'packed') FROM work_orders "
        "WHERE deleted = 0 AND status <> 'cancelled' "
        "AND order_id IN (SELECT value FROM json_each(?)) GROUP BY order_id");
    q.bind(1, QString::fromUtf8(ids));
    while (q.next()) {
        OrderProduction &p = result[q.text(0)];
        p.orderId = q.text(0);
        p.workOrders = int(q.int64(1));
        p.started = int(q.int64(2));
        p.made = int(q.int64(3));
        p.packed = int(q.int64(4));
        p.status = statusOf(p);
    }
    if (q.failed()) {
        const QString message = q.error();
        q.reset();
        return Core::Error{message, QStringLiteral("work_orders")};
    }
    q.reset();
    return result;
}

QString ProgressStatus::sqlExpression(const QString &orderIdColumn)
{
    return QStringLiteral(
               "(SELECT CASE WHEN COUNT(*) = 0 THEN 'none' "
               "WHEN SUM(pw.status = 'packed') = COUNT(*) THEN 'packed' "
               "WHEN SUM(pw.status IN ('made', 'packed')) = COUNT(*) THEN 'made' "
               "WHEN SUM(pw.status IN ('started', 'made', 'packed')) = 0 THEN 'not_started' "
               "ELSE 'partly' END FROM work_orders pw WHERE pw.order_id = %1 "
               "AND pw.deleted = 0 AND pw.status <> 'cancelled')")
        .arg(orderIdColumn);
}

} // namespace Hearth::Production
