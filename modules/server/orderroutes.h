#pragma once

#include "apiresponse.h"
#include "core/result.h"
#include "orderfilter.h"
#include "serversync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QUrlQuery;

namespace Hearth::Server {

class ServerStore;

/// The read routes over the synced orders, for a signed-in user within their row scope; the
/// caller has checked the permission. Filters are OrderFilter's.
///   GET /api/v1/orders             the list, a page at a time
///   GET /api/v1/orders/{id}        one order with its lines
///   GET /api/v1/orders/export      the list as CSV (UTF-8 with a byte order mark)
///   GET /api/v1/reports/totals     orders and amounts per status and channel
///   GET /api/v1/scan/{code}        the order a scanned code names
/// An order outside the scope answers exactly as one that does not exist. Money reads as the
/// desk shows it: an order's total and a line's amount rounded to the fen (Core::Money), and a
/// report total the exact sum of the orders' totals rounded once, as Finance::ProfitReport
/// rounds a group; total_micros keeps the exact sum.
class OrderRoutes
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::OrderRoutes)

public:
    static constexpr int MaxExportRows = 100000;
    static constexpr int MaxIdLength = 200;
    /// A scanned code names at most this many orders in the answer.
    static constexpr int MaxScanMatches = 10;

    OrderRoutes(ServerStore &store, const SyncScope &scope) : m_store(store), m_scope(scope) {}

    ApiResponse list(const QUrlQuery &query);
    ApiResponse show(const QString &orderId, const QUrlQuery &query);
    ApiResponse exportCsv(const QUrlQuery &query);
    ApiResponse totals(const QUrlQuery &query);
    ApiResponse scan(const QString &code, const QUrlQuery &query);

    /// What a scanner sent, without its symbology identifier ("]C1"), suffix (CR, LF, Tab) and
    /// surrounding spaces, full-width letters folded; "SO:" in front marks Hearth's own order
    /// code, which names an order number only (*orderNoOnly).
    static QString cleanScan(const QString &read, bool *orderNoOnly);

private:
    struct Found
    {
        QJsonObject order;
        QString id;
    };

    Core::Result<QList<Found>> select(const OrderFilter::Sql &from, const QString &tail,
                                      const QVariantList &tailValues);
    Core::Result<QJsonArray> linesOf(const OrderFilter &filter, const QString &orderId);
    Core::Result<qint64> count(const OrderFilter::Sql &from);
    /// 200 with the order and its lines, plus the members of extra.
    ApiResponse withLines(const OrderFilter &filter, const Found &found,
                          const QJsonObject &extra);

    ServerStore &m_store;
    SyncScope m_scope;
};

} // namespace Hearth::Server
