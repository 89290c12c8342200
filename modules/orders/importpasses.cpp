#include "importpasses.h"

#include "channelfile.h"
#include "orderwriter.h"
#include "parsedrows.h"
#include "rowparser.h"
#include "seenorders.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <thread>
#include <utility>

namespace Hearth::Orders::Internal {

using Storage::Connection;
using Storage::Statement;

bool ImportPasses::check(QSet<QString> *badOrders)
{
    const ChannelMapping &mapping = m_options.mapping;
    SeenOrders seen;
    for (qsizetype f = 0; f < m_options.files.size(); ++f) {
        auto reader = ChannelFile::open(mapping, m_options.files[f]);
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

ImportPasses::Outcome ImportPasses::write(Storage::Connection &c, bool checking,
                                          const QSet<QString> &skip, QSet<QString> *badOrders)
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

void ImportPasses::record(const ParsedRow &parsed, QSet<QString> *badOrders)
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

void ImportPasses::judgeDates()
{
    const DateTally t = std::exchange(m_dates, {});
    if (m_report.likelyDateOrder || t.failed * 2 <= t.read || t.monthFirst == t.dayFirst)
        return;
    const bool dayFirst = t.dayFirst > t.monthFirst;
    if (std::max(t.dayFirst, t.monthFirst) * 2 <= t.failed)
        return;
    m_report.likelyDateOrder = dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

Core::Error ImportPasses::noDataRows(const QString &file)
{
    return {tr("the file has no data rows; expected orders below the header"),
            QFileInfo(file).fileName()};
}

QString ImportPasses::orderPlace(const QString &file, int row, const QString &channelOrderNo) const
{
    return tr("%1, row %2, order %3")
        .arg(QFileInfo(file).fileName())
        .arg(row)
        .arg(channelOrderNo);
}

void ImportPasses::readFiles(ParsedRows &queue) const
{
    constexpr qsizetype chunkRows = 256;
    SeenOrders seen;
    for (int f = 0; f < int(m_options.files.size()); ++f) {
        const QString &file = m_options.files[f];
        auto reader = ChannelFile::open(m_options.mapping, file);
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

bool ImportPasses::markReturns(Storage::Connection &c, const QString &file)
{
    const ChannelMapping &mapping = m_options.mapping;
    if (mapping.returnsSheet.isEmpty()
        || ChannelFile::format(mapping, file) != QLatin1String("xlsx"))
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
        mark.bind(1, Storage::Database::clock().now()).bind(2, OrderWriter::nowUtc())
            .bind(3, channelCode(mapping.channel)).bind(4, cells.value(column).trimmed());
        if (!mark.exec()) {
            m_report.fatal = Core::Error{mark.error(), mapping.returnsSheet};
            return false;
        }
        m_report.returnsMarked += sqlite3_changes(c.handle());
    }
    return true;
}

bool ImportPasses::recordRun(Storage::Connection &c, const QString &file, const QString &sha256)
{
    Statement &run = c.prepare(
        "INSERT INTO import_runs(mapping, file_name, sha256, started_at, finished_at, "
        "orders_new, orders_updated, orders_unchanged, orders_flagged, rows_rejected, "
        "user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    run.bind(1, m_options.mapping.name).bind(2, QFileInfo(file).fileName())
        .bind(3, sha256).bind(4, OrderWriter::nowUtc()).bind(5, OrderWriter::nowUtc())
        .bind(6, m_report.ordersNew).bind(7, m_report.ordersUpdated)
        .bind(8, m_report.ordersUnchanged).bind(9, m_report.ordersFlagged)
        .bind(10, m_report.rowsRejected).bind(11, Storage::Database::currentUser());
    if (!run.exec()) {
        m_report.fatal = Core::Error{run.error(), QStringLiteral("import_runs")};
        return false;
    }
    return true;
}

} // namespace Hearth::Orders::Internal
