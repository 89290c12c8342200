#pragma once

#include "documentmaker.h"
#include "importreport.h"
#include "orderrepository.h"
#include "salesorder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <future>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders::Internal {

/// The writing half of an import: one order at a time, inside the run's transaction.
class OrderWriter
{
public:
    OrderWriter(Storage::Connection &c, ImportReport &report, const QString &file);

    void setFile(const QString &file);

    /// Writes one order of the file; a new order gets the note as an order note.
    Core::Status write(SalesOrder incoming, const QString &note = QString());

    /// The time now as ISO 8601 UTC text; formatted once per millisecond, not once per order.
    static QString nowUtc();

    /// Records the changes still waiting for their documents; call before the commit.
    Core::Status finish();

private:
    struct Insert
    {
        QString id;
        QString hlc;
        QJsonObject note;  // the change-log document of the order's note, if it has one
        QString noteHlc;
        OrderRowChanges rows;  // its customer, partners, products and lines, for sync
    };
    struct Batch
    {
        std::future<QList<QJsonObject>> documents;
        QList<Insert> inserts;
        QString reason;
    };

    // The import summary (ui/importsummary.cpp) reads this sentence back under this context.
    static QString flaggedText(const SalesOrder &existing);

    /// Keeps what the file would have changed on the order's timeline, as an order note (once
    /// for the same file and changes, so that importing the file again adds nothing).
    Core::Status noteFlagged(const SalesOrder &existing, const SalesOrder &incoming,
                             const QString &now);

    QString flaggedNote(const SalesOrder &was, const SalesOrder &is) const;

    /// What the file would change in the order, field by field, shortly.
    static QStringList changes(const SalesOrder &was, const SalesOrder &is);

    // An inserted order's outbox and audit entries are written a few dozen orders later, in
    // the same transaction, once the document thread has built its document.
    Core::Status recordInsert(SalesOrder written, Insert insert);

    void submit();

    Core::Status recordFirstBatch();

    static constexpr qsizetype batchSize = 32;
    static constexpr size_t maxBatches = 4;

    Storage::Connection &m_c;
    ImportReport &m_report;
    QString m_file;
    QString m_importedFrom;
    QString m_prefix;
    qint64 m_nextNo = 1;
    QSet<QString> m_writtenThisRun;
    DocumentMaker m_documents;
    QList<SalesOrder> m_orders;  // written, not yet handed to the document thread
    QList<Insert> m_inserts;
    std::deque<Batch> m_batches;

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::Internal::OrderWriter)
};

} // namespace Hearth::Orders::Internal
