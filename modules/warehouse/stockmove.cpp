#include "stockmove.h"

#include <iterator>

namespace Hearth::Warehouse {

namespace {

struct KindText
{
    const char *code;
    const char *name;
};

constexpr KindText moveKinds[] = {
    {"receive", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "receipt")},
    {"issue", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "issue")},
    {"transfer", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "transfer")},
    {"count", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "count")},
    {"pack", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "packing")},
    {"ship", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "shipment")},
    {"return", QT_TRANSLATE_NOOP("Hearth::Warehouse::StockMove", "return")},
};

} // namespace

QString StockMove::kindCode(MoveKind kind)
{
    return QLatin1String(moveKinds[int(kind)].code);
}

std::optional<MoveKind> StockMove::kindFromCode(const QString &code)
{
    for (int i = 0; i < int(std::size(moveKinds)); ++i) {
        if (code == QLatin1String(moveKinds[i].code))
            return MoveKind(i);
    }
    return std::nullopt;
}

QString StockMove::kindName(MoveKind kind)
{
    return tr(moveKinds[int(kind)].name);
}

QJsonObject StockMove::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("idempotency_key"), idempotencyKey},
        {QStringLiteral("kind"), kindCode(kind)},
        {QStringLiteral("item_id"), itemId},
        {QStringLiteral("quantity_micros"), quantity.micros()},
        {QStringLiteral("unit"), Orders::unitCode(unit)},
        {QStringLiteral("unit_cost_micros"), unitCost.micros()},
        {QStringLiteral("value_micros"), value.micros()},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("created_at"), createdAt},
    };
    const auto optional = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    optional("lot_id", lotId);
    optional("from_bin_id", fromBinId);
    optional("to_bin_id", toBinId);
    optional("order_id", orderId);
    optional("work_order_id", workOrderId);
    optional("purchase_line_ref", purchaseLineRef);
    optional("scan_code", scanCode);
    optional("note", note);
    if (counted)
        o.insert(QStringLiteral("counted_micros"), counted->micros());
    return o;
}

} // namespace Hearth::Warehouse
