#pragma once

#include "core/decimal.h"
#include "workflow/jsonobjecttext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Workflow {

/// Whom a task goes to: a role, an organisation unit, or both (a role inside a unit); never only
/// a named person, so that rules survive staff changes. The strategy picks the person.
struct Assignee
{
    QString role;      // "finance", "purchaser", ...
    QString unitCode;  // "WS-CAB" (a workshop), "INSTALL-SZ" (an installation team)
    QString strategy;  // "round_robin" or "least_open"

    bool operator==(const Assignee &) const = default;
};

/// One task the split (拆单) asks for. The key is stable for the same order and rules
/// ("work_order:WS-CAB", "purchase:SUP-GLASS", "collection:balance"), so that a re-split after
/// an amendment can tell which tasks are kept, changed, added or cancelled.
struct PlannedTask
{
    QString key;
    QString kind;   // work_order, purchase, collection, installation, shipment
    QString title;  // in the site's first language, as stored on the task
    Assignee assignee;
    int dueWorkingHours = 0;  // from the time the split runs, in the site's working time
    qint64 amountFen = 0;     // collections and purchases; 0 where no money is involved
    QStringList lineIds;      // the order lines this task covers
    JsonObjectText details;   // what the task needs: lines, quantities, supplier, workshop

    bool operator==(const PlannedTask &) const = default;
};

/// A panel (板件) of an exploded cabinet. Sizes are finished sizes in whole millimetres; area and
/// edge banding are exact integers (mm², mm) computed from them, per piece times quantity.
struct Part
{
    QString key;      // unique in the order: "<line no>.<cabinet>.<part code>"
    QString lineId;
    int lineNo = 0;
    QString taskKey;  // the work order that makes it
    QString code;     // "side", "top", "bottom", "back", "shelf", "door"
    QString name;     // 侧板, 顶板, ...
    qint64 lengthMm = 0;  // along the grain
    qint64 widthMm = 0;
    qint64 thicknessMm = 0;
    int quantity = 0;
    qint64 areaMm2 = 0;   // length × width × quantity
    qint64 edgeMm = 0;    // banded edge length × quantity
    QString edges;        // which edges are banded: "L1L2W1W2" style, L = long side
    QString grain;        // "length", "width" or "none"
    QString material;
    QString colour;

    bool operator==(const Part &) const = default;
};

/// Hardware (五金) for a line: hinges by door height, handles, runners, connectors.
struct HardwareItem
{
    QString key;  // unique in the order: "<line no>.<code>"
    QString lineId;
    int lineNo = 0;
    QString taskKey;
    QString code;  // "hinge", "handle", "runner", "shelf_pin", "connector"
    QString name;
    Core::Decimal quantity;
    QString unit;  // "piece", "set"

    bool operator==(const HardwareItem &) const = default;
};

/// What the split makes of one approved order.
struct SplitPlan
{
    QList<PlannedTask> tasks;
    QList<Part> parts;
    QList<HardwareItem> hardware;
    QStringList warnings;  // lines no rule matched, templates that did not apply

    const PlannedTask *task(const QString &key) const;
    QJsonObject toJson() const;
    /// The plan toJson() wrote (kept with the order to diff an amendment against).
    static SplitPlan fromJson(const QJsonObject &json);
    /// A hash of the plan's content, to tell whether a re-split changes anything.
    QString fingerprint() const;
};

/// What an amendment (改单) means downstream: the difference between two plans for one order.
struct PlanChange
{
    enum class Kind { Add, Adjust, Cancel };
    Kind kind = Kind::Add;
    QString taskKey;
    QString what;  // translated: "width 600 → 800 mm on line 2", "line 3 cancelled"
    PlannedTask before;
    PlannedTask after;
};

struct PlanDiff
{
    QList<PlanChange> changes;
    bool isEmpty() const { return changes.isEmpty(); }
    static PlanDiff compare(const SplitPlan &before, const SplitPlan &after);
};

} // namespace Hearth::Workflow
