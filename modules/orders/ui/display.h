#pragma once

#include "core/decimal.h"

#include <QDate>
#include <QString>

namespace Hearth::Orders {

struct OrderLine;

/// How the orders screens write numbers, money, sizes and times for people to read.
namespace Display {

/// Money fixed to fen by Core::Money::fromDecimal (half away from zero), with the locale's
/// grouping: "12,345.60".
QString money(Core::Decimal value);
QString moneyFen(qint64 fen);
/// A unit price with the locale's grouping and at least two decimals: "1,280.00", "0.125".
QString price(Core::Decimal value);
/// A quantity or rate with only the decimals it has: "2", "1.5", "0.125".
QString decimal(Core::Decimal value);
/// A discount rate as a percentage: 0.2 -> "20%", zero -> empty.
QString discountPercent(Core::Decimal rate);
/// "2400 × 600 × 580 mm" with the dimensions a line has, or empty for a standard item;
/// compact leaves out the spaces ("2400×600×580 mm") for narrow places.
QString size(const OrderLine &line, bool compact = false);
QString date(const QDate &date);
/// A stored UTC ISO time shown in the site's time zone (Widgets::SiteTime): "2024-05-01 18:32".
QString siteTime(const QString &isoUtc);
/// "上海市 浦东新区" style: province and city, the city once for a municipality.
QString place(const QString &province, const QString &city);

} // namespace Display

} // namespace Hearth::Orders
