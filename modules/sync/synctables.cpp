#include "synctables.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Hearth::Sync {

namespace {

using Scope = SyncTables::Scope;

struct TableRule
{
    const char *table;
    Scope scope;
    const char *read;
    const char *write;
    QStringList columns;
    const char *parentColumn = "";  // Scope::Order, Scope::Parent and Scope::Unit
    const char *parentTable = "";
    bool appendOnly = false;
    const char *key = "id";
    const char *eventKey = "";
    const char *ownOrdersRead = "";
};

/// A table whose rows travel inside their parent's (see SyncTables::childTable).
struct ChildRule
{
    const char *parent;
    const char *table;
    const char *parentColumn;
    QStringList columns;
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QLatin1String(name));
    return out;
}

const QList<TableRule> &rules()
{
    // Parents before children, so that a full download writes an order before its lines and a
    // work order before its operations.
    static const QList<TableRule> list{
        {"org_units", Scope::Global, "tasks.read", "users.admin",
         names({"kind", "code", "name", "parent_id", "lead_user_id", "created_at",
                "updated_at"})},
        {"partners", Scope::Global, "orders.read", "orders.import",
         names({"kind", "code", "name", "mobile", "province", "city", "created_at",
                "updated_at"})},
        {"products", Scope::Global, "orders.read", "orders.import",
         names({"sku", "name", "kind", "unit", "price_micros", "category", "sub_category",
                "created_at", "updated_at"})},
        // Production and process configuration (0006_production.sql, 0004_workflow.sql,
        // 0023_sync_production_setup.sql): every desk plans on the same calendars, work
        // centers, routings and outages, and reads the process definitions its orders name.
        // A calendar's days and a routing's steps travel inside it. Rule sets stay on each
        // desk: their key is a version number that two desks would give two bodies.
        {"work_calendars", Scope::Global, "production.read", "production.write",
         names({"code", "name", "name_en", "time_zone", "working_days", "hours",
                "site_holidays", "created_at", "updated_at"})},
        {"work_centers", Scope::Global, "production.read", "production.write",
         names({"code", "name", "name_en", "kind", "unit_id", "capacity", "calendar_id",
                "setup_seconds", "changeover_seconds", "setup_by_material",
                "rate_fen_per_hour", "active", "created_at", "updated_at"})},
        {"work_center_outages", Scope::Global, "production.read", "production.write",
         names({"work_center_id", "lane", "starts_at", "ends_at", "reason", "created_at"})},
        {"routings", Scope::Global, "production.read", "production.write",
         names({"code", "name", "name_en", "workshop", "product_types", "created_at",
                "updated_at"})},
        {"process_definitions", Scope::Global, "orders.read", "process.admin",
         names({"code", "version", "body", "sha256", "active", "created_at", "created_by"})},
        {"customers", Scope::Author, "orders.read", "orders.write",
         names({"channel", "external_code", "name", "mobile", "province", "city", "district",
                "street", "postal_code", "segment", "created_at", "updated_at"})},
        {"sales_orders", Scope::OwnOrder, "orders.read", "orders.write",
         names({"order_no", "channel", "channel_order_no", "customer_id", "dealer_id",
                "store_id", "designer_id", "signed_on", "promised_on", "shipped_on",
                "ship_mode", "status", "returned", "deposit_fen", "total_micros", "region",
                "province", "city", "district", "street", "postal_code", "source_file",
                "parent_order_id", "charged_to", "remake_reason", "created_at",
                "updated_at"})},
        {"order_lines", Scope::Order, "orders.read", "orders.write",
         names({"order_id", "line_no", "channel_line_no", "product_id", "description",
                "width_mm", "height_mm", "depth_mm", "material", "colour", "unit",
                "quantity_micros", "unit_price_micros", "discount_micros", "amount_micros",
                "profit_micros", "spec", "category", "sub_category"}),
         "order_id", "sales_orders"},
        {"order_notes", Scope::Order, "orders.read", "orders.write",
         names({"order_id", "author", "body", "created_at"}), "order_id", "sales_orders"},
        {"order_processes", Scope::Order, "orders.read", "orders.review",
         names({"definition_id", "rule_set", "state", "entered_at", "state_due_at",
                "state_escalated", "review_outcome", "split_hash", "split_plan", "amendment",
                "updated_at"}),
         "order_id", "sales_orders", false, "order_id"},
        {"order_parts", Scope::Order, "orders.read", "orders.split",
         names({"order_id", "line_id", "task_key", "part_key", "name", "length_mm",
                "width_mm", "thickness_mm", "quantity", "area_mm2", "edge_mm", "edges", "grain",
                "material", "colour"}),
         "order_id", "sales_orders"},
        {"order_hardware", Scope::Order, "orders.read", "orders.split",
         names({"order_id", "line_id", "task_key", "item_key", "code", "name",
                "quantity_micros", "unit"}),
         "order_id", "sales_orders"},
        // The task inbox is worked by whoever may read it: claiming and finishing a task is
        // how it is read.
        {"tasks", Scope::Order, "tasks.read", "tasks.read",
         names({"order_id", "task_key", "kind", "title", "status", "role", "unit_id",
                "assignee_id", "due_at", "escalated_at", "escalated_to", "amount_fen",
                "details", "result", "created_at", "updated_at", "completed_at"}),
         "order_id", "sales_orders"},
        {"task_comments", Scope::Parent, "tasks.read", "tasks.read",
         names({"task_id", "author", "body", "created_at"}), "task_id", "tasks", true},
        {"work_orders", Scope::Order, "production.read", "production.write",
         names({"wo_no", "order_id", "task_id", "task_key", "workshop", "routing_id", "parts",
                "area_mm2", "edge_mm", "material", "colour", "due_date", "deadline_at",
                "priority", "status", "created_at", "updated_at"}),
         "order_id", "sales_orders"},
        {"operations", Scope::Parent, "production.read", "production.write",
         names({"work_order_id", "seq", "work_center_id", "name", "run_seconds",
                "setup_seconds", "quantity", "status", "planned_start", "planned_end", "lane",
                "locked", "created_at", "updated_at"}),
         "work_order_id", "work_orders"},
        {"production_events", Scope::Parent, "production.read", "production.report",
         names({"work_order_id", "operation_id", "part_id", "kind", "good_qty", "scrap_qty",
                "station", "user_id", "at", "source", "source_key", "created_at"}),
         "work_order_id", "work_orders", true},
        // Stock (0009_stock.sql): the catalogue is read by everyone who may read stock;
        // moves are events, and balances are derived from them on each desk.
        {"items", Scope::Global, "inventory.read", "inventory.write",
         names({"code", "name", "name_en", "kind", "unit", "pack_size_micros", "pack_name",
                "pack_name_en", "gtin", "material", "colour", "standard_cost_micros", "active",
                "created_at", "updated_at"})},
        {"warehouses", Scope::Global, "inventory.read", "inventory.write",
         names({"code", "name", "name_en", "active", "created_at", "updated_at"})},
        {"bins", Scope::Global, "inventory.read", "inventory.write",
         names({"warehouse_id", "code", "name", "name_en", "kind", "active", "created_at",
                "updated_at"})},
        {"lots", Scope::Global, "inventory.read", "inventory.write",
         names({"item_id", "lot_no", "expires_on", "created_at", "updated_at"})},
        {"stock_moves", Scope::OrderOrGlobal, "inventory.read", "inventory.write",
         names({"idempotency_key", "kind", "item_id", "lot_id", "from_bin_id", "to_bin_id",
                "quantity_micros", "unit", "unit_cost_micros", "value_micros",
                "counted_micros", "order_id", "work_order_id", "purchase_line_ref",
                "scan_code", "user_name", "note", "created_at"}),
         "order_id", "sales_orders", true, "id", "idempotency_key"},
        // Finance (0010_finance.sql): receipts are events; a dealer or a store reads those of
        // its own orders without the finance permissions.
        {"receipts", Scope::Order, "finance.read", "finance.write",
         names({"order_id", "kind", "method", "amount_fen", "received_on", "fapiao_no",
                "reference", "note", "idempotency_key", "recorded_by", "recorded_at"}),
         "order_id", "sales_orders", true, "id", "idempotency_key", "orders.read"},
        {"payment_schedules", Scope::Order, "finance.read", "finance.write",
         names({"order_id", "task_id", "stage", "amount_fen", "due_on", "created_at",
                "updated_at"}),
         "order_id", "sales_orders"},
        {"tax_documents", Scope::Order, "finance.read", "finance.write",
         names({"order_id", "doc_no", "kind", "fapiao_no", "tax_rounding",
                "prices_include_tax", "vat_rate_micros", "net_fen", "tax_fen", "gross_fen",
                "issued_by", "issued_at"}),
         "order_id", "sales_orders"},
        // Packing (0011_packing.sql): an order's packages and what each one holds.
        {"packages", Scope::Order, "inventory.read", "inventory.write",
         names({"order_id", "number", "count", "status", "task_key", "weight_grams", "bin_id",
                "load_ref", "closed_at", "staged_at", "loaded_at", "created_at",
                "updated_at"}),
         "order_id", "sales_orders"},
        {"package_items", Scope::Order, "inventory.read", "inventory.write",
         names({"package_id", "order_id", "part_id", "hardware_id", "quantity_micros",
                "packed_micros", "packed_at", "created_at", "updated_at"}),
         "order_id", "sales_orders"},
        // Purchasing (0012_purchasing.sql): suppliers, their prices and the purchase orders are
        // the factory's, read by everyone who may read stock; a requisition or a risk that
        // names an order follows the order.
        {"suppliers", Scope::Global, "inventory.read", "inventory.write",
         names({"code", "name", "name_en", "lead_days", "contact", "phone", "active",
                "created_at", "updated_at"})},
        {"supplier_items", Scope::Global, "inventory.read", "inventory.write",
         names({"supplier_id", "item_id", "price_micros", "pack_size_micros", "supplier_sku",
                "preferred", "created_at", "updated_at"})},
        {"reorder_points", Scope::Global, "inventory.read", "inventory.write",
         names({"item_id", "reorder_point_micros", "reorder_quantity_micros", "supplier_id",
                "created_at", "updated_at"})},
        {"purchase_orders", Scope::Global, "inventory.read", "inventory.write",
         names({"po_no", "supplier_id", "status", "ordered_on", "total_micros", "created_at",
                "updated_at"})},
        {"purchase_order_lines", Scope::Global, "inventory.read", "inventory.write",
         names({"po_id", "line_no", "item_id", "description", "unit", "need_micros",
                "quantity_micros", "surplus_micros", "packs", "price_micros", "amount_micros",
                "needed_by", "confirmed_micros", "confirmed_on", "shipped_micros", "asn_no",
                "expected_on", "received_micros", "created_at", "updated_at"})},
        {"purchase_requisitions", Scope::OrderOrGlobal, "inventory.read", "inventory.write",
         names({"source_key", "source", "order_id", "order_line_id", "task_id", "item_id",
                "description", "supplier_id", "quantity_micros", "unit", "needed_by", "status",
                "po_line_id", "created_at", "updated_at"}),
         "order_id", "sales_orders"},
        {"order_risks", Scope::OrderOrGlobal, "inventory.read", "inventory.write",
         names({"order_id", "po_line_id", "source", "reason", "needed_by", "new_date",
                "task_id", "created_at"}),
         "order_id", "sales_orders"},
        // Shipping (0013_shipping.sql). When a desk last polled the carrier (polled_at,
        // poll_error) is that desk's own bookkeeping and does not sync. A package on a shipment
        // names its order (a foreign key on the desk) and follows the order, as the shipment's
        // orders do. Tracking events are events; their event_key names an event within its
        // shipment only (two parcels picked up together report the same time, place and text),
        // so the server knows one by its shipment and its key together: the same carrier event
        // polled on two desks is one row.
        {"shipments", Scope::Global, "inventory.read", "inventory.write",
         names({"shipment_no", "carrier_code", "tracking_no", "status", "ship_date",
                "freight_fen", "note", "created_at", "updated_at"})},
        {"shipment_packages", Scope::Order, "inventory.read", "inventory.write",
         names({"shipment_id", "order_id", "package_id", "package_label", "created_at"}),
         "order_id", "sales_orders"},
        {"shipment_orders", Scope::Order, "inventory.read", "inventory.write",
         names({"shipment_id", "order_id", "packages", "freight_fen", "status",
                "last_event_at", "last_status", "last_place", "last_text", "created_at",
                "updated_at"}),
         "order_id", "sales_orders"},
        {"tracking_events", Scope::Parent, "inventory.read", "inventory.write",
         names({"shipment_id", "event_key", "occurred_at", "status", "carrier_status", "place",
                "description", "recorded_at"}),
         "shipment_id", "shipments", true, "id", "shipment_id event_key"},
        // Costing (0014_costing.sql): an order's cost lines and estimate. cost_pending is each
        // desk's own list of orders to gather again and does not sync.
        {"cost_lines", Scope::Order, "finance.read", "finance.write",
         names({"order_id", "kind", "origin", "amount_fen", "source_table", "source_id",
                "via_order_id", "charged_to", "description", "quantity_micros", "unit",
                "unit_cost_micros", "occurred_at", "created_at", "updated_at"}),
         "order_id", "sales_orders"},
        {"order_estimates", Scope::Order, "finance.read", "finance.write",
         names({"order_id", "material_fen", "hardware_fen", "labour_fen", "machine_fen",
                "outsourcing_fen", "overhead_fen", "area_mm2", "run_seconds", "missing",
                "estimated_at", "created_at", "updated_at"}),
         "order_id", "sales_orders"},
        // Dealers (0015_dealers.sql): each dealer reads its own credit limit, statements and
        // rebates (with orders.read, as it reads its own orders); a policy for every dealer
        // reaches every desk, its tiers inside it. Settlements are events.
        {"dealer_credit_limits", Scope::Unit, "finance.read", "finance.write",
         names({"dealer_unit_id", "limit_fen", "updated_by", "created_at", "updated_at"}),
         "dealer_unit_id", "org_units", false, "id", "", "orders.read"},
        {"rebate_policies", Scope::Unit, "finance.read", "finance.write",
         names({"code", "name", "dealer_unit_id", "starts_on", "ends_on", "period", "mode",
                "basis", "created_at", "updated_at"}),
         "dealer_unit_id", "org_units", false, "id", "", "orders.read"},
        {"rebate_settlements", Scope::Unit, "finance.read", "finance.write",
         names({"dealer_unit_id", "policy_id", "period_from", "period_to", "volume_fen",
                "earned_fen", "amount_fen", "settled_on", "idempotency_key", "recorded_by",
                "recorded_at"}),
         "dealer_unit_id", "org_units", true, "id", "idempotency_key", "orders.read"},
        {"dealer_statements", Scope::Unit, "finance.read", "finance.write",
         names({"dealer_unit_id", "period_from", "period_to", "opening_fen", "orders_fen",
                "payments_fen", "rebates_fen", "closing_fen", "confirmed_by", "confirmed_on",
                "note", "recorded_by", "recorded_at"}),
         "dealer_unit_id", "org_units", false, "id", "", "orders.read"},
        // Month close (0020_month_close.sql): one row per month, the same id on every desk.
        {"finance_periods", Scope::Global, "finance.read", "finance.write",
         names({"month", "status", "closed_at", "closed_by", "reopened_at", "reopened_by",
                "reopen_reason", "snapshot", "created_at", "updated_at"})},
    };
    return list;
}

const QList<ChildRule> &childRules()
{
    // A tax document's lines are written with it and fixed with it: they travel inside it.
    static const QList<ChildRule> list{
        {"tax_documents", "tax_document_lines", "document_id",
         names({"id", "line_no", "order_line_id", "description", "net_fen", "tax_fen",
                "gross_fen"})},
        // A calendar's days and a routing's steps are set with it; their ids are the parent's
        // id and the day or step number (0023_sync_production_setup.sql).
        {"work_calendars", "work_calendar_days", "calendar_id",
         names({"id", "day", "hours", "name"})},
        {"routings", "routing_steps", "routing_id",
         names({"id", "seq", "work_center_id", "name", "name_en", "run_seconds_per_part",
                "run_seconds_per_m2", "setup_seconds"})},
        // A rebate policy's tiers are saved with it, a tier taken out kept as a tombstone.
        {"rebate_policies", "rebate_policy_tiers", "policy_id",
         names({"id", "threshold_fen", "rate_micros", "hlc", "deleted"})},
    };
    return list;
}

const ChildRule *childOf(const QString &table)
{
    for (const ChildRule &rule : childRules()) {
        if (table == QLatin1String(rule.parent))
            return &rule;
    }
    return nullptr;
}

const TableRule *ruleOf(const QString &table)
{
    for (const TableRule &rule : rules()) {
        if (table == QLatin1String(rule.table))
            return &rule;
    }
    return nullptr;
}

} // namespace

QStringList SyncTables::tables()
{
    QStringList list;
    for (const TableRule &rule : rules())
        list.append(QLatin1String(rule.table));
    return list;
}

bool SyncTables::isSynced(const QString &table)
{
    return ruleOf(table) != nullptr;
}

QStringList SyncTables::columns(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? rule->columns : QStringList();
}

bool SyncTables::hasColumn(const QString &table, const QString &column)
{
    return columns(table).contains(column);
}

bool SyncTables::hasField(const QString &table, const QString &field)
{
    return hasColumn(table, field) || (!field.isEmpty() && field == childTable(table));
}

QString SyncTables::module(const QString &table)
{
    const QString permission = readPermission(table);
    return permission.left(permission.indexOf(u'.'));
}

QString SyncTables::readPermission(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? QLatin1String(rule->read) : QString();
}

QString SyncTables::writePermission(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? QLatin1String(rule->write) : QString();
}

QString SyncTables::orderColumn(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule && (rule->scope == Scope::Order || rule->scope == Scope::OrderOrGlobal)
               ? QLatin1String(rule->parentColumn)
               : QString();
}

QString SyncTables::keyColumn(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? QLatin1String(rule->key) : QStringLiteral("id");
}

SyncTables::Scope SyncTables::scope(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? rule->scope : Scope::Author;
}

QString SyncTables::parentColumn(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? QLatin1String(rule->parentColumn) : QString();
}

QString SyncTables::parentTable(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? QLatin1String(rule->parentTable) : QString();
}

bool SyncTables::isAppendOnly(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule && rule->appendOnly;
}

QString SyncTables::eventKeyColumn(const QString &table)
{
    const QStringList columns = eventKeyColumns(table);
    return columns.isEmpty() ? QString() : columns.last();
}

QStringList SyncTables::eventKeyColumns(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    if (!rule)
        return {};
    return QString::fromLatin1(rule->eventKey).split(u' ', Qt::SkipEmptyParts);
}

QString SyncTables::eventKey(const QString &table, const QJsonObject &fields)
{
    const QStringList columns = eventKeyColumns(table);
    QJsonArray parts;
    for (const QString &column : columns) {
        const QString value = fields.value(column).toString();
        if (value.isEmpty())
            return {};
        parts.append(value);
    }
    if (parts.size() <= 1)
        return parts.isEmpty() ? QString() : parts.first().toString();
    // A JSON array reads back one way whatever the values hold.
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

QString SyncTables::ownOrdersReadPermission(const QString &table)
{
    const TableRule *rule = ruleOf(table);
    return rule ? QLatin1String(rule->ownOrdersRead) : QString();
}

QString SyncTables::childTable(const QString &table)
{
    const ChildRule *rule = childOf(table);
    return rule ? QLatin1String(rule->table) : QString();
}

QString SyncTables::childParentColumn(const QString &table)
{
    const ChildRule *rule = childOf(table);
    return rule ? QLatin1String(rule->parentColumn) : QString();
}

QStringList SyncTables::childColumns(const QString &table)
{
    const ChildRule *rule = childOf(table);
    return rule ? rule->columns : QStringList();
}

QString SyncTables::valueProblem(const QString &table, const QString &column,
                                const QJsonValue &value)
{
    static const QStringList numberSuffixes{
        QStringLiteral("_micros"), QStringLiteral("_fen"), QStringLiteral("_mm"),
        QStringLiteral("_mm2"), QStringLiteral("_seconds"), QStringLiteral("_grams")};
    static const QStringList numbers{QStringLiteral("line_no"), QStringLiteral("seq"),
                                     QStringLiteral("quantity"), QStringLiteral("count"),
                                     QStringLiteral("good_qty"), QStringLiteral("scrap_qty"),
                                     QStringLiteral("lead_days"), QStringLiteral("priority")};
    const bool numeric = numbers.contains(column)
        || std::any_of(numberSuffixes.begin(), numberSuffixes.end(),
                       [&](const QString &suffix) { return column.endsWith(suffix); });
    if (numeric && !value.isNull()
        && !(value.isDouble() && value.toDouble() == double(value.toInteger()))) {
        return QCoreApplication::translate("Hearth::Sync::SyncTables",
                                           "must be a whole number (or null)");
    }
    if (table != QLatin1String("receipts"))
        return {};
    // A receipt is an event: a value a desk's database refuses would stay unapplied on every
    // desk for good.
    static const QHash<QString, QStringList> choices{
        {QStringLiteral("kind"),
         {QStringLiteral("deposit"), QStringLiteral("balance"), QStringLiteral("refund")}},
        {QStringLiteral("method"),
         {QStringLiteral("cash"), QStringLiteral("bank_transfer"), QStringLiteral("wechat_pay"),
          QStringLiteral("alipay")}}};
    if (const auto it = choices.find(column);
        it != choices.end() && !it->contains(value.toString())) {
        return QCoreApplication::translate("Hearth::Sync::SyncTables", "must be one of %1")
            .arg(it->join(QStringLiteral(", ")));
    }
    if (column == QLatin1String("amount_fen") && value.toInteger() <= 0) {
        return QCoreApplication::translate("Hearth::Sync::SyncTables",
                                           "must be more than 0 (a refund is a receipt of kind "
                                           "refund)");
    }
    return {};
}

bool SyncTables::isProcessStatus(const QString &table, const QString &column)
{
    return table == QLatin1String("sales_orders") && column == QLatin1String("status");
}

QList<SyncTables::NaturalKey> SyncTables::naturalKeys(const QString &table)
{
    using Resolve = NaturalKey::Resolve;
    struct KeyRule
    {
        const char *table;
        NaturalKey key;
    };
    auto code = [](std::initializer_list<const char *> columns, bool liveOnly = false) {
        const QStringList list = names(columns);
        return NaturalKey{list, list.last(), Resolve::Suffix, liveOnly, {}};
    };
    auto number = [](std::initializer_list<const char *> columns, const char *atLeast = "") {
        const QStringList list = names(columns);
        const bool liveOnly = *atLeast != '\0';  // packages: WHERE deleted = 0
        return NaturalKey{list, list.last(), Resolve::NextNumber, liveOnly,
                          QLatin1String(atLeast)};
    };
    // The desks' UNIQUE indexes (resources/migrations), but for the keys of rows whose ids
    // derive from the key (org_units by code, tasks, order_parts, order_hardware, work orders
    // by order and task key, payment_schedules by stage, cost_lines, finance_periods, process
    // definitions by code and version) and for
    // keys with nothing to change (a reorder point per item, a supplier's price per item, an
    // order's estimate, a dealer's credit limit, a package on one shipment, a shipment's
    // order, a risk's date). A key with an empty value holds nothing (channel_order_no,
    // external_code, gtin and tracking_no may be empty).
    static const QList<KeyRule> list{
        {"partners", code({"kind", "code"})},
        {"products", code({"sku"})},
        {"customers", code({"channel", "external_code"})},
        {"sales_orders", code({"order_no"})},
        {"sales_orders", code({"channel", "channel_order_no"})},
        {"order_lines", number({"order_id", "line_no"})},
        {"order_lines", code({"order_id", "channel_line_no"})},
        {"work_orders", code({"wo_no"})},
        {"operations", number({"work_order_id", "seq"})},
        {"items", code({"code"})},
        {"items", code({"gtin"})},
        {"warehouses", code({"code"})},
        {"bins", code({"code"})},
        {"lots", code({"item_id", "lot_no"})},
        {"tax_documents", code({"doc_no"})},
        {"packages", number({"order_id", "number"}, "count")},
        {"suppliers", code({"code"})},
        {"purchase_orders", code({"po_no"})},
        {"purchase_order_lines", number({"po_id", "line_no"})},
        {"purchase_requisitions", code({"source_key"})},
        {"shipments", code({"shipment_no"})},
        {"shipments", code({"carrier_code", "tracking_no"}, true)},
        {"rebate_policies", code({"code"})},
        {"work_calendars", code({"code"})},
        {"work_centers", code({"code"})},
        {"routings", code({"code"})},
    };
    QList<NaturalKey> keys;
    for (const KeyRule &rule : list) {
        if (table == QLatin1String(rule.table))
            keys.append(rule.key);
    }
    return keys;
}

} // namespace Hearth::Sync
