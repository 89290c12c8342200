#pragma once

#include "core/decimal.h"
#include "orders/salesorder.h"
#include "packrule.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

/// What an item is: board (板材), edge banding (封边条), hardware (五金), a bought-in item
/// (外购件) or a finished package (成品包件).
enum class ItemKind { Board, EdgeBanding, Hardware, BoughtIn, FinishedPackage };

/// Something kept in stock, counted in its unit and bought by its pack rule.
struct Item
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Item)

public:
    QString id;
    QString code;
    QString name;
    QString nameEn;
    ItemKind kind = ItemKind::Hardware;
    Orders::Unit unit = Orders::Unit::Piece;
    Core::Decimal packSize;  // 0: bought in any quantity
    QString packName;        // 张, 盒, 卷
    QString packNameEn;
    QString gtin;
    QString material;
    QString colour;
    Core::Decimal standardCost;  // yuan per unit, for goods valued before any receipt
    bool active = true;
    QString hlc;

    PackRule packRule() const { return PackRule(packSize); }
    QJsonObject toJson() const;

    static QString kindCode(ItemKind kind);
    static std::optional<ItemKind> kindFromCode(const QString &code);
    static QString kindName(ItemKind kind);
};

/// A batch of an item (GS1 AI 10) with its expiry (AI 17), if any.
struct Lot
{
    QString id;
    QString itemId;
    QString lotNo;
    QDate expiresOn;
    QString hlc;

    QJsonObject toJson() const;
};

} // namespace Hearth::Warehouse
