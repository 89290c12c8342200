#include "packingfixture.h"
#include "warehouse/packagestore.h"
#include "warehouse/packplanner.h"

#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PackingFixture;

namespace {

/// "task:LxWxT:q;…" as panels with ids p1, p2, …
QList<PlanPart> parseParts(const QString &text)
{
    QList<PlanPart> parts;
    const QStringList specs = text.split(';', Qt::SkipEmptyParts);
    for (int i = 0; i < specs.size(); ++i) {
        const QStringList f = specs.at(i).split(':');
        const QStringList size = f.at(1).split('x');
        parts.append(PlanPart{QString("p%1").arg(i + 1), f.at(0), QString("K%1").arg(i + 10),
                              "panel", size.at(0).toLongLong(), size.at(1).toLongLong(),
                              size.at(2).toLongLong(), f.at(2).toInt()});
    }
    return parts;
}

QString panelsPerPackage(const QList<PlannedPackage> &plan)
{
    QStringList counts;
    for (const PlannedPackage &p : plan)
        counts.append(p.lines.first().partId.isEmpty() ? QString("H%1").arg(p.lines.size())
                                                        : QString::number(p.panels));
    return counts.join(',');
}

} // namespace

class tst_PackPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void pieceWeight_data();
    void pieceWeight();
    void planOrderFromSplit();
    void replanOnlyBeforePacking();

private:
    QTemporaryDir m_dir;
};

void tst_PackPlanner::plan_data()
{
    QTest::addColumn<QString>("parts");
    QTest::addColumn<int>("hardwareLines");
    QTest::addColumn<int>("maxPanels");
    QTest::addColumn<qint64>("maxWeightGrams");
    QTest::addColumn<QString>("expected");  // pieces per package, "H<n>" for hardware

    QTest::newRow("one work order within limits")
        << "cab:720x560x18:2;cab:560x540x18:1;cab:720x560x5:1" << 0 << 10 << qint64(30000)
        << "4";
    QTest::newRow("panel count splits")
        << "cab:400x300x18:12" << 0 << 5 << qint64(100000) << "5,5,2";
    QTest::newRow("work orders kept apart")
        << "cab:400x300x18:2;door:700x396x18:2" << 0 << 10 << qint64(30000) << "2,2";
    QTest::newRow("weight splits (5081 g a piece)")
        << "cab:720x560x18:5" << 0 << 10 << qint64(12000) << "2,2,1";
    QTest::newRow("too heavy a piece goes alone")
        << "cab:400x300x18:1;cab:2400x1200x18:1;cab:400x300x18:1" << 0 << 10
        << qint64(30000) << "1,1,1";
    QTest::newRow("hardware in one last package")
        << "cab:400x300x18:3" << 3 << 10 << qint64(30000) << "3,H3";
    QTest::newRow("hardware only") << "" << 2 << 10 << qint64(30000) << "H2";
    QTest::newRow("nothing to pack") << "" << 0 << 10 << qint64(30000) << "";
}

void tst_PackPlanner::plan()
{
    QFETCH(QString, parts);
    QFETCH(int, hardwareLines);
    QFETCH(int, maxPanels);
    QFETCH(qint64, maxWeightGrams);
    QFETCH(QString, expected);

    QList<PlanHardware> hardware;
    for (int i = 0; i < hardwareLines; ++i)
        hardware.append(PlanHardware{QString("h%1").arg(i), "HG-35", "hinge",
                                     Core::Decimal::fromInt(4)});
    const QList<PlannedPackage> plan =
        PackPlanner::plan(parseParts(parts), hardware, PackLimits{maxPanels, maxWeightGrams});
    QCOMPARE(panelsPerPackage(plan), expected);

    int pieces = 0;
    for (const PlannedPackage &p : plan) {
        QVERIFY(p.panels <= maxPanels);
        QVERIFY2(p.panels == 1 || p.weightGrams <= maxWeightGrams,
                 qPrintable(QString("%1 g").arg(p.weightGrams)));
        for (const PlannedLine &l : p.lines)
            pieces += l.partId.isEmpty() ? 0 : int(l.quantity.micros() / 1000000);
    }
    int wanted = 0;
    for (const PlanPart &p : parseParts(parts))
        wanted += p.quantity;
    QCOMPARE(pieces, wanted);
}

void tst_PackPlanner::pieceWeight_data()
{
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qint64>("width");
    QTest::addColumn<qint64>("thickness");
    QTest::addColumn<qint64>("grams");
    QTest::newRow("side panel 720x560x18") << qint64(720) << qint64(560) << qint64(18)
                                           << qint64(5081);
    QTest::newRow("whole sheet 2440x1220x18") << qint64(2440) << qint64(1220) << qint64(18)
                                              << qint64(37508);
    QTest::newRow("exact 1000x1000x10") << qint64(1000) << qint64(1000) << qint64(10)
                                        << qint64(7000);
    QTest::newRow("zero size") << qint64(0) << qint64(560) << qint64(18) << qint64(0);
}

void tst_PackPlanner::pieceWeight()
{
    QFETCH(qint64, length);
    QFETCH(qint64, width);
    QFETCH(qint64, thickness);
    QFETCH(qint64, grams);
    QCOMPARE(PackPlanner::pieceWeightGrams(length, width, thickness), grams);
}

void tst_PackPlanner::planOrderFromSplit()
{
    QVERIFY(openWithOrders(m_dir, true));
    const auto plan = PackPlanner::planOrder(db(), "ord-a");
    QVERIFY(plan);
    QCOMPARE(panelsPerPackage(*plan), QString("3,2,H1"));
    const auto outboxBefore = scalar("SELECT COUNT(*) FROM outbox").toInt();
    const auto written = PackageStore::writePlan(db(), "ord-a", *plan, "test");
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->size(), 3);
    QCOMPARE(written->at(0).code(), QString("PK:SO-PACK-A-1/3"));
    QCOMPARE(written->at(2).code(), QString("PK:SO-PACK-A-3/3"));
    QCOMPARE(written->at(1).taskKey, QString("door"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM package_items WHERE deleted = 0").toInt(), 4);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox").toInt() - outboxBefore, 3 + 4);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'packages'").toInt(), 3);
}

void tst_PackPlanner::replanOnlyBeforePacking()
{
    QVERIFY(openWithOrders(m_dir, true));
    const auto plan = PackPlanner::planOrder(db(), "ord-a", PackLimits{2, 30000});
    QVERIFY(plan);
    QVERIFY(PackageStore::writePlan(db(), "ord-a", *plan, "test"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM packages WHERE deleted = 0").toInt(), 4);

    const auto again = PackPlanner::planOrder(db(), "ord-a");
    QVERIFY(PackageStore::writePlan(db(), "ord-a", *again, "test"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM packages WHERE deleted = 0").toInt(), 3);
    QCOMPARE(scalar("SELECT COUNT(*) FROM packages WHERE deleted = 1").toInt(), 4);

    QVERIFY(exec("UPDATE packages SET status = 'open' WHERE number = 1 AND deleted = 0"));
    const auto refused = PackageStore::writePlan(db(), "ord-a", *plan, "test");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("PK:SO-PACK-A-1/3"),
             qPrintable(refused.error().toString()));
    QCOMPARE(scalar("SELECT COUNT(*) FROM packages WHERE deleted = 0").toInt(), 3);
}

QTEST_GUILESS_MAIN(tst_PackPlanner)
#include "tst_packplanner.moc"
