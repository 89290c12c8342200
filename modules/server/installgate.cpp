#include "installgate.h"

#include "orderscope.h"
#include "serverstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Hearth::Server {

Core::Result<QString> InstallGate::problem(ServerStore &store, const OrderRef &order)
{
    // Packages sync in their order's scope; the stored fields are compact JSON, so the
    // order's id is matched as text first and checked exactly after parsing.
    QSqlQuery q = store.prepare(QStringLiteral(
        "SELECT fields FROM sync_rows WHERE table_name = 'packages' AND scope_unit = ? "
        "AND deleted = 0 AND fields LIKE ?"));
    q.addBindValue(order.scopeUnit);
    q.addBindValue(QStringLiteral("%\"order_id\":\"%1\"%").arg(order.id));
    if (Core::Status st = store.exec(q); !st)
        return st.error();
    int packages = 0;
    int waiting = 0;
    while (q.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                       .object();
        if (fields.value(QStringLiteral("order_id")).toString() != order.id)
            continue;
        ++packages;
        const QString status = fields.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("staged") && status != QLatin1String("loaded"))
            ++waiting;
    }
    if (packages == 0) {
        return tr("order %1 has no packages yet: an installation is booked once its packages "
                  "are packed and scanned into staging (齐套)")
            .arg(order.orderNo);
    }
    if (waiting > 0) {
        return tr("%1 of the %2 packages of order %3 are not in staging yet: book the "
                  "installation once every package is staged (齐套)")
            .arg(waiting)
            .arg(packages)
            .arg(order.orderNo);
    }
    return QString();
}

} // namespace Hearth::Server
