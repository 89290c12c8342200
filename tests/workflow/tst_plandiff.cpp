#include "splitfixtures.h"
#include "workflow/splitter.h"

#include <QLocale>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;
using Orders::Channel;
using Orders::Unit;
using SplitFixtures::line;
using SplitFixtures::Size;

// What an amendment (改单) means downstream: the shipped rules split an order before and after
// a change, and PlanDiff names each task to add, adjust or cancel with what changed.
class tst_PlanDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedPlanReadsBack();
    void amendments_data();
    void amendments();
    void unchangedOrderHasNoChanges();
    void changeCarriesBothVersions();

private:
    SplitPlan plan(const Orders::SalesOrder &order) const;

    Splitter m_splitter;
};

namespace {

enum class Amendment { Width, Quantity, CancelLine, AddLine, Colour };

// A retail kitchen in Zhejiang, nothing paid yet, total 3576.00:
//   1 橱柜地柜 600 × 720 × 560, 1 piece, 1500.00 → WS-CAB (+ its door → WS-DOOR)
//   2 橱柜吊柜 600 × 700 × 350, 1 piece,  900.00 → WS-CAB (+ its door → WS-DOOR)
//   3 石英石台面 1200 × 15 × 600, 1.2 m, 1176.00 → SUP-STONE
// Due: WS-CAB 56, WS-DOOR 64, SUP-STONE 72 → shipment 80, installation 96, balance 112.
// Collections: deposit 30 % of 357600 = 107280, balance 250320.
Orders::SalesOrder kitchen()
{
    return SplitFixtures::order(
        Channel::Store,
        {line(1, "橱柜地柜", "1500", "1", Unit::Piece, Size{600, 720, 560}),
         line(2, "橱柜吊柜", "900", "1", Unit::Piece, Size{600, 700, 350}),
         line(3, "石英石台面", "1176", "1.2", Unit::Metre, Size{1200, 15, 600})});
}

Orders::SalesOrder amended(Amendment a)
{
    Orders::SalesOrder o = kitchen();
    switch (a) {
    case Amendment::Width:
        o.lines[0].widthMm = 800;
        break;
    case Amendment::Quantity:
        o.lines[1].quantity = Core::Decimal::fromInt(2);
        o.lines[1].amount = Core::Decimal::fromInt(1800);
        break;
    case Amendment::CancelLine:
        o.lines.removeAt(2);
        break;
    case Amendment::AddLine: {
        Orders::OrderLine glass = line(4, "衣柜移门", "1800", "3.76", Unit::SquareMetre,
                                       Size{1600, 2350, 20});
        glass.material = QStringLiteral("铝框玻璃");
        o.lines.append(glass);
        break;
    }
    case Amendment::Colour:
        o.lines[1].colour = QStringLiteral("胡桃木纹");
        break;
    }
    return o;
}

QString kindName(PlanChange::Kind kind)
{
    switch (kind) {
    case PlanChange::Kind::Add:
        return QStringLiteral("add");
    case PlanChange::Kind::Adjust:
        return QStringLiteral("adjust");
    case PlanChange::Kind::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

QStringList describe(const PlanDiff &diff)
{
    QStringList lines;
    for (const PlanChange &c : diff.changes)
        lines.append(kindName(c.kind) + u' ' + c.taskKey + QStringLiteral(": ") + c.what);
    return lines;
}

} // namespace

void tst_PlanDiff::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto s = Splitter::compile(SplitFixtures::shippedRules());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    m_splitter = s.value();
}

SplitPlan tst_PlanDiff::plan(const Orders::SalesOrder &order) const
{
    const auto p = m_splitter.plan(order);
    if (!p)
        qWarning("%s", qPrintable(p.error().toString()));
    return p.value_or(SplitPlan());
}

void tst_PlanDiff::amendments_data()
{
    QTest::addColumn<int>("amendment");
    QTest::addColumn<QStringList>("changes");

    // 600 → 800: top, bottom, back and shelf get longer (the sides keep H × D): 4 parts;
    // ceil(800 / 600) = 2 doors instead of 1: the door part, 2 → 4 hinges and 1 → 2 handles.
    // Money is unchanged, so the collections are too.
    QTest::newRow("width")
        << int(Amendment::Width)
        << QStringList{
               "adjust work_order:WS-CAB: line 1: width 600 → 800 mm; 4 part(s) changed; "
               "2 hardware item(s) changed",
               "adjust work_order:WS-DOOR: line 1: width 600 → 800 mm; 1 part(s) changed",
               "adjust shipment: line 1: width 600 → 800 mm",
               "adjust installation: line 1: width 600 → 800 mm"};
    // Two wall cabinets: all 5 carcass parts and 5 hardware items double, and the door.
    // Total 4476.00: deposit 30 % = 134280 (was 107280), balance 313320 (was 250320).
    QTest::newRow("quantity")
        << int(Amendment::Quantity)
        << QStringList{
               "adjust work_order:WS-CAB: line 2: quantity 1 → 2; 5 part(s) changed; "
               "5 hardware item(s) changed",
               "adjust work_order:WS-DOOR: line 2: quantity 1 → 2; 1 part(s) changed",
               "adjust shipment: line 2: quantity 1 → 2",
               "adjust installation: line 2: quantity 1 → 2",
               "adjust collection:deposit: line 2: amount 900 → 1800; amount 1072.80 → 1342.80",
               "adjust collection:balance: line 2: amount 900 → 1800; amount 2503.20 → 3133.20"};
    // Without the stone top (72 h) the order is ready at 64: shipment 72, installation 88,
    // balance 104. Total 2400.00: deposit 72000, balance 168000.
    QTest::newRow("cancelled line")
        << int(Amendment::CancelLine)
        << QStringList{
               "cancel purchase:SUP-STONE: line 3 (石英石台面) cancelled",
               "adjust shipment: line 3 (石英石台面) cancelled; due in 80 → 72 working hours",
               "adjust installation: line 3 (石英石台面) cancelled; due in 96 → 88 working "
               "hours",
               "adjust collection:deposit: line 3 (石英石台面) cancelled; amount 1072.80 → "
               "720.00",
               "adjust collection:balance: line 3 (石英石台面) cancelled; amount 2503.20 → "
               "1680.00; due in 112 → 104 working hours"};
    // A glass door bought in (56 h, within the 72 already waited for). Total 5376.00:
    // deposit 161280, balance 376320.
    QTest::newRow("added line")
        << int(Amendment::AddLine)
        << QStringList{
               "adjust shipment: line 4 (衣柜移门) added",
               "adjust installation: line 4 (衣柜移门) added",
               "adjust collection:deposit: line 4 (衣柜移门) added; amount 1072.80 → 1612.80",
               "adjust collection:balance: line 4 (衣柜移门) added; amount 2503.20 → 3763.20",
               "add purchase:SUP-GLASS: line 4 (衣柜移门) added"};
    // A new colour changes every panel of line 2 (6 with its door) but no size or money.
    QTest::newRow("colour")
        << int(Amendment::Colour)
        << QStringList{
               "adjust work_order:WS-CAB: line 2: colour 暖白 → 胡桃木纹; 5 part(s) changed",
               "adjust work_order:WS-DOOR: line 2: colour 暖白 → 胡桃木纹; 1 part(s) changed",
               "adjust shipment: line 2: colour 暖白 → 胡桃木纹",
               "adjust installation: line 2: colour 暖白 → 胡桃木纹"};
}

void tst_PlanDiff::amendments()
{
    QFETCH(int, amendment);
    QFETCH(QStringList, changes);

    const SplitPlan before = plan(kitchen());
    const SplitPlan after = plan(amended(Amendment(amendment)));
    QVERIFY(!before.tasks.isEmpty() && !after.tasks.isEmpty());
    const PlanDiff diff = PlanDiff::compare(before, after);
    QCOMPARE(describe(diff), changes);
    QVERIFY(before.fingerprint() != after.fingerprint());
}

void tst_PlanDiff::unchangedOrderHasNoChanges()
{
    const SplitPlan a = plan(kitchen());
    const SplitPlan b = plan(kitchen());
    QVERIFY(PlanDiff::compare(a, b).isEmpty());
    QCOMPARE(a.fingerprint(), b.fingerprint());
    QCOMPARE(a.fingerprint().size(), 16);
    QCOMPARE(a.toJson().value("tasks").toArray().size(), int(a.tasks.size()));
}

void tst_PlanDiff::changeCarriesBothVersions()
{
    const PlanDiff diff = PlanDiff::compare(plan(kitchen()),
                                            plan(amended(Amendment::CancelLine)));
    QVERIFY(!diff.changes.isEmpty());
    const PlanChange &cancel = diff.changes.first();
    QCOMPARE(cancel.kind, PlanChange::Kind::Cancel);
    QCOMPARE(cancel.before.amountFen, 117600);  // the stone top: 1176.00
    QVERIFY(cancel.after.key.isEmpty());
    const PlanChange &shipment = diff.changes.at(1);
    QCOMPARE(shipment.before.lineIds, QStringList({"L1", "L2", "L3"}));
    QCOMPARE(shipment.after.lineIds, QStringList({"L1", "L2"}));
}

void tst_PlanDiff::storedPlanReadsBack()
{
    // The engine keeps each order's plan as JSON and diffs an amendment against what it reads.
    const SplitPlan original = plan(kitchen());
    QVERIFY(!original.parts.isEmpty());
    const SplitPlan read = SplitPlan::fromJson(original.toJson());
    QCOMPARE(read.tasks, original.tasks);
    QCOMPARE(read.parts, original.parts);
    QCOMPARE(read.hardware, original.hardware);
    QCOMPARE(read.warnings, original.warnings);
    QVERIFY(PlanDiff::compare(read, original).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PlanDiff)
#include "tst_plandiff.moc"
