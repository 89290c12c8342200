#include "costreport.h"

#include "allocation.h"
#include "costledger.h"
#include "logging.h"
#include "orders/remakes.h"
#include "orders/salesorder.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Hearth::Finance {

namespace {

// The key of re-make costs whose order names no party.
constexpr char UnassignedParty[] = "unassigned";

struct OrderLineWeights
{
    QStringList keys;
    QList<qint64> weights;
};

/// An order's product lines and the weights its costs are split by.
Core::Result<OrderLineWeights> lineWeights(Storage::Connection &c, const QString &orderId)
{
    Storage::Statement &q = c.prepare(
        "SELECT COALESCE(l.category, p.category, ''), l.amount_micros FROM order_lines l "
        "LEFT JOIN products p ON p.id = l.product_id "
        "WHERE l.order_id = ? AND l.deleted = 0 ORDER BY l.line_no");
    q.bind(1, orderId);
    OrderLineWeights w;
    qint64 sum = 0;
    while (q.next()) {
        w.keys.append(q.text(0));
        w.weights.append(q.int64(1));
        sum += q.int64(1);
    }
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "order_lines");
    q.reset();
    if (w.keys.isEmpty()) {
        w.keys.append(QString());
        w.weights.append(1);
    } else if (sum == 0) {
        std::fill(w.weights.begin(), w.weights.end(), 1);
    }
    return w;
}

} // namespace

qint64 CostGroup::total() const
{
    qint64 sum = 0;
    for (qint64 f : fen)
        sum += f;
    return sum;
}

CostType CostReport::typeOf(CostKind kind)
{
    switch (kind) {
    case CostKind::Material:
        return CostType::Material;
    case CostKind::Hardware:
        return CostType::Hardware;
    case CostKind::Labour:
    case CostKind::Machine:
        return CostType::Labour;
    case CostKind::BoughtIn:
    case CostKind::Outsourcing:
        return CostType::Outsourcing;
    case CostKind::Freight:
        return CostType::Logistics;
    case CostKind::Installation:
        return CostType::Installation;
    case CostKind::Remake:
        return CostType::Remake;
    case CostKind::Overhead:
        return CostType::Overhead;
    case CostKind::Other:
        break;
    }
    return CostType::Other;
}

QString CostReport::typeCode(CostType type)
{
    static const char *const codes[CostTypeCount] = {
        "material", "hardware", "labour", "outsourcing", "logistics",
        "installation", "remake", "overhead", "other"};
    return QLatin1String(codes[int(type)]);
}

std::optional<CostType> CostReport::typeFromCode(const QString &code)
{
    for (int t = 0; t < CostTypeCount; ++t) {
        if (typeCode(CostType(t)) == code)
            return CostType(t);
    }
    return std::nullopt;
}

QString CostReport::typeName(CostType type)
{
    switch (type) {
    case CostType::Material:
        return tr("Material");
    case CostType::Hardware:
        return tr("Hardware");
    case CostType::Labour:
        return tr("Labour and machine");
    case CostType::Outsourcing:
        return tr("Outsourcing and bought-in");
    case CostType::Logistics:
        return tr("Logistics");
    case CostType::Installation:
        return tr("Installation");
    case CostType::Remake:
        return tr("Re-makes");
    case CostType::Overhead:
        return tr("Overhead");
    case CostType::Other:
        break;
    }
    return tr("Other");
}

QString CostReport::dimensionCode(CostDimension d)
{
    switch (d) {
    case CostDimension::ProductLine:
        return QStringLiteral("product_line");
    case CostDimension::Channel:
        return QStringLiteral("channel");
    case CostDimension::Dealer:
        return QStringLiteral("dealer");
    case CostDimension::Designer:
        return QStringLiteral("designer");
    case CostDimension::Period:
        return QStringLiteral("month");
    case CostDimension::ChargedTo:
        return QStringLiteral("charged_to");
    }
    return {};
}

std::optional<CostDimension> CostReport::dimensionFromCode(const QString &code)
{
    for (CostDimension d : {CostDimension::ProductLine, CostDimension::Channel,
                            CostDimension::Dealer, CostDimension::Designer,
                            CostDimension::Period, CostDimension::ChargedTo}) {
        if (dimensionCode(d) == code)
            return d;
    }
    return std::nullopt;
}

QString CostReport::dimensionName(CostDimension d)
{
    switch (d) {
    case CostDimension::ProductLine:
        return tr("Product line");
    case CostDimension::Channel:
        return tr("Channel");
    case CostDimension::Dealer:
        return tr("Dealer");
    case CostDimension::Designer:
        return tr("Designer");
    case CostDimension::Period:
        return tr("Month");
    case CostDimension::ChargedTo:
        return tr("Charged to");
    }
    return {};
}

Core::Result<CostReport> CostReport::build(Storage::Connection &c, CostDimension by,
                                           QDate from, QDate to)
{
    QElapsedTimer timer;
    timer.start();
    const QTimeZone zone = CostLedger::siteZone(c);
    const auto instant = [&](QDate day) {
        return QDateTime(day, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    };
    Storage::Statement &q = c.prepare(
        "SELECT k.order_id, o.order_no, k.kind, k.amount_fen, k.occurred_at, o.channel, "
        "COALESCE(d.code, ''), COALESCE(d.name, ''), COALESCE(g.code, ''), "
        "COALESCE(g.name, ''), COALESCE(k.charged_to, '') "
        "FROM cost_lines k JOIN sales_orders o ON o.id = k.order_id "
        "LEFT JOIN partners d ON d.id = o.dealer_id "
        "LEFT JOIN partners g ON g.id = o.designer_id "
        "WHERE k.deleted = 0 AND o.deleted = 0 AND o.status <> 'cancelled' "
        "AND (?1 IS NULL OR k.occurred_at >= ?1) AND (?2 IS NULL OR k.occurred_at < ?2) "
        "ORDER BY o.order_no, k.kind, k.occurred_at");
    q.bind(1, from.isValid() ? instant(from) : QString());
    q.bind(2, to.isValid() ? instant(to.addDays(1)) : QString());

    CostReport report;
    report.m_dimension = by;
    report.m_from = from;
    report.m_to = to;
    QHash<QString, QString> labels;
    // Order, key and type → fen, in the order first seen (the query's).
    QList<Share> shares;
    QHash<QString, qsizetype> shareIndex;
    const auto add = [&](const QString &orderId, const QString &orderNo, const QString &key,
                         CostType type, qint64 fen) {
        const QString id = orderId + QLatin1Char('\x1f') + key + QLatin1Char('\x1f')
                           + typeCode(type);
        const auto it = shareIndex.constFind(id);
        if (it != shareIndex.constEnd()) {
            shares[*it].fen += fen;
            return;
        }
        shareIndex.insert(id, shares.size());
        shares.append({orderId, orderNo, key, type, fen});
    };
    while (q.next()) {
        const auto kind = CostLine::kindFromCode(q.text(2));
        const CostType type = typeOf(kind.value_or(CostKind::Other));
        QString key;
        switch (by) {
        case CostDimension::ProductLine:
            break;  // split over the order's lines below
        case CostDimension::Channel:
            key = q.text(5);
            break;
        case CostDimension::Dealer:
            key = q.text(6);
            labels.insert(key, q.text(7));
            break;
        case CostDimension::Designer:
            key = q.text(8);
            labels.insert(key, q.text(9));
            break;
        case CostDimension::Period: {
            QDateTime at = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
            if (!at.isValid())
                at = QDateTime::fromString(q.text(4), Qt::ISODate);
            key = at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM"));
            break;
        }
        case CostDimension::ChargedTo:
            // A re-make whose party was never recorded stays apart from the other costs.
            if (kind == CostKind::Remake) {
                key = Orders::Remakes::partyOf(q.text(10));
                if (key.isEmpty())
                    key = QLatin1String(UnassignedParty);
            }
            break;
        }
        add(q.text(0), q.text(1), key, type, q.int64(3));
    }
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "cost_lines");
    q.reset();

    if (by == CostDimension::ProductLine) {
        const QList<Share> whole = shares;
        shares.clear();
        shareIndex.clear();
        QHash<QString, OrderLineWeights> weights;
        for (const Share &s : whole) {
            auto it = weights.constFind(s.orderId);
            if (it == weights.constEnd()) {
                const auto w = lineWeights(c, s.orderId);
                if (!w)
                    return w.error();
                it = weights.insert(s.orderId, *w);
            }
            const auto parts = Allocation::split(s.fen, it->weights);
            if (!parts)
                return parts.error();
            for (qsizetype i = 0; i < parts->size(); ++i)
                add(s.orderId, s.orderNo, it->keys.at(i), s.type, parts->at(i));
        }
    }

    QMap<QString, CostGroup> groups;
    QHash<QString, QSet<QString>> ordersOfKey;
    for (const Share &s : std::as_const(shares)) {
        CostGroup &g = groups[s.key];
        g.key = s.key;
        g.fen[size_t(s.type)] += s.fen;
        ordersOfKey[s.key].insert(s.orderId);
    }
    for (CostGroup &g : groups) {
        g.orders = ordersOfKey.value(g.key).size();
        if (by == CostDimension::Channel) {
            if (const auto channel = Orders::channelFromCode(g.key))
                g.label = Orders::channelName(*channel);
        } else if (by == CostDimension::ChargedTo) {
            g.label = g.key.isEmpty()                        ? tr("Not a re-make")
                      : g.key == QLatin1String(UnassignedParty) ? tr("Re-make, no party given")
                                                               : Orders::Remakes::partyName(g.key);
        } else {
            g.label = labels.value(g.key);
            if (!g.label.isEmpty() && g.label != g.key)
                g.label = g.key + QLatin1Char(' ') + g.label;
        }
        if (g.label.isEmpty())
            g.label = g.key.isEmpty() ? tr("(none)") : g.key;
        report.m_groups.append(g);
    }
    report.m_shares = shares;
    qCInfo(lcFinance) << "cost by type and" << dimensionCode(by) << report.m_groups.size()
                      << "groups of" << shares.size() << "order shares in" << timer.elapsed()
                      << "ms";
    return report;
}

CostGroup CostReport::total() const
{
    CostGroup t;
    t.key = QStringLiteral("total");
    t.label = tr("Total");
    QSet<QString> orders;
    for (const Share &s : m_shares) {
        t.fen[size_t(s.type)] += s.fen;
        orders.insert(s.orderId);
    }
    t.orders = orders.size();
    return t;
}

QList<CostOrderPart> CostReport::ordersOf(const QString &key,
                                          std::optional<CostType> type) const
{
    QMap<QString, CostOrderPart> byNo;
    for (const Share &s : m_shares) {
        if (s.key != key || (type && s.type != *type))
            continue;
        CostOrderPart &p = byNo[s.orderNo];
        p.orderId = s.orderId;
        p.orderNo = s.orderNo;
        p.fen += s.fen;
    }
    QList<CostOrderPart> out;
    for (const CostOrderPart &p : std::as_const(byNo)) {
        if (p.fen != 0)
            out.append(p);
    }
    return out;
}

} // namespace Hearth::Finance
