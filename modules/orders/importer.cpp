#include "importer.h"

#include "channelfile.h"
#include "columnmap.h"
#include "fieldparser.h"
#include "importpasses.h"
#include "logging.h"
#include "rowparser.h"
#include "seenorders.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QSet>

#include <optional>

namespace Hearth::Orders {

using Internal::ChannelFile;
using Internal::ColumnMap;
using Internal::ImportPasses;
using Internal::RowParser;
using Internal::SeenOrders;
using Storage::Connection;
using Storage::Statement;

namespace {

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

Importer::Importer(QObject *parent) : QObject(parent) {}

ImportPreview Importer::preview(const ChannelMapping &mapping, const QString &file, int maxRows)
{
    ImportPreview preview;
    auto reader = ChannelFile::open(mapping, file);
    if (!reader) {
        preview.fatal = reader.error();
        return preview;
    }
    RowReader &r = *reader.value();
    preview.fileHeaders = r.headers();
    auto columns = ColumnMap::resolve(mapping, r.headers(), file);
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
        auto reader = ChannelFile::open(mapping, file);
        if (reader && dateOrder != DateOrder::Auto) {
            auto columns = ColumnMap::resolve(mapping, reader.value()->headers(), file);
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
        auto columns = ColumnMap::resolve(mapping, r.headers(), file);
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
