#pragma once

#include "scanevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Hearth::Warehouse {

/// The warehouse jobs people scan for: receive (收货入库), issue to a work order
/// (领料出库), transfer between bins (移库), count (盘点), pack (包装), load a truck
/// (装车).
enum class ScanJob { Receive, Issue, Transfer, Count, Pack, Load };

/// What one scan did, as the scanning page shows it: a colour and a sound per outcome.
struct ScanResult
{
    enum class Outcome { Ok, Wrong, Duplicate };
    Outcome outcome = Outcome::Wrong;
    QString message;  // translated, the big line: what was scanned or why it is refused
    QString detail;   // translated, the line under it: what happened or what to do next
};

/// The job logic behind a scanning page: takes each scan and says what it did. A wrong or
/// duplicate scan changes nothing. Handlers for the jobs come from a factory (setFactory),
/// so the stock logic can take over from the code check without the page knowing it.
class ScanHandler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ScanHandler)

public:
    using Factory = std::function<std::unique_ptr<ScanHandler>(ScanJob job)>;

    virtual ~ScanHandler() = default;

    virtual ScanResult handle(const ScanEvent &event) = 0;
    /// What to scan next, translated: "Scan a package label".
    virtual QString prompt() const = 0;
    /// Starts over: a new delivery, pallet or truck.
    virtual void reset() {}

    static QList<ScanJob> jobs();
    /// The job's name, translated: "Receive".
    static QString jobName(ScanJob job);
    /// The id used in settings and page ids: "receive".
    static QString jobId(ScanJob job);

    /// Replaces the handler factory; an empty factory restores the code check.
    static void setFactory(Factory factory);
    /// A handler for job from the factory; the code check (CodeCheckHandler) when none is set
    /// or the factory has none for the job.
    static std::unique_ptr<ScanHandler> create(ScanJob job);
};

} // namespace Hearth::Warehouse
