#pragma once

#include "core/result.h"
#include "salesorder.h"
#include "storage/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders {

/// One entry of an order's timeline, from the audit trail.
struct TimelineEntry
{
    QString at;  // UTC, ISO 8601
    QString user;
    QString action;
    QString table;
    QString reason;
    QJsonObject before;
    QJsonObject after;
};

struct OrderNote
{
    QString id;
    QString author;
    QString body;
    QString createdAt;
};

struct OrderAttachment
{
    QString id;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString createdAt;
};

/// A field of an order that does not pass validation: which and why.
struct FieldError
{
    QString field;
    QString message;
};

/// What OrderRepository::writeOrder() changed besides the order's own row, for the caller to
/// record: the customer, partners and products before the order's entry (the order refers to
/// them), the lines after it (they refer to the order).
struct OrderRowChanges
{
    QList<Storage::ChangeLog::Change> parents;
    QList<Storage::ChangeLog::Change> lines;
};

/// Reads and writes sales orders with their lines, customer and partners. Every write is one
/// transaction that also writes the outbox and audit entries and the search index.
class OrderRepository
{
public:
    static QList<FieldError> validate(const SalesOrder &order);

    /// Creates the order (empty id) or updates it; fills in ids, order number and clock.
    static Core::Status save(SalesOrder &order, const QString &reason = QString());
    static Core::Result<SalesOrder> load(const QString &id);
    static Core::Result<SalesOrder> loadByOrderNo(const QString &orderNo);
    /// Marks the order deleted (a tombstone, so that the deletion syncs).
    static Core::Status remove(const QString &id, const QString &reason = QString());

    /// The order's history. Its lines' own entries are left out: the order's entry of the same
    /// change already shows its lines before and after.
    static QList<TimelineEntry> timeline(const QString &orderId);
    static QList<OrderNote> notes(const QString &orderId);
    static Core::Status addNote(const QString &orderId, const QString &body);
    static QList<OrderAttachment> attachments(const QString &orderId);
    static Core::Status addAttachment(const QString &orderId, const QString &filePath);

    /// The next free order number of this desk's series (OrderNumbers).
    static QString nextOrderNo(Storage::Connection &connection);

    /// The document that goes to the outbox and the audit trail: header, customer and lines.
    static QJsonObject toJson(const SalesOrder &order);

    /// The id of the partner row of a kind and code, and of the product row of a SKU: every
    /// desk (and the server's intake) that makes such a row makes it under one id, so that the
    /// same dealer or product entered on two desks offline meets as one row when they sync.
    static QString partnerId(const QString &kind, const QString &code);
    static QString productId(const QString &sku);
    /// Likewise the id of an order a channel sent (its channel and order number) and of its
    /// lines as first received (the order's id and the line's channel line number, else its
    /// line number): the same shop or dealer order imported on two desks offline, or sent to
    /// the server's intake besides, is one order with one set of lines.
    static QString channelOrderId(const QString &channel, const QString &channelOrderNo);
    static QString channelLineId(const QString &orderId, const OrderLine &line);

    // Building blocks shared with the importer; all run inside the caller's transaction.
    // With changes, the row inserted or updated is appended there, for the caller to record.
    /// A new customer's id is made from the channel, the customer's code and owner (the order's
    /// dealer or store code), so that the same customer imported on two desks is one row.
    static Core::Result<QString> upsertCustomer(
        Storage::Connection &c, Channel channel, const Customer &customer, const QString &hlc,
        const QString &now, QList<Storage::ChangeLog::Change> *changes = nullptr,
        const QString &owner = {});
    static Core::Result<QString> upsertPartner(
        Storage::Connection &c, const Partner &partner, const QString &hlc, const QString &now,
        QList<Storage::ChangeLog::Change> *changes = nullptr);
    static Core::Result<QString> upsertProduct(
        Storage::Connection &c, const OrderLine &line, const QString &hlc, const QString &now,
        QList<Storage::ChangeLog::Change> *changes = nullptr);
    /// Writes the order's row and its lines. A line keeps its row (and id) when it is the same
    /// line: the caller kept its id, else the channel's line number when both have one, else
    /// the line number of a stored line not matched before. Lines no longer in the order are
    /// tombstoned (deleted = 1), new lines get new ids. With changes, what it inserted, updated
    /// or tombstoned besides the order's row is appended there, for recordParents() and
    /// recordLines() around the order's entry.
    static Core::Status writeOrder(Storage::Connection &c, SalesOrder &order, bool isNew,
                                   const QString &now, OrderRowChanges *changes = nullptr);
    /// Records the customer, partner and product changes, each in its own row's history.
    static Core::Status recordParents(Storage::Connection &c, const OrderRowChanges &changes,
                                      const QString &reason);
    /// Records the line changes: table order_lines, row id the line's, shown in the order's
    /// history; an update names only the fields it changed.
    static Core::Status recordLines(Storage::Connection &c, const QString &orderId,
                                    const OrderRowChanges &changes, const QString &reason);
    static Core::Status writeSearchIndex(Storage::Connection &c, const SalesOrder &order);
    static Core::Result<SalesOrder> loadWith(Storage::Connection &c, const QString &id);
    /// Inserts a note by the current user; returns the document for its change-log entry
    /// (table order_notes, row id the order's), which the caller records.
    static Core::Result<QJsonObject> insertNote(Storage::Connection &c, const QString &orderId,
                                                const QString &body, const QString &hlc,
                                                const QString &now);

    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::OrderRepository)
};

} // namespace Hearth::Orders
