#pragma once

// Shared by the split (拆单) tests: the shipped split rules and templates, order lines built in
// code, and editing one value deep inside a rule or template file.

#include "orders/salesorder.h"
#include "workflow/ruleset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace SplitFixtures {

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// split.json and the templates as shipped (review.json is not needed to split).
inline Hearth::Workflow::RuleSet shippedRules()
{
    Hearth::Workflow::RuleSet set;
    set.split = readJson(QStringLiteral(":/hearth/rules/split.json"));
    const QDir dir(QStringLiteral(":/hearth/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject t = readJson(dir.filePath(name));
        set.templates.insert(t.value(QLatin1String("id")).toString(), t);
    }
    return set;
}

/// Sets a value inside a JSON document by a path of keys and indexes ("lines/15/when"); an
/// undefined value removes the key.
inline QJsonObject edited(const QJsonObject &json, const QString &path, const QJsonValue &value)
{
    const QStringList steps = path.split(u'/');
    std::function<QJsonValue(const QJsonValue &, int)> set = [&](const QJsonValue &node,
                                                                int i) -> QJsonValue {
        if (i == steps.size())
            return value;
        bool isIndex = false;
        const int index = steps.at(i).toInt(&isIndex);
        if (isIndex) {
            QJsonArray a = node.toArray();
            a[index] = set(a.at(index), i + 1);
            return a;
        }
        QJsonObject o = node.toObject();
        if (value.isUndefined() && i + 1 == steps.size())
            o.remove(steps.at(i));
        else
            o[steps.at(i)] = set(o.value(steps.at(i)), i + 1);
        return o;
    };
    return set(json, 0).toObject();
}

struct Size
{
    qint64 w = 0;
    qint64 h = 0;
    std::optional<qint64> d;
};

/// An order line with an id of its own ("L<no>") and the amount as the customer pays it.
inline Hearth::Orders::OrderLine line(int no, const QString &description, const QString &amount,
                                      const QString &quantity = QStringLiteral("1"),
                                      Hearth::Orders::Unit unit = Hearth::Orders::Unit::Piece,
                                      std::optional<Size> size = std::nullopt,
                                      const QJsonObject &spec = {})
{
    Hearth::Orders::OrderLine l;
    l.id = QStringLiteral("L%1").arg(no);
    l.lineNo = no;
    l.description = description;
    l.amount = *Hearth::Core::Decimal::parse(amount);
    l.quantity = *Hearth::Core::Decimal::parse(quantity);
    l.unit = unit;
    if (size) {
        l.widthMm = size->w;
        l.heightMm = size->h;
        l.depthMm = size->d;
    }
    l.material = QStringLiteral("颗粒板");
    l.colour = QStringLiteral("暖白");
    l.spec = spec;
    return l;
}

inline Hearth::Orders::SalesOrder order(Hearth::Orders::Channel channel,
                                        const QList<Hearth::Orders::OrderLine> &lines,
                                        qint64 depositFen = 0,
                                        const QString &province = QStringLiteral("浙江省"))
{
    Hearth::Orders::SalesOrder o;
    o.id = QStringLiteral("order-1");
    o.orderNo = QStringLiteral("SO00000042");
    o.channel = channel;
    o.depositFen = depositFen;
    o.address.province = province;
    o.address.city = QStringLiteral("杭州市");
    o.lines = lines;
    return o;
}

} // namespace SplitFixtures
