#include "orderfixtures.h"
#include "orders/ui/orderlistmodel.h"
#include "orders/ui/orderstatusproviders.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Orders;

class tst_OrderListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester();
    void fetchMorePaging();
    void sortByTotal_data();
    void sortByTotal();
    void sortBySignedDate_data();
    void sortBySignedDate();
    void unsortableColumnIsIgnored();
    void filter_data();
    void filter();
    void moneyIsRoundedHalfAwayFromZero();
    void idRoleAndAlignment();
    void statusProviderFillsItsColumnPageByPage();

private:
    static QStringList column(const OrderListModel &model, int column);
    QTemporaryDir m_dir;
    int m_guangdong = 0;
};

void tst_OrderListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(OrderFixtures::openWithOrders(m_dir, 450));
    for (int i = 0; i < 450; ++i) {
        if (OrderFixtures::generated(i).address.province == QStringLiteral("广东省"))
            ++m_guangdong;
    }

    SalesOrder special;
    special.channel = Channel::Designer;
    special.channelOrderNo = QStringLiteral("DS-2024-001");
    special.customer.name = QStringLiteral("欧阳娜娜");
    special.customer.mobile = QStringLiteral("13677778888");
    special.address = {QStringLiteral("湖北省"), QStringLiteral("武汉市"),
                       QStringLiteral("洪山区"), QStringLiteral("珞喻路1037号"), {}};
    special.signedOn = QDate(2023, 12, 31);
    OrderLine l = OrderFixtures::line(QStringLiteral("定制橱柜"), 0);
    l.unitPrice.reset();
    l.amount = Core::Decimal::parse(QStringLiteral("1234.565")).value();
    special.lines = {l};
    QVERIFY(OrderRepository::save(special));
}

void tst_OrderListModel::cleanupTestCase()
{
    Storage::Database::close();
}

QStringList tst_OrderListModel::column(const OrderListModel &model, int column)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values.append(model.index(r, column).data().toString());
    return values;
}

void tst_OrderListModel::modelTester()
{
    OrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(OrderListModel::ColumnCount));
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.sort(OrderListModel::Total, Qt::AscendingOrder);
    OrderFilter f;
    f.search = QStringLiteral("欧阳");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    f.search = QStringLiteral("no such thing");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
}

void tst_OrderListModel::fetchMorePaging()
{
    OrderFilter f;
    f.search = QStringLiteral("衣柜");  // the 450 generated orders, not the special one
    OrderListModel model;
    model.setFilter(f);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isComplete());
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.isComplete());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 400);
    QCOMPARE(inserted.at(1).at(2).toInt(), 449);

    // A refresh keeps what was loaded; a new filter starts again from the first page.
    model.refresh();
    QCOMPARE(model.rowCount(), 450);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 200);
}

void tst_OrderListModel::sortByTotal_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

void tst_OrderListModel::sortByTotal()
{
    QFETCH(Qt::SortOrder, order);
    OrderListModel model;
    model.sort(OrderListModel::Total, order);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 451);
    QList<qint64> totals;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto order = OrderRepository::load(model.orderId(r));
        QVERIFY(order);
        totals.append(order->total().micros());
    }
    QList<qint64> sorted = totals;
    std::sort(sorted.begin(), sorted.end());
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(totals, sorted);
    QCOMPARE(model.sortColumn(), int(OrderListModel::Total));
    QCOMPARE(model.sortOrder(), order);
}

void tst_OrderListModel::sortBySignedDate_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("first");
    QTest::newRow("oldest first") << Qt::AscendingOrder << QStringLiteral("2023-12-31");
    QTest::newRow("newest first") << Qt::DescendingOrder << QStringLiteral("2024-10-26");
}

void tst_OrderListModel::sortBySignedDate()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, first);
    OrderListModel model;
    model.sort(OrderListModel::Total, order);
    model.sort(OrderListModel::SignedOn, order);
    const QStringList dates = column(model, OrderListModel::SignedOn);
    QCOMPARE(dates.first(), first);
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end());
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(dates, sorted);
}

void tst_OrderListModel::unsortableColumnIsIgnored()
{
    OrderListModel model;
    const QStringList before = column(model, OrderListModel::OrderNo);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!OrderListModel::isSortable(OrderListModel::Customer));
    model.sort(OrderListModel::Customer, Qt::AscendingOrder);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(column(model, OrderListModel::OrderNo), before);
    QCOMPARE(model.sortColumn(), int(OrderListModel::SignedOn));
}

void tst_OrderListModel::filter_data()
{
    QTest::addColumn<int>("channel");  // -1: any
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("customer");  // of the first row, when one row is expected

    QTest::newRow("channel dealer") << int(Channel::Dealer) << QString() << QString() << 90
                                    << QString();
    QTest::newRow("channel designer") << int(Channel::Designer) << QString() << QString() << 91
                                      << QString();
    QTest::newRow("province") << -1 << QStringLiteral("广东省") << QString() << -1 << QString();
    QTest::newRow("Chinese name fragment")
        << -1 << QString() << QStringLiteral("欧阳") << 1 << QStringLiteral("欧阳娜娜");
    QTest::newRow("last four digits of a mobile")
        << -1 << QString() << QStringLiteral("8888") << 1 << QStringLiteral("欧阳娜娜");
    QTest::newRow("name fragment of generated orders")
        << -1 << QString() << QStringLiteral("晓明") << 37 << QString();
    QTest::newRow("street") << -1 << QString() << QStringLiteral("珞喻路") << 1
                            << QStringLiteral("欧阳娜娜");
    QTest::newRow("channel and search")
        << int(Channel::Store) << QString() << QStringLiteral("欧阳") << 0 << QString();
}

void tst_OrderListModel::filter()
{
    QFETCH(int, channel);
    QFETCH(QString, province);
    QFETCH(QString, search);
    QFETCH(int, expected);
    QFETCH(QString, customer);
    if (expected < 0)
        expected = m_guangdong;

    OrderFilter f;
    if (channel >= 0)
        f.channel = Channel(channel);
    f.province = province;
    f.search = search;
    OrderListModel model;
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(OrderQuery::count(f), qint64(expected));
    if (!customer.isEmpty())
        QCOMPARE(model.index(0, OrderListModel::Customer).data().toString(), customer);
    if (channel >= 0 && expected > 0) {
        const QStringList channels = column(model, OrderListModel::ChannelColumn);
        QCOMPARE(channels.count(channelName(Channel(channel))), expected);
    }
    if (!province.isEmpty()) {
        for (const QString &place : column(model, OrderListModel::Place))
            QVERIFY2(place.startsWith(province), qPrintable(place));
    }
}

void tst_OrderListModel::moneyIsRoundedHalfAwayFromZero()
{
    OrderFilter f;
    f.search = QStringLiteral("欧阳娜娜");
    OrderListModel model;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OrderListModel::Total).data().toString(), QStringLiteral("1,234.57"));
    QCOMPARE(model.index(0, OrderListModel::Place).data().toString(),
             QStringLiteral("湖北省 武汉市"));
    QCOMPARE(model.index(0, OrderListModel::Mobile).data().toString(),
             QStringLiteral("13677778888"));
    QCOMPARE(model.index(0, OrderListModel::ChannelColumn).data().toString(),
             channelName(Channel::Designer));
}

void tst_OrderListModel::idRoleAndAlignment()
{
    OrderListModel model;
    const QString id = model.index(3, OrderListModel::OrderNo).data(OrderListModel::IdRole)
                           .toString();
    QCOMPARE(id, model.orderId(3));
    QCOMPARE(model.rowOf(id), 3);
    const auto order = OrderRepository::load(id);
    QVERIFY(order);
    QCOMPARE(model.index(3, OrderListModel::OrderNo).data().toString(), order->orderNo);
    const int alignment = model.index(3, OrderListModel::Total).data(Qt::TextAlignmentRole)
                              .toInt();
    QVERIFY(alignment & Qt::AlignRight);
    QVERIFY(model.headerData(OrderListModel::Total, Qt::Horizontal, Qt::TextAlignmentRole)
                .toInt()
            & Qt::AlignRight);
}

void tst_OrderListModel::statusProviderFillsItsColumnPageByPage()
{
    // The provider is asked for the orders of each page as it loads, never for the table.
    QList<int> asked;
    OrderStatusProviders::add(
        {QStringLiteral("test"), [] { return QStringLiteral("Test status"); },
         [&asked](Storage::Connection &, const QStringList &ids) {
             asked.append(int(ids.size()));
             QHash<QString, QString> texts;
             for (const QString &id : ids)
                 texts.insert(id, QStringLiteral("status of ") + id.left(8));
             return texts;
         }});
    {
        OrderListModel model;
        const int column = model.providerColumn(QStringLiteral("test"));
        QCOMPARE(column, int(OrderListModel::ColumnCount));
        QCOMPARE(model.columnCount(), int(OrderListModel::ColumnCount) + 1);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                 QStringLiteral("Test status"));
        QCOMPARE(asked, QList<int>{OrderListModel::PageSize});
        model.fetchMore({});
        QCOMPARE(asked, (QList<int>{OrderListModel::PageSize, OrderListModel::PageSize}));
        for (int row : {0, 199, 200, 399}) {
            QCOMPARE(model.index(row, column).data().toString(),
                     QStringLiteral("status of ") + model.orderId(row).left(8));
        }
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int size : asked)
            QVERIFY(size <= OrderListModel::PageSize);
        QVERIFY(!OrderListModel::isSortable(column));
        const qsizetype calls = asked.size();
        model.sort(column, Qt::DescendingOrder);
        QCOMPARE(asked.size(), calls);
        QCOMPARE(model.providerColumn(QStringLiteral("other")), -1);
    }
    OrderStatusProviders::remove(QStringLiteral("test"));
    OrderListModel model;
    QCOMPARE(model.columnCount(), int(OrderListModel::ColumnCount));
    QCOMPARE(model.providerColumn(QStringLiteral("test")), -1);
}

QTEST_GUILESS_MAIN(tst_OrderListModel)
#include "tst_orderlistmodel.moc"
