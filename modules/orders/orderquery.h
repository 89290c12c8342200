#pragma once

#include "core/result.h"
#include "salesorder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Orders {

/// What the orders list shows; every part is applied in SQL.
struct OrderFilter
{
    std::optional<Channel> channel;
    std::optional<OrderStatus> status;
    QDate signedFrom;
    QDate signedTo;
    QString dealerId;
    QString province;
    QString search;  // full text: order numbers, customer, mobile, address, product

    bool operator==(const OrderFilter &) const = default;
};

/// One row of the orders list.
struct OrderRow
{
    QString id;
    QString orderNo;
    Channel channel = Channel::Other;
    QString channelOrderNo;
    QString customerName;
    QString mobile;
    QString province;
    QString city;
    QString dealerName;
    QDate signedOn;
    QDate promisedOn;
    OrderStatus status = OrderStatus::New;
    Core::Decimal total;
};

enum class OrderSort { OrderNo, Channel, SignedOn, PromisedOn, Status, Total, Province };

struct OrderStats
{
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 customers = 0;
    qint64 products = 0;
    Core::Decimal amount;
    Core::Decimal quantity;
    Core::Decimal profit;
    qint64 returnedOrders = 0;
};

/// Paged reads of the orders list, for the table and for hearthctl; stays fast at a million
/// orders because filtering, sorting and paging all run in SQLite on indexes.
class OrderQuery
{
public:
    static QList<OrderRow> page(const OrderFilter &filter, OrderSort sort, bool descending,
                                qint64 offset, int limit);
    static qint64 count(const OrderFilter &filter);
    /// Fails with the database's own message when the file is damaged.
    static Core::Result<OrderStats> stats();
    /// Dealers for the filter bar: id and name.
    static QList<std::pair<QString, QString>> dealers();
    static QStringList provinces();
};

} // namespace Hearth::Orders
