#include "orderscope.h"

#include "serverstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Hearth::Server {

Core::Result<std::optional<OrderRef>> OrderScope::find(const QString &orderId)
{
    QSqlQuery synced = m_store.prepare(QStringLiteral(
        "SELECT fields, scope_unit FROM sync_rows WHERE table_name = 'sales_orders' "
        "AND row_id = ? AND deleted = 0"));
    synced.addBindValue(orderId);
    if (Core::Status s = m_store.exec(synced); !s)
        return s.error();
    if (synced.next()) {
        const QJsonObject fields =
            QJsonDocument::fromJson(synced.value(0).toString().toUtf8()).object();
        return std::optional<OrderRef>(OrderRef{orderId,
                                                fields.value(QStringLiteral("order_no")).toString(),
                                                QString(), synced.value(1).toString()});
    }
    synced.finish();

    QSqlQuery received = m_store.prepare(QStringLiteral(
        "SELECT o.order_no, o.customer_name, k.org_unit_id FROM orders o "
        "LEFT JOIN channel_keys k ON k.id = o.channel_key_id WHERE o.id = ?"));
    received.addBindValue(orderId);
    if (Core::Status s = m_store.exec(received); !s)
        return s.error();
    if (!received.next())
        return std::optional<OrderRef>();
    return std::optional<OrderRef>(OrderRef{orderId, received.value(0).toString(),
                                            received.value(1).toString(),
                                            received.value(2).toString()});
}

} // namespace Hearth::Server
