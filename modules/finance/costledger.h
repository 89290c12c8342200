#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "costline.h"
#include "costsources.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// The cost lines of each order (单单清算), each traced to its source row, kept in cost_lines.
///
/// gather() rebuilds an order's gathered lines from their sources; running it again writes
/// nothing when no source changed. The rules, each amount rounded to the fen once per source
/// row, half away from zero:
/// - an issue of stock to the order or one of its work orders costs the move's value, a
///   return of unused stock from them gives it back (material, hardware or bought-in by the
///   item's kind);
/// - an operation of its work orders costs (setup + run × units reported ÷ units) seconds ×
///   its work center's rate per hour ÷ 3600, computed exactly before the one rounding: units
///   reported are good plus scrap of its report and finish events, all units once it is done,
///   capped at its quantity; setup counts once any unit is reported or it is done; the work
///   center's kind makes it machine time (cutting, edging, boring, painting), outsourcing, or
///   labour;
/// - bought-in goods (外购) a split requisition of the order bought: received quantity × the
///   purchase order line's price (Internal::CostSources::boughtIn); an issue to the order of
///   the item such a requisition bought is then not counted again;
/// - its share of the freight of each shipment that left with its packages, split by package
///   count or weight (setting finance.freight_basis, Internal::CostSources::freight);
/// - the same sources of a re-make order (补件, a child order) are the parent's re-make lines,
///   with the re-make order and who it is charged to;
/// - overhead is the setting finance.overhead_rate × the order's direct lines in fen.
/// Lines fed by other modules through record() (installation commission) are kept as fed.
class CostLedger
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::CostLedger)

public:
    static constexpr char OverheadRateKey[] = "finance.overhead_rate";

    /// The overhead rate (0.08 is 8 % of direct cost); 0 when not set.
    static Core::Result<Core::Decimal> overheadRate(Storage::Connection &c);
    static Core::Status setOverheadRate(Storage::Connection &c, Core::Decimal rate);
    static constexpr char FreightBasisKey[] = "finance.freight_basis";
    /// How freight is spread over a shipment's orders ("packages" unless set to "weight").
    static Core::Result<FreightBasis> freightBasis(Storage::Connection &c);
    /// Saves the basis and marks the orders on shipments that left for gathering again.
    static Core::Status setFreightBasis(Storage::Connection &c, FreightBasis basis);
    /// The site's time zone (setting site.time_zone, Asia/Shanghai unless set): the days of
    /// shipments and the months of cost accounting are the site's.
    static QTimeZone siteZone(Storage::Connection &c);

    /// Gathers one order's lines (a re-make order's go to its parent); the number of rows
    /// written, 0 when nothing changed.
    static Core::Result<int> gather(Storage::Connection &c, const QString &orderId);
    /// Gathers every order whose sources changed since (marked by triggers as moves, reports,
    /// purchase receipts and shipments are written) and clears their marks; the number of
    /// orders gathered. The pages and `hearthctl profit|costs` call it before they show costs.
    static Core::Result<int> gatherPending(Storage::Connection &c);
    /// Gathers every order that has work orders, stock moves, cost lines, re-makes, ordered
    /// requisitions or shipped packages.
    static Core::Result<int> gatherAll(Storage::Connection &c);

    /// Records a line fed by another module (a purchase, freight, installation settlement):
    /// the same order, kind and source again replaces the amount; a re-make order's cost goes
    /// to its parent as a re-make. The order's overhead follows.
    static Core::Status record(Storage::Connection &c, CostLine line);
    /// Takes back a fed line (a cancelled bill): it becomes a tombstone.
    static Core::Status withdraw(Storage::Connection &c, const QString &orderId, CostKind kind,
                                 const QString &sourceTable, const QString &sourceId);

    /// The order's lines that count, by when they arose.
    static Core::Result<QList<CostLine>> lines(Storage::Connection &c, const QString &orderId);

    /// The id a line has: a name-based UUID of order, kind and source.
    static QString lineId(const QString &orderId, CostKind kind, const QString &sourceTable,
                          const QString &sourceId);
    /// a × b ÷ d rounded half away from zero (d > 0), the product exact in 128 bits: the one
    /// rounding rule of costing.
    static qint64 mulDivRound(qint64 a, qint64 b, qint64 d);
    /// Yuan in micros to fen, half away from zero.
    static qint64 fenFromMicros(qint64 yuanMicros) { return mulDivRound(yuanMicros, 1, 10'000); }
};

} // namespace Hearth::Finance
