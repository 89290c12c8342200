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
#include <QSet>
#include <QUuid>

namespace Hearth::Orders {

using Storage::Connection;
using Storage::Statement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::Orders", text);
}

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
        return Core::Error{tr("the file does not exist"), file};
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
        return Core::Error{tr("the header has no column %1; it has: %2")
                               .arg(missing.join(QStringLiteral(", ")),
                                    headers.join(QStringLiteral(", "))),
                           QFileInfo(file).fileName()};
    }
    if (map.of(QStringLiteral("amount")) < 0 && map.of(QStringLiteral("unit_price")) < 0
        && !m.defaults.contains(QStringLiteral("unit_price"))) {
        return Core::Error{tr("the file has neither an amount nor a unit price column"),
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
    QList<RowError> errors;
};

class RowParser
{
public:
    RowParser(const ChannelMapping &m, const ColumnMap &columns, const QString &file,
              DateOrder dateOrder)
        : m_mapping(m), m_columns(columns), m_file(QFileInfo(file).fileName()),
          m_dateOrder(dateOrder)
    {}

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

    QString columnName(const QString &field) const
    {
        const int i = m_columns.of(field);
        return i >= 0 && i < m_columns.headers.size() ? m_columns.headers[i] : field;
    }

    ParsedRow parse(const QStringList &cells, int row) const
    {
        ParsedRow p;
        p.row = row;
        auto fail = [&](const QString &field, const QString &message) {
            p.errors.append({m_file, row, columnName(field), message});
        };
        auto text = [&](const QString &field) { return raw(cells, field); };
        auto date = [&](const QString &field, bool required) -> QDate {
            const QString t = text(field);
            if (t.isEmpty()) {
                if (required)
                    fail(field, tr("a date is required"));
                return {};
            }
            const auto d = FieldParser::parseDate(t, m_dateOrder);
            if (!d)
                fail(field, tr("\"%1\" is not a date (expected e.g. 2024-03-05)").arg(t));
            return d.value_or(QDate());
        };
        auto decimal = [&](const QString &field) -> std::optional<Core::Decimal> {
            const QString t = text(field);
            if (t.isEmpty())
                return std::nullopt;
            const auto d = Core::Decimal::parse(t);
            if (!d)
                fail(field, tr("\"%1\" is not a number with at most 6 decimals").arg(t));
            return d;
        };
        auto millimetres = [&](const QString &field) -> std::optional<qint64> {
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
        const QString channel = text(QStringLiteral("channel"));
        if (!channel.isEmpty()) {
            if (const auto c = channelFromCode(channel))
                o.channel = *c;
            else
                fail(QStringLiteral("channel"), tr("unknown channel \"%1\"").arg(channel));
        }
        o.channelOrderNo = text(QStringLiteral("channel_order_no"));
        if (o.channelOrderNo.isEmpty())
            fail(QStringLiteral("channel_order_no"), tr("the channel's order number is missing"));
        o.signedOn = date(QStringLiteral("signed_on"), true);
        o.promisedOn = date(QStringLiteral("promised_on"), false);
        o.shippedOn = date(QStringLiteral("shipped_on"), false);
        o.shipMode = text(QStringLiteral("ship_mode"));
        const QString status = text(QStringLiteral("status"));
        if (!status.isEmpty()) {
            if (const auto s = FieldParser::parseStatus(status))
                o.status = *s;
            else
                fail(QStringLiteral("status"), tr("unknown order status \"%1\"").arg(status));
        }
        if (const auto deposit = decimal(QStringLiteral("deposit")))
            o.depositFen = Core::Money::fromDecimal(*deposit).minor();

        o.customer.externalCode = text(QStringLiteral("customer_code"));
        o.customer.name = text(QStringLiteral("customer_name"));
        if (o.customer.name.isEmpty())
            fail(QStringLiteral("customer_name"), tr("the customer's name is missing"));
        const QString mobile = text(QStringLiteral("mobile"));
        if (const auto digits = FieldParser::parseMobile(mobile))
            o.customer.mobile = *digits;
        else
            fail(QStringLiteral("mobile"), tr("\"%1\" is not a phone number").arg(mobile));
        o.customer.segment = text(QStringLiteral("segment"));
        const QString address = text(QStringLiteral("address"));
        if (!address.isEmpty())
            o.address = Address::parse(address);
        for (auto [field, target] : {std::pair{QStringLiteral("province"), &o.address.province},
                                     std::pair{QStringLiteral("city"), &o.address.city},
                                     std::pair{QStringLiteral("district"), &o.address.district},
                                     std::pair{QStringLiteral("street"), &o.address.street},
                                     std::pair{QStringLiteral("postal_code"),
                                               &o.address.postalCode}}) {
            const QString v = text(field);
            if (!v.isEmpty())
                *target = v;
        }
        o.customer.address = o.address;
        o.region = text(QStringLiteral("region"));
        o.dealer = {{}, QStringLiteral("dealer"), text(QStringLiteral("dealer_code")),
                    text(QStringLiteral("dealer_name"))};
        o.store = {{}, QStringLiteral("store"), text(QStringLiteral("store_code")),
                   text(QStringLiteral("store_name"))};
        o.designer = {{}, QStringLiteral("designer"), text(QStringLiteral("designer_code")),
                      text(QStringLiteral("designer_name"))};

        OrderLine l;
        l.channelLineNo = text(QStringLiteral("channel_line_no"));
        l.sku = text(QStringLiteral("sku"));
        l.description = text(QStringLiteral("product_name"));
        l.category = text(QStringLiteral("category"));
        l.subCategory = text(QStringLiteral("sub_category"));
        if (l.sku.isEmpty() && l.description.isEmpty())
            fail(QStringLiteral("product_name"), tr("the line names no product"));
        const QString size = text(QStringLiteral("size"));
        if (!size.isEmpty() && !FieldParser::parseSize(size, &l.widthMm, &l.heightMm, &l.depthMm))
            fail(QStringLiteral("size"), tr("\"%1\" is not a size like 800×600×300").arg(size));
        if (auto w = millimetres(QStringLiteral("width_mm")))
            l.widthMm = w;
        if (auto h = millimetres(QStringLiteral("height_mm")))
            l.heightMm = h;
        if (auto d = millimetres(QStringLiteral("depth_mm")))
            l.depthMm = d;
        l.material = text(QStringLiteral("material"));
        l.colour = text(QStringLiteral("colour"));
        const QString unit = text(QStringLiteral("unit"));
        if (const auto u = FieldParser::parseUnit(unit))
            l.unit = *u;
        else
            fail(QStringLiteral("unit"), tr("unknown unit \"%1\"").arg(unit));
        const auto quantity = decimal(QStringLiteral("quantity"));
        if (!quantity && text(QStringLiteral("quantity")).isEmpty())
            fail(QStringLiteral("quantity"), tr("the quantity is missing"));
        else if (quantity && quantity->micros() <= 0)
            fail(QStringLiteral("quantity"), tr("the quantity must be above zero"));
        l.quantity = quantity.value_or(Core::Decimal());
        l.unitPrice = decimal(QStringLiteral("unit_price"));
        const QString discount = text(QStringLiteral("discount"));
        if (const auto d = FieldParser::parseDiscount(discount);
            d && d->micros() >= 0 && d->micros() <= Core::Decimal::One)
            l.discount = *d;
        else
            fail(QStringLiteral("discount"),
                 tr("\"%1\" is not a discount (0.2, 20% or 8折)").arg(discount));
        if (const auto amount = decimal(QStringLiteral("amount")))
            l.amount = *amount;
        else if (l.unitPrice)
            l.amount = FieldParser::lineAmount(*l.unitPrice, l.quantity, l.discount);
        else
            fail(QStringLiteral("amount"), tr("the line has neither an amount nor a unit price"));
        l.profit = decimal(QStringLiteral("profit"));
        o.lines.append(l);
        p.key = channelCode(o.channel) + u'\x1f' + o.channelOrderNo;
        return p;
    }

private:
    const ChannelMapping &m_mapping;
    const ColumnMap &m_columns;
    QString m_file;
    DateOrder m_dateOrder;
};

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The writing half of an import: one order at a time, inside the run's transaction.
class OrderWriter
{
public:
    OrderWriter(Connection &c, ImportReport &report, const QString &file)
        : m_c(c), m_report(report), m_file(QFileInfo(file).fileName())
    {
        Statement &seq = c.prepare(
            "SELECT COALESCE(MAX(CAST(substr(order_no, 3) AS INTEGER)), 0) FROM sales_orders "
            "WHERE order_no GLOB 'SO[0-9]*'");
        m_nextNo = (seq.next() ? seq.int64(0) : 0) + 1;
        seq.reset();
    }

    void setFile(const QString &file) { m_file = QFileInfo(file).fileName(); }

    Core::Status write(SalesOrder incoming)
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
            return Storage::ChangeLog::record(
                m_c, {QStringLiteral("sales_orders"), incoming.id, Storage::ChangeLog::Op::Insert,
                      {}, OrderRepository::toJson(incoming), incoming.hlc,
                      tr("imported from %1").arg(m_file)});
        }

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
            m_report.flagged.append(
                tr("%1 (channel order %2): changed in the file, but the order is already %3; "
                   "not updated")
                    .arg(existing.orderNo, existing.channelOrderNo, statusName(existing.status)));
            return {};
        }
        if (const Core::Status s = OrderRepository::writeOrder(m_c, incoming, false, now); !s)
            return s;
        m_writtenThisRun.insert(incoming.id);
        ++m_report.ordersUpdated;
        m_report.linesWritten += int(incoming.lines.size());
        return Storage::ChangeLog::record(
            m_c, {QStringLiteral("sales_orders"), incoming.id, Storage::ChangeLog::Op::Update,
                  OrderRepository::toJson(existing), OrderRepository::toJson(incoming),
                  incoming.hlc, tr("re-imported from %1").arg(m_file)});
    }

private:
    Connection &m_c;
    ImportReport &m_report;
    QString m_file;
    qint64 m_nextNo = 1;
    QSet<QString> m_writtenThisRun;
};

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
    if (written && ordersNew == 0 && ordersUpdated == 0 && returnsMarked == 0)
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
    preview.fields = mapping.fields.keys();
    QStringList cells;
    int row = 0;
    while (preview.rows.size() < maxRows && r.readRow(&cells, &row)) {
        QStringList values;
        for (const QString &field : preview.fields)
            values.append(parser.raw(cells, field));
        preview.rows.append(values);
        preview.errors += parser.parse(cells, row).errors;
    }
    if (r.error())
        preview.fatal = r.error();
    return preview;
}

ImportReport Importer::run(const ImportOptions &options)
{
    ImportReport report;
    m_cancelled = false;
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

    // Pass 1b: parse every row with the date order now known, to find the bad ones.
    report.rowsRead = 0;
    for (int f = 0; f < fileCount; ++f) {
        auto reader = openReader(mapping, options.files[f]);
        if (!reader) {
            report.fatal = reader.error();
            return report;
        }
        RowReader &r = *reader.value();
        RowParser parser(mapping, columnMaps[f], options.files[f], dateOrder);
        QStringList cells;
        int row = 0;
        while (r.readRow(&cells, &row)) {
            if (m_cancelled) {
                report.cancelled = true;
                return report;
            }
            ++report.rowsRead;
            ParsedRow parsed = parser.parse(cells, row);
            if (!parsed.errors.isEmpty()) {
                ++report.rowsRejected;
                badOrders.insert(parsed.key);
                for (const RowError &e : parsed.errors) {
                    if (report.errors.size() < ImportReport::maxErrors)
                        report.errors.append(e);
                }
            }
            if ((report.rowsRead & 1023) == 0)
                emit progress(400, tr("Checking"));
        }
        if (r.error()) {
            report.fatal = r.error();
            return report;
        }
    }
    report.ordersRejected = int(badOrders.size());
    if (report.rowsRejected > 0 && options.badRows != BadRowPolicy::ImportGood) {
        qCInfo(lcOrders) << "import stopped:" << report.rowsRejected << "bad rows";
        return report;
    }
    if (options.dryRun)
        return report;

    // Pass 2: write, all files in one transaction.
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    if (!tx.isActive()) {
        report.fatal = Core::Error{tr("the database is busy; try again"),
                                   Storage::Database::path()};
        return report;
    }
    OrderWriter writer(c, report, options.files.value(0));
    int rowsWritten = 0;
    for (int f = 0; f < fileCount; ++f) {
        const QString &file = options.files[f];
        writer.setFile(file);
        auto reader = openReader(mapping, file);
        if (!reader) {
            report.fatal = reader.error();
            return report;
        }
        RowReader &r = *reader.value();
        RowParser parser(mapping, columnMaps[f], file, dateOrder);
        std::optional<SalesOrder> pending;
        QString pendingKey;
        auto flush = [&]() -> Core::Status {
            if (!pending)
                return {};
            const Core::Status s = writer.write(std::move(*pending));
            pending.reset();
            return s;
        };
        QStringList cells;
        int row = 0;
        while (r.readRow(&cells, &row)) {
            if (m_cancelled) {
                report.cancelled = true;
                return report;
            }
            ParsedRow parsed = parser.parse(cells, row);
            if (badOrders.contains(parsed.key))
                continue;
            if (pending && pendingKey == parsed.key) {
                pending->lines.append(parsed.order.lines);
            } else {
                if (const Core::Status s = flush(); !s) {
                    report.fatal = Core::Error{s.error().message,
                                               tr("%1, row %2").arg(QFileInfo(file).fileName())
                                                   .arg(row)};
                    return report;
                }
                pending = std::move(parsed.order);
                pendingKey = parsed.key;
            }
            if ((++rowsWritten & 1023) == 0) {
                emit progress(400 + (f * 1000 + r.permille()) * 6 / 10 / fileCount,
                              tr("Importing"));
            }
        }
        if (const Core::Status s = flush(); !s) {
            report.fatal = s.error();
            return report;
        }
        if (r.error()) {
            report.fatal = r.error();
            return report;
        }

        if (!mapping.returnsSheet.isEmpty() && formatOf(mapping, file) == QLatin1String("xlsx")) {
            auto returns = openXlsx(file, mapping.returnsSheet);
            if (!returns) {
                report.fatal = returns.error();
                return report;
            }
            RowReader &rr = *returns.value();
            const qsizetype column = rr.headers().indexOf(mapping.returnsColumn);
            if (column < 0) {
                report.fatal = Core::Error{tr("the sheet \"%1\" has no column \"%2\"")
                                               .arg(mapping.returnsSheet, mapping.returnsColumn),
                                           QFileInfo(file).fileName()};
                return report;
            }
            Statement &mark = c.prepare(
                "UPDATE sales_orders SET returned = 1, hlc = ?, updated_at = ? "
                "WHERE channel = ? AND channel_order_no = ? AND returned = 0");
            while (rr.readRow(&cells, &row)) {
                mark.bind(1, Storage::Database::clock().now()).bind(2, nowUtc())
                    .bind(3, channelCode(mapping.channel)).bind(4, cells.value(column).trimmed());
                if (!mark.exec()) {
                    report.fatal = Core::Error{mark.error(), mapping.returnsSheet};
                    return report;
                }
                report.returnsMarked += sqlite3_changes(c.handle());
            }
        }

        Statement &run = c.prepare(
            "INSERT INTO import_runs(mapping, file_name, sha256, started_at, finished_at, "
            "orders_new, orders_updated, orders_unchanged, orders_flagged, rows_rejected, "
            "user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        run.bind(1, mapping.name).bind(2, QFileInfo(file).fileName()).bind(3, sha256Of(file))
            .bind(4, nowUtc()).bind(5, nowUtc()).bind(6, report.ordersNew)
            .bind(7, report.ordersUpdated).bind(8, report.ordersUnchanged)
            .bind(9, report.ordersFlagged).bind(10, report.rowsRejected)
            .bind(11, Storage::Database::currentUser());
        if (!run.exec()) {
            report.fatal = Core::Error{run.error(), QStringLiteral("import_runs")};
            return report;
        }
    }
    if (const Core::Status s = tx.commit(); !s) {
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
