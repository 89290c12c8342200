#pragma once

// Orders for the finance tests: a few lines each with an amount and, where known, a profit.

#include "core/decimal.h"
#include "orders/orderrepository.h"
#include "orders/salesorder.h"

#include <QDate>
#include <QString>

#include <optional>

namespace FinanceFixture {

struct Line
{
    const char *category;
    const char *amount;
    const char *profit;  // nullptr: no profit known
};

inline Hearth::Core::Decimal dec(const char *text)
{
    return *Hearth::Core::Decimal::parse(QLatin1String(text));
}

/// Saves an order; returns its id, or an empty string (and a warning) when it was refused.
inline QString saveOrder(Hearth::Orders::Channel channel, const QString &dealerCode,
                         const QString &region, QDate signedOn, const QList<Line> &lines,
                         qint64 depositFen = 0)
{
    using namespace Hearth::Orders;
    SalesOrder o;
    o.channel = channel;
    o.customer.name = QStringLiteral("王女士");
    o.customer.mobile = QStringLiteral("13800138000");
    if (!dealerCode.isEmpty())
        o.dealer = {{}, QStringLiteral("dealer"), dealerCode, dealerCode + QStringLiteral(" 家居")};
    o.region = region;
    o.signedOn = signedOn;
    o.depositFen = depositFen;
    int no = 0;
    for (const Line &l : lines) {
        OrderLine line;
        line.lineNo = ++no;
        line.description = QStringLiteral("line %1").arg(no);
        line.category = QString::fromUtf8(l.category);
        line.quantity = Hearth::Core::Decimal::fromInt(1);
        line.amount = dec(l.amount);
        if (l.profit)
            line.profit = dec(l.profit);
        o.lines.append(line);
    }
    const auto saved = OrderRepository::save(o);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return {};
    }
    return o.id;
}

} // namespace FinanceFixture
