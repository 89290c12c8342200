#include "item.h"

namespace Hearth::Warehouse {

namespace {

struct KindText
{
    ItemKind kind;
    const char *code;
    const char *name;
};

constexpr KindText kinds[] = {
    {ItemKind::Board, "board", QT_TRANSLATE_NOOP("Hearth::Warehouse::Item", "board")},
    {ItemKind::EdgeBanding, "edge_banding",
     QT_TRANSLATE_NOOP("Hearth::Warehouse::Item", "edge banding")},
    {ItemKind::Hardware, "hardware", QT_TRANSLATE_NOOP("Hearth::Warehouse::Item", "hardware")},
    {ItemKind::BoughtIn, "bought_in",
     QT_TRANSLATE_NOOP("Hearth::Warehouse::Item", "bought-in item")},
    {ItemKind::FinishedPackage, "finished_package",
     QT_TRANSLATE_NOOP("Hearth::Warehouse::Item", "finished package")},
};

} // namespace

QString Item::kindCode(ItemKind kind)
{
    for (const KindText &k : kinds) {
        if (k.kind == kind)
            return QLatin1String(k.code);
    }
    return {};
}

std::optional<ItemKind> Item::kindFromCode(const QString &code)
{
    for (const KindText &k : kinds) {
        if (code == QLatin1String(k.code))
            return k.kind;
    }
    return std::nullopt;
}

QString Item::kindName(ItemKind kind)
{
    for (const KindText &k : kinds) {
        if (k.kind == kind)
            return tr(k.name);
    }
    return {};
}

QJsonObject Item::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("kind"), kindCode(kind)},
        {QStringLiteral("unit"), Orders::unitCode(unit)},
        {QStringLiteral("pack_size_micros"), packSize.micros()},
        {QStringLiteral("pack_name"), packName},
        {QStringLiteral("pack_name_en"), packNameEn},
        {QStringLiteral("gtin"), gtin},
        {QStringLiteral("material"), material},
        {QStringLiteral("colour"), colour},
        {QStringLiteral("standard_cost_micros"), standardCost.micros()},
        {QStringLiteral("active"), active ? 1 : 0},
    };
}

QJsonObject Lot::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("item_id"), itemId},
        {QStringLiteral("lot_no"), lotNo},
        {QStringLiteral("expires_on"),
         expiresOn.isValid() ? expiresOn.toString(Qt::ISODate) : QString()},
    };
}

} // namespace Hearth::Warehouse
