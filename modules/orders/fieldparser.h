#pragma once

#include "channelmapping.h"
#include "core/decimal.h"
#include "salesorder.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Hearth::Orders::FieldParser {

/// What the text dates of a file say about their order; fed one date at a time.
struct DateEvidence
{
    bool dayFirstProven = false;    // a first part above 12: D/M/Y
    bool monthFirstProven = false;  // a second part above 12: M/D/Y
    bool ambiguousSeen = false;     // a date with both parts 12 or under
    QStringList samples;

    void add(const QString &text);
    /// The order the file must be read in; nullopt while it is ambiguous or contradictory.
    std::optional<DateOrder> decide() const;
    bool contradictory() const { return dayFirstProven && monthFirstProven; }
};

/// Reads "2024-03-05", "2024/3/5", "2024年3月5日", "3/5/2024" (by order), with an optional
/// time after it, and Excel serial numbers.
std::optional<QDate> parseDate(const QString &text, DateOrder order);

/// A rate taken off: "0.2", "20%", "8折" (eighty percent of the price, so 0.2 off). With
/// DiscountMeaning::PaidShare, plain numbers and percentages are the share paid: "0.8" and
/// "80%" are 0.2 off too.
std::optional<Core::Decimal> parseDiscount(const QString &text,
                                           DiscountMeaning meaning = DiscountMeaning::Off);

/// "800×600×300", "800*600*300", "800x600x300 mm".
bool parseSize(const QString &text, std::optional<qint64> *w, std::optional<qint64> *h,
               std::optional<qint64> *d);

/// 件/个/张 piece, 套 set, ㎡/平方米 m², 米/延米 linear m, 公斤/千克 kg, and the
/// codes.
std::optional<Unit> parseUnit(const QString &text);

/// Digits only, without a +86 prefix; nullopt when letters are in it.
std::optional<QString> parseMobile(const QString &text);

std::optional<OrderStatus> parseStatus(const QString &text);

/// price × quantity × (1 − discount), exact to the micro, half away from zero.
Core::Decimal lineAmount(Core::Decimal unitPrice, Core::Decimal quantity, Core::Decimal discount);
/// The same, or nullopt when the amount is too large for a Decimal.
std::optional<Core::Decimal> checkedLineAmount(Core::Decimal unitPrice, Core::Decimal quantity,
                                               Core::Decimal discount);

} // namespace Hearth::Orders::FieldParser
