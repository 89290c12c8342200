#pragma once

#include "core/result.h"
#include "progressquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// A read at a station (工位): a work order or part code and what the operator reports on it.
struct ProgressScan
{
    QString scanId;        // the desk's id of this read; a repeat with the same id does nothing
    QString stationId;     // the work center the desk stands at
    QString code;          // what the scanner sent: WO:… or PT:… (see ShopfloorCode)
    ProgressKind kind = ProgressKind::Report;
    int good = 0;
    int scrap = 0;
    QString userId;        // who reports; empty when not known
    QDateTime at;          // when; invalid for now
    /// The work order on the station's screen, if any: a part of another work order is
    /// refused rather than booked there.
    QString workOrderId;
    /// Start the operation first when it is still waiting (per-part scanning: the first part
    /// through the machine starts it). The start event's key is scanId + ":start".
    bool startIfWaiting = false;
    /// Record a report that brings the operation to its full quantity as its finish.
    bool finishWhenComplete = false;
};

/// A production event resolved to its operation: what a scan becomes, and what an MES import
/// sends directly.
struct ProgressEvent
{
    QString workOrderId;   // required for Pack; else taken from the operation
    QString operationId;   // required except for Pack
    QString partId;        // order_parts id when a part was scanned
    ProgressKind kind = ProgressKind::Report;
    int good = 0;
    int scrap = 0;
    QString station;       // the work center code reported at; empty for the operation's own
    QString userId;
    QDateTime at;          // UTC instant; invalid for now
    QString source;        // "scan", "mes"
    QString sourceKey;     // unique: the scan id, or "mes:<event id>"
};

/// What a recorded (or repeated) event did, for the station's screen.
struct ProgressOutcome
{
    bool repeated = false;      // the key was recorded before: nothing new was written
    QString eventId;            // the row written, or the one found for a repeat
    WorkOrderProgress workOrder;  // as it is now
    QString operationId;
    QString message;            // "WO2603-0012 20 封边: started", translated
    QStringList warnings;       // accepted, but worth a look (finished short, ahead of the
                                // operation before)
};

/// The work order and operation a code read at a station refers to, for showing before the
/// operator reports anything.
struct ScanTarget
{
    WorkOrderProgress workOrder;
    QString operationId;   // the operation at this station a report would go to; may be empty
    QString partId;
    QString partName;
    int partQuantity = 0;

    const OperationProgress *operation() const { return workOrder.operation(operationId); }
};

/// Records shop-floor progress (报工) as append-only production_events, and keeps the
/// operation's status (waiting → started → done) and the work order's (planned/released →
/// started → made → packed) in step, in one transaction with the change log.
///
/// Rules: an operation starts before it reports or finishes, and never before the operation
/// ahead of it has good output (a later operation may overlap an earlier one once that has
/// made parts; going past the earlier one's good count is accepted with a warning); good plus
/// scrap never exceed the operation's quantity; a part is reported at an operation at most as
/// many times as its quantity; cancelled work orders and those of cancelled or deleted orders
/// take no progress. A refusal says what is wrong and writes nothing.
/// TODO(#4): taking back a wrong report (an 'undo' event that cancels an earlier one).
class ProgressRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ProgressRecorder)

public:
    explicit ProgressRecorder(Storage::Connection &connection);

    /// The work order and operation a code scanned at a station refers to; an error for an
    /// unknown code, work order or part, or a work order with no operation at the station.
    /// kind picks the operation when the work order runs through the station more than once;
    /// without it, the first one not finished.
    Core::Result<ScanTarget> resolve(const QString &stationId, const QString &code,
                                     std::optional<ProgressKind> kind = std::nullopt);

    /// Resolves and records a scan in its own transaction.
    Core::Result<ProgressOutcome> record(const ProgressScan &scan);
    /// Records a resolved event in its own transaction.
    Core::Result<ProgressOutcome> record(const ProgressEvent &event);
    /// Records a resolved event inside the caller's open transaction (an import of many);
    /// on an error nothing of this event is written, but the caller must roll back its own.
    Core::Result<ProgressOutcome> recordInTransaction(const ProgressEvent &event);

    /// The zone times in messages are shown in; the site's zone unless set.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

private:
    struct Resolved;

    Core::Result<Resolved> resolveCode(const QString &stationId, const QString &code,
                                       const QString &contextWorkOrderId, bool needOperation);
    Core::Result<ProgressOutcome> apply(const ProgressEvent &event);
    /// After a commit: a made work order completes its task and may move the order on
    /// (ProductionHandoff); what it did joins the outcome's message, a failure its warnings.
    void handOff(ProgressOutcome &outcome);
    Core::Status checkWorkOrderOpen(const WorkOrderProgress &w) const;

    Storage::Connection &m_c;
    QTimeZone m_zone;
};

} // namespace Hearth::Production
