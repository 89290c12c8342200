#pragma once

#include "orders/salesorder.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Hearth::Bench {

struct SampleCustomer
{
    QString memberName; // the shop account, e.g. "tb3141592653"
    QString name;
    QString mobile;
    QString province;
    QString city;
    QString district;
    QString street;

    /// One line as a Taobao or Tmall export writes it: "浙江省 杭州市 西湖区 文三路12号3栋801室",
    /// a municipality as "北京 北京市 朝阳区 ...".
    QString addressLine() const;
};

struct SampleProduct
{
    QString sku;
    QString name;
    QString category;
    qint64 priceMicros = 0;
};

struct SampleDealer
{
    QString code;
    QString name;
    QString province;
};

struct SampleLine
{
    int product = 0;
    int quantity = 1;
    QString channelLineNo;
};

struct SampleOrder
{
    QString channelOrderNo; // 18 digits, as the shops number them
    Orders::Channel channel = Orders::Channel::Ecommerce;
    Orders::OrderStatus status = Orders::OrderStatus::New;
    int customer = 0;
    int dealer = -1;
    QDate signedOn;
    QTime signedAt;
    QDate promisedOn;
    QList<SampleLine> lines;
};

/// Made-up orders for the benchmarks: Chinese customers with mobiles and addresses, dealers
/// and furniture products. Everything is computed from its index, so the same index gives the
/// same record in every run and nothing has to be held in memory.
class SampleData
{
public:
    SampleData(int customers, int products, int dealers);

    int customerCount() const { return m_customers; }
    int productCount() const { return m_products; }
    int dealerCount() const { return m_dealers; }

    SampleCustomer customer(int index) const;
    SampleProduct product(int index) const;
    SampleDealer dealer(int index) const;
    /// An order of minLines to maxLines lines; channels and statuses vary unless fixed.
    SampleOrder order(qint64 index, int minLines, int maxLines,
                      std::optional<Orders::Channel> channel = std::nullopt) const;

    /// A custom-furniture order as a store or dealer signs it: a kitchen (base, wall and tall
    /// cabinets with a stone top, a hood and handles) or wardrobes, each cabinet with its
    /// template parameters in OrderLine::spec; boards and colours are picked from the lists
    /// given (the site's catalogue). About one order in twenty carries a fault review must
    /// catch: a low deposit, a colour not in the list or a masked mobile.
    Orders::SalesOrder cabinetOrder(qint64 index, const QStringList &materials,
                                    const QStringList &colours) const;

    /// Hearth's own order number for the index-th order written to an empty database.
    static QString orderNo(qint64 index);

private:
    int m_customers;
    int m_products;
    int m_dealers;
};

} // namespace Hearth::Bench
