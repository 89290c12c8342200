#pragma once

#include "core/decimal.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Hearth::Orders {

/// Where an order came from (渠道). The codes are stored; names come from channelName().
enum class Channel { Store, Dealer, Ecommerce, Designer, Other };

/// Where an order stands in its life. Later issues' process engine moves it on.
enum class OrderStatus { New, Reviewing, Approved, InProduction, Shipped, Installed, Closed,
                         Cancelled };

/// How a line is counted: piece (件), set (套), square metre (㎡), linear metre (延米), kg.
enum class Unit { Piece, Set, SquareMetre, Metre, Kilogram };

QString channelCode(Channel channel);
std::optional<Channel> channelFromCode(const QString &code);
QString channelName(Channel channel);

QString statusCode(OrderStatus status);
std::optional<OrderStatus> statusFromCode(const QString &code);
QString statusName(OrderStatus status);
/// An order that has moved past review may no longer be changed by a re-import.
bool isPastReview(OrderStatus status);

QString unitCode(Unit unit);
std::optional<Unit> unitFromCode(const QString &code);
QString unitName(Unit unit);

struct Address
{
    QString province;
    QString city;
    QString district;
    QString street;
    QString postalCode;

    bool operator==(const Address &) const = default;
    QString toString() const;
    /// Splits a Chinese one-line address ("广东省深圳市南山区科技园路1号" or with
    /// spaces).
    static Address parse(const QString &text);
};

struct Customer
{
    QString id;
    QString externalCode;
    QString name;
    QString mobile;
    QString segment;
    Address address;
};

/// A dealer (经销商), own store (门店) or designer (设计师).
struct Partner
{
    QString id;
    QString kind;
    QString code;
    QString name;
};

struct OrderLine
{
    QString id;
    int lineNo = 0;
    QString channelLineNo;
    QString productId;
    QString sku;
    QString description;
    QString category;
    QString subCategory;
    std::optional<qint64> widthMm;
    std::optional<qint64> heightMm;
    std::optional<qint64> depthMm;
    QString material;
    QString colour;
    Unit unit = Unit::Piece;
    Core::Decimal quantity;
    std::optional<Core::Decimal> unitPrice;
    Core::Decimal discount;  // a rate: 0.2 is 20 % off
    Core::Decimal amount;
    std::optional<Core::Decimal> profit;
    /// Parameters of a custom line for the split: "template", "thickness_mm", "door_style",
    /// "doors", "shelves" (see resources/templates).
    QJsonObject spec;

    bool isCustom() const { return widthMm || heightMm || depthMm; }
    bool sameContent(const OrderLine &o) const;
};

struct SalesOrder
{
    QString id;
    QString orderNo;
    Channel channel = Channel::Store;
    QString channelOrderNo;
    Customer customer;
    Partner dealer;
    Partner store;
    Partner designer;
    QDate signedOn;
    QDate promisedOn;
    QDate shippedOn;
    QString shipMode;
    OrderStatus status = OrderStatus::New;
    bool returned = false;
    qint64 depositFen = 0;
    QString region;
    Address address;
    QString sourceFile;
    QString ownerId;        // the user who owns the order; a rejected review returns it to them
    QString parentOrderId;  // for a re-make (补件): the order it repairs
    QString chargedTo;      // for a re-make: who pays ("factory", "dealer", "installer", ...)
    QString remakeReason;
    QString hlc;
    QString createdAt;
    QString updatedAt;
    QList<OrderLine> lines;

    Core::Decimal total() const;
    /// Same business content (ids, numbers and times aside) as another version of the order.
    bool sameContent(const SalesOrder &o) const;
};

} // namespace Hearth::Orders

Q_DECLARE_METATYPE(Hearth::Orders::SalesOrder)
