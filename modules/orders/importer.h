#pragma once

#include "channelmapping.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Hearth::Orders {

/// One bad cell or row: file, row, column and what was expected.
struct RowError
{
    QString file;
    int row = 0;
    QString column;
    QString message;

    QString toString() const;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::RowError)
};

enum class BadRowPolicy {
    Stop,        // report the errors and write nothing (the caller asks the user)
    ImportGood,  // skip the orders that have a bad row, import the rest
    ImportNone,  // write nothing
};

struct ImportOptions
{
    ChannelMapping mapping;
    QStringList files;
    BadRowPolicy badRows = BadRowPolicy::Stop;
    DateOrder dateOrder = DateOrder::Auto;  // overrides the mapping's when not Auto
    bool dryRun = false;                     // check and count, write nothing
};

struct ImportReport
{
    int rowsRead = 0;
    int rowsRejected = 0;
    int ordersNew = 0;
    int ordersUpdated = 0;
    int ordersUnchanged = 0;
    int ordersFlagged = 0;   // changed in the file, but the order has moved on: not updated
    int ordersRejected = 0;  // skipped for a bad row
    int linesWritten = 0;
    int returnsMarked = 0;
    QList<RowError> errors;  // at most maxErrors; rowsRejected counts them all
    QStringList flagged;     // "SO00000012 (channel no 123): why"
    bool needsDateOrder = false;  // the dates could be read both ways: ask the user
    QStringList dateSamples;      // a few of the ambiguous dates, for the question
    /// Set when most dates of a file are not dates in the order used but are in this one:
    /// the user likely chose the wrong date order.
    std::optional<DateOrder> likelyDateOrder;
    bool cancelled = false;
    bool written = false;
    std::optional<Core::Error> fatal;  // the file could not be read at all

    static constexpr int maxErrors = 1000;
    bool ok() const { return !fatal && !needsDateOrder && !cancelled; }
    /// A translated one-paragraph summary for the user.
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::ImportReport)
};

/// The first rows of a file as the mapping reads them, for the import dialog's preview.
struct ImportPreview
{
    QStringList fileHeaders;
    QStringList fields;             // mapped field names, in display order
    QList<QStringList> rows;        // values per field
    QList<RowError> errors;
    std::optional<Core::Error> fatal;
};

/// Imports channel export files into sales orders. Idempotent: channel plus the channel's order
/// number (and line number) identify a row, so the same file twice creates nothing new.
/// All files of one run are written in one transaction: a killed import leaves the database
/// as it was, and running it again finishes the job.
class Importer : public QObject
{
    Q_OBJECT

public:
    explicit Importer(QObject *parent = nullptr);

    ImportReport run(const ImportOptions &options);
    static ImportPreview preview(const ChannelMapping &mapping, const QString &file,
                                 int maxRows = 50);
    /// Safe to call from another thread, also before run() starts; the run stops at the next
    /// row and writes nothing. A cancelled Importer stays cancelled: make one per run.
    void cancel() { m_cancelled = true; }

signals:
    void progress(int permille, const QString &stage);

private:
    std::atomic<bool> m_cancelled = false;
};

} // namespace Hearth::Orders
