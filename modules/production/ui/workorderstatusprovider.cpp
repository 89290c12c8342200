#include "workorderstatusprovider.h"

#include "orders/ui/orderstatusproviders.h"
#include "production/logging.h"
#include "production/progressstatus.h"

namespace Hearth::Production {

QString WorkOrderStatusProvider::title()
{
    return tr("Production status");
}

QHash<QString, QString> WorkOrderStatusProvider::texts(Storage::Connection &c,
                                                       const QStringList &orderIds)
{
    QHash<QString, QString> result;
    if (orderIds.isEmpty())
        return result;
    const auto statuses = ProgressStatus::forOrders(c, orderIds);
    if (!statuses) {
        qCWarning(lcProduction) << "production status of" << orderIds.size()
                                << "orders:" << statuses.error().toString();
        return result;
    }
    for (auto it = statuses->cbegin(); it != statuses->cend(); ++it) {
        if (it->status != OrderProductionStatus::NoWorkOrders)
            result.insert(it.key(), ProgressStatus::describe(it.value()));
    }
    return result;
}

void registerProductionStatusProvider()
{
    Orders::OrderStatusProviders::add(
        {WorkOrderStatusProvider::id(), &WorkOrderStatusProvider::title,
         &WorkOrderStatusProvider::texts});
}

} // namespace Hearth::Production
