#include "synctables.h"

namespace Hearth::Sync {

namespace {

struct TableColumns
{
    const char *table;
    QStringList columns;
};

const QList<TableColumns> &allowList()
{
    // Parents before children, so that a full download writes an order before its lines.
    static const QList<TableColumns> list{
        {"customers",
         {QStringLiteral("channel"), QStringLiteral("external_code"), QStringLiteral("name"),
          QStringLiteral("mobile"), QStringLiteral("province"), QStringLiteral("city"),
          QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("postal_code"),
          QStringLiteral("segment"), QStringLiteral("created_at"),
          QStringLiteral("updated_at")}},
        {"sales_orders",
         {QStringLiteral("order_no"), QStringLiteral("channel"),
          QStringLiteral("channel_order_no"), QStringLiteral("customer_id"),
          QStringLiteral("dealer_id"), QStringLiteral("store_id"),
          QStringLiteral("designer_id"), QStringLiteral("signed_on"),
          QStringLiteral("promised_on"), QStringLiteral("shipped_on"),
          QStringLiteral("ship_mode"), QStringLiteral("status"), QStringLiteral("returned"),
          QStringLiteral("deposit_fen"), QStringLiteral("total_micros"),
          QStringLiteral("region"), QStringLiteral("province"), QStringLiteral("city"),
          QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("postal_code"),
          QStringLiteral("source_file"), QStringLiteral("created_at"),
          QStringLiteral("updated_at")}},
        {"order_lines",
         {QStringLiteral("order_id"), QStringLiteral("line_no"),
          QStringLiteral("channel_line_no"), QStringLiteral("product_id"),
          QStringLiteral("description"), QStringLiteral("width_mm"),
          QStringLiteral("height_mm"), QStringLiteral("depth_mm"), QStringLiteral("material"),
          QStringLiteral("colour"), QStringLiteral("unit"), QStringLiteral("quantity_micros"),
          QStringLiteral("unit_price_micros"), QStringLiteral("discount_micros"),
          QStringLiteral("amount_micros"), QStringLiteral("profit_micros")}},
    };
    return list;
}

} // namespace

QStringList SyncTables::tables()
{
    QStringList names;
    for (const TableColumns &entry : allowList())
        names.append(QLatin1String(entry.table));
    return names;
}

bool SyncTables::isSynced(const QString &table)
{
    return tables().contains(table);
}

QStringList SyncTables::columns(const QString &table)
{
    for (const TableColumns &entry : allowList()) {
        if (table == QLatin1String(entry.table))
            return entry.columns;
    }
    return {};
}

bool SyncTables::hasColumn(const QString &table, const QString &column)
{
    return columns(table).contains(column);
}

QString SyncTables::module(const QString &table)
{
    return isSynced(table) ? QStringLiteral("orders") : QString();
}

QString SyncTables::orderColumn(const QString &table)
{
    return table == QLatin1String("order_lines") ? QStringLiteral("order_id") : QString();
}

} // namespace Hearth::Sync
