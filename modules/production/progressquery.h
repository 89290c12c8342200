#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// What a production event reports: an operation started, a quantity made (good and scrap),
/// the operation finished (with the last quantities), the work order packed.
enum class ProgressKind { Start, Report, Finish, Pack };

/// One operation of a work order with the progress derived from its events.
struct OperationProgress
{
    QString id;
    QString workOrderId;
    int seq = 0;
    QString name;
    QString workCenterId;
    QString workCenterCode;
    QString workCenterName;
    QString workCenterKind;  // cutting, edging, ..., packing
    int quantity = 0;
    QString status;          // waiting, started, done, cancelled
    int good = 0;            // sum over its report and finish events
    int scrap = 0;
    QDateTime actualStart;   // UTC: its first start event; invalid before
    QDateTime actualFinish;  // UTC: its last report or finish event once done; invalid before

    /// Parts still to be reported: quantity less good and scrap, never below zero.
    int left() const { return qMax(0, quantity - good - scrap); }
};

/// A work order, its sales order and its operations in sequence, with derived progress.
struct WorkOrderProgress
{
    QString id;
    QString woNo;
    QString orderId;
    QString orderNo;
    QString orderStatus;  // the sales order's status; "deleted" for a removed order
    QString taskKey;
    QString workshop;
    QString status;       // planned, released, started, made, packed, cancelled
    QDate dueDate;
    int parts = 0;
    QList<OperationProgress> operations;

    /// The operation with this id, or null.
    const OperationProgress *operation(const QString &operationId) const;
};

/// One production_events row, for lists (a station's recent events, a work order's history).
struct ProgressEventRow
{
    QString id;
    QString workOrderId;
    QString woNo;
    QString operationId;
    int seq = 0;               // 0 for a work order event (pack)
    QString operationName;
    QString partId;
    ProgressKind kind = ProgressKind::Report;
    int good = 0;
    int scrap = 0;
    QString station;           // the work center code it was reported at
    QString userId;
    QString userName;          // display name, empty when no user was given
    QDateTime at;              // UTC
    QString source;            // scan, mes
    QString sourceKey;
};

/// Reads work orders and their progress. Quantities and actual times are derived from the
/// append-only production_events; nothing here writes.
class ProgressQuery
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ProgressQuery)

public:
    static QString kindCode(ProgressKind kind);
    static std::optional<ProgressKind> kindFromCode(const QString &code);
    /// Translated: 开工, 报工, 完工, 包装.
    static QString kindLabel(ProgressKind kind);
    /// Translated titles of stored operation and work order statuses (WorkOrderStatuses);
    /// an unknown code as it is.
    static QString operationStatusLabel(const QString &status);
    static QString workOrderStatusLabel(const QString &status);

    static Core::Result<WorkOrderProgress> workOrder(Storage::Connection &c,
                                                     const QString &workOrderId);
    /// By number: exactly as given, else in upper case (a scanner with Caps Lock on).
    static Core::Result<WorkOrderProgress> workOrderByNo(Storage::Connection &c,
                                                         const QString &woNo);
    /// The newest events reported at a station (work center code), newest first.
    static Core::Result<QList<ProgressEventRow>> stationEvents(Storage::Connection &c,
                                                               const QString &station,
                                                               int limit = 50);
    /// A work order's events in time order.
    static Core::Result<QList<ProgressEventRow>> workOrderEvents(Storage::Connection &c,
                                                                 const QString &workOrderId);

    /// The site's zone (settings site.time_zone, Asia/Shanghai when unset) in which times are
    /// read and shown, whatever zone the computer is in.
    static QTimeZone siteZone(Storage::Connection &c);
    /// "2026-03-02 09:15" in the zone.
    static QString formatTime(const QDateTime &at, const QTimeZone &zone);

    /// Stored text of an instant: UTC ISO 8601 with milliseconds, and back.
    static QString isoUtc(const QDateTime &at);
    static QDateTime fromIso(const QString &text);
};

} // namespace Hearth::Production
