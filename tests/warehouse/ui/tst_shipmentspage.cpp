#include "../faketrackingserver.h"
#include "../stagedpackage.h"
#include "orders/ui/orderstatusproviders.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/aggregatortracking.h"
#include "warehouse/shipmentstore.h"
#include "warehouse/trackingpoller.h"
#include "warehouse/ui/shipmentspage.h"
#include "widgets/language.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Warehouse;

namespace {

// The page's new strings in Chinese, from a {"English": "中文"} file, until the lead puts them
// in the .ts files.
class JsonTranslator : public QTranslator
{
public:
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_map = QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
        return !m_map.isEmpty();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString text = m_map.value(QString::fromUtf8(source)).toString();
        return n >= 0 ? QString(text).replace("%n", QString::number(n)) : text;
    }

private:
    QVariantMap m_map;
};

Storage::Connection &db()
{
    return Storage::Database::connection();
}

TrackingEvent tracked(const char *utc, TrackingStatus status, const char *place, const char *text)
{
    TrackingEvent e;
    e.at = QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate);
    e.status = status;
    e.carrierStatus = "X";
    e.place = QString::fromUtf8(place);
    e.text = QString::fromUtf8(text);
    return e;
}

} // namespace


class tst_ShipmentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsShipmentsWithTheirState();
    void detailShowsOrdersAndEventsNewestFirst();
    void shipFromThePage();
    void ordersListShowsShipping();
    void refreshesInTheBackgroundWhenSetUp();
    void renders();

private:
    QString addOrder(const char *orderNo);
    QString shipment(const QList<std::pair<QString, int>> &orders, qint64 freightFen,
                     const char *carrier, const char *tracking);

    QTemporaryDir m_dir;
    std::unique_ptr<JsonTranslator> m_strings;
    QStringList m_orders;
    QString m_delivered;
    QString m_transit;
    QString m_planned;
};

QString tst_ShipmentsPage::addOrder(const char *orderNo)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement q(db().handle(),
                         "INSERT INTO sales_orders(id, hlc, order_no, channel, created_at, "
                         "updated_at) VALUES (?, 'h', ?, (SELECT code FROM channels LIMIT 1), "
                         "'2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')");
    q.bind(1, id).bind(2, QString::fromLatin1(orderNo));
    return q.exec() ? id : QString();
}

QString tst_ShipmentsPage::shipment(const QList<std::pair<QString, int>> &orders,
                                    qint64 freightFen, const char *carrier, const char *tracking)
{
    const auto s = ShipmentStore::create(db(), {carrier, tracking, freightFen, {}});
    if (!s)
        return QString();
    for (const auto &[order, packages] : orders) {
        for (int n = 1; n <= packages; ++n) {
            const QString package = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString label = QStringLiteral("%1/%2").arg(n).arg(packages);
            if (!StagedPackage::add(package, order)
                || !ShipmentStore::addPackage(db(), s->id, {package, order, {}, label}))
                return QString();
        }
    }
    return s->id;
}

void tst_ShipmentsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Widgets::Theme::apply(*qApp);
    const QByteArray json = qgetenv("HEARTH_SHIPPING_ZH_JSON");
    if (!json.isEmpty()) {
        QVERIFY(Widgets::Language::install("zh_CN"));
        m_strings = std::make_unique<JsonTranslator>();
        QVERIFY(m_strings->load(QString::fromLocal8Bit(json)));
        QCoreApplication::installTranslator(m_strings.get());
    }
}

void tst_ShipmentsPage::init()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())))));
    Storage::Database::setCurrentUser("fahuo");
    m_orders.clear();
    for (const char *no : {"SO00000101", "SO00000102", "SO00000103", "SO00000104"})
        m_orders.append(addOrder(no));
    QVERIFY(!m_orders.contains(QString()));

    m_delivered = shipment({{m_orders[0], 3}, {m_orders[1], 2}}, 86000, "SF", "SF1400012345678");
    QVERIFY(!m_delivered.isEmpty());
    QVERIFY(ShipmentStore::move(db(), m_delivered, ShipmentStatus::Shipped, QDate(2026, 12, 3)));
    QVERIFY(ShipmentStore::recordTracking(
        db(), m_delivered,
        {tracked("2026-12-03T02:00:00Z", TrackingStatus::Accepted, "佛山市", "顺丰速运已收取快件"),
         tracked("2026-12-03T14:05:00Z", TrackingStatus::InTransit, "佛山市 顺德集散中心",
                 "快件已从顺德集散中心发出"),
         tracked("2026-12-04T05:40:00Z", TrackingStatus::OutForDelivery, "上海市 闵行区",
                 "快递员正在派送"),
         tracked("2026-12-04T08:20:00Z", TrackingStatus::Delivered, "上海市 闵行区",
                 "快件已签收，签收人：本人")}));

    m_transit = shipment({{m_orders[2], 4}}, 42050, "DBL", "DPK300012345");
    QVERIFY(!m_transit.isEmpty());
    QVERIFY(ShipmentStore::move(db(), m_transit, ShipmentStatus::Shipped, QDate(2026, 12, 4)));
    QVERIFY(ShipmentStore::recordTracking(
        db(), m_transit,
        {tracked("2026-12-04T09:00:00Z", TrackingStatus::InTransit, "佛山市", "货物已发出")}));

    m_planned = shipment({{m_orders[3], 1}}, 0, "JD", "");
    QVERIFY(!m_planned.isEmpty());
}

void tst_ShipmentsPage::cleanup()
{
    Storage::Database::close();
}

void tst_ShipmentsPage::listsShipmentsWithTheirState()
{
    ShipmentsPage page;
    QAbstractItemModel *model = page.shipmentsView()->model();
    QCOMPARE(model->rowCount(), 3);
    QStringList states;
    for (int r = 0; r < 3; ++r)
        states.append(model->index(r, ShipmentsPage::StatusColumn).data().toString());
    QVERIFY(states.contains(Shipment::statusName(ShipmentStatus::Delivered)));
    QVERIFY(states.contains(Shipment::statusName(ShipmentStatus::Planned)));
    page.selectShipment(m_delivered);
    const int row = page.shipmentsView()->currentIndex().row();
    QCOMPARE(model->index(row, ShipmentsPage::OrdersColumn).data().toString(), QString("2"));
    QCOMPARE(model->index(row, ShipmentsPage::PackagesColumn).data().toString(), QString("5"));
    QVERIFY2(model->index(row, ShipmentsPage::FreightColumn).data().toString().contains("860.00"),
             qPrintable(model->index(row, ShipmentsPage::FreightColumn).data().toString()));
    QCOMPARE(model->index(row, ShipmentsPage::TrackingColumn).data().toString(),
             QString("SF1400012345678"));
}

void tst_ShipmentsPage::detailShowsOrdersAndEventsNewestFirst()
{
    ShipmentsPage page;
    page.selectShipment(m_delivered);
    QAbstractItemModel *events = page.eventsView()->model();
    QCOMPARE(events->rowCount(), 4);
    QCOMPARE(events->index(0, 3).data().toString(), QString("快件已签收，签收人：本人"));
    QCOMPARE(events->index(3, 2).data().toString(), QString("佛山市"));
    // 16:20 in Shanghai.
    QVERIFY2(events->index(0, 0).data().toString().contains("16:20"),
             qPrintable(events->index(0, 0).data().toString()));
    const auto *orders = page.ordersView()->model();
    QCOMPARE(orders->rowCount(), 2);
    // 860.00 over 3 and 2 packages: 516.00 and 344.00.
    QVERIFY(orders->index(0, 2).data().toString().contains("516.00"));
    QVERIFY(orders->index(1, 2).data().toString().contains("344.00"));
}

void tst_ShipmentsPage::shipFromThePage()
{
    ShipmentsPage page;
    page.selectShipment(m_planned);
    QPushButton *ship = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == ShipmentsPage::tr("Ship"))
            ship = b;
    }
    QVERIFY(ship);
    QVERIFY(ship->isEnabled());
    ship->click();
    // No tracking number yet: refused, said in red, nothing moved.
    const QString refused =
        ShipmentStore::tr("shipment %1 needs a carrier and a tracking number to ship")
            .arg(ShipmentStore::find(db(), m_planned)->shipmentNo);
    QVERIFY2(page.messageText().contains(refused), qPrintable(page.messageText()));
    QCOMPARE(ShipmentStore::find(db(), m_planned)->status, ShipmentStatus::Planned);
    QVERIFY(ShipmentStore::setTracking(db(), m_planned, "JD", "JDVA0000123"));
    ship->click();
    QCOMPARE(ShipmentStore::find(db(), m_planned)->status, ShipmentStatus::Shipped);
    QCOMPARE(page.selectedShipmentId(), m_planned);
    QVERIFY(!ship->isEnabled());
}

void tst_ShipmentsPage::ordersListShowsShipping()
{
    ShipmentsPage::registerOrderStatus();
    const auto providers = Orders::OrderStatusProviders::all();
    const auto it = std::find_if(providers.cbegin(), providers.cend(),
                                 [](const auto &p) { return p.id == "shipping"; });
    QVERIFY(it != providers.cend());
    const auto texts = it->texts(db(), m_orders);
    QCOMPARE(texts.size(), 4);
    QVERIFY2(texts.value(m_orders[2]).contains("DPK300012345"),
             qPrintable(texts.value(m_orders[2])));
    QVERIFY(texts.value(m_orders[2]).contains("佛山市"));
}

void tst_ShipmentsPage::refreshesInTheBackgroundWhenSetUp()
{
    FakeTrackingServer server;
    QVERIFY(server.listen());
    server.script({{200, sampleAnswer("IN_TRANSIT"), {}, false}});
    AggregatorSettings settings;
    settings.endpoint = server.url();
    settings.apiKey = "page-key";
    QVERIFY(settings.save(db()));

    // Opening the page starts the first poll; only the shipment in transit is asked about.
    ShipmentsPage page;
    auto *poller = page.findChild<TrackingPoller *>();
    QVERIFY(poller);
    QSignalSpy finished(poller, &TrackingPoller::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().body.contains("DPK300012345"));
    const TrackingPollResult result = finished.first().first().value<TrackingPollResult>();
    QCOMPARE(result.newEvents, 3);
    page.selectShipment(m_transit);
    QCOMPARE(page.eventsView()->model()->rowCount(), 4);
    QVERIFY2(page.messageText().contains(
                 ShipmentsPage::tr(": %n new event(s)", nullptr, 3)),
             qPrintable(page.messageText()));
}

void tst_ShipmentsPage::renders()
{
    ShipmentsPage page;
    page.resize(1280, 800);
    page.show();
    page.selectShipment(m_delivered);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    const QByteArray dir = qgetenv("HEARTH_SHIPPING_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + "/shipments.png"));
}

QTEST_MAIN(tst_ShipmentsPage)
#include "tst_shipmentspage.moc"
