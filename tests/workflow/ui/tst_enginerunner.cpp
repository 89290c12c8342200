// The desktop's engine runner: a run off the GUI thread that reviews and splits a new order,
// tells the navigation to count again, and runs once more when asked during a run.

#include "taskfixtures.h"
#include "widgets/pagebadges.h"
#include "workflow/ui/enginerunner.h"

#include <QSignalSpy>

using namespace TaskFixtures;

class tst_EngineRunner : public QObject
{
    Q_OBJECT

private slots:
    void runsTheEngineOffTheGuiThread();

private:
    QTemporaryDir m_dir;
};

void tst_EngineRunner::runsTheEngineOffTheGuiThread()
{
    QVERIFY(open(m_dir));
    Storage::Database::setCurrentUser(QStringLiteral("tester"));
    addUser(QStringLiteral("zhang"), QStringLiteral("张敏"), QStringLiteral("clerk"));
    addUser(QStringLiteral("qian"), QStringLiteral("钱丽"), QStringLiteral("finance"));

    Orders::SalesOrder o;
    o.channel = Orders::Channel::Ecommerce;
    o.channelOrderNo = QStringLiteral("T-1");
    o.customer.name = QStringLiteral("王伟");
    o.customer.mobile = QStringLiteral("13912345678");
    o.customer.address = {QStringLiteral("浙江省"), QStringLiteral("杭州市"),
                          QStringLiteral("西湖区"), QStringLiteral("文三路12号"), QString()};
    o.address = o.customer.address;
    o.signedOn = QDate(2026, 9, 28);
    Orders::OrderLine line;
    line.lineNo = 1;
    line.sku = QStringLiteral("HW-HDL-128");
    line.description = QStringLiteral("铝合金拉手 128mm");
    line.category = QStringLiteral("五金");
    line.quantity = Core::Decimal::fromInt(4);
    line.unitPrice = Core::Decimal::fromInt(18);
    line.amount = Core::Decimal::fromInt(72);
    o.lines = {line};
    QVERIFY(Orders::OrderRepository::save(o));

    EngineRunner runner;
    QSignalSpy finished(&runner, &EngineRunner::finished);
    QSignalSpy badges(Widgets::PageBadges::instance(), &Widgets::PageBadges::changed);
    runner.runNow();
    QVERIFY(runner.isRunning());
    runner.runNow();  // asked again during the run: runs once more afterwards
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.size() == 2 || finished.wait(30000));
    QCOMPARE(finished.size(), 2);
    const QString first = finished.at(0).at(0).toString();
    QVERIFY2(first.contains(QStringLiteral("1 orders looked at")), qPrintable(first));
    QVERIFY(finished.at(0).at(1).toBool());
    // The second run finds nothing new to do.
    QVERIFY2(finished.at(1).at(0).toString().contains(QStringLiteral("0 tasks created")),
             qPrintable(finished.at(1).at(0).toString()));
    QVERIFY(!TaskStore::forOrder(db(), o.id).isEmpty());
    QTRY_VERIFY(badges.size() >= 1);
}

QTEST_MAIN(tst_EngineRunner)
#include "tst_enginerunner.moc"
