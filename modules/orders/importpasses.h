#pragma once

#include "columnmap.h"
#include "filehashes.h"
#include "importer.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders::Internal {

class ParsedRows;
struct ParsedRow;

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
    bool check(QSet<QString> *badOrders);

    /// Writes every file's orders inside the caller's transaction. While checking, each row is
    /// also checked as it is read: at the first bad one writing stops, the rest is only
    /// checked, and the outcome is BadRows (the caller rolls back). Otherwise the orders in
    /// skip are left out.
    Outcome write(Storage::Connection &c, bool checking, const QSet<QString> &skip,
                  QSet<QString> *badOrders);

private:
    /// How a file's text dates fared, for judgeDates().
    struct DateTally
    {
        int read = 0;
        int failed = 0;
        int monthFirst = 0;  // of the failed, read as month/day/year
        int dayFirst = 0;    // and as day/month/year
    };

    void record(const ParsedRow &parsed, QSet<QString> *badOrders);

    /// At the end of a file: when most of its dates are not dates in the order used but most
    /// of those are in another, the report suggests that order (once a run).
    void judgeDates();

    /// The error of a file with a header but no rows.
    static Core::Error noDataRows(const QString &file);

    QString orderPlace(const QString &file, int row, const QString &channelOrderNo) const;

    /// The reading half of write(), on its own thread: every file's rows, parsed, in chunks;
    /// a file that cannot be opened or read, or has no rows, ends the run with its error.
    void readFiles(ParsedRows &queue) const;

    bool markReturns(Storage::Connection &c, const QString &file);

    bool recordRun(Storage::Connection &c, const QString &file, const QString &sha256);

    const ImportOptions &m_options;
    const QList<ColumnMap> &m_columnMaps;
    DateOrder m_dateOrder;
    ImportReport &m_report;
    const std::atomic<bool> &m_cancelled;
    std::function<void(int, const QString &)> m_progress;
    std::optional<FileHashes> m_hashes;
    DateTally m_dates;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::Internal::ImportPasses)
};

} // namespace Hearth::Orders::Internal
