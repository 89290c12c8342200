#pragma once

#include "apiresponse.h"
#include "databaseuri.h"
#include "serversync.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QUrlQuery;

namespace Hearth::Server {

/// The query parameters of the order read routes and the SQL they become. Every row is read
/// from sync_rows within a SyncScope, and the scope is part of the WHERE clause, so that no
/// row outside it is ever filtered, counted or summed. Values are bound, never spliced in.
///   status, channel       a code of Orders::OrderStatus or Orders::Channel
///   signed_from, signed_to YYYY-MM-DD, both days included
///   q                     part of the order number, channel order number or customer name
///   page, page_size       1-based page of the list
class OrderFilter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::OrderFilter)

public:
    static constexpr int MaxTextLength = 100;
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 500;
    static constexpr int MaxPage = 100000;

    /// A piece of SQL and the values its placeholders take, in order.
    struct Sql
    {
        QString text;
        QVariantList values;
    };

    OrderFilter(DatabaseUri::Engine engine, const SyncScope &scope)
        : m_engine(engine), m_scope(scope) {}

    /// Reads the parameters named in accepted (others are refused); nullopt when all are good,
    /// else the 400 that names the first bad one.
    std::optional<ApiResponse> read(const QUrlQuery &query, const QStringList &accepted);

    /// FROM and WHERE over the visible, live orders (alias o) and their customers (alias c),
    /// with the filters read.
    Sql from() const;
    /// The same, for the one order whose id is given.
    Sql fromOrder(const QString &orderId) const;
    /// The same, for the orders a scanned code names: the order number (upper-cased), the
    /// channel order number, or the id.
    Sql fromCode(const QString &code, bool orderNoOnly) const;
    /// The visible, live lines of an order (alias l).
    Sql linesOf(const QString &orderId) const;

    /// An order field's text as SQL (alias.fields holds the JSON), NULL when absent.
    QString text(const QString &alias, const QString &field) const;
    /// The sum of a whole-number field over the selected rows, as text.
    QString sumOf(const QString &alias, const QString &field) const;
    /// The ORDER BY of the list: newest signing first, then order number.
    QString listOrder() const;

    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }

    /// A text parameter checked: length, and no control characters; the problem, or empty.
    static QString textProblem(const QString &value, int maxLength);

private:
    Sql scoped(const QString &extra, const QVariantList &extraValues) const;

    DatabaseUri::Engine m_engine;
    SyncScope m_scope;
    QString m_status;
    QString m_channel;
    QDate m_signedFrom;
    QDate m_signedTo;
    QString m_search;
    int m_page = 1;
    int m_pageSize = DefaultPageSize;
};

} // namespace Hearth::Server
