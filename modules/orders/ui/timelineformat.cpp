#include "timelineformat.h"

#include "display.h"

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

} // namespace

TimelineText TimelineFormat::describe(const TimelineEntry &e)
{
    TimelineText t;
    t.when = Display::siteTime(e.at);
    t.who = e.user;
    const bool insert = e.action == QLatin1String("insert");
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
    } else if (e.table == QLatin1String("order_processes")) {
        t.what = tr("Process: %1").arg(e.reason);
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
