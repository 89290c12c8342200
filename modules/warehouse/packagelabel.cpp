#include "packagelabel.h"

#include "packagestore.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace Hearth::Warehouse {

QString PackageLabel::contentsSummary() const
{
    QStringList parts;
    if (panels > 0)
        parts.append(tr("%n panel(s)", nullptr, panels));
    if (hardwareLines > 0)
        parts.append(tr("%n hardware line(s)", nullptr, hardwareLines));
    if (weightGrams > 0) {
        // Tenths of a kilogram, rounded half up, in integers.
        const qint64 tenths = (weightGrams + 50) / 100;
        parts.append(tr("%1.%2 kg").arg(tenths / 10).arg(tenths % 10));
    }
    return parts.join(QStringLiteral(" · "));
}

Core::Result<PackageLabel> PackageLabel::forPackage(Storage::Connection &c,
                                                    const QString &packageId)
{
    const std::optional<Package> package = PackageStore::find(c, packageId);
    if (!package)
        return Core::Error{tr("no such package"), QStringLiteral("packages: %1").arg(packageId)};
    PackageLabel label;
    label.packageId = package->id;
    label.code = package->code();
    label.orderNo = package->orderNo;
    label.number = package->number;
    label.count = package->count;
    label.weightGrams = package->weightGrams;

    Storage::Statement order(c.handle(),
                             "SELECT COALESCE(cu.name, ''), COALESCE(o.city, cu.city, '') "
                             "FROM sales_orders o LEFT JOIN customers cu ON cu.id = o.customer_id "
                             "WHERE o.id = ?");
    order.bind(1, package->orderId);
    if (order.next()) {
        label.customer = order.text(0);
        label.city = order.text(1);
    }

    auto lines = PackageStore::lines(c, packageId);
    if (!lines)
        return lines.error();
    for (const PackageLine &l : std::as_const(*lines)) {
        if (l.partId.isEmpty()) {
            ++label.hardwareLines;
            label.contents.append(tr("%1 %2 ×%3").arg(l.code, l.name, l.quantity.toString()));
        } else {
            label.panels += int(l.quantity.micros() / Core::Decimal::fromInt(1).micros());
            label.contents.append(tr("%1 ×%2").arg(l.name, l.quantity.toString()));
        }
    }
    return label;
}

} // namespace Hearth::Warehouse
