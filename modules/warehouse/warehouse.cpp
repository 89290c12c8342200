#include "warehouse.h"

#include <iterator>

namespace Hearth::Warehouse {

namespace {

constexpr const char *binKinds[] = {"storage", "receiving", "production", "staging", "scrap"};

} // namespace

QJsonObject Warehouse::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("active"), active ? 1 : 0},
    };
}

QJsonObject Bin::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("warehouse_id"), warehouseId},
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("kind"), kindCode(kind)},
        {QStringLiteral("active"), active ? 1 : 0},
    };
}

QString Bin::kindCode(BinKind kind)
{
    return QLatin1String(binKinds[int(kind)]);
}

std::optional<BinKind> Bin::kindFromCode(const QString &code)
{
    for (int i = 0; i < int(std::size(binKinds)); ++i) {
        if (code == QLatin1String(binKinds[i]))
            return BinKind(i);
    }
    return std::nullopt;
}

} // namespace Hearth::Warehouse
