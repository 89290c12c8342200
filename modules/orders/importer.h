#pragma once

#include "channelmapping.h"
#include "core/result.h"
#include "importreport.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Hearth::Orders {

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
