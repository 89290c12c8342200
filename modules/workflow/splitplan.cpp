#include "splitplan.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Hearth::Workflow {

namespace {

// The translation context of what PlanDiff says.
struct DiffText
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::PlanDiff)
};

QJsonObject assigneeJson(const Assignee &a)
{
    return {{QStringLiteral("role"), a.role},
            {QStringLiteral("unit"), a.unitCode},
            {QStringLiteral("strategy"), a.strategy}};
}

QJsonObject taskJson(const PlannedTask &t)
{
    return {{QStringLiteral("key"), t.key},
            {QStringLiteral("kind"), t.kind},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("assignee"), assigneeJson(t.assignee)},
            {QStringLiteral("due_working_hours"), t.dueWorkingHours},
            {QStringLiteral("amount_fen"), t.amountFen},
            {QStringLiteral("line_ids"), QJsonArray::fromStringList(t.lineIds)},
            {QStringLiteral("details"), t.details.object()}};
}

QJsonObject partJson(const Part &p)
{
    return {{QStringLiteral("key"), p.key},
            {QStringLiteral("line_id"), p.lineId},
            {QStringLiteral("line_no"), p.lineNo},
            {QStringLiteral("task_key"), p.taskKey},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("length_mm"), p.lengthMm},
            {QStringLiteral("width_mm"), p.widthMm},
            {QStringLiteral("thickness_mm"), p.thicknessMm},
            {QStringLiteral("quantity"), p.quantity},
            {QStringLiteral("area_mm2"), p.areaMm2},
            {QStringLiteral("edge_mm"), p.edgeMm},
            {QStringLiteral("edges"), p.edges},
            {QStringLiteral("grain"), p.grain},
            {QStringLiteral("material"), p.material},
            {QStringLiteral("colour"), p.colour}};
}

QJsonObject hardwareJson(const HardwareItem &h)
{
    return {{QStringLiteral("key"), h.key},
            {QStringLiteral("line_id"), h.lineId},
            {QStringLiteral("line_no"), h.lineNo},
            {QStringLiteral("task_key"), h.taskKey},
            {QStringLiteral("code"), h.code},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("quantity"), h.quantity.toString()},
            {QStringLiteral("unit"), h.unit}};
}

// One order line as the tasks' details describe it.
struct LineFacts
{
    int lineNo = 0;
    QJsonObject json;
};

QHash<QString, LineFacts> linesOf(const PlannedTask &t)
{
    QHash<QString, LineFacts> lines;
    for (const QJsonValue &v : t.details.value(QLatin1String("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        lines.insert(o.value(QLatin1String("line_id")).toString(),
                     {o.value(QLatin1String("line_no")).toInt(), o});
    }
    return lines;
}

QHash<QString, LineFacts> linesOf(const SplitPlan &plan)
{
    QHash<QString, LineFacts> lines;
    for (const PlannedTask &t : plan.tasks)
        lines.insert(linesOf(t));
    return lines;
}

QString lineLabel(const LineFacts &line)
{
    return DiffText::tr("line %1 (%2)")
        .arg(line.lineNo)
        .arg(line.json.value(QLatin1String("description")).toString());
}

// "line 2: width 600 → 800 mm, quantity 1 → 2"; empty when nothing a user reads changed.
QString lineChanges(const LineFacts &before, const LineFacts &after)
{
    QStringList changes;
    const auto text = [](const LineFacts &l, const char *key) {
        const QJsonValue v = l.json.value(QLatin1String(key));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    const std::pair<const char *, const char *> sizes[] = {
        {"width_mm", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "width %1 → %2 mm")},
        {"height_mm", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "height %1 → %2 mm")},
        {"depth_mm", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "depth %1 → %2 mm")},
        {"quantity", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "quantity %1 → %2")},
        {"amount", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "amount %1 → %2")},
        {"material", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "material %1 → %2")},
        {"colour", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "colour %1 → %2")},
        {"description", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "product %1 → %2")},
        {"template", QT_TRANSLATE_NOOP("Hearth::Workflow::PlanDiff", "template %1 → %2")},
    };
    for (const auto &[key, message] : sizes) {
        const QString a = text(before, key);
        const QString b = text(after, key);
        if (a != b) {
            const QString none = DiffText::tr("none");
            changes.append(
                DiffText::tr(message).arg(a.isEmpty() ? none : a, b.isEmpty() ? none : b));
        }
    }
    if (changes.isEmpty())
        return {};
    return DiffText::tr("line %1: %2").arg(after.lineNo).arg(changes.join(QStringLiteral(", ")));
}

template<typename Item>
int changedItems(const QList<Item> &before, const QList<Item> &after, const QString &taskKey)
{
    QHash<QString, const Item *> old;
    for (const Item &item : before) {
        if (item.taskKey == taskKey)
            old.insert(item.key, &item);
    }
    int changed = 0;
    for (const Item &item : after) {
        if (item.taskKey != taskKey)
            continue;
        const Item *was = old.take(item.key);
        if (!was || !(*was == item))
            ++changed;
    }
    return changed + int(old.size());
}

QList<LineFacts> sortedLines(const QHash<QString, LineFacts> &lines)
{
    QList<LineFacts> list = lines.values();
    std::sort(list.begin(), list.end(),
              [](const LineFacts &a, const LineFacts &b) { return a.lineNo < b.lineNo; });
    return list;
}

QString describeAdjust(const PlannedTask &before, const PlannedTask &after,
                       const SplitPlan &planBefore, const SplitPlan &planAfter,
                       const QHash<QString, LineFacts> &allAfter)
{
    QStringList items;
    const auto oldLines = linesOf(before);
    const auto newLines = linesOf(after);
    QHash<QString, LineFacts> both = oldLines;
    both.insert(newLines);
    for (const LineFacts &line : sortedLines(both)) {
        const QString id = line.json.value(QLatin1String("line_id")).toString();
        if (!oldLines.contains(id)) {
            items.append(DiffText::tr("%1 added").arg(lineLabel(line)));
        } else if (!newLines.contains(id)) {
            const QString label = lineLabel(line);
            items.append(allAfter.contains(id) ? DiffText::tr("%1 moved elsewhere").arg(label)
                                               : DiffText::tr("%1 cancelled").arg(label));
        } else if (const QString c = lineChanges(oldLines[id], newLines[id]); !c.isEmpty()) {
            items.append(c);
        }
    }
    if (const int n = changedItems(planBefore.parts, planAfter.parts, after.key))
        items.append(DiffText::tr("%n part(s) changed", nullptr, n));
    if (const int n = changedItems(planBefore.hardware, planAfter.hardware, after.key))
        items.append(DiffText::tr("%n hardware item(s) changed", nullptr, n));
    if (before.amountFen != after.amountFen) {
        items.append(DiffText::tr("amount %1 → %2")
                         .arg(Core::Money(before.amountFen).toString(),
                              Core::Money(after.amountFen).toString()));
    }
    if (before.dueWorkingHours != after.dueWorkingHours) {
        items.append(DiffText::tr("due in %1 → %2 working hours")
                         .arg(before.dueWorkingHours)
                         .arg(after.dueWorkingHours));
    }
    if (!(before.assignee == after.assignee))
        items.append(DiffText::tr("assigned to %1 → %2").arg(before.assignee.unitCode + u' '
                                                       + before.assignee.role,
                                                   after.assignee.unitCode + u' '
                                                       + after.assignee.role));
    if (items.isEmpty())
        items.append(DiffText::tr("details changed"));
    return items.join(QStringLiteral("; "));
}

QString labels(const QList<LineFacts> &lines)
{
    QStringList names;
    for (const LineFacts &line : lines)
        names.append(lineLabel(line));
    return names.join(QStringLiteral(", "));
}

} // namespace

const PlannedTask *SplitPlan::task(const QString &key) const
{
    for (const PlannedTask &t : tasks) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QJsonObject SplitPlan::toJson() const
{
    QJsonArray taskArray;
    for (const PlannedTask &t : tasks)
        taskArray.append(taskJson(t));
    QJsonArray partArray;
    for (const Part &p : parts)
        partArray.append(partJson(p));
    QJsonArray hardwareArray;
    for (const HardwareItem &h : hardware)
        hardwareArray.append(hardwareJson(h));
    return {{QStringLiteral("tasks"), taskArray},
            {QStringLiteral("parts"), partArray},
            {QStringLiteral("hardware"), hardwareArray},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

SplitPlan SplitPlan::fromJson(const QJsonObject &json)
{
    SplitPlan plan;
    for (const QJsonValue &v : json.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedTask t;
        t.key = o.value(QLatin1String("key")).toString();
        t.kind = o.value(QLatin1String("kind")).toString();
        t.title = o.value(QLatin1String("title")).toString();
        const QJsonObject assignee = o.value(QLatin1String("assignee")).toObject();
        t.assignee = {assignee.value(QLatin1String("role")).toString(),
                      assignee.value(QLatin1String("unit")).toString(),
                      assignee.value(QLatin1String("strategy")).toString()};
        t.dueWorkingHours = o.value(QLatin1String("due_working_hours")).toInt();
        t.amountFen = qint64(o.value(QLatin1String("amount_fen")).toDouble());
        for (const QJsonValue &id : o.value(QLatin1String("line_ids")).toArray())
            t.lineIds.append(id.toString());
        t.details = o.value(QLatin1String("details")).toObject();
        plan.tasks.append(t);
    }
    for (const QJsonValue &v : json.value(QLatin1String("parts")).toArray()) {
        const QJsonObject o = v.toObject();
        Part p;
        p.key = o.value(QLatin1String("key")).toString();
        p.lineId = o.value(QLatin1String("line_id")).toString();
        p.lineNo = o.value(QLatin1String("line_no")).toInt();
        p.taskKey = o.value(QLatin1String("task_key")).toString();
        p.code = o.value(QLatin1String("code")).toString();
        p.name = o.value(QLatin1String("name")).toString();
        p.lengthMm = qint64(o.value(QLatin1String("length_mm")).toDouble());
        p.widthMm = qint64(o.value(QLatin1String("width_mm")).toDouble());
        p.thicknessMm = qint64(o.value(QLatin1String("thickness_mm")).toDouble());
        p.quantity = o.value(QLatin1String("quantity")).toInt();
        p.areaMm2 = qint64(o.value(QLatin1String("area_mm2")).toDouble());
        p.edgeMm = qint64(o.value(QLatin1String("edge_mm")).toDouble());
        p.edges = o.value(QLatin1String("edges")).toString();
        p.grain = o.value(QLatin1String("grain")).toString();
        p.material = o.value(QLatin1String("material")).toString();
        p.colour = o.value(QLatin1String("colour")).toString();
        plan.parts.append(p);
    }
    for (const QJsonValue &v : json.value(QLatin1String("hardware")).toArray()) {
        const QJsonObject o = v.toObject();
        HardwareItem h;
        h.key = o.value(QLatin1String("key")).toString();
        h.lineId = o.value(QLatin1String("line_id")).toString();
        h.lineNo = o.value(QLatin1String("line_no")).toInt();
        h.taskKey = o.value(QLatin1String("task_key")).toString();
        h.code = o.value(QLatin1String("code")).toString();
        h.name = o.value(QLatin1String("name")).toString();
        h.quantity = Core::Decimal::parse(o.value(QLatin1String("quantity")).toString())
                         .value_or(Core::Decimal());
        h.unit = o.value(QLatin1String("unit")).toString();
        plan.hardware.append(h);
    }
    for (const QJsonValue &v : json.value(QLatin1String("warnings")).toArray())
        plan.warnings.append(v.toString());
    return plan;
}

QString SplitPlan::fingerprint() const
{
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

PlanDiff PlanDiff::compare(const SplitPlan &before, const SplitPlan &after)
{
    PlanDiff diff;
    const QHash<QString, LineFacts> linesBefore = linesOf(before);
    const QHash<QString, LineFacts> linesAfter = linesOf(after);

    for (const PlannedTask &old : before.tasks) {
        const PlannedTask *now = after.task(old.key);
        if (!now) {
            PlanChange c;
            c.kind = PlanChange::Kind::Cancel;
            c.taskKey = old.key;
            c.before = old;
            QList<LineFacts> gone;
            for (const LineFacts &line : sortedLines(linesOf(old))) {
                if (!linesAfter.contains(line.json.value(QLatin1String("line_id")).toString()))
                    gone.append(line);
            }
            c.what = gone.isEmpty() ? DiffText::tr("no longer needed")
                                    : DiffText::tr("%1 cancelled").arg(labels(gone));
            diff.changes.append(c);
            continue;
        }
        const bool same = old == *now && changedItems(before.parts, after.parts, old.key) == 0
            && changedItems(before.hardware, after.hardware, old.key) == 0;
        if (same)
            continue;
        PlanChange c;
        c.kind = PlanChange::Kind::Adjust;
        c.taskKey = old.key;
        c.before = old;
        c.after = *now;
        c.what = describeAdjust(old, *now, before, after, linesAfter);
        diff.changes.append(c);
    }
    for (const PlannedTask &now : after.tasks) {
        if (before.task(now.key))
            continue;
        PlanChange c;
        c.kind = PlanChange::Kind::Add;
        c.taskKey = now.key;
        c.after = now;
        QList<LineFacts> added;
        const QList<LineFacts> lines = sortedLines(linesOf(now));
        for (const LineFacts &line : lines) {
            if (!linesBefore.contains(line.json.value(QLatin1String("line_id")).toString()))
                added.append(line);
        }
        c.what = !added.isEmpty() ? DiffText::tr("%1 added").arg(labels(added))
                                  : DiffText::tr("new for %1").arg(labels(lines));
        diff.changes.append(c);
    }
    return diff;
}

} // namespace Hearth::Workflow
