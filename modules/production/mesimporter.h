#pragma once

#include "core/result.h"
#include "orders/rowerror.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

struct MesImportOptions
{
    QStringList files;      // .csv (any encoding order import reads) or .json
    QTimeZone siteZone;     // for times without an offset; invalid: the site's, from settings
    bool dryRun = false;    // check every row against the rules, write nothing
};

/// What an MES import did, file by file.
struct MesImportReport
{
    int rowsRead = 0;
    int eventsWritten = 0;
    int eventsUnchanged = 0;  // imported before (the same event_id): nothing new
    int rowsRejected = 0;
    QStringList filesWritten;
    QStringList filesRejected;  // a bad row or an unreadable file: nothing of it written
    QList<Orders::RowError> errors;  // at most maxErrors; rowsRejected counts them all
    QList<Core::Error> unreadable;   // files that could not be read at all
    bool cancelled = false;

    static constexpr int maxErrors = 1000;
    bool ok() const { return errors.isEmpty() && unreadable.isEmpty() && !cancelled; }
    /// A translated one-paragraph summary for the user.
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::MesImportReport)
};

/// Imports progress and actual times from an MES: one production event per row, with the
/// columns event_id, wo_no, seq, kind (start, report, finish, pack), good, scrap, station,
/// operator, at and optionally part (a PT: code or part id); Chinese headers (事件号,
/// 工单号, 工序号, 类型, 合格数, 报废数, 工位, 操作员, 时间, 板件) read as
/// well. A JSON file is an
/// array of such objects or {"rows": [...]}.
///
/// Each file is all or nothing: every row is checked (the cells, then the progress rules in
/// time order, as scans are) and a file with any bad row writes nothing and reports each row
/// with its column. Idempotent: event_id is the source key "mes:<event_id>", so a file imported
/// twice records its events once. Times without an offset are the site's, never the computer's.
class MesImporter : public QObject
{
    Q_OBJECT

public:
    explicit MesImporter(QObject *parent = nullptr);

    MesImportReport run(Storage::Connection &c, const MesImportOptions &options);
    /// Safe from another thread; the file being imported is rolled back.
    void cancel() { m_cancelled = true; }

    static QStringList columns();

signals:
    void progress(int permille, const QString &stage);

private:
    void importFile(Storage::Connection &c, const QString &file, const MesImportOptions &options,
                    const QTimeZone &zone, MesImportReport &report);

    std::atomic<bool> m_cancelled = false;
};

} // namespace Hearth::Production
