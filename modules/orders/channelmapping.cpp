#include "channelmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace Hearth::Orders {

namespace {

const QString shippedFolder = QStringLiteral(":/hearth/channels");

QMap<QString, QString> stringMap(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().isString() ? it.value().toString()
                                                   : it.value().toVariant().toString());
    return map;
}

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QString dateOrderCode(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::YearMonthDay:
        return QStringLiteral("YMD");
    case DateOrder::MonthDayYear:
        return QStringLiteral("MDY");
    case DateOrder::DayMonthYear:
        return QStringLiteral("DMY");
    }
    return QStringLiteral("auto");
}

std::optional<DateOrder> dateOrderFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c == QLatin1String("AUTO"))
        return DateOrder::Auto;
    if (c == QLatin1String("YMD"))
        return DateOrder::YearMonthDay;
    if (c == QLatin1String("MDY"))
        return DateOrder::MonthDayYear;
    if (c == QLatin1String("DMY"))
        return DateOrder::DayMonthYear;
    return std::nullopt;
}

QStringList ChannelMapping::knownFields()
{
    static const QStringList fields{
        QStringLiteral("channel_order_no"), QStringLiteral("channel"),
        QStringLiteral("signed_on"), QStringLiteral("promised_on"),
        QStringLiteral("shipped_on"), QStringLiteral("ship_mode"), QStringLiteral("status"),
        QStringLiteral("deposit"), QStringLiteral("customer_code"),
        QStringLiteral("customer_name"), QStringLiteral("mobile"), QStringLiteral("segment"),
        QStringLiteral("address"), QStringLiteral("province"), QStringLiteral("city"),
        QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("postal_code"),
        QStringLiteral("region"), QStringLiteral("dealer_code"), QStringLiteral("dealer_name"),
        QStringLiteral("store_code"), QStringLiteral("store_name"),
        QStringLiteral("designer_code"), QStringLiteral("designer_name"), QStringLiteral("note"),
        QStringLiteral("channel_line_no"), QStringLiteral("sku"), QStringLiteral("product_name"),
        QStringLiteral("category"), QStringLiteral("sub_category"), QStringLiteral("size"),
        QStringLiteral("width_mm"), QStringLiteral("height_mm"), QStringLiteral("depth_mm"),
        QStringLiteral("material"), QStringLiteral("colour"), QStringLiteral("unit"),
        QStringLiteral("quantity"), QStringLiteral("unit_price"), QStringLiteral("discount"),
        QStringLiteral("amount"), QStringLiteral("profit")};
    return fields;
}

QStringList ChannelMapping::requiredFields()
{
    return {QStringLiteral("channel_order_no"), QStringLiteral("signed_on"),
            QStringLiteral("customer_name"), QStringLiteral("quantity")};
}

QString ChannelMapping::guessFor(const QStringList &headers)
{
    QSet<QString> present;
    for (const QString &h : headers)
        present.insert(h.trimmed());
    QString best;
    qsizetype bestMatched = 0;
    qsizetype bestColumns = 0;
    for (const QString &name : available()) {
        const auto mapping = load(name);
        if (!mapping)
            continue;
        bool fits = true;
        for (const QString &field : requiredFields()) {
            const QString column = mapping->column(field);
            if (!column.isEmpty() && !present.contains(column.trimmed()))
                fits = false;
        }
        QSet<QString> columns;
        for (const QString &column : mapping->fields)
            columns.insert(column.trimmed());
        qsizetype matched = 0;
        for (const QString &column : std::as_const(columns))
            matched += present.contains(column) ? 1 : 0;
        if (!fits || matched == 0)
            continue;
        // With as many matches, fewer columns in all is the larger share matched.
        if (matched > bestMatched || (matched == bestMatched && columns.size() < bestColumns)) {
            best = name;
            bestMatched = matched;
            bestColumns = columns.size();
        }
    }
    return best;
}

QString ChannelMapping::title() const
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString t = chinese ? titleZh : titleEn;
    return t.isEmpty() ? name : t;
}

Core::Result<ChannelMapping> ChannelMapping::fromJson(const QJsonObject &json, const QString &where)
{
    ChannelMapping m;
    m.name = json.value(QStringLiteral("name")).toString();
    if (m.name.isEmpty())
        return Core::Error{tr("the mapping has no \"name\""), where};
    const QJsonObject title = json.value(QStringLiteral("title")).toObject();
    m.titleZh = title.value(QStringLiteral("zh_CN")).toString();
    m.titleEn = title.value(QStringLiteral("en")).toString();

    const QString channel = json.value(QStringLiteral("channel")).toString(QStringLiteral("other"));
    const auto c = channelFromCode(channel);
    if (!c)
        return Core::Error{tr("unknown channel \"%1\"; use store, dealer, ecommerce, designer or "
                              "other").arg(channel), where};
    m.channel = *c;
    m.format = json.value(QStringLiteral("format")).toString(QStringLiteral("auto"));
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                     QStringLiteral("json")}.contains(m.format)) {
        return Core::Error{tr("unknown format \"%1\"; use auto, csv, xlsx or json").arg(m.format),
                           where};
    }
    const QString encoding =
        json.value(QStringLiteral("encoding")).toString(QStringLiteral("auto"));
    const auto e = encodingFromName(encoding);
    if (!e)
        return Core::Error{tr("unknown encoding \"%1\"").arg(encoding), where};
    m.encoding = *e;
    m.sheet = json.value(QStringLiteral("sheet")).toString();
    const QString dateOrder = json.value(QStringLiteral("date_order")).toString();
    const auto d = dateOrderFromCode(dateOrder);
    if (!d)
        return Core::Error{
            tr("unknown date order \"%1\"; use auto, YMD, MDY or DMY").arg(dateOrder),
                           where};
    m.dateOrder = *d;
    const QString discountIs = json.value(QStringLiteral("discount_is")).toString();
    if (discountIs == QLatin1String("paid_share")) {
        m.discountIs = DiscountMeaning::PaidShare;
    } else if (!discountIs.isEmpty() && discountIs != QLatin1String("off")) {
        return Core::Error{tr("unknown \"discount_is\" value \"%1\"; use off or paid_share")
                               .arg(discountIs),
                           where};
    }

    m.fields = stringMap(json.value(QStringLiteral("fields")).toObject());
    m.defaults = stringMap(json.value(QStringLiteral("defaults")).toObject());
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        m.values.insert(it.key(), stringMap(it.value().toObject()));
    const QJsonObject padding = json.value(QStringLiteral("pad")).toObject();
    for (auto it = padding.begin(); it != padding.end(); ++it)
        m.padding.insert(it.key(), it.value().toInt());
    const QJsonObject returns = json.value(QStringLiteral("returns")).toObject();
    m.returnsSheet = returns.value(QStringLiteral("sheet")).toString();
    m.returnsColumn = returns.value(QStringLiteral("order_column")).toString();

    const QStringList known = knownFields();
    for (const QString &field :
         m.fields.keys() + m.defaults.keys() + m.values.keys() + m.padding.keys()) {
        if (!known.contains(field))
            return Core::Error{tr("unknown field \"%1\"").arg(field), where};
    }
    for (const QString &field : requiredFields()) {
        if (!m.fields.contains(field) && !m.defaults.contains(field))
            return Core::Error{tr("the required field \"%1\" has no column").arg(field), where};
    }
    if (!m.fields.contains(QStringLiteral("amount"))
        && !m.fields.contains(QStringLiteral("unit_price"))) {
        return Core::Error{tr("the mapping needs a column for \"amount\" or \"unit_price\""),
                           where};
    }
    m.sourcePath = where;
    return m;
}

QJsonObject ChannelMapping::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("title"),
         QJsonObject{{QStringLiteral("zh_CN"), titleZh}, {QStringLiteral("en"), titleEn}}},
        {QStringLiteral("channel"), channelCode(channel)},
        {QStringLiteral("format"), format},
        {QStringLiteral("encoding"), encodingName(encoding)},
        {QStringLiteral("date_order"), dateOrderCode(dateOrder)},
        {QStringLiteral("fields"), toObject(fields)},
    };
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    if (discountIs == DiscountMeaning::PaidShare)
        json.insert(QStringLiteral("discount_is"), QStringLiteral("paid_share"));
    if (!defaults.isEmpty())
        json.insert(QStringLiteral("defaults"), toObject(defaults));
    if (!values.isEmpty()) {
        QJsonObject v;
        for (auto it = values.begin(); it != values.end(); ++it)
            v.insert(it.key(), toObject(it.value()));
        json.insert(QStringLiteral("values"), v);
    }
    if (!padding.isEmpty()) {
        QJsonObject p;
        for (auto it = padding.begin(); it != padding.end(); ++it)
            p.insert(it.key(), it.value());
        json.insert(QStringLiteral("pad"), p);
    }
    if (!returnsSheet.isEmpty()) {
        json.insert(QStringLiteral("returns"),
                    QJsonObject{{QStringLiteral("sheet"), returnsSheet},
                                {QStringLiteral("order_column"), returnsColumn}});
    }
    return json;
}

QString ChannelMapping::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/channels");
}

QStringList ChannelMapping::available()
{
    QStringList names;
    for (const QString &folder : {shippedFolder, userFolder()}) {
        for (const QFileInfo &fi : QDir(folder).entryInfoList({QStringLiteral("*.json")},
                                                              QDir::Files, QDir::Name)) {
            if (!names.contains(fi.completeBaseName()))
                names.append(fi.completeBaseName());
        }
    }
    return names;
}

Core::Result<ChannelMapping> ChannelMapping::load(const QString &nameOrPath)
{
    QString path = nameOrPath;
    if (!QFileInfo(path).isFile() || !path.endsWith(QLatin1String(".json"))) {
        const QString user = userFolder() + u'/' + nameOrPath + QStringLiteral(".json");
        const QString shipped = shippedFolder + u'/' + nameOrPath + QStringLiteral(".json");
        path = QFileInfo::exists(user) ? user : shipped;
        if (!QFileInfo::exists(path)) {
            return Core::Error{tr("no channel mapping named \"%1\"; known: %2")
                                   .arg(nameOrPath, available().join(QStringLiteral(", "))),
                               {}};
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the mapping: %1").arg(file.errorString()), path};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Core::Error{tr("not valid JSON at offset %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString()),
                           path};
    }
    return fromJson(doc.object(), path);
}

Core::Status ChannelMapping::save() const
{
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.'))
        return Core::Error{tr("a mapping needs a plain name without slashes"), name};
    QDir().mkpath(userFolder());
    const QString path = userFolder() + u'/' + name + QStringLiteral(".json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{tr("cannot write the mapping: %1").arg(file.errorString()), path};
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Core::Error{tr("cannot write the mapping: %1").arg(file.errorString()), path};
    return {};
}

} // namespace Hearth::Orders
