#include "rowparser.h"

#include "core/money.h"
#include "fieldparser.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Hearth::Orders::Internal {

namespace {

constexpr const char *fieldNames[] = {
    "channel", "channel_order_no", "signed_on", "promised_on", "shipped_on", "ship_mode",
    "status", "deposit", "customer_code", "customer_name", "mobile", "segment", "address",
    "province", "city", "district", "street", "postal_code", "region", "dealer_code",
    "dealer_name", "store_code", "store_name", "designer_code", "designer_name", "note",
    "channel_line_no", "sku", "product_name", "category", "sub_category", "size", "width_mm",
    "height_mm", "depth_mm", "material", "colour", "unit", "quantity", "unit_price", "discount",
    "amount", "profit"};
static_assert(std::size(fieldNames) == size_t(Field::FieldCount));

} // namespace

RowParser::RowParser(const ChannelMapping &m, const ColumnMap &columns, const QString &file,
                     DateOrder dateOrder)
    : m_mapping(m), m_columns(columns), m_file(QFileInfo(file).fileName()),
      m_dateOrder(dateOrder)
{
    // Resolve each field's column, default, padding and value map once, not per cell.
    for (int f = 0; f < int(Field::FieldCount); ++f) {
        FieldSpec &spec = m_specs[size_t(f)];
        spec.name = QLatin1String(fieldNames[f]);
        spec.column = m_columns.of(spec.name);
        spec.fallback = m_mapping.defaults.value(spec.name);
        spec.padding = m_mapping.padding.value(spec.name, 0);
        const auto mapped = m_mapping.values.constFind(spec.name);
        if (mapped != m_mapping.values.constEnd())
            spec.values = &mapped.value();
    }
}

QString RowParser::raw(const QStringList &cells, const QString &field) const
{
    const int i = m_columns.of(field);
    QString value = i >= 0 && i < cells.size() ? cells[i].trimmed() : QString();
    if (value.isEmpty())
        value = m_mapping.defaults.value(field);
    const int width = m_mapping.padding.value(field, 0);
    if (width > 0 && !value.isEmpty() && value.size() < width
        && value.toULongLong() > 0)
        value = value.rightJustified(width, u'0');
    const auto mapped = m_mapping.values.constFind(field);
    if (mapped != m_mapping.values.constEnd() && mapped->contains(value))
        value = mapped->value(value);
    return value;
}

QString RowParser::raw(const QStringList &cells, Field field) const
{
    const FieldSpec &spec = m_specs[size_t(field)];
    QString value = spec.column >= 0 && spec.column < cells.size()
        ? cells[spec.column].trimmed()
        : QString();
    if (value.isEmpty())
        value = spec.fallback;
    if (spec.padding > 0 && !value.isEmpty() && value.size() < spec.padding
        && value.toULongLong() > 0)
        value = value.rightJustified(spec.padding, u'0');
    if (spec.values) {
        const auto mapped = spec.values->constFind(value);
        if (mapped != spec.values->constEnd())
            value = mapped.value();
    }
    return value;
}

QString RowParser::columnName(const QString &field) const
{
    const int i = m_columns.of(field);
    return i >= 0 && i < m_columns.headers.size() ? m_columns.headers[i] : field;
}

ParsedRow RowParser::parse(const QStringList &cells, int row, SeenOrders *seen) const
{
    ParsedRow p;
    p.row = row;
    auto fail = [&](Field field, const QString &message) {
        p.errors.append({m_file, row, columnName(m_specs[size_t(field)].name), message});
    };
    auto text = [&](Field field) { return raw(cells, field); };
    auto date = [&](Field field, bool required) -> QDate {
        const QString t = text(field);
        if (t.isEmpty()) {
            if (required)
                fail(field, tr("a date is required"));
            return {};
        }
        ++p.datesRead;
        const auto d = m_dates[size_t(field) - size_t(Field::SignedOn)].get(
            t, [this](const QString &s) { return FieldParser::parseDate(s, m_dateOrder); });
        if (!d) {
            fail(field, dateProblem(t));
            ++p.datesFailed;
            if (FieldParser::parseDate(t, DateOrder::MonthDayYear))
                ++p.datesMonthFirst;
            if (FieldParser::parseDate(t, DateOrder::DayMonthYear))
                ++p.datesDayFirst;
        }
        return d.value_or(QDate());
    };
    auto decimal = [&](Field field) -> std::optional<Core::Decimal> {
        const QString t = text(field);
        if (t.isEmpty())
            return std::nullopt;
        const auto d = Core::Decimal::parse(t);
        if (!d)
            fail(field, numberProblem(t));
        return d;
    };
    auto millimetres = [&](Field field) -> std::optional<qint64> {
        const QString t = text(field);
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok || v <= 0 || v > 10000) {
            fail(field, tr("\"%1\" is not a size in whole mm (1–10000)").arg(t));
            return std::nullopt;
        }
        return v;
    };

    SalesOrder &o = p.order;
    o.channel = m_mapping.channel;
    const QString channel = text(Field::Channel);
    if (!channel.isEmpty()) {
        if (const auto c = channelFromCode(channel))
            o.channel = *c;
        else
            fail(Field::Channel, tr("unknown channel \"%1\"").arg(channel));
    }
    o.channelOrderNo = text(Field::ChannelOrderNo);
    if (o.channelOrderNo.isEmpty())
        fail(Field::ChannelOrderNo, tr("the channel's order number is missing"));
    o.signedOn = date(Field::SignedOn, true);
    o.promisedOn = date(Field::PromisedOn, false);
    o.shippedOn = date(Field::ShippedOn, false);
    o.shipMode = text(Field::ShipMode);
    const QString status = text(Field::Status);
    if (!status.isEmpty()) {
        if (const auto s = FieldParser::parseStatus(status))
            o.status = *s;
        else
            fail(Field::Status, tr("unknown order status \"%1\"").arg(status));
    }
    if (const auto deposit = decimal(Field::Deposit))
        o.depositFen = Core::Money::fromDecimal(*deposit).minor();

    o.customer.externalCode = text(Field::CustomerCode);
    o.customer.name = text(Field::CustomerName);
    if (o.customer.name.isEmpty())
        fail(Field::CustomerName, tr("the customer's name is missing"));
    const QString mobile = text(Field::Mobile);
    if (const auto &digits = m_mobile.get(mobile, FieldParser::parseMobile))
        o.customer.mobile = *digits;
    else
        fail(Field::Mobile, tr("\"%1\" is not a phone number").arg(mobile));
    o.customer.segment = text(Field::Segment);
    const QString address = text(Field::Address);
    if (!address.isEmpty())
        o.address = m_address.get(address, Address::parse);
    for (auto [field, target] : {std::pair{Field::Province, &o.address.province},
                                 std::pair{Field::City, &o.address.city},
                                 std::pair{Field::District, &o.address.district},
                                 std::pair{Field::Street, &o.address.street},
                                 std::pair{Field::PostalCode,
                                           &o.address.postalCode}}) {
        const QString v = text(field);
        if (!v.isEmpty())
            *target = v;
    }
    o.customer.address = o.address;
    o.region = text(Field::Region);
    o.dealer = {{}, QStringLiteral("dealer"), text(Field::DealerCode),
                text(Field::DealerName)};
    o.store = {{}, QStringLiteral("store"), text(Field::StoreCode),
               text(Field::StoreName)};
    o.designer = {{}, QStringLiteral("designer"), text(Field::DesignerCode),
                  text(Field::DesignerName)};
    p.note = text(Field::Note);

    OrderLine l;
    l.channelLineNo = text(Field::ChannelLineNo);
    l.sku = text(Field::Sku);
    l.description = text(Field::ProductName);
    l.category = text(Field::Category);
    l.subCategory = text(Field::SubCategory);
    if (l.sku.isEmpty() && l.description.isEmpty())
        fail(Field::ProductName, tr("the line names no product"));
    const QString size = text(Field::Size);
    if (!size.isEmpty() && !FieldParser::parseSize(size, &l.widthMm, &l.heightMm, &l.depthMm))
        fail(Field::Size, tr("\"%1\" is not a size like 800×600×300").arg(size));
    if (auto w = millimetres(Field::WidthMm))
        l.widthMm = w;
    if (auto h = millimetres(Field::HeightMm))
        l.heightMm = h;
    if (auto d = millimetres(Field::DepthMm))
        l.depthMm = d;
    l.material = text(Field::Material);
    l.colour = text(Field::Colour);
    const QString unit = text(Field::Unit);
    if (const auto &u = m_unit.get(unit, FieldParser::parseUnit))
        l.unit = *u;
    else
        fail(Field::Unit, tr("unknown unit \"%1\"").arg(unit));
    const auto quantity = decimal(Field::Quantity);
    if (!quantity && text(Field::Quantity).isEmpty())
        fail(Field::Quantity, tr("the quantity is missing"));
    else if (quantity && quantity->micros() <= 0)
        fail(Field::Quantity, tr("the quantity must be above zero"));
    l.quantity = quantity.value_or(Core::Decimal());
    l.unitPrice = decimal(Field::UnitPrice);
    const QString discount = text(Field::Discount);
    const auto discountOf = [this](const QString &s) {
        return FieldParser::parseDiscount(s, m_mapping.discountIs);
    };
    if (const auto &d = m_discount.get(discount, discountOf);
        d && d->micros() >= 0 && d->micros() <= Core::Decimal::One)
        l.discount = *d;
    else
        fail(Field::Discount, discountProblem(discount));
    // A value that is not a number is reported as such, not also as a missing amount.
    if (!text(Field::Amount).isEmpty()) {
        l.amount = decimal(Field::Amount).value_or(Core::Decimal());
    } else if (l.unitPrice) {
        const auto amount = FieldParser::checkedLineAmount(*l.unitPrice, l.quantity,
                                                           l.discount);
        if (amount)
            l.amount = *amount;
        else
            fail(Field::UnitPrice, tr("the unit price times the quantity is too large"));
    } else if (text(Field::UnitPrice).isEmpty()) {
        fail(Field::Amount, tr("the line has neither an amount nor a unit price"));
    }
    l.profit = decimal(Field::Profit);
    o.lines.append(l);
    p.key = channelCode(o.channel) + u'\x1f' + o.channelOrderNo;
    if (seen && !o.channelOrderNo.isEmpty())
        checkOrder(p, *seen);
    return p;
}

void RowParser::checkOrder(ParsedRow &p, SeenOrders &seen) const
{
    const SalesOrder &o = p.order;
    const OrderLine &line = o.lines.constFirst();
    SeenOrders::Order &first = seen.find(o.channelOrderNo);
    const size_t customer = qHashMulti(0, o.customer.name, o.customer.externalCode);
    if (first.file < 0) {
        first.file = seen.file();
        first.row = p.row;
        first.channel = o.channel;
        first.customer = customer;
        first.signedOn = o.signedOn;
    } else {
        const QString where = first.file == seen.file()
            ? tr("row %1").arg(first.row)
            : tr("%1, row %2").arg(seen.fileName(first.file)).arg(first.row);
        auto fail = [&](Field field, const QString &message) {
            p.errors.append({m_file, p.row, columnName(m_specs[size_t(field)].name),
                             message});
        };
        if (first.channel != o.channel) {
            fail(Field::Channel, tr("order %1 is from channel %2 in %3; all rows of an "
                                    "order must agree")
                                     .arg(o.channelOrderNo, channelName(first.channel),
                                          where));
        }
        if (first.customer != customer) {
            fail(Field::CustomerName, tr("order %1 names another customer in %2; all rows "
                                         "of an order must agree")
                                          .arg(o.channelOrderNo, where));
        }
        if (first.signedOn.isValid() && o.signedOn.isValid()
            && first.signedOn != o.signedOn) {
            fail(Field::SignedOn, tr("order %1 was signed on %2 in %3; all rows of an "
                                     "order must agree")
                                      .arg(o.channelOrderNo,
                                           first.signedOn.toString(Qt::ISODate), where));
        }
    }
    if (line.channelLineNo.isEmpty())
        return;
    const size_t hash = qHash(line.channelLineNo);
    for (const SeenOrders::Line &earlier : std::as_const(first.lines)) {
        if (earlier.hash != hash)
            continue;
        const QString where = earlier.file == seen.file()
            ? tr("row %1").arg(earlier.row)
            : tr("%1, row %2").arg(seen.fileName(earlier.file)).arg(earlier.row);
        p.errors.append({m_file, p.row, columnName(m_specs[size_t(Field::ChannelLineNo)].name),
                         tr("line %1 of order %2 repeats %3")
                             .arg(line.channelLineNo, o.channelOrderNo, where)});
        return;
    }
    first.lines.append({hash, seen.file(), p.row});
}

QString RowParser::dateProblem(const QString &text) const
{
    switch (m_dateOrder) {
    case DateOrder::MonthDayYear:
        return tr("\"%1\" is not a date (expected e.g. 11/8/2016, month/day/year)").arg(text);
    case DateOrder::DayMonthYear:
        return tr("\"%1\" is not a date (expected e.g. 8/11/2016, day/month/year)").arg(text);
    case DateOrder::Auto:
    case DateOrder::YearMonthDay:
        break;
    }
    return tr("\"%1\" is not a date (expected e.g. 2024-03-05)").arg(text);
}

QString RowParser::numberProblem(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(
        "^[¥$\\x{FFE5}]?[-+]?0*(\\d*)(?:\\.(\\d*?)0*)?(?:[eE]([-+]?\\d{1,3}))?$"));
    // A Decimal holds up to 18 digits, six of them after the point.
    constexpr qsizetype maxWholeDigits = 12;
    QString plain = text.trimmed();
    plain.remove(u',').remove(u' ').remove(QChar(0x00A0));
    const QRegularExpressionMatch m = number.match(plain);
    const bool digits = std::any_of(plain.cbegin(), plain.cend(),
                                    [](QChar c) { return c.isDigit(); });
    if (m.hasMatch() && digits) {
        const qsizetype exponent = m.captured(3).toInt();
        const qsizetype whole = m.captured(1).size() + exponent;
        const qsizetype decimals = m.captured(2).size() - exponent;
        if (whole > maxWholeDigits)
            return tr("\"%1\" is too large (at most 12 digits before the decimal point)")
                .arg(text);
        if (decimals > Core::Decimal::Scale)
            return tr("\"%1\" has more than 6 decimals").arg(text);
    }
    return tr("\"%1\" is not a number").arg(text);
}

QString RowParser::discountProblem(const QString &text) const
{
    if (m_mapping.discountIs == DiscountMeaning::PaidShare)
        return tr("\"%1\" is not a discount (the share paid: 0.8, 80% or 8折)").arg(text);
    return tr("\"%1\" is not a discount (0.2, 20% or 8折)").arg(text);
}

} // namespace Hearth::Orders::Internal
