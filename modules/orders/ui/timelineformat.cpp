#include "timelineformat.h"

#include "display.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <map>

namespace Hearth::Orders {

namespace {

QString orderValue(const QString &key, const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toInteger());
    else if (value.isBool())
        text = value.toBool() ? TimelineFormat::tr("yes") : TimelineFormat::tr("no");
    if (key == QLatin1String("channel"))
        return channelFromCode(text) ? channelName(*channelFromCode(text)) : text;
    if (key == QLatin1String("status"))
        return statusFromCode(text) ? statusName(*statusFromCode(text)) : text;
    if (key == QLatin1String("unit"))
        return unitFromCode(text) ? unitName(*unitFromCode(text)) : text;
    if (key == QLatin1String("deposit_fen"))
        return Display::moneyFen(value.toInteger());
    if (key == QLatin1String("discount")) {
        const auto rate = Core::Decimal::parse(text);
        return rate ? Display::discountPercent(*rate) : text;
    }
    if (key == QLatin1String("total") || key == QLatin1String("amount")
        || key == QLatin1String("unit_price") || key == QLatin1String("profit")) {
        const auto amount = Core::Decimal::parse(text);
        return amount ? Display::money(*amount) : text;
    }
    return text;
}

QString shown(const QString &text)
{
    return text.isEmpty() ? TimelineFormat::tr("(empty)") : text;
}

QString reasonText(const QString &reason)
{
    if (reason == TimelineFormat::reasonEdit())
        return TimelineFormat::tr("edited in the orders page");
    if (reason == TimelineFormat::reasonUndo())
        return TimelineFormat::tr("undo of an edit");
    if (reason == TimelineFormat::reasonRedo())
        return TimelineFormat::tr("redo of an edit");
    // Production's work order maker writes this one in the language of the desk that ran it.
    if (reason == QLatin1String("made from the split"))
        return TimelineFormat::tr("made from the split");
    // The importer writes its reasons as English text with the file's name in it.
    static const QRegularExpression imported(QStringLiteral("^(re-)?imported from (.+)$"));
    if (const QRegularExpressionMatch m = imported.match(reason); m.hasMatch()) {
        const QString file = m.captured(2);
        return m.capturedLength(1) > 0 ? TimelineFormat::tr("re-imported from %1").arg(file)
                                       : TimelineFormat::tr("imported from %1").arg(file);
    }
    return reason;
}

QString lineTitle(const QJsonObject &line)
{
    const QString name = line.value(QLatin1String("description")).toString();
    const QString sku = line.value(QLatin1String("sku")).toString();
    return name.isEmpty() ? sku : name;
}

} // namespace

QStringList TimelineFormat::changes(const QJsonObject &before, const QJsonObject &after)
{
    // Fields in the order a person reads an order; ids, numbers and clocks are left out.
    const std::pair<const char *, const char *> headerFields[] = {
        {"channel", QT_TR_NOOP("Channel")},
        {"channel_order_no", QT_TR_NOOP("Channel order no.")},
        {"customer", QT_TR_NOOP("Customer")},
        {"mobile", QT_TR_NOOP("Mobile")},
        {"address", QT_TR_NOOP("Address")},
        {"dealer", QT_TR_NOOP("Dealer")},
        {"store", QT_TR_NOOP("Store")},
        {"designer", QT_TR_NOOP("Designer")},
        {"signed_on", QT_TR_NOOP("Signed")},
        {"promised_on", QT_TR_NOOP("Promised")},
        {"shipped_on", QT_TR_NOOP("Shipped")},
        {"status", QT_TR_NOOP("Status")},
        {"deposit_fen", QT_TR_NOOP("Deposit")},
        {"total", QT_TR_NOOP("Total")},
    };
    const std::pair<const char *, const char *> lineFields[] = {
        {"sku", QT_TR_NOOP("SKU")},
        {"description", QT_TR_NOOP("description")},
        {"width_mm", QT_TR_NOOP("width (mm)")},
        {"height_mm", QT_TR_NOOP("height (mm)")},
        {"depth_mm", QT_TR_NOOP("depth (mm)")},
        {"material", QT_TR_NOOP("material")},
        {"colour", QT_TR_NOOP("colour")},
        {"unit", QT_TR_NOOP("unit")},
        {"quantity", QT_TR_NOOP("quantity")},
        {"unit_price", QT_TR_NOOP("unit price")},
        {"discount", QT_TR_NOOP("discount")},
        {"amount", QT_TR_NOOP("amount")},
    };

    QStringList result;
    for (const auto &[key, label] : headerFields) {
        const QString k = QLatin1String(key);
        const QString from = orderValue(k, before.value(k));
        const QString to = orderValue(k, after.value(k));
        if (from != to)
            result.append(tr("%1: %2 → %3").arg(tr(label), shown(from), shown(to)));
    }

    std::map<int, QJsonObject> oldLines;
    std::map<int, QJsonObject> newLines;
    for (const QJsonValue &v : before.value(QLatin1String("lines")).toArray())
        oldLines[v.toObject().value(QLatin1String("line_no")).toInt()] = v.toObject();
    for (const QJsonValue &v : after.value(QLatin1String("lines")).toArray())
        newLines[v.toObject().value(QLatin1String("line_no")).toInt()] = v.toObject();
    for (const auto &[no, line] : newLines) {
        const auto old = oldLines.find(no);
        if (old == oldLines.end()) {
            result.append(tr("Line %1 added: %2").arg(no).arg(lineTitle(line)));
            continue;
        }
        QStringList parts;
        for (const auto &[key, label] : lineFields) {
            const QString k = QLatin1String(key);
            const QString from = orderValue(k, old->second.value(k));
            const QString to = orderValue(k, line.value(k));
            if (from != to)
                parts.append(tr("%1 %2 → %3").arg(tr(label), shown(from), shown(to)));
        }
        if (!parts.isEmpty())
            result.append(tr("Line %1: %2").arg(no).arg(parts.join(tr(", "))));
    }
    for (const auto &[no, line] : oldLines) {
        if (!newLines.count(no))
            result.append(tr("Line %1 removed: %2").arg(no).arg(lineTitle(line)));
    }
    return result;
}

namespace {

/// "%1" is the task's title.
QString taskEvent(const QString &event)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "Task created: %1")},
        {QStringLiteral("claimed"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "Task claimed: %1")},
        {QStringLiteral("handed_over"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                          "Task handed over: %1")},
        {QStringLiteral("started"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "Task started: %1")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                        "Task completed: %1")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                        "Task cancelled: %1")},
        {QStringLiteral("adjusted"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                       "Task changed: %1")},
        {QStringLiteral("escalated"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                        "Task overdue, escalated: %1")},
    };
    const char *text = texts.value(event, QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                            "Task: %1"));
    return QCoreApplication::translate("Hearth::Orders::TimelineFormat", text);
}

QString approvalEvent(const QJsonObject &a)
{
    const QString status = a.value(QLatin1String("status")).toString();
    const int step = a.value(QLatin1String("step")).toInt();
    const QString reason = a.value(QLatin1String("reason")).toString();
    const QString comment = a.value(QLatin1String("comment")).toString();
    if (status == QLatin1String("approved"))
        return TimelineFormat::tr("Approved (step %1): %2").arg(step).arg(comment);
    if (status == QLatin1String("rejected"))
        return TimelineFormat::tr("Rejected (step %1): %2").arg(step).arg(comment);
    if (status == QLatin1String("withdrawn"))
        return TimelineFormat::tr("Approval withdrawn (step %1)").arg(step);
    if (status == QLatin1String("pending"))
        return TimelineFormat::tr("Approval asked (step %1): %2").arg(step).arg(reason);
    return TimelineFormat::tr("Approval waits for the step before (step %1): %2")
        .arg(step)
        .arg(reason);
}

QString translated(const QHash<QString, const char *> &texts, const QString &code)
{
    const char *text = texts.value(code);
    return text ? QCoreApplication::translate("Hearth::Orders::TimelineFormat", text) : code;
}

/// A work order's status (as production stores it) inside a sentence.
QString workOrderStatus(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "planned")},
        {QStringLiteral("released"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                       "released")},
        {QStringLiteral("started"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "in production")},
        {QStringLiteral("made"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat", "made")},
        {QStringLiteral("packed"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                     "packed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                        "cancelled")},
    };
    return translated(texts, code);
}

QString operationStatus(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("waiting"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "waiting")},
        {QStringLiteral("started"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                      "started")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat", "done")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Hearth::Orders::TimelineFormat",
                                                        "cancelled")},
    };
    return translated(texts, code);
}

QString workOrderValue(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (key == QLatin1String("area_mm2"))
        return TimelineFormat::tr("%1 m²").arg(double(value.toInteger()) / 1e6, 0, 'f', 2);
    if (key == QLatin1String("edge_mm"))
        return TimelineFormat::tr("%1 m").arg(double(value.toInteger()) / 1e3, 0, 'f', 1);
    if (key == QLatin1String("status"))
        return workOrderStatus(value.toString());
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

/// The figures of a work order that a changed work order lists (an amendment's new parts).
QStringList workOrderChanges(const QJsonObject &before, const QJsonObject &after)
{
    const std::pair<const char *, const char *> fields[] = {
        {"parts", QT_TR_NOOP("parts")},
        {"area_mm2", QT_TR_NOOP("area")},
        {"edge_mm", QT_TR_NOOP("edge banding")},
        {"material", QT_TR_NOOP("material")},
        {"colour", QT_TR_NOOP("colour")},
        {"due_date", QT_TR_NOOP("due date")},
        {"priority", QT_TR_NOOP("priority")},
        {"status", QT_TR_NOOP("status")},
    };
    QStringList result;
    for (const auto &[key, label] : fields) {
        const QString k = QLatin1String(key);
        const QString from = workOrderValue(k, before.value(k));
        const QString to = workOrderValue(k, after.value(k));
        if (from != to) {
            result.append(TimelineFormat::tr("%1 %2 → %3")
                              .arg(QCoreApplication::translate("Hearth::Orders::TimelineFormat",
                                                               label),
                                   shown(from), shown(to)));
        }
    }
    return result;
}

// A shop-floor event recorded this long after it happened shows its own time.
constexpr qint64 ReportedLateSeconds = 10 * 60;

/// Work orders (工单), their operations and shop-floor events, which production records under
/// the order's id with an "event" in the document.
void describeProduction(const TimelineEntry &e, TimelineText &t)
{
    const QString event = e.after.value(QLatin1String("event")).toString();
    QString woNo = e.after.value(QLatin1String("wo_no")).toString();
    if (woNo.isEmpty())
        woNo = e.before.value(QLatin1String("wo_no")).toString();
    if (e.table == QLatin1String("work_orders")) {
        const QString status = e.after.value(QLatin1String("status")).toString();
        if (event == QLatin1String("created")) {
            t.what = TimelineFormat::tr("Work order %1 created").arg(woNo);
            const int parts = e.after.value(QLatin1String("parts")).toInt();
            t.changes.append(TimelineFormat::tr("%n part(s), %1", nullptr, parts)
                                 .arg(workOrderValue(QStringLiteral("area_mm2"),
                                                     e.after.value(QLatin1String("area_mm2")))));
        } else if (event == QLatin1String("changed")) {
            t.what = TimelineFormat::tr("Work order %1 changed").arg(woNo);
            t.changes = workOrderChanges(e.before, e.after);
        } else if (event == QLatin1String("cancelled")) {
            t.what = TimelineFormat::tr("Work order %1 cancelled").arg(woNo);
        } else if (event == QLatin1String("work_order_made")) {
            t.what = TimelineFormat::tr("Work order %1 made: every operation done").arg(woNo);
        } else {
            // A shop-floor report that starts or packs a work order says so on its own line.
            t.minor = event == QLatin1String("work_order_started")
                      || event == QLatin1String("work_order_packed");
            t.what = TimelineFormat::tr("Work order %1: %2").arg(woNo, workOrderStatus(status));
        }
        return;
    }
    if (e.table == QLatin1String("operations")) {
        t.minor = event.startsWith(QLatin1String("operation_"));
        t.what = TimelineFormat::tr("Work order %1, operation %2: %3")
                     .arg(woNo)
                     .arg(e.after.value(QLatin1String("seq")).toInt())
                     .arg(operationStatus(e.after.value(QLatin1String("status")).toString()));
        return;
    }
    const QString kind = e.after.value(QLatin1String("kind")).toString();
    const QString operation = e.after.value(QLatin1String("operation")).toString();
    const int good = e.after.value(QLatin1String("good_qty")).toInt();
    const int scrap = e.after.value(QLatin1String("scrap_qty")).toInt();
    if (kind == QLatin1String("start"))
        t.what = TimelineFormat::tr("Work order %1 started (%2)").arg(woNo, operation);
    else if (kind == QLatin1String("report"))
        t.what = TimelineFormat::tr("Work order %1 reported (%2)").arg(woNo, operation);
    else if (kind == QLatin1String("finish"))
        t.what = TimelineFormat::tr("Work order %1 finished (%2)").arg(woNo, operation);
    else if (kind == QLatin1String("pack"))
        t.what = TimelineFormat::tr("Work order %1 packed").arg(woNo);
    else
        t.what = TimelineFormat::tr("Work order %1: production reported").arg(woNo);
    if (good > 0 || scrap > 0)
        t.changes.append(TimelineFormat::tr("%1 good, %2 scrap").arg(good).arg(scrap));
    const QString station = e.after.value(QLatin1String("station")).toString();
    if (!station.isEmpty())
        t.changes.append(TimelineFormat::tr("Station %1").arg(station));
    if (e.after.value(QLatin1String("source")) == QLatin1String("mes"))
        t.changes.append(TimelineFormat::tr("Imported from the MES"));
    // A report recorded later than it happened (an MES import, a desk that was offline) says
    // when it happened on the floor.
    const QString at = e.after.value(QLatin1String("at")).toString();
    const QDateTime happened = QDateTime::fromString(at, Qt::ISODate);
    const QDateTime recorded = QDateTime::fromString(e.at, Qt::ISODate);
    if (happened.isValid() && recorded.isValid()
        && qAbs(happened.secsTo(recorded)) > ReportedLateSeconds)
        t.changes.append(TimelineFormat::tr("Reported for %1").arg(Display::siteTime(at)));
}

} // namespace

namespace {

QHash<QString, TimelineFormat::Describer> &describers()
{
    static QHash<QString, TimelineFormat::Describer> registered;
    return registered;
}

} // namespace

void TimelineFormat::addDescriber(const QString &table, Describer describer)
{
    describers().insert(table, std::move(describer));
}

TimelineText TimelineFormat::describe(const TimelineEntry &e)
{
    TimelineText t;
    t.when = Display::siteTime(e.at);
    t.who = e.user;
    const bool insert = e.action == QLatin1String("insert");
    const auto describer = describers().constFind(e.table);
    if (describer != describers().constEnd()) {
        (*describer)(e, &t);
        return t;
    }
    if (e.table == QLatin1String("order_notes")) {
        t.what = tr("Added a note");
        t.changes.append(e.after.value(QLatin1String("note")).toString());
    } else if (e.table == QLatin1String("order_attachments")) {
        t.what = tr("Attached a file");
        t.changes.append(e.after.value(QLatin1String("file")).toString());
    } else if (e.table == QLatin1String("tasks")) {
        t.what = taskEvent(e.after.value(QLatin1String("event")).toString())
                     .arg(e.after.value(QLatin1String("title")).toString());
        if (e.after.value(QLatin1String("event")) == QLatin1String("completed")) {
            if (const QString result = e.after.value(QLatin1String("result")).toString();
                !result.isEmpty())
                t.changes.append(result);
        }
    } else if (e.table == QLatin1String("task_comments")) {
        t.what = tr("Commented on a task");
        t.changes.append(e.after.value(QLatin1String("body")).toString());
    } else if (e.table == QLatin1String("approvals")) {
        t.what = approvalEvent(e.after);
    } else if (e.table == QLatin1String("review_findings")) {
        t.what = tr("Order review: %1").arg(e.reason);
        for (const QJsonValue &f : e.after.value(QLatin1String("findings")).toArray())
            t.changes.append(f.toObject().value(QLatin1String("message")).toString());
        return t;
    } else if (e.table == QLatin1String("work_orders") || e.table == QLatin1String("operations")
               || e.table == QLatin1String("production_events")) {
        describeProduction(e, t);
    } else if (e.table == QLatin1String("order_processes")) {
        t.what = tr("Process: %1").arg(e.reason);
        return t;
    } else if (e.table != QLatin1String("sales_orders")) {
        // A table no module describes yet: say which record changed rather than the order.
        t.what = tr("Recorded a change to %1").arg(e.table);
        return t;
    } else if (insert) {
        const int lines = int(e.after.value(QLatin1String("lines")).toArray().size());
        t.what = tr("Created the order with %n line(s), total %1", nullptr, lines)
                     .arg(orderValue(QStringLiteral("total"),
                                     e.after.value(QLatin1String("total"))));
    } else if (e.action == QLatin1String("delete")) {
        t.what = tr("Deleted the order");
    } else {
        t.what = tr("Changed the order");
        t.changes = changes(e.before, e.after);
        if (t.changes.isEmpty())
            t.changes.append(tr("No visible change"));
    }
    const QString reason = reasonText(e.reason);
    if (!reason.isEmpty())
        t.what += tr(" (%1)").arg(reason);
    return t;
}

} // namespace Hearth::Orders
