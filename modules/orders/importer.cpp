#include "importer.h"

#include "core/money.h"
#include "fieldparser.h"
#include "logging.h"
#include "orderrepository.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace Hearth::Orders {

using Storage::Connection;
using Storage::Statement;

namespace {

QString formatOf(const ChannelMapping &mapping, const QString &file)
{
    if (mapping.format != QLatin1String("auto"))
        return mapping.format;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return QStringLiteral("xlsx");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("json");
    return QStringLiteral("csv");
}

Core::Result<std::unique_ptr<RowReader>> openReader(const ChannelMapping &mapping,
                                                    const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Core::Error{QCoreApplication::translate("Hearth::Orders", "the file does not exist"),
                           file};
    const QString format = formatOf(mapping, file);
    if (format == QLatin1String("xlsx"))
        return openXlsx(file, mapping.sheet);
    if (format == QLatin1String("json"))
        return openJson(file);
    return openCsv(file, mapping.encoding);
}

int columnFromLetters(const QString &spec)
{
    if (spec.isEmpty() || spec.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : spec) {
        if (c < u'A' || c > u'Z')
            return -1;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

/// Which file column feeds which field; -1 where the file has none.
struct ColumnMap
{
    QHash<QString, int> index;
    QStringList headers;

    int of(const QString &field) const { return index.value(field, -1); }
};

Core::Result<ColumnMap> resolveColumns(const ChannelMapping &m, const QStringList &headers,
                                       const QString &file)
{
    ColumnMap map;
    map.headers = headers;
    QStringList missing;
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        int found = -1;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (headers[i].trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0) {
                found = int(i);
                break;
            }
        }
        if (found < 0) {
            const int letter = columnFromLetters(it.value());
            if (letter >= 0 && letter < headers.size())
                found = letter;
        }
        if (found < 0) {
            if (ChannelMapping::requiredFields().contains(it.key())
                || it.key() == QLatin1String("amount") || it.key() == QLatin1String("unit_price"))
                missing.append(QStringLiteral("\"%1\" (%2)").arg(it.value(), it.key()));
            continue;
        }
        map.index.insert(it.key(), found);
    }
    if (!missing.isEmpty()) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the header has no column %1; it has: %2")
                               .arg(missing.join(QStringLiteral(", ")),
                                    headers.join(QStringLiteral(", "))),
                           QFileInfo(file).fileName()};
    }
    if (map.of(QStringLiteral("amount")) < 0 && map.of(QStringLiteral("unit_price")) < 0
        && !m.defaults.contains(QStringLiteral("unit_price"))) {
        return Core::Error{QCoreApplication::translate(
                               "Hearth::Orders",
                               "the file has neither an amount nor a unit price column"),
                           QFileInfo(file).fileName()};
    }
    return map;
}

/// One row, read into the fields of an order and of one line.
struct ParsedRow
{
    int row = 0;
    SalesOrder order;  // header fields; lines holds exactly this row's line
    QString key;       // channel + channel order number
    QString note;      // the order's note (订单备注), kept as an order note on a new order
    QList<RowError> errors;
    // The row's text dates: how many were read, failed, and of those read month or day first.
    quint8 datesRead = 0;
    quint8 datesFailed = 0;
    quint8 datesMonthFirst = 0;
    quint8 datesDayFirst = 0;
};

/// The orders of a run read so far: where each was first seen, its order-level fields and its
/// channel line numbers, so that a line listed twice, or a row that contradicts its order's
/// first row, is a bad row before anything is written. Keeps about 100 bytes an order.
class SeenOrders
{
public:
    struct Line
    {
        size_t hash = 0;  // of the channel line number
        int file = 0;
        int row = 0;
    };
    struct Order
    {
        int file = -1;  // -1: not seen before
        int row = 0;
        Channel channel = Channel::Other;
        size_t customer = 0;  // hash of the customer's name and code
        QDate signedOn;
        QVarLengthArray<Line, 2> lines;
    };

    /// Starts a file of the run; rows are then from it.
    void setFile(const QString &fileName)
    {
        m_files.append(fileName);
    }
    int file() const { return int(m_files.size()) - 1; }
    QString fileName(int file) const { return m_files.value(file); }

    /// The order as seen so far (file -1 when it was not); the caller fills in a new one.
    Order &find(const QString &channelOrderNo)
    {
        if (channelOrderNo == m_lastNo && !m_lastNo.isEmpty())
            return m_last;
        // The rows of an order usually follow each other: the last order stays out of the hash.
        if (!m_lastNo.isEmpty())
            m_orders.insert(m_lastNo, std::move(m_last));
        m_lastNo = channelOrderNo;
        m_last = m_orders.take(channelOrderNo);
        return m_last;
    }

private:
    QStringList m_files;
    QHash<QString, Order> m_orders;
    QString m_lastNo;
    Order m_last;
};

/// The fields a row is read into, in the order of fieldNames.
enum class Field {
    Channel, ChannelOrderNo, SignedOn, PromisedOn, ShippedOn, ShipMode, Status, Deposit,
    CustomerCode, CustomerName, Mobile, Segment, Address, Province, City, District, Street,
    PostalCode, Region, DealerCode, DealerName, StoreCode, StoreName, DesignerCode,
    DesignerName, Note, ChannelLineNo, Sku, ProductName, Category, SubCategory, Size, WidthMm,
    HeightMm, DepthMm, Material, Colour, Unit, Quantity, UnitPrice, Discount, Amount, Profit,
    FieldCount
};

constexpr const char *fieldNames[] = {
    "channel", "channel_order_no", "signed_on", "promised_on", "shipped_on", "ship_mode",
    "status", "deposit", "customer_code", "customer_name", "mobile", "segment", "address",
    "province", "city", "district", "street", "postal_code", "region", "dealer_code",
    "dealer_name", "store_code", "store_name", "designer_code", "designer_name", "note",
    "channel_line_no", "sku", "product_name", "category", "sub_category", "size", "width_mm",
    "height_mm", "depth_mm", "material", "colour", "unit", "quantity", "unit_price", "discount",
    "amount", "profit"};
static_assert(std::size(fieldNames) == size_t(Field::FieldCount));

/// Remembers the last answer of a pure function of one text: the rows of one order repeat
/// its dates, address and codes, so most rows ask what the row before asked.
template<typename T>
class LastValue
{
public:
    template<typename Compute>
    const T &get(const QString &text, Compute compute)
    {
        if (!m_valid || text != m_text) {
            m_value = compute(text);
            m_text = text;
            m_valid = true;
        }
        return m_value;
    }

private:
    QString m_text;
    T m_value{};
    bool m_valid = false;
};

class RowParser
{
public:
    RowParser(const ChannelMapping &m, const ColumnMap &columns, const QString &file,
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

    QString raw(const QStringList &cells, const QString &field) const
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

    /// The same as raw() by name, with the field's mapping resolved in advance.
    QString raw(const QStringList &cells, Field field) const
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

    QString columnName(const QString &field) const
    {
        const int i = m_columns.of(field);
        return i >= 0 && i < m_columns.headers.size() ? m_columns.headers[i] : field;
    }

    /// Reads a row; with seen, also checks it against the earlier rows of its order.
    ParsedRow parse(const QStringList &cells, int row, SeenOrders *seen = nullptr) const
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

    QString fileName() const { return m_file; }

private:
    struct FieldSpec
    {
        QString name;
        int column = -1;
        QString fallback;
        int padding = 0;
        const QMap<QString, QString> *values = nullptr;
    };

    /// Compares the row with the first row of its order and its line number with the order's
    /// earlier lines; a difference is an error of this row.
    void checkOrder(ParsedRow &p, SeenOrders &seen) const
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

    QString dateProblem(const QString &text) const
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

    /// Why Decimal::parse refused the text: too large, too many decimals or not a number.
    static QString numberProblem(const QString &text)
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

    QString discountProblem(const QString &text) const
    {
        if (m_mapping.discountIs == DiscountMeaning::PaidShare)
            return tr("\"%1\" is not a discount (the share paid: 0.8, 80% or 8折)").arg(text);
        return tr("\"%1\" is not a discount (0.2, 20% or 8折)").arg(text);
    }

    const ChannelMapping &m_mapping;
    const ColumnMap &m_columns;
    QString m_file;
    DateOrder m_dateOrder;
    std::array<FieldSpec, size_t(Field::FieldCount)> m_specs;
    mutable std::array<LastValue<std::optional<QDate>>, 3> m_dates;
    mutable LastValue<Address> m_address;
    mutable LastValue<std::optional<QString>> m_mobile;
    mutable LastValue<std::optional<Unit>> m_unit;
    mutable LastValue<std::optional<Core::Decimal>> m_discount;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::RowParser)
};

/// The SHA-256 of each file of a run, worked out on another thread while the files are read
/// and written: hashing a large export takes about as long as parsing it.
class FileHashes
{
public:
    explicit FileHashes(const QStringList &files)
        : m_hashes(std::async(std::launch::async, [this, files] { return hashAll(files); }))
    {}
    ~FileHashes()
    {
        m_stop = true;
        if (m_hashes.valid())
            m_hashes.wait();
    }
    FileHashes(const FileHashes &) = delete;
    FileHashes &operator=(const FileHashes &) = delete;

    QString of(qsizetype file)
    {
        if (m_hashes.valid())
            m_done = m_hashes.get();
        return m_done.value(file);
    }

private:
    QStringList hashAll(const QStringList &files) const
    {
        constexpr qint64 chunk = 1024 * 1024;
        QStringList hashes;
        for (const QString &path : files) {
            QFile f(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly)) {
                while (!m_stop) {
                    const QByteArray bytes = f.read(chunk);
                    if (bytes.isEmpty())
                        break;
                    hash.addData(bytes);
                }
            }
            hashes.append(QString::fromLatin1(hash.result().toHex()));
        }
        return hashes;
    }

    std::atomic<bool> m_stop = false;
    std::future<QStringList> m_hashes;
    QStringList m_done;
};

/// The time now as ISO 8601 UTC text; formatted once per millisecond, not once per order.
QString nowUtc()
{
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

/// Builds the outbox and audit documents of written orders (OrderRepository::toJson) on its
/// own thread, a batch at a time and in the order asked, while the importing thread writes on.
class DocumentMaker
{
public:
    DocumentMaker() : m_thread([this] { run(); }) {}
    ~DocumentMaker()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_one();
        m_thread.join();
    }
    DocumentMaker(const DocumentMaker &) = delete;
    DocumentMaker &operator=(const DocumentMaker &) = delete;

    std::future<QList<QJsonObject>> make(QList<SalesOrder> orders)
    {
        Job job{std::move(orders), {}};
        std::future<QList<QJsonObject>> documents = job.documents.get_future();
        bool wake = false;
        {
            const std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(job));
            wake = m_idle;
        }
        if (wake)
            m_changed.notify_one();
        return documents;
    }

private:
    struct Job
    {
        QList<SalesOrder> orders;
        std::promise<QList<QJsonObject>> documents;
    };

    void run()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_idle = true;
            m_changed.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            m_idle = false;
            if (m_stop)
                return;
            Job job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            QList<QJsonObject> documents;
            documents.reserve(job.orders.size());
            for (const SalesOrder &order : std::as_const(job.orders))
                documents.append(OrderRepository::toJson(order));
            job.documents.set_value(std::move(documents));
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_idle = false;
    bool m_stop = false;
    std::thread m_thread;  // last: it starts once the rest is set up
};

/// The writing half of an import: one order at a time, inside the run's transaction.
class OrderWriter
{
public:
    OrderWriter(Connection &c, ImportReport &report, const QString &file)
        : m_c(c), m_report(report)
    {
        setFile(file);
        Statement &seq = c.prepare(
            "SELECT COALESCE(MAX(CAST(substr(order_no, 3) AS INTEGER)), 0) FROM sales_orders "
            "WHERE order_no GLOB 'SO[0-9]*'");
        m_nextNo = (seq.next() ? seq.int64(0) : 0) + 1;
        seq.reset();
    }

    void setFile(const QString &file)
    {
        m_file = QFileInfo(file).fileName();
        // Audit reasons stay English; the timeline translates them by their pattern.
        m_importedFrom = QStringLiteral("imported from %1").arg(m_file);
    }

    /// Writes one order of the file; a new order gets the note as an order note.
    Core::Status write(SalesOrder incoming, const QString &note = QString())
    {
        for (qsizetype i = 0; i < incoming.lines.size(); ++i)
            incoming.lines[i].lineNo = int(i + 1);
        incoming.sourceFile = m_file;
        const QString now = nowUtc();
        incoming.hlc = Storage::Database::clock().now();

        Statement &find = m_c.prepare(
            "SELECT id FROM sales_orders WHERE channel = ? AND channel_order_no = ?");
        find.bind(1, channelCode(incoming.channel)).bind(2, incoming.channelOrderNo);
        const QString existingId = find.next() ? find.text(0) : QString();
        find.reset();

        if (existingId.isEmpty()) {
            incoming.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            incoming.orderNo = QStringLiteral("SO%1").arg(m_nextNo++, 8, 10, QLatin1Char('0'));
            if (const Core::Status s = OrderRepository::writeOrder(m_c, incoming, true, now); !s)
                return s;
            m_writtenThisRun.insert(incoming.id);
            ++m_report.ordersNew;
            m_report.linesWritten += int(incoming.lines.size());
            Insert insert{incoming.id, incoming.hlc, {}, {}};
            if (!note.trimmed().isEmpty()) {
                insert.noteHlc = Storage::Database::clock().now();
                const auto document = OrderRepository::insertNote(m_c, incoming.id, note,
                                                                  insert.noteHlc, now);
                if (!document)
                    return document.error();
                insert.note = document.value();
            }
            return recordInsert(std::move(incoming), std::move(insert));
        }

        // The changes recorded so far go first, so that the outbox keeps the order of writing.
        if (const Core::Status s = finish(); !s)
            return s;
        auto loaded = OrderRepository::loadWith(m_c, existingId);
        if (!loaded)
            return loaded.error();
        const SalesOrder existing = loaded.value();
        if (m_writtenThisRun.contains(existingId)) {
            // The file lists this order's lines in more than one place: add the later ones.
            SalesOrder merged = existing;
            merged.hlc = incoming.hlc;
            for (OrderLine line : incoming.lines) {
                line.id.clear();
                line.lineNo = int(merged.lines.size() + 1);
                merged.lines.append(line);
            }
            m_report.linesWritten += int(incoming.lines.size());
            return OrderRepository::writeOrder(m_c, merged, false, now);
        }

        incoming.id = existing.id;
        incoming.orderNo = existing.orderNo;
        incoming.status = existing.status;
        incoming.returned = existing.returned;
        for (qsizetype i = 0; i < incoming.lines.size() && i < existing.lines.size(); ++i)
            incoming.lines[i].id = existing.lines[i].id;
        if (incoming.sameContent(existing)) {
            ++m_report.ordersUnchanged;
            return {};
        }
        if (isPastReview(existing.status)) {
            ++m_report.ordersFlagged;
            m_report.flagged.append(flaggedText(existing));
            return noteFlagged(existing, incoming, now);
        }
        if (const Core::Status s = OrderRepository::writeOrder(m_c, incoming, false, now); !s)
            return s;
        m_writtenThisRun.insert(incoming.id);
        ++m_report.ordersUpdated;
        m_report.linesWritten += int(incoming.lines.size());
        return Storage::ChangeLog::record(
            m_c, {QStringLiteral("sales_orders"), incoming.id, Storage::ChangeLog::Op::Update,
                  OrderRepository::toJson(existing), OrderRepository::toJson(incoming),
                  incoming.hlc, QStringLiteral("re-imported from %1").arg(m_file)});
    }

    /// Records the changes still waiting for their documents; call before the commit.
    Core::Status finish()
    {
        submit();
        while (!m_batches.empty()) {
            if (const Core::Status s = recordFirstBatch(); !s)
                return s;
        }
        return {};
    }

private:
    struct Insert
    {
        QString id;
        QString hlc;
        QJsonObject note;  // the change-log document of the order's note, if it has one
        QString noteHlc;
    };

    // The import summary (ui/importsummary.cpp) reads this sentence back under this context.
    static QString flaggedText(const SalesOrder &existing)
    {
        return QCoreApplication::translate("Hearth::Orders",
                                           "%1 (channel order %2): changed in the file, but the "
                                           "order is already %3; not updated")
            .arg(existing.orderNo, existing.channelOrderNo, statusName(existing.status));
    }

    /// Keeps what the file would have changed on the order's timeline, as an order note (once
    /// for the same file and changes, so that importing the file again adds nothing).
    Core::Status noteFlagged(const SalesOrder &existing, const SalesOrder &incoming,
                             const QString &now)
    {
        const QString body = flaggedNote(existing, incoming);
        Statement &same = m_c.prepare(
            "SELECT 1 FROM order_notes WHERE order_id = ? AND body = ? AND deleted = 0");
        same.bind(1, existing.id).bind(2, body);
        const bool noted = same.next();
        same.reset();
        if (noted)
            return {};
        const QString hlc = Storage::Database::clock().now();
        const auto document = OrderRepository::insertNote(m_c, existing.id, body, hlc, now);
        if (!document)
            return document.error();
        return Storage::ChangeLog::record(m_c, {QStringLiteral("order_notes"), existing.id,
                                                Storage::ChangeLog::Op::Insert, {},
                                                document.value(), hlc, {}});
    }

    QString flaggedNote(const SalesOrder &was, const SalesOrder &is) const
    {
        return tr("Not updated from %1, because the order is already %2. The file changes: %3.")
            .arg(m_file, statusName(was.status), changes(was, is).join(QStringLiteral("; ")));
    }

    /// What the file would change in the order, field by field, shortly.
    static QStringList changes(const SalesOrder &was, const SalesOrder &is)
    {
        constexpr qsizetype maxChanges = 8;
        QStringList result;
        const auto compare = [&result](const QString &what, const QString &a, const QString &b) {
            if (a != b) {
                result.append(tr("%1 %2 → %3")
                                  .arg(what, a.isEmpty() ? tr("(empty)") : a,
                                       b.isEmpty() ? tr("(empty)") : b));
            }
        };
        const auto date = [](const QDate &d) { return d.toString(Qt::ISODate); };
        const auto money = [](const Core::Decimal &d) { return d.toString(2); };
        compare(tr("customer"), was.customer.name, is.customer.name);
        compare(tr("mobile"), was.customer.mobile, is.customer.mobile);
        compare(tr("address"), was.address.toString(), is.address.toString());
        compare(tr("signed"), date(was.signedOn), date(is.signedOn));
        compare(tr("promised"), date(was.promisedOn), date(is.promisedOn));
        compare(tr("shipped"), date(was.shippedOn), date(is.shippedOn));
        compare(tr("ship mode"), was.shipMode, is.shipMode);
        compare(tr("deposit"), Core::Money(was.depositFen).toString(),
                Core::Money(is.depositFen).toString());
        compare(tr("dealer"), was.dealer.name, is.dealer.name);
        compare(tr("store"), was.store.name, is.store.name);
        compare(tr("designer"), was.designer.name, is.designer.name);
        const auto title = [](const OrderLine &l) {
            return l.description.isEmpty() ? l.sku : l.description;
        };
        for (qsizetype i = 0; i < std::max(was.lines.size(), is.lines.size()); ++i) {
            const int no = int(i + 1);
            if (i >= was.lines.size()) {
                result.append(tr("line %1 added: %2").arg(no).arg(title(is.lines[i])));
                continue;
            }
            if (i >= is.lines.size()) {
                result.append(tr("line %1 removed: %2").arg(no).arg(title(was.lines[i])));
                continue;
            }
            const OrderLine &a = was.lines[i];
            const OrderLine &b = is.lines[i];
            if (a.sameContent(b))
                continue;
            const qsizetype before = result.size();
            compare(tr("line %1 product").arg(no), title(a), title(b));
            compare(tr("line %1 quantity").arg(no), a.quantity.toString(), b.quantity.toString());
            compare(tr("line %1 unit price").arg(no), a.unitPrice ? money(*a.unitPrice) : QString(),
                    b.unitPrice ? money(*b.unitPrice) : QString());
            compare(tr("line %1 discount").arg(no), a.discount.toString(), b.discount.toString());
            compare(tr("line %1 amount").arg(no), money(a.amount), money(b.amount));
            if (result.size() == before)
                result.append(tr("line %1: other details").arg(no));
        }
        if (result.isEmpty())
            result.append(tr("other details of the order"));
        if (result.size() > maxChanges) {
            const qsizetype more = result.size() - maxChanges;
            result.resize(maxChanges);
            result.append(tr("%1 more").arg(more));
        }
        return result;
    }
    struct Batch
    {
        std::future<QList<QJsonObject>> documents;
        QList<Insert> inserts;
        QString reason;
    };

    // An inserted order's outbox and audit entries are written a few dozen orders later, in
    // the same transaction, once the document thread has built its document.
    Core::Status recordInsert(SalesOrder written, Insert insert)
    {
        m_inserts.append(std::move(insert));
        m_orders.append(std::move(written));
        if (m_orders.size() >= batchSize)
            submit();
        while (m_batches.size() > maxBatches
               || (!m_batches.empty()
                   && m_batches.front().documents.wait_for(std::chrono::seconds(0))
                       == std::future_status::ready)) {
            if (const Core::Status s = recordFirstBatch(); !s)
                return s;
        }
        return {};
    }

    void submit()
    {
        if (m_orders.isEmpty())
            return;
        m_batches.push_back({m_documents.make(std::exchange(m_orders, {})),
                             std::exchange(m_inserts, {}), m_importedFrom});
    }

    Core::Status recordFirstBatch()
    {
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        const QList<QJsonObject> documents = batch.documents.get();
        for (qsizetype i = 0; i < batch.inserts.size(); ++i) {
            const Insert &insert = batch.inserts[i];
            const Core::Status s = Storage::ChangeLog::record(
                m_c, {QStringLiteral("sales_orders"), insert.id, Storage::ChangeLog::Op::Insert,
                      {}, documents[i], insert.hlc, batch.reason});
            if (!s)
                return s;
            if (insert.note.isEmpty())
                continue;
            const Core::Status noted = Storage::ChangeLog::record(
                m_c, {QStringLiteral("order_notes"), insert.id, Storage::ChangeLog::Op::Insert,
                      {}, insert.note, insert.noteHlc, {}});
            if (!noted)
                return noted;
        }
        return {};
    }

    static constexpr qsizetype batchSize = 32;
    static constexpr size_t maxBatches = 4;

    Connection &m_c;
    ImportReport &m_report;
    QString m_file;
    QString m_importedFrom;
    qint64 m_nextNo = 1;
    QSet<QString> m_writtenThisRun;
    DocumentMaker m_documents;
    QList<SalesOrder> m_orders;  // written, not yet handed to the document thread
    QList<Insert> m_inserts;
    std::deque<Batch> m_batches;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::OrderWriter)
};

// The page cache of the import's one long transaction, in KiB (SQLite's negative cache_size).
constexpr int importCacheKib = 128 * 1024;

/// Raises the connection's page cache while an import writes, and puts it back after: the
/// import inserts into indexes keyed by UUIDs, all over each index, and with the usual cache
/// a large file spends its time spilling and re-reading their pages.
class LargerCache
{
public:
    explicit LargerCache(Connection &c) : m_c(c)
    {
        Statement &size = c.prepare("PRAGMA cache_size");
        m_previous = size.next() ? size.int64(0) : 0;
        size.reset();
        if (m_previous < 0 && -m_previous < importCacheKib)
            m_c.execScript(QStringLiteral("PRAGMA cache_size=-%1").arg(importCacheKib));
    }
    ~LargerCache() { m_c.execScript(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous)); }
    LargerCache(const LargerCache &) = delete;
    LargerCache &operator=(const LargerCache &) = delete;

private:
    Connection &m_c;
    qint64 m_previous = 0;
};

/// Parsed rows handed from the thread that reads a run's files to the one that writes them,
/// a few chunks at a time so that memory stays small whatever the size of the files.
class ParsedRows
{
public:
    struct Chunk
    {
        int file = 0;
        QList<ParsedRow> rows;
        int permille = 0;
        bool fileEnd = false;                // the last rows of the file
        std::optional<Core::Error> error;   // the file could not be opened or read
    };

    /// Waits while the writer is behind; false once the writer has stopped taking chunks.
    bool push(Chunk chunk)
    {
        std::unique_lock lock(m_mutex);
        ++m_waitingToPush;
        m_changed.wait(lock, [this] { return m_chunks.size() < maxChunks || m_closed; });
        --m_waitingToPush;
        if (m_closed)
            return false;
        m_chunks.push_back(std::move(chunk));
        const bool wake = m_waitingToPop > 0;
        lock.unlock();
        if (wake)
            m_changed.notify_all();
        return true;
    }
    /// The next chunk; nullopt when the reader has finished and everything was taken.
    std::optional<Chunk> pop()
    {
        std::unique_lock lock(m_mutex);
        ++m_waitingToPop;
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
        --m_waitingToPop;
        if (m_chunks.empty())
            return std::nullopt;
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        const bool wake = m_waitingToPush > 0;
        lock.unlock();
        if (wake)
            m_changed.notify_all();
        return chunk;
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t maxChunks = 8;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    int m_waitingToPush = 0;
    int m_waitingToPop = 0;
    bool m_finished = false;
    bool m_closed = false;
};

/// The passes of one run over its files once the date order and the columns are known.
class ImportPasses
{
public:
    enum class Outcome { Written, BadRows, Stopped };

    ImportPasses(const ImportOptions &options, const QList<ColumnMap> &columnMaps,
                 DateOrder dateOrder, ImportReport &report, const std::atomic<bool> &cancelled,
                 std::function<void(int, const QString &)> progress)
        : m_options(options), m_columnMaps(columnMaps), m_dateOrder(dateOrder),
          m_report(report), m_cancelled(cancelled), m_progress(std::move(progress))
    {}

    /// Parses every row and records the bad ones and their orders; writes nothing. False when
    /// the run stopped (a file could not be read, or it was cancelled).
    bool check(QSet<QString> *badOrders)
    {
        const ChannelMapping &mapping = m_options.mapping;
        SeenOrders seen;
        for (qsizetype f = 0; f < m_options.files.size(); ++f) {
            auto reader = openReader(mapping, m_options.files[f]);
            if (!reader) {
                m_report.fatal = reader.error();
                return false;
            }
            RowReader &r = *reader.value();
            RowParser parser(mapping, m_columnMaps[f], m_options.files[f], m_dateOrder);
            seen.setFile(parser.fileName());
            QStringList cells;
            int row = 0;
            int rows = 0;
            while (r.readRow(&cells, &row)) {
                if (m_cancelled) {
                    m_report.cancelled = true;
                    return false;
                }
                ++m_report.rowsRead;
                ++rows;
                record(parser.parse(cells, row, &seen), badOrders);
                if ((m_report.rowsRead & 1023) == 0)
                    m_progress(400, tr("Checking"));
            }
            if (r.error()) {
                m_report.fatal = r.error();
                return false;
            }
            if (rows == 0) {
                m_report.fatal = noDataRows(m_options.files[f]);
                return false;
            }
            judgeDates();
        }
        return true;
    }

    /// Writes every file's orders inside the caller's transaction. While checking, each row is
    /// also checked as it is read: at the first bad one writing stops, the rest is only
    /// checked, and the outcome is BadRows (the caller rolls back). Otherwise the orders in
    /// skip are left out.
    Outcome write(Connection &c, bool checking, const QSet<QString> &skip,
                  QSet<QString> *badOrders)
    {
        const int fileCount = int(m_options.files.size());
        if (!m_hashes)
            m_hashes.emplace(m_options.files);
        // Reading and parsing run on their own thread, a few chunks ahead of the writing.
        ParsedRows queue;
        std::thread reader([this, &queue] { readFiles(queue); });
        const auto joinReader = qScopeGuard([&] {
            queue.close();
            reader.join();
        });

        OrderWriter writer(c, m_report, m_options.files.value(0));
        bool writing = true;
        int rowsWritten = 0;
        int file = -1;
        // The order whose rows are being gathered, with its note and where it starts.
        struct Pending
        {
            SalesOrder order;
            QString key;
            QString note;
            int row = 0;
        };
        std::optional<Pending> pending;
        // A database error names the order's first row; the order has no number yet.
        auto flush = [&]() -> std::optional<Core::Error> {
            if (!pending)
                return std::nullopt;
            const Core::Status s = writer.write(std::move(pending->order), pending->note);
            const int row = pending->row;
            const QString channelOrderNo = pending->order.channelOrderNo;
            pending.reset();
            if (s)
                return std::nullopt;
            return Core::Error{s.error().message,
                               orderPlace(m_options.files[file], row, channelOrderNo)};
        };
        while (std::optional<ParsedRows::Chunk> chunk = queue.pop()) {
            if (chunk->file != file) {
                file = chunk->file;
                writer.setFile(m_options.files[file]);
            }
            for (ParsedRow &parsed : chunk->rows) {
                if (m_cancelled) {
                    m_report.cancelled = true;
                    return Outcome::Stopped;
                }
                if (checking) {
                    ++m_report.rowsRead;
                    if (!parsed.errors.isEmpty()) {
                        writing = false;
                        pending.reset();
                    }
                    record(parsed, badOrders);
                    if (!writing) {
                        if ((m_report.rowsRead & 1023) == 0)
                            m_progress(400, tr("Checking"));
                        continue;
                    }
                } else if (skip.contains(parsed.key)) {
                    continue;
                }
                if (pending && pending->key == parsed.key) {
                    pending->order.lines.append(parsed.order.lines);
                    if (!parsed.note.isEmpty() && !pending->note.contains(parsed.note)) {
                        if (!pending->note.isEmpty())
                            pending->note += u'\n';
                        pending->note += parsed.note;
                    }
                } else {
                    if (const auto error = flush()) {
                        m_report.fatal = error;
                        return Outcome::Stopped;
                    }
                    pending = Pending{std::move(parsed.order), parsed.key, parsed.note,
                                      parsed.row};
                }
                if ((++rowsWritten & 1023) == 0) {
                    m_progress(400 + (file * 1000 + chunk->permille) * 6 / 10 / fileCount,
                               tr("Importing"));
                }
            }
            if (m_cancelled) {
                m_report.cancelled = true;
                return Outcome::Stopped;
            }
            if (chunk->error) {
                m_report.fatal = chunk->error;
                return Outcome::Stopped;
            }
            if (checking && chunk->fileEnd)
                judgeDates();
            if (!chunk->fileEnd || !writing)
                continue;
            if (const auto error = flush()) {
                m_report.fatal = error;
                return Outcome::Stopped;
            }
            if (const Core::Status s = writer.finish(); !s) {
                m_report.fatal = s.error();
                return Outcome::Stopped;
            }
            if (!markReturns(c, m_options.files[file])
                || !recordRun(c, m_options.files[file], m_hashes->of(file)))
                return Outcome::Stopped;
        }
        return writing ? Outcome::Written : Outcome::BadRows;
    }

private:
    /// How a file's text dates fared, for judgeDates().
    struct DateTally
    {
        int read = 0;
        int failed = 0;
        int monthFirst = 0;  // of the failed, read as month/day/year
        int dayFirst = 0;    // and as day/month/year
    };

    void record(const ParsedRow &parsed, QSet<QString> *badOrders)
    {
        m_dates.read += parsed.datesRead;
        m_dates.failed += parsed.datesFailed;
        m_dates.monthFirst += parsed.datesMonthFirst;
        m_dates.dayFirst += parsed.datesDayFirst;
        if (parsed.errors.isEmpty())
            return;
        ++m_report.rowsRejected;
        badOrders->insert(parsed.key);
        for (const RowError &e : parsed.errors) {
            if (m_report.errors.size() < ImportReport::maxErrors)
                m_report.errors.append(e);
        }
    }

    /// At the end of a file: when most of its dates are not dates in the order used but most
    /// of those are in another, the report suggests that order (once a run).
    void judgeDates()
    {
        const DateTally t = std::exchange(m_dates, {});
        if (m_report.likelyDateOrder || t.failed * 2 <= t.read || t.monthFirst == t.dayFirst)
            return;
        const bool dayFirst = t.dayFirst > t.monthFirst;
        if (std::max(t.dayFirst, t.monthFirst) * 2 <= t.failed)
            return;
        m_report.likelyDateOrder = dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    }

    /// The error of a file with a header but no rows.
    static Core::Error noDataRows(const QString &file)
    {
        return {noDataRowsText(), QFileInfo(file).fileName()};
    }

    static QString noDataRowsText()
    {
        return tr("the file has no data rows; expected orders below the header");
    }

    QString orderPlace(const QString &file, int row, const QString &channelOrderNo) const
    {
        return tr("%1, row %2, order %3")
            .arg(QFileInfo(file).fileName())
            .arg(row)
            .arg(channelOrderNo);
    }

    /// The reading half of write(), on its own thread: every file's rows, parsed, in chunks;
    /// a file that cannot be opened or read, or has no rows, ends the run with its error.
    void readFiles(ParsedRows &queue) const
    {
        constexpr qsizetype chunkRows = 256;
        SeenOrders seen;
        for (int f = 0; f < int(m_options.files.size()); ++f) {
            const QString &file = m_options.files[f];
            auto reader = openReader(m_options.mapping, file);
            if (!reader) {
                queue.push({f, {}, 0, true, reader.error()});
                break;
            }
            RowReader &r = *reader.value();
            RowParser parser(m_options.mapping, m_columnMaps[f], file, m_dateOrder);
            seen.setFile(parser.fileName());
            ParsedRows::Chunk chunk{f, {}, 0, false, std::nullopt};
            QStringList cells;
            int row = 0;
            int rows = 0;
            while (r.readRow(&cells, &row)) {
                if (m_cancelled)
                    break;
                ++rows;
                chunk.rows.append(parser.parse(cells, row, &seen));
                if (chunk.rows.size() == chunkRows) {
                    chunk.permille = r.permille();
                    if (!queue.push(std::exchange(chunk, {f, {}, 0, false, std::nullopt})))
                        return;
                }
            }
            chunk.permille = r.permille();
            chunk.fileEnd = true;
            chunk.error = r.error();
            if (!chunk.error && rows == 0 && !m_cancelled)
                chunk.error = noDataRows(file);
            const bool failed = chunk.error.has_value();
            if (!queue.push(std::move(chunk)) || failed || m_cancelled)
                break;
        }
        queue.finish();
    }

    bool markReturns(Connection &c, const QString &file)
    {
        const ChannelMapping &mapping = m_options.mapping;
        if (mapping.returnsSheet.isEmpty() || formatOf(mapping, file) != QLatin1String("xlsx"))
            return true;
        auto returns = openXlsx(file, mapping.returnsSheet);
        if (!returns) {
            m_report.fatal = returns.error();
            return false;
        }
        RowReader &rr = *returns.value();
        const qsizetype column = rr.headers().indexOf(mapping.returnsColumn);
        if (column < 0) {
            m_report.fatal = Core::Error{tr("the sheet \"%1\" has no column \"%2\"")
                                             .arg(mapping.returnsSheet, mapping.returnsColumn),
                                         QFileInfo(file).fileName()};
            return false;
        }
        Statement &mark = c.prepare(
            "UPDATE sales_orders SET returned = 1, hlc = ?, updated_at = ? "
            "WHERE channel = ? AND channel_order_no = ? AND returned = 0");
        QStringList cells;
        int row = 0;
        while (rr.readRow(&cells, &row)) {
            mark.bind(1, Storage::Database::clock().now()).bind(2, nowUtc())
                .bind(3, channelCode(mapping.channel)).bind(4, cells.value(column).trimmed());
            if (!mark.exec()) {
                m_report.fatal = Core::Error{mark.error(), mapping.returnsSheet};
                return false;
            }
            m_report.returnsMarked += sqlite3_changes(c.handle());
        }
        return true;
    }

    bool recordRun(Connection &c, const QString &file, const QString &sha256)
    {
        Statement &run = c.prepare(
            "INSERT INTO import_runs(mapping, file_name, sha256, started_at, finished_at, "
            "orders_new, orders_updated, orders_unchanged, orders_flagged, rows_rejected, "
            "user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        run.bind(1, m_options.mapping.name).bind(2, QFileInfo(file).fileName())
            .bind(3, sha256).bind(4, nowUtc()).bind(5, nowUtc())
            .bind(6, m_report.ordersNew).bind(7, m_report.ordersUpdated)
            .bind(8, m_report.ordersUnchanged).bind(9, m_report.ordersFlagged)
            .bind(10, m_report.rowsRejected).bind(11, Storage::Database::currentUser());
        if (!run.exec()) {
            m_report.fatal = Core::Error{run.error(), QStringLiteral("import_runs")};
            return false;
        }
        return true;
    }

    const ImportOptions &m_options;
    const QList<ColumnMap> &m_columnMaps;
    DateOrder m_dateOrder;
    ImportReport &m_report;
    const std::atomic<bool> &m_cancelled;
    std::function<void(int, const QString &)> m_progress;
    std::optional<FileHashes> m_hashes;
    DateTally m_dates;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::ImportPasses)
};

/// What a write pass added to the report, cleared when its transaction is rolled back.
void clearWritten(ImportReport &report)
{
    report.ordersNew = 0;
    report.ordersUpdated = 0;
    report.ordersUnchanged = 0;
    report.ordersFlagged = 0;
    report.linesWritten = 0;
    report.returnsMarked = 0;
    report.flagged.clear();
}

} // namespace

QString RowError::toString() const
{
    return tr("%1, row %2, column \"%3\": %4").arg(file).arg(row).arg(column, message);
}

QString ImportReport::summary() const
{
    if (fatal)
        return fatal->toString();
    if (cancelled)
        return tr("Import cancelled; nothing was written.");
    if (needsDateOrder)
        return tr("The dates in the file can be read day-first or month-first (e.g. %1); "
                  "choose the order.")
            .arg(dateSamples.join(QStringLiteral(", ")));
    QString text = tr("%1 rows read: %2 new orders, %3 updated, %4 unchanged")
                       .arg(rowsRead)
                       .arg(ordersNew)
                       .arg(ordersUpdated)
                       .arg(ordersUnchanged);
    if (ordersFlagged > 0)
        text += tr(", %1 changed but already in progress (not updated)").arg(ordersFlagged);
    if (rowsRejected > 0)
        text += tr(", %1 bad rows (%2 orders skipped)").arg(rowsRejected).arg(ordersRejected);
    if (returnsMarked > 0)
        text += tr(", %1 orders marked returned").arg(returnsMarked);
    text += u'.';
    if (likelyDateOrder == DateOrder::DayMonthYear)
        text += u' ' + tr("The dates look day-first (day/month/year): import with that date "
                          "order.");
    else if (likelyDateOrder == DateOrder::MonthDayYear)
        text += u' ' + tr("The dates look month-first (month/day/year): import with that date "
                          "order.");
    if (written && ordersNew == 0 && ordersUpdated == 0 && ordersFlagged == 0
        && returnsMarked == 0)
        text += u' ' + tr("Nothing new: these orders were all imported before.");
    if (!written)
        text += u' ' + tr("Nothing was written.");
    return text;
}

Importer::Importer(QObject *parent) : QObject(parent) {}

ImportPreview Importer::preview(const ChannelMapping &mapping, const QString &file, int maxRows)
{
    ImportPreview preview;
    auto reader = openReader(mapping, file);
    if (!reader) {
        preview.fatal = reader.error();
        return preview;
    }
    RowReader &r = *reader.value();
    preview.fileHeaders = r.headers();
    auto columns = resolveColumns(mapping, r.headers(), file);
    if (!columns) {
        preview.fatal = columns.error();
        return preview;
    }
    const DateOrder order = mapping.dateOrder == DateOrder::Auto ? DateOrder::MonthDayYear
                                                                 : mapping.dateOrder;
    RowParser parser(mapping, columns.value(), file, order);
    SeenOrders seen;
    seen.setFile(parser.fileName());
    preview.fields = mapping.fields.keys();
    QStringList cells;
    int row = 0;
    while (preview.rows.size() < maxRows && r.readRow(&cells, &row)) {
        QStringList values;
        for (const QString &field : preview.fields)
            values.append(parser.raw(cells, field));
        preview.rows.append(values);
        preview.errors += parser.parse(cells, row, &seen).errors;
    }
    if (r.error())
        preview.fatal = r.error();
    return preview;
}

ImportReport Importer::run(const ImportOptions &options)
{
    ImportReport report;
    QElapsedTimer timer;
    timer.start();
    const ChannelMapping &mapping = options.mapping;
    DateOrder dateOrder = options.dateOrder != DateOrder::Auto ? options.dateOrder
                                                               : mapping.dateOrder;
    const int fileCount = int(options.files.size());

    // Pass 1: read everything, find the date order and every bad row; write nothing.
    FieldParser::DateEvidence evidence;
    QSet<QString> badOrders;
    QList<ColumnMap> columnMaps;
    const QStringList dateFields{QStringLiteral("signed_on"), QStringLiteral("promised_on"),
                                 QStringLiteral("shipped_on")};
    for (int f = 0; f < fileCount; ++f) {
        const QString &file = options.files[f];
        auto reader = openReader(mapping, file);
        if (reader && dateOrder != DateOrder::Auto) {
            auto columns = resolveColumns(mapping, reader.value()->headers(), file);
            if (!columns) {
                report.fatal = columns.error();
                return report;
            }
            columnMaps.append(columns.value());
            continue;
        }
        if (!reader) {
            report.fatal = reader.error();
            return report;
        }
        RowReader &r = *reader.value();
        auto columns = resolveColumns(mapping, r.headers(), file);
        if (!columns) {
            report.fatal = columns.error();
            return report;
        }
        columnMaps.append(columns.value());
        RowParser probe(mapping, columns.value(), file, DateOrder::Auto);
        QStringList cells;
        int row = 0;
        while (r.readRow(&cells, &row)) {
            if (m_cancelled) {
                report.cancelled = true;
                return report;
            }
            if (dateOrder == DateOrder::Auto) {
                for (const QString &field : dateFields)
                    evidence.add(probe.raw(cells, field));
            }
            if ((++report.rowsRead & 1023) == 0)
                emit progress((f * 1000 + r.permille()) * 4 / 10 / fileCount, tr("Checking"));
        }
        if (r.error()) {
            report.fatal = r.error();
            return report;
        }
    }
    if (dateOrder == DateOrder::Auto) {
        if (evidence.contradictory()) {
            report.fatal = Core::Error{tr("the file mixes day-first and month-first dates"),
                                       options.files.join(QStringLiteral(", "))};
            return report;
        }
        const auto decided = evidence.decide();
        if (!decided) {
            report.needsDateOrder = true;
            report.dateSamples = evidence.samples;
            return report;
        }
        dateOrder = *decided;
    }

    ImportPasses passes(options, columnMaps, dateOrder, report, m_cancelled,
                        [this](int permille, const QString &stage) {
                            emit progress(permille, stage);
                        });
    report.rowsRead = 0;
    auto stopForBadRows = [&] {
        report.ordersRejected = int(badOrders.size());
        if (report.rowsRejected == 0 || options.badRows == BadRowPolicy::ImportGood)
            return false;
        qCInfo(lcOrders) << "import stopped:" << report.rowsRejected << "bad rows";
        return true;
    };
    if (options.dryRun) {
        if (passes.check(&badOrders))
            stopForBadRows();
        return report;
    }

    // Pass 2: check and write in one read, all files in one transaction. When a row is bad
    // the transaction is rolled back; with ImportGood the file is read again and written
    // without the orders that have a bad row.
    Connection &c = Storage::Database::connection();
    std::optional<Storage::Transaction> tx(std::in_place, c);
    if (!tx->isActive()) {
        if (!passes.check(&badOrders) || stopForBadRows())
            return report;
        report.fatal = Core::Error{tr("the database is busy; try again"),
                                   Storage::Database::path()};
        return report;
    }
    const LargerCache cache(c);
    ImportPasses::Outcome outcome = passes.write(c, true, {}, &badOrders);
    if (outcome == ImportPasses::Outcome::BadRows) {
        tx.reset();
        clearWritten(report);
        if (stopForBadRows())
            return report;
        tx.emplace(c);
        if (!tx->isActive()) {
            report.fatal = Core::Error{tr("the database is busy; try again"),
                                       Storage::Database::path()};
            return report;
        }
        outcome = passes.write(c, false, badOrders, nullptr);
    }
    if (outcome != ImportPasses::Outcome::Written)
        return report;
    if (const Core::Status s = tx->commit(); !s) {
        report.fatal = s.error();
        return report;
    }
    report.written = true;
    emit progress(1000, tr("Done"));
    qCInfo(lcOrders) << "import" << mapping.name << "of" << fileCount << "files:"
                     << report.rowsRead << "rows," << report.ordersNew << "new,"
                     << report.ordersUpdated << "updated in" << timer.elapsed() << "ms";
    return report;
}

} // namespace Hearth::Orders
