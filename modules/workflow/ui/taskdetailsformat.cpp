#include "taskdetailsformat.h"

#include "core/decimal.h"
#include "core/money.h"
#include "taskdisplay.h"
#include "widgets/sitetime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Hearth::Workflow {

namespace {

struct CodeTitle
{
    const char *code;
    const char *title;
};

template<std::size_t N>
std::optional<QString> titleOf(const CodeTitle (&table)[N], const QString &code)
{
    for (const CodeTitle &c : table) {
        if (code == QLatin1String(c.code))
            return TaskDetailsFormat::tr(c.title);
    }
    return std::nullopt;
}

bool isScalar(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject();
}

bool endsWith(const QString &key, const char *suffix)
{
    return key.endsWith(QLatin1String(suffix));
}

// A code beside its name ("workshop": "WS-CAB", "workshop_name": "柜体车间") shows as the name.
bool hiddenIn(const QJsonObject &object, const QString &key)
{
    return TaskDetailsFormat::isHidden(key) || object.contains(key + QLatin1String("_name"));
}

bool isNumeric(const QString &key)
{
    return endsWith(key, "_fen") || endsWith(key, "_mm") || endsWith(key, "_mm2")
        || endsWith(key, "_m") || endsWith(key, "_m2") || key.startsWith(QLatin1String("quantity"))
        || key == QLatin1String("line_no") || key == QLatin1String("amount")
        || key == QLatin1String("unit_price");
}

QString cellAlign(const QString &key)
{
    return isNumeric(key) ? QStringLiteral(" align='right'") : QString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Where a column goes in a table: what a thing is first, then its size and count, then its
// finish and what it costs; keys not listed follow by name.
int columnRank(const QString &key)
{
    static const QStringList order{
        QStringLiteral("line_no"),      QStringLiteral("name"),        QStringLiteral("code"),
        QStringLiteral("description"),  QStringLiteral("product"),     QStringLiteral("length_mm"),
        QStringLiteral("width_mm"),     QStringLiteral("height_mm"),   QStringLiteral("depth_mm"),
        QStringLiteral("thickness_mm"), QStringLiteral("quantity"),
        QStringLiteral("quantity_micros"), QStringLiteral("unit"),     QStringLiteral("material"),
        QStringLiteral("colour"),       QStringLiteral("grain"),       QStringLiteral("edges"),
        QStringLiteral("edge_mm"),      QStringLiteral("area_mm2"),    QStringLiteral("unit_price"),
        QStringLiteral("amount"),       QStringLiteral("amount_fen")};
    const qsizetype rank = order.indexOf(key);
    return rank < 0 ? int(order.size()) : int(rank);
}

QString tableOf(const QJsonArray &records)
{
    QStringList columns;
    for (const QJsonValue &r : records) {
        const QJsonObject o = r.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!hiddenIn(o, it.key()) && !columns.contains(it.key()))
                columns.append(it.key());
        }
    }
    std::stable_sort(columns.begin(), columns.end(), [](const QString &a, const QString &b) {
        return columnRank(a) < columnRank(b);
    });
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%' "
                                  "style='border-collapse:collapse'><tr>");
    for (const QString &c : std::as_const(columns)) {
        html += QStringLiteral("<th%1 style='background:#f3f4f6;color:#374151'>%2</th>")
                    .arg(cellAlign(c), escaped(TaskDetailsFormat::label(c)));
    }
    html += QStringLiteral("</tr>");
    for (const QJsonValue &r : records) {
        const QJsonObject o = r.toObject();
        html += QStringLiteral("<tr>");
        for (const QString &c : std::as_const(columns)) {
            html += QStringLiteral("<td%1 style='border-bottom:1px solid #eef0f3'>%2</td>")
                        .arg(cellAlign(c), escaped(TaskDetailsFormat::value(c, o.value(c))));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Short words in a row ("橱柜、电器"), sentences (review reasons) as a list.
QString listOf(const QString &key, const QJsonArray &items)
{
    constexpr int ShortText = 16;
    QStringList texts;
    bool sentences = false;
    for (const QJsonValue &v : items) {
        texts.append(TaskDetailsFormat::value(key, v));
        sentences = sentences || texts.last().size() > ShortText;
    }
    if (!sentences)
        return QStringLiteral("<p style='margin:0'>%1</p>").arg(escaped(texts.join(u'、')));
    QString html = QStringLiteral("<ul style='margin-top:0'>");
    for (const QString &t : std::as_const(texts))
        html += QStringLiteral("<li>%1</li>").arg(escaped(t));
    return html + QStringLiteral("</ul>");
}

QString fieldsOf(const QJsonObject &object)
{
    QString rows;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (hiddenIn(object, it.key()) || !isScalar(it.value()))
            continue;
        rows += QStringLiteral("<tr><td style='color:#6b7280;padding-right:12px'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(escaped(TaskDetailsFormat::label(it.key())),
                         escaped(TaskDetailsFormat::value(it.key(), it.value())));
    }
    return rows.isEmpty() ? QString()
                          : QStringLiteral("<table cellpadding='2'>") + rows
                                + QStringLiteral("</table>");
}

QString sectionsOf(const QJsonObject &object, int depth)
{
    QString html;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (hiddenIn(object, it.key()) || isScalar(it.value()))
            continue;
        const QString heading = TaskDetailsFormat::label(it.key());
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            html += QStringLiteral("<p style='margin:8px 0 2px 0'><b>%1</b></p>")
                        .arg(escaped(heading))
                + fieldsOf(inner) + (depth < 2 ? sectionsOf(inner, depth + 1) : QString());
            continue;
        }
        const QJsonArray array = it.value().toArray();
        if (array.isEmpty())
            continue;
        const bool records = std::all_of(array.begin(), array.end(),
                                         [](const QJsonValue &v) { return v.isObject(); });
        html += QStringLiteral("<p style='margin:8px 0 2px 0'><b>%1</b> "
                               "<span style='color:#6b7280'>(%2)</span></p>")
                    .arg(escaped(heading), QString::number(array.size()));
        html += records ? tableOf(array) : listOf(it.key(), array);
    }
    return html;
}

// Decimal text ("4740", "0.300000") as the key says: money, metres, square metres, a share.
std::optional<QString> decimalText(const QString &key, const QString &text)
{
    const bool money = key == QLatin1String("amount") || key == QLatin1String("unit_price")
        || key == QLatin1String("total") || endsWith(key, "_yuan");
    const bool other = endsWith(key, "_m2") || endsWith(key, "_m") || endsWith(key, "_share")
        || endsWith(key, "_rate") || key.startsWith(QLatin1String("quantity"));
    if (!money && !other)
        return std::nullopt;
    const std::optional<Core::Decimal> d = Core::Decimal::parse(text);
    if (!d)
        return std::nullopt;
    if (money) {
        const qint64 fen = Core::Money::fromDecimal(*d).minor();
        return fen == 0 ? QStringLiteral("0.00") : TaskDisplay::money(fen);
    }
    if (endsWith(key, "_m2"))
        return TaskDetailsFormat::tr("%1 m²").arg(d->toString());
    if (endsWith(key, "_m"))
        return TaskDetailsFormat::tr("%1 m").arg(d->toString());
    if (endsWith(key, "_share") || endsWith(key, "_rate"))
        return Core::Decimal::fromMicros(d->micros() * 100).toString() + QLatin1Char('%');
    return d->toString();
}

} // namespace

QString TaskDetailsFormat::html(const QJsonObject &details)
{
    const QString html = fieldsOf(details) + sectionsOf(details, 0);
    if (html.isEmpty()) {
        return QStringLiteral("<p style='color:#6b7280'>%1</p>")
            .arg(tr("This task has no further details.").toHtmlEscaped());
    }
    return html;
}

QString TaskDetailsFormat::label(const QString &key)
{
    static constexpr CodeTitle labels[] = {
        {"lines", QT_TR_NOOP("Order lines")},
        {"line_no", QT_TR_NOOP("Line")},
        {"parts", QT_TR_NOOP("Panels")},
        {"hardware", QT_TR_NOOP("Hardware")},
        {"items", QT_TR_NOOP("Items")},
        {"supplier", QT_TR_NOOP("Supplier")},
        {"workshop", QT_TR_NOOP("Workshop")},
        {"work_center", QT_TR_NOOP("Work center")},
        {"name", QT_TR_NOOP("Name")},
        {"code", QT_TR_NOOP("Code")},
        {"product", QT_TR_NOOP("Product")},
        {"description", QT_TR_NOOP("Description")},
        {"quantity", QT_TR_NOOP("Quantity")},
        {"quantity_micros", QT_TR_NOOP("Quantity")},
        {"unit", QT_TR_NOOP("Unit")},
        {"unit_price", QT_TR_NOOP("Unit price")},
        {"amount", QT_TR_NOOP("Amount")},
        {"amount_fen", QT_TR_NOOP("Amount")},
        {"total_fen", QT_TR_NOOP("Total")},
        {"deposit_fen", QT_TR_NOOP("Deposit")},
        {"deposit_paid_fen", QT_TR_NOOP("Deposit paid")},
        {"deposit_required_fen", QT_TR_NOOP("Deposit required")},
        {"deposit_share", QT_TR_NOOP("Deposit share")},
        {"balance_fen", QT_TR_NOOP("Balance")},
        {"paid_fen", QT_TR_NOOP("Paid")},
        {"width_mm", QT_TR_NOOP("Width")},
        {"height_mm", QT_TR_NOOP("Height")},
        {"depth_mm", QT_TR_NOOP("Depth")},
        {"length_mm", QT_TR_NOOP("Length")},
        {"thickness_mm", QT_TR_NOOP("Thickness")},
        {"area_mm2", QT_TR_NOOP("Area")},
        {"area_m2", QT_TR_NOOP("Area")},
        {"edge_mm", QT_TR_NOOP("Edge banding")},
        {"edge_m", QT_TR_NOOP("Edge banding")},
        {"edges", QT_TR_NOOP("Banded edges")},
        {"grain", QT_TR_NOOP("Grain")},
        {"material", QT_TR_NOOP("Material")},
        {"colour", QT_TR_NOOP("Colour")},
        {"door_style", QT_TR_NOOP("Door style")},
        {"shelves", QT_TR_NOOP("Shelves")},
        {"stage", QT_TR_NOOP("Stage")},
        {"kind", QT_TR_NOOP("Kind")},
        {"role", QT_TR_NOOP("Role")},
        {"step", QT_TR_NOOP("Step")},
        {"reason", QT_TR_NOOP("Reason")},
        {"reasons", QT_TR_NOOP("Reasons")},
        {"note", QT_TR_NOOP("Note")},
        {"rush", QT_TR_NOOP("Rush order")},
        {"task_title", QT_TR_NOOP("Task")},
        {"due_at", QT_TR_NOOP("Due")},
        {"province", QT_TR_NOOP("Province")},
        {"city", QT_TR_NOOP("City")},
        {"district", QT_TR_NOOP("District")},
        {"street", QT_TR_NOOP("Street")},
        {"address", QT_TR_NOOP("Address")},
        {"mobile", QT_TR_NOOP("Mobile")},
        {"customer", QT_TR_NOOP("Customer")},
        {"ship_mode", QT_TR_NOOP("Ship mode")},
        {"window", QT_TR_NOOP("Time window")},
        {"skills", QT_TR_NOOP("Skills")},
        {"packages", QT_TR_NOOP("Packages")},
        {"carrier", QT_TR_NOOP("Carrier")},
        {"warnings", QT_TR_NOOP("Warnings")},
    };
    if (const std::optional<QString> known = titleOf(labels, key))
        return *known;
    // "workshop_name" reads as "Workshop".
    if (endsWith(key, "_name")) {
        if (const std::optional<QString> base = titleOf(labels, key.chopped(5)))
            return *base;
    }
    QString text = key;
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool TaskDetailsFormat::isHidden(const QString &key)
{
    static const QStringList bookkeeping{QStringLiteral("id"),      QStringLiteral("key"),
                                         QStringLiteral("hlc"),     QStringLiteral("request"),
                                         QStringLiteral("rule"),    QStringLiteral("policy"),
                                         QStringLiteral("order_no")};
    return bookkeeping.contains(key) || endsWith(key, "_id") || endsWith(key, "_ids")
        || endsWith(key, "_key");
}

QString TaskDetailsFormat::value(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(TaskDetailsFormat::value(key, v));
        return items.join(u'、');
    }
    if (value.isObject()) {
        QStringList items;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!hiddenIn(o, it.key()))
                items.append(label(it.key()) + QStringLiteral(": ")
                             + TaskDetailsFormat::value(it.key(), it.value()));
        }
        return items.join(QStringLiteral("; "));
    }
    if (value.isDouble()) {
        const qint64 n = value.toInteger();
        if (endsWith(key, "_fen"))
            return n == 0 ? QStringLiteral("0.00") : TaskDisplay::money(n);
        if (key == QLatin1String("edge_mm"))
            return tr("%1 m").arg(Core::Decimal::fromMicros(n * 1000).toString());
        if (endsWith(key, "_mm2"))
            return tr("%1 m²").arg(Core::Decimal::fromMicros(n).toString());
        if (endsWith(key, "_mm"))
            return tr("%1 mm").arg(n);
        if (endsWith(key, "_micros"))
            return Core::Decimal::fromMicros(n).toString();
        if (double(n) == value.toDouble())
            return QString::number(n);
        return value.toVariant().toString();
    }
    const QString text = value.toString();
    if (endsWith(key, "_at")) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() ? Widgets::SiteTime::format(at) : text;
    }
    if (const std::optional<QString> number = decimalText(key, text))
        return *number;
    static constexpr CodeTitle units[] = {
        {"piece", QT_TR_NOOP("pc")},
        {"set", QT_TR_NOOP("set")},
        {"m2", QT_TR_NOOP("m²")},
        {"linear_m", QT_TR_NOOP("linear m")},
        {"kg", QT_TR_NOOP("kg")},
    };
    static constexpr CodeTitle grains[] = {
        {"length", QT_TR_NOOP("along the length")},
        {"width", QT_TR_NOOP("along the width")},
        {"none", QT_TR_NOOP("none")},
    };
    if (key == QLatin1String("unit"))
        return titleOf(units, text).value_or(text);
    if (key == QLatin1String("grain"))
        return titleOf(grains, text).value_or(text);
    if (key == QLatin1String("role") || key == QLatin1String("roles"))
        return TaskDisplay::roleTitle(text);
    if (key == QLatin1String("kind"))
        return TaskDisplay::kindTitle(text);
    return text;
}

} // namespace Hearth::Workflow
