#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// An order as the field API and attachments see it: its number and the organisation unit whose
/// users may see it (row scope; empty: head office only).
struct OrderRef
{
    QString id;
    QString orderNo;
    QString customerName;
    QString scopeUnit;
};

/// Finds an order by id among the synced sales orders (sync_rows, not deleted) and the orders
/// received through POST /api/v1/orders (scoped to their channel key's unit).
class OrderScope
{
public:
    explicit OrderScope(ServerStore &store) : m_store(store) {}

    Core::Result<std::optional<OrderRef>> find(const QString &orderId);

private:
    ServerStore &m_store;
};

} // namespace Hearth::Server
