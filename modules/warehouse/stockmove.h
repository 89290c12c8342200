#pragma once

#include "core/decimal.h"
#include "orders/salesorder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

/// Receipt (入库), issue to a work order (领料), transfer between bins (移库), count (盘点),
/// packing (打包), shipment (发货), return (退货).
enum class MoveKind { Receive, Issue, Transfer, Count, Pack, Ship, Return };

/// One movement of goods (出入库), never changed once written. Goods leave fromBinId and
/// arrive in toBinId; value is what the goods moved are worth at moving-average cost.
struct StockMove
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::StockMove)

public:
    QString id;
    QString idempotencyKey;
    MoveKind kind = MoveKind::Receive;
    QString itemId;
    QString lotId;
    QString fromBinId;
    QString toBinId;
    Core::Decimal quantity;
    Orders::Unit unit = Orders::Unit::Piece;
    Core::Decimal unitCost;
    Core::Decimal value;
    std::optional<Core::Decimal> counted;
    QString orderId;
    QString workOrderId;
    QString purchaseLineRef;
    QString scanCode;
    QString userName;
    QString note;
    QString hlc;
    QString createdAt;

    QJsonObject toJson() const;

    static QString kindCode(MoveKind kind);
    static std::optional<MoveKind> kindFromCode(const QString &code);
    static QString kindName(MoveKind kind);
};

} // namespace Hearth::Warehouse
