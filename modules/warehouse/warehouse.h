#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

/// A warehouse (仓库) of the site.
struct Warehouse
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    bool active = true;
    QString hlc;

    QJsonObject toJson() const;
};

/// What a bin is for: storage racks, the receiving dock, the production line side, the staging
/// area where an order's packages gather before loading (待发区), scrap.
enum class BinKind { Storage, Receiving, Production, Staging, Scrap };

/// A place in a warehouse (库位) with the code its label carries.
struct Bin
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Bin)

public:
    QString id;
    QString warehouseId;
    QString code;
    QString name;
    QString nameEn;
    BinKind kind = BinKind::Storage;
    bool active = true;
    QString hlc;

    QJsonObject toJson() const;

    static QString kindCode(BinKind kind);
    static std::optional<BinKind> kindFromCode(const QString &code);
};

} // namespace Hearth::Warehouse
