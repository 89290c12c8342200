#pragma once

#include <QCoreApplication>

#include "core/result.h"
#include "io/rowreader.h"
#include "salesorder.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Hearth::Orders {

/// How the parts of a date are ordered in a file's text dates; Auto decides from the whole
/// file, never row by row.
enum class DateOrder { Auto, YearMonthDay, MonthDayYear, DayMonthYear };

QString dateOrderCode(DateOrder order);
std::optional<DateOrder> dateOrderFromCode(const QString &code);

/// What a plain number in a file's discount column (折扣) means: the share taken off (0.15 is
/// 15 % off, "off", the default) or the share paid, as Chinese sheets often write it (0.85 pays
/// 85 %, "paid_share"). "8折" always means paying 80 %.
enum class DiscountMeaning { Off, PaidShare };

/// A channel's export format: which column is which field, the date order and the encoding.
/// Kept as JSON in resources/channels/ (shipped) and in the user's data folder (saved).
///
/// Fields a mapping can name (columns are header names; "A".."Z" style letters also work):
///   order:  channel_order_no*, channel, signed_on*, promised_on, shipped_on, ship_mode, status,
///           deposit, customer_code, customer_name*, mobile, segment, address, province, city,
///           district, street, postal_code, region, dealer_code, dealer_name, store_code,
///           store_name, designer_code, designer_name, note
///   line:   channel_line_no, sku, product_name, category, sub_category, size, width_mm,
///           height_mm, depth_mm, material, colour, unit, quantity*, unit_price, discount,
///           amount, profit
/// (* required). "amount" or "unit_price" must be there; without amount, the line's amount is
/// unit price × quantity × (1 − discount). "discount_is": "off" | "paid_share" says how the
/// discount column reads (see DiscountMeaning).
struct ChannelMapping
{
    QString name;
    QString titleZh;
    QString titleEn;
    Channel channel = Channel::Other;
    QString format = QStringLiteral("auto");  // auto, csv, xlsx, json
    TextEncoding encoding = TextEncoding::Auto;
    QString sheet;
    DateOrder dateOrder = DateOrder::Auto;
    DiscountMeaning discountIs = DiscountMeaning::Off;
    QMap<QString, QString> fields;    // field -> column header
    QMap<QString, QString> defaults;  // field -> value when the file has none
    QMap<QString, QMap<QString, QString>> values;  // field -> file value -> Hearth value
    QMap<QString, int> padding;  // field -> digits: codes whose leading zeros a number lost
    QString returnsSheet;   // a sheet listing returned orders (Superstore's "Returns")
    QString returnsColumn;  // its order number column
    QString sourcePath;     // where it was loaded from

    QString title() const;  // in the interface language
    QString column(const QString &field) const { return fields.value(field); }

    static Core::Result<ChannelMapping> fromJson(const QJsonObject &json, const QString &where);
    QJsonObject toJson() const;

    /// Shipped and saved mappings, by name; a saved one replaces a shipped one of the same name.
    static QStringList available();
    static Core::Result<ChannelMapping> load(const QString &nameOrPath);
    /// Saves into the user's mappings folder under its name.
    Core::Status save() const;
    static QString userFolder();

    static QStringList knownFields();
    static QStringList requiredFields();

    /// The available mapping that reads a file with these headers: every column a required
    /// field names is among them, and of such mappings the one whose columns (all of its
    /// "fields" values) match the most headers, then the larger share of its columns; ties go
    /// to the name first in order. Empty when no mapping fits.
    static QString guessFor(const QStringList &headers);

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::ChannelMapping)
};

} // namespace Hearth::Orders
