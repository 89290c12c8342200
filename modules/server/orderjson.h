#pragma once

#include "apiresponse.h"
#include "orders/salesorder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hearth::Server {

/// The order document of POST /api/v1/orders, read into the same SalesOrder a file import
/// makes, by the import's own row parser (Orders::Internal::RowParser): the order's fields once,
/// then "lines", each line read as one row of a file. Field names are the channel mapping's
/// ("channel_order_no", "signed_on", "customer_name", ... "quantity", "unit_price").
class OrderJson
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::OrderJson)

public:
    static constexpr int MaxLines = 1000;

    struct Read
    {
        Orders::SalesOrder order;
        QString note;
        /// 400 for fields that are unknown, missing or of the wrong type; 422 for values the
        /// import would refuse. Empty when the order is good.
        int status = 0;
        QList<FieldProblem> problems;
    };

    static Read read(const QJsonObject &object, Orders::Channel channel);
};

} // namespace Hearth::Server
