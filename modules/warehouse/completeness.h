#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// One thing an order still lacks before it may leave, and where it comes from.
struct MissingItem
{
    enum class Kind { Plan, Package, Part, Hardware };
    Kind kind = Kind::Package;
    QString id;      // the package, order_parts or order_hardware row; empty for Plan
    QString name;    // translated: "Package 2/5", "Side panel 720×560", "HG-110 Hinge"
    QString amount;  // translated: what is outstanding, "2 of 4 pieces"
    QString source;  // where it comes from: a work order number, an item code, a package code
    QString reason;  // translated: why it is missing and where it stands
};

/// How far an order's packing has come.
struct PackingState
{
    QString orderId;
    QString orderNo;
    int packages = 0;
    int closed = 0;  // closed, staged or loaded
    int staged = 0;  // staged or loaded
    int loaded = 0;
};

/// The completeness gate (齐套): an order may be loaded or booked for installation only when
/// it has a package plan, every package is scanned into staging (or loaded), every panel of
/// the order is packed and every hardware and bought-in line is packed. check() lists what is
/// missing with the reason: the work order and the operation a panel waits for, a purchased
/// item not in stock, a package not scanned.
class Completeness
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Completeness)

public:
    /// What the order still lacks; empty when it is complete. An unknown order is an error.
    static Core::Result<QList<MissingItem>> check(Storage::Connection &c,
                                                  const QString &orderId);
    static bool isComplete(Storage::Connection &c, const QString &orderId);
    static Core::Result<PackingState> state(Storage::Connection &c, const QString &orderId);
    /// The missing list as the few lines a scanning page shows: at most maxLines, then
    /// "and 4 more".
    static QString summary(const QList<MissingItem> &missing, int maxLines = 3);
};

} // namespace Hearth::Warehouse
