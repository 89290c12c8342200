#pragma once

#include "orders/orderrepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

// Orders for the UI tests, saved through OrderRepository::save into a temporary database.
namespace OrderFixtures {

using namespace Hearth;
using namespace Hearth::Orders;

inline const QStringList &names()
{
    static const QStringList n{
        QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"),
        QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("杨磊"),
        QStringLiteral("赵敏"), QStringLiteral("黄晓明"), QStringLiteral("周杰"),
        QStringLiteral("吴婷"), QStringLiteral("Claire Gute"), QStringLiteral("Sean Miller")};
    return n;
}

inline const QList<Address> &addresses()
{
    static const QList<Address> a{
        {QStringLiteral("广东省"), QStringLiteral("深圳市"), QStringLiteral("南山区"),
         QStringLiteral("科技园路1号"), {}},
        {QStringLiteral("浙江省"), QStringLiteral("杭州市"), QStringLiteral("西湖区"),
         QStringLiteral("文三路90号"), {}},
        {QStringLiteral("上海市"), QStringLiteral("上海市"), QStringLiteral("浦东新区"),
         QStringLiteral("世纪大道100号"), {}},
        {QStringLiteral("四川省"), QStringLiteral("成都市"), QStringLiteral("武侯区"),
         QStringLiteral("人民南路四段27号"), {}},
        {QStringLiteral("江苏省"), QStringLiteral("苏州市"), QStringLiteral("工业园区"),
         QStringLiteral("星湖街328号"), {}},
    };
    return a;
}

inline OrderLine line(const QString &description, qint64 priceYuan, qint64 quantity = 1)
{
    OrderLine l;
    l.description = description;
    l.quantity = Core::Decimal::fromInt(quantity);
    l.unitPrice = Core::Decimal::fromInt(priceYuan);
    l.amount = Core::Decimal::fromInt(priceYuan * quantity);
    return l;
}

/// Order i of a generated set: channel, address and name cycle; totals and dates grow with i
/// but not in the same order, so that sorting by one is not sorting by the other.
inline SalesOrder generated(int i)
{
    SalesOrder o;
    o.channel = Channel(i % 5);
    o.channelOrderNo = QString::number(880000000 + i * 13);
    o.customer.name = names()[i % names().size()] + QString::number(i);
    // The last four digits differ from order to order and appear in no other field.
    o.customer.mobile = QStringLiteral("1390000%1").arg((i * 7919 + 1234) % 10000, 4, 10,
                                                         QLatin1Char('0'));
    o.address = addresses()[i % addresses().size()];
    o.customer.address = o.address;
    o.signedOn = QDate(2024, 1, 1).addDays((i * 37) % 300);
    o.promisedOn = o.signedOn.addDays(30);
    o.lines = {line(QStringLiteral("衣柜"), 1000 + (i * 7919) % 9000),
               line(QStringLiteral("书桌"), 300 + i, 2)};
    if (i % 5 == int(Channel::Dealer))
        o.dealer = {{}, QStringLiteral("dealer"), QStringLiteral("D00%1").arg(i % 3),
                    QStringLiteral("华南家居%1号店").arg(i % 3)};
    return o;
}

/// Opens a new database in dir and saves count generated orders; fails the test on error.
inline bool openWithOrders(const QTemporaryDir &dir, int count)
{
    const Core::Status opened = Storage::Database::open(dir.filePath(QStringLiteral("t.db")));
    if (!opened) {
        qWarning("cannot open the test database: %s", qPrintable(opened.error().toString()));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        SalesOrder o = generated(i);
        const Core::Status saved = OrderRepository::save(o);
        if (!saved) {
            qWarning("cannot save order %d: %s", i, qPrintable(saved.error().toString()));
            return false;
        }
    }
    return true;
}

} // namespace OrderFixtures
