#include "orders/salesorder.h"
#include "splitfixtures.h"
#include "workflow/cabinettemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(Hearth::Orders::OrderLine)

using namespace Hearth;
using namespace Hearth::Workflow;

// The parametric cabinet templates of resources/templates: finished sizes, areas, edge banding
// and hardware worked out by hand in the comments, rounding, quantities and located errors.
class tst_CabinetTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedTemplatesCheckClean_data();
    void shippedTemplatesCheckClean();
    void baseCabinetPanels_data();
    void baseCabinetPanels();
    void baseCabinetTotalsAndHardware();
    void hingesByDoorHeight_data();
    void hingesByDoorHeight();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void oneSquareMetreIsExact();
    void quantityMultiplies_data();
    void quantityMultiplies();
    void wideRunBecomesSeveralCabinets();
    void specBeatsRuleBeatsDefault_data();
    void specBeatsRuleBeatsDefault();
    void drawerUnit();
    void lineErrors_data();
    void lineErrors();
    void missingSize();
    void invalidTemplates_data();
    void invalidTemplates();
};

namespace {

QJsonObject templateJson(const QString &id)
{
    QFile file(QStringLiteral(":/hearth/templates/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

CabinetTemplate load(const QString &id)
{
    const auto t = CabinetTemplate::fromJson(templateJson(id));
    if (!t)
        qWarning("%s", qPrintable(t.error().toString()));
    return t.value_or(CabinetTemplate());
}

Orders::OrderLine cabinetLine(qint64 w, qint64 h, qint64 d, const QJsonObject &spec = {},
                              const QString &quantity = QStringLiteral("1"),
                              Orders::Unit unit = Orders::Unit::Piece)
{
    Orders::OrderLine line;
    line.id = QStringLiteral("line-2");
    line.lineNo = 2;
    line.description = QStringLiteral("橱柜地柜");
    line.widthMm = w;
    line.heightMm = h;
    line.depthMm = d;
    line.material = QStringLiteral("颗粒板");
    line.colour = QStringLiteral("暖白");
    line.quantity = *Core::Decimal::parse(quantity);
    line.unit = unit;
    line.spec = spec;
    return line;
}

const Part *findPart(const Explosion &e, const QString &key)
{
    for (const Part &p : e.parts) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QString hardwareQuantity(const Explosion &e, const QString &code)
{
    for (const HardwareItem &h : e.hardware) {
        if (h.code == code)
            return h.quantity.toString() + u' ' + h.unit;
    }
    return QStringLiteral("none");
}

} // namespace

void tst_CabinetTemplate::initTestCase()
{
    // Messages name parts in the interface's language; these tests read the English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_CabinetTemplate::shippedTemplatesCheckClean_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    for (const char *id : {"base_cabinet", "wall_cabinet", "tall_cabinet", "wardrobe",
                           "drawer_unit", "door_set"})
        QTest::newRow(id) << QString::fromLatin1(id) << QString();
}

void tst_CabinetTemplate::shippedTemplatesCheckClean()
{
    QFETCH(QString, id);
    const QJsonObject json = templateJson(id);
    QVERIFY2(!json.isEmpty(), qPrintable(id));
    const QList<Core::Error> errors = CabinetTemplate::check(json);
    QStringList texts;
    for (const Core::Error &e : errors)
        texts.append(e.toString());
    QVERIFY2(errors.isEmpty(), qPrintable(texts.join(u'\n')));
    QCOMPARE(load(id).id(), id);
}

// 800 × 720 × 560 base cabinet, T = 18, BT = 9, 2 doors, 1 shelf; groove 8, door gap 2,
// shelf clearance 2, shelf setback 30 (base_cabinet.json):
//   side   H × D                           = 720 × 560 × 18, 2 pcs, area 2·403200 = 806400,
//          edge L1 = 2·720 = 1440
//   top    (W − 2T) × D = 764 × 560         × 18, 1 pc,  area 427840, edge L1 = 764
//   bottom same as top                                     area 427840, edge 764
//   back   (W − 2T + 16) × (H − 2T + 16) = 780 × 700 × 9, area 546000, no edges
//   shelf  (W − 2T − 2) × (D − 30) = 762 × 530 × 18, area 403860, edge L1 = 762
//   door   (H − 4) × (W − 3·2) / 2 = 716 × 397 × 18, 2 pcs, area 2·284252 = 568504,
//          edge L1L2W1W2 = 2·(2·716 + 2·397) = 4452
void tst_CabinetTemplate::baseCabinetPanels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qint64>("width");
    QTest::addColumn<qint64>("thickness");
    QTest::addColumn<qint64>("area");
    QTest::addColumn<qint64>("edge");
    QTest::addColumn<QString>("edges");
    QTest::addColumn<QString>("grain");
    QTest::addColumn<QString>("material");

    QTest::newRow("side") << "2.1.side" << "侧板" << 2 << 720ll << 560ll << 18ll << 806400ll
                          << 1440ll << "L1" << "length" << "颗粒板";
    QTest::newRow("top") << "2.1.top" << "顶板" << 1 << 764ll << 560ll << 18ll << 427840ll
                         << 764ll << "L1" << "length" << "颗粒板";
    QTest::newRow("bottom") << "2.1.bottom" << "底板" << 1 << 764ll << 560ll << 18ll
                            << 427840ll << 764ll << "L1" << "length" << "颗粒板";
    QTest::newRow("back") << "2.1.back" << "背板" << 1 << 780ll << 700ll << 9ll << 546000ll
                          << 0ll << "" << "none" << "高密度板";
    QTest::newRow("shelf") << "2.1.shelf" << "层板" << 1 << 762ll << 530ll << 18ll << 403860ll
                           << 762ll << "L1" << "length" << "颗粒板";
    QTest::newRow("door") << "2.1.door" << "门板" << 2 << 716ll << 397ll << 18ll << 568504ll
                          << 4452ll << "L1L2W1W2" << "length" << "颗粒板";
}

void tst_CabinetTemplate::baseCabinetPanels()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(int, quantity);
    QFETCH(qint64, length);
    QFETCH(qint64, width);
    QFETCH(qint64, thickness);
    QFETCH(qint64, area);
    QFETCH(qint64, edge);
    QFETCH(QString, edges);
    QFETCH(QString, grain);
    QFETCH(QString, material);

    const QJsonObject spec{{"doors", 2}, {"shelves", 1}, {"back_material", "高密度板"}};
    const auto e = load("base_cabinet").explode(cabinetLine(800, 720, 560, spec));
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
    const Part *p = findPart(e.value(), key);
    QVERIFY2(p, qPrintable(key));
    QCOMPARE(p->name, name);
    QCOMPARE(p->quantity, quantity);
    QCOMPARE(p->lengthMm, length);
    QCOMPARE(p->widthMm, width);
    QCOMPARE(p->thicknessMm, thickness);
    QCOMPARE(p->areaMm2, area);
    QCOMPARE(p->edgeMm, edge);
    QCOMPARE(p->edges, edges);
    QCOMPARE(p->grain, grain);
    QCOMPARE(p->material, material);
    QCOMPARE(p->colour, QStringLiteral("暖白"));
    QCOMPARE(p->lineId, QStringLiteral("line-2"));
    QCOMPARE(p->lineNo, 2);
}

// The same cabinet from the template's defaults: doors = ceil(800 / 600) = 2,
// shelves = floor((720 − 36) / 450) = 1. Totals: 8 pieces, area 806400 + 2·427840 + 546000
// + 403860 + 568504 = 3180444 mm², edge 1440 + 764 + 764 + 762 + 4452 = 8182 mm.
// Hardware: door height 716 ≤ 900 → 2 hinges a door → 4; 2 handles; 4 shelf pins a shelf;
// 8 connectors; 4 feet.
void tst_CabinetTemplate::baseCabinetTotalsAndHardware()
{
    const auto e = load("base_cabinet").explode(cabinetLine(800, 720, 560));
    QVERIFY(e.ok());
    QCOMPARE(e->parts.size(), 6);
    qint64 pieces = 0;
    qint64 area = 0;
    qint64 edge = 0;
    for (const Part &p : e->parts) {
        pieces += p.quantity;
        area += p.areaMm2;
        edge += p.edgeMm;
    }
    QCOMPARE(pieces, 8);
    QCOMPARE(area, 3180444);
    QCOMPARE(edge, 8182);
    QCOMPARE(hardwareQuantity(e.value(), "hinge"), QStringLiteral("4 piece"));
    QCOMPARE(hardwareQuantity(e.value(), "handle"), QStringLiteral("2 piece"));
    QCOMPARE(hardwareQuantity(e.value(), "shelf_pin"), QStringLiteral("4 piece"));
    QCOMPARE(hardwareQuantity(e.value(), "connector"), QStringLiteral("8 set"));
    QCOMPARE(hardwareQuantity(e.value(), "leg"), QStringLiteral("4 piece"));
    QCOMPARE(e->hardware.first().key, QStringLiteral("2.hinge"));
}

// A 900 mm wardrobe with 2 doors; door height = H − 2·2. The table: ≤ 900 → 2, ≤ 1600 → 3,
// ≤ 2000 → 4, more → 5 hinges a door.
void tst_CabinetTemplate::hingesByDoorHeight_data()
{
    QTest::addColumn<qint64>("height");
    QTest::addColumn<qint64>("doorHeight");
    QTest::addColumn<QString>("hinges");

    QTest::newRow("door 900: 2 a door") << 904ll << 900ll << "4 piece";
    QTest::newRow("door 901: 3 a door") << 905ll << 901ll << "6 piece";
    QTest::newRow("door 1600: 3 a door") << 1604ll << 1600ll << "6 piece";
    QTest::newRow("door 1601: 4 a door") << 1605ll << 1601ll << "8 piece";
    QTest::newRow("door 2000: 4 a door") << 2004ll << 2000ll << "8 piece";
    QTest::newRow("2400 wardrobe, door 2396: 5 a door") << 2400ll << 2396ll << "10 piece";
}

void tst_CabinetTemplate::hingesByDoorHeight()
{
    QFETCH(qint64, height);
    QFETCH(qint64, doorHeight);
    QFETCH(QString, hinges);

    const auto e = load("wardrobe").explode(cabinetLine(900, height, 600, {{"doors", 2}}));
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
    const Part *door = findPart(e.value(), "2.1.door");
    QVERIFY(door);
    QCOMPARE(door->lengthMm, doorHeight);
    QCOMPARE(door->widthMm, 447);  // (900 − 3·2) / 2
    QCOMPARE(hardwareQuantity(e.value(), "hinge"), hinges);
}

// Hinged doors (door_set): leaf width = (W − (n − 1)·2) / n, rounded once to whole mm, half
// away from zero; a rule that rounds half to even would give 472 for 472.5.
void tst_CabinetTemplate::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("width");
    QTest::addColumn<int>("doors");
    QTest::addColumn<qint64>("leaf");
    QTest::addColumn<qint64>("area");

    // (1896 − 6) / 4 = 472.5 → 473; area 4·2550·473 = 4824600
    QTest::newRow("472.5 → 473") << 1896ll << 4 << 473ll << 4824600ll;
    // (1900 − 6) / 4 = 473.5 → 474; area 4·2550·474 = 4834800
    QTest::newRow("473.5 → 474") << 1900ll << 4 << 474ll << 4834800ll;
    // (1899 − 6) / 4 = 473.25 → 473
    QTest::newRow("473.25 → 473") << 1899ll << 4 << 473ll << 4824600ll;
    // (1001 − 4) / 3 = 332.333333 → 332; area 3·2550·332 = 2539800
    QTest::newRow("332.33 → 332") << 1001ll << 3 << 332ll << 2539800ll;
    // (1002 − 4) / 3 = 332.666667 → 333; area 3·2550·333 = 2547450
    QTest::newRow("332.67 → 333") << 1002ll << 3 << 333ll << 2547450ll;
}

void tst_CabinetTemplate::roundsHalfAwayFromZero()
{
    QFETCH(qint64, width);
    QFETCH(int, doors);
    QFETCH(qint64, leaf);
    QFETCH(qint64, area);

    Orders::OrderLine line = cabinetLine(width, 2550, 20, {{"doors", doors}});
    line.depthMm.reset();  // door lines often come without a depth
    const auto e = load("door_set").explode(line);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
    QCOMPARE(e->parts.size(), 1);
    const Part &door = e->parts.first();
    QCOMPARE(door.lengthMm, 2550);
    QCOMPARE(door.widthMm, leaf);
    QCOMPARE(door.quantity, doors);
    QCOMPARE(door.areaMm2, area);
    // 2550 > 2000: 5 hinges a leaf
    QCOMPARE(hardwareQuantity(e.value(), "hinge"), QStringLiteral("%1 piece").arg(doors * 5));
}

// One 1000 × 1000 leaf: 1,000,000 mm², edge 4 × 1000 = 4000 mm, nothing lost to binary
// fractions.
void tst_CabinetTemplate::oneSquareMetreIsExact()
{
    Orders::OrderLine line = cabinetLine(1000, 1000, 20, {{"doors", 1}});
    const auto e = load("door_set").explode(line);
    QVERIFY(e.ok());
    QCOMPARE(e->parts.first().areaMm2, 1000000);
    QCOMPARE(e->parts.first().edgeMm, 4000);
}

// Pieces and sets multiply every part and item by the line's quantity; lines sold by the
// metre or square metre describe the whole run in their size.
void tst_CabinetTemplate::quantityMultiplies_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("sides");
    QTest::addColumn<qint64>("sideArea");
    QTest::addColumn<QString>("hinges");

    QTest::newRow("1 piece") << "1" << int(Orders::Unit::Piece) << 2 << 806400ll << "4";
    QTest::newRow("3 pieces") << "3" << int(Orders::Unit::Piece) << 6 << 2419200ll << "12";
    QTest::newRow("2 sets") << "2" << int(Orders::Unit::Set) << 4 << 1612800ll << "8";
    QTest::newRow("0.8 linear m") << "0.8" << int(Orders::Unit::Metre) << 2 << 806400ll << "4";
}

void tst_CabinetTemplate::quantityMultiplies()
{
    QFETCH(QString, quantity);
    QFETCH(int, unit);
    QFETCH(int, sides);
    QFETCH(qint64, sideArea);
    QFETCH(QString, hinges);

    const auto e = load("base_cabinet").explode(
        cabinetLine(800, 720, 560, {}, quantity, Orders::Unit(unit)));
    QVERIFY(e.ok());
    const Part *side = findPart(e.value(), "2.1.side");
    QVERIFY(side);
    QCOMPARE(side->quantity, sides);
    QCOMPARE(side->areaMm2, sideArea);
    QCOMPARE(hardwareQuantity(e.value(), "hinge"), hinges + QStringLiteral(" piece"));
}

// A 2611 mm kitchen run sold by the metre: ceil(2611 / 900) = 3 cabinets, 2611 = 871 + 2·870.
// Cabinet 1 (871): top 871 − 36 = 835; cabinets 2 (870): top 834, 2 of them.
// Doors: ceil(871 / 600) = 2 a cabinet, width (871 − 6) / 2 = 432.5 → 433 and
// (870 − 6) / 2 = 432; hinges 3 cabinets · 2 doors · 2 = 12.
void tst_CabinetTemplate::wideRunBecomesSeveralCabinets()
{
    const auto e = load("base_cabinet").explode(
        cabinetLine(2611, 720, 560, {}, QStringLiteral("2.611"), Orders::Unit::Metre));
    QVERIFY(e.ok());
    QCOMPARE(e->groups.size(), 2);
    QCOMPARE(e->groups.at(0).widthMm, 871);
    QCOMPARE(e->groups.at(0).count, 1);
    QCOMPARE(e->groups.at(1).widthMm, 870);
    QCOMPARE(e->groups.at(1).count, 2);
    QCOMPARE(e->groups.at(1).parameters.value("doors").toString(), QStringLiteral("2"));
    QCOMPARE(e->groups.at(1).parameters.value("door_style").toString(), QStringLiteral("flat"));
    const Part *top1 = findPart(e.value(), "2.1.top");
    const Part *top2 = findPart(e.value(), "2.2.top");
    QVERIFY(top1 && top2);
    QCOMPARE(top1->lengthMm, 835);
    QCOMPARE(top1->quantity, 1);
    QCOMPARE(top2->lengthMm, 834);
    QCOMPARE(top2->quantity, 2);
    QCOMPARE(findPart(e.value(), "2.1.door")->widthMm, 433);
    QCOMPARE(findPart(e.value(), "2.2.door")->widthMm, 432);
    QCOMPARE(findPart(e.value(), "2.2.door")->quantity, 4);
    QCOMPARE(hardwareQuantity(e.value(), "hinge"), QStringLiteral("12 piece"));
    QCOMPARE(hardwareQuantity(e.value(), "leg"), QStringLiteral("12 piece"));
}

void tst_CabinetTemplate::specBeatsRuleBeatsDefault_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<int>("doors");
    QTest::addColumn<qint64>("thickness");

    QTest::newRow("defaults") << QJsonObject() << QJsonObject() << 2 << 18ll;
    QTest::newRow("rule sets 0 doors") << QJsonObject() << QJsonObject{{"doors", 0}} << 0 << 18ll;
    QTest::newRow("rule formula") << QJsonObject() << QJsonObject{{"doors", "ceil(W / 300)"}}
                                  << 3 << 18ll;
    QTest::newRow("spec beats rule") << QJsonObject{{"doors", 1}, {"thickness_mm", "25"}}
                                     << QJsonObject{{"doors", 0}} << 1 << 25ll;
}

void tst_CabinetTemplate::specBeatsRuleBeatsDefault()
{
    QFETCH(QJsonObject, spec);
    QFETCH(QJsonObject, rule);
    QFETCH(int, doors);
    QFETCH(qint64, thickness);

    const auto e = load("wardrobe").explode(cabinetLine(900, 2400, 600, spec), rule);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
    const Part *door = findPart(e.value(), "2.1.door");
    QCOMPARE(door ? door->quantity : 0, doors);
    QCOMPARE(findPart(e.value(), "2.1.side")->thicknessMm, thickness);
}

// 600 × 720 × 560 drawer unit, 4 drawers (floor(720 / 180)); front height
// (720 − 5·2) / 4 = 177.5 → 178; box: width 600 − 36 − 26 = 538, height 177.5 − 40 = 137.5
// → 138, depth floor((560 − 9 − 20) / 50)·50 = 500.
void tst_CabinetTemplate::drawerUnit()
{
    const auto e = load("drawer_unit").explode(cabinetLine(600, 720, 560));
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
    const Part *front = findPart(e.value(), "2.1.drawer_front");
    QVERIFY(front);
    QCOMPARE(front->quantity, 4);
    QCOMPARE(front->lengthMm, 596);
    QCOMPARE(front->widthMm, 178);
    const Part *side = findPart(e.value(), "2.1.box_side");
    QCOMPARE(side->quantity, 8);
    QCOMPARE(side->lengthMm, 500);
    QCOMPARE(side->widthMm, 138);
    const Part *end = findPart(e.value(), "2.1.box_end");
    QCOMPARE(end->lengthMm, 502);  // 538 − 36
    const Part *bottom = findPart(e.value(), "2.1.box_bottom");
    QCOMPARE(bottom->lengthMm, 518);  // 538 − 36 + 16
    QCOMPARE(bottom->widthMm, 480);   // 500 − 36 + 16
    QCOMPARE(hardwareQuantity(e.value(), "runner"), QStringLiteral("4 pair"));
    QCOMPARE(hardwareQuantity(e.value(), "handle"), QStringLiteral("4 piece"));
    QCOMPARE(hardwareQuantity(e.value(), "connector"), QStringLiteral("24 set"));
}

// What a line can get wrong, named with the line, the part and the size.
void tst_CabinetTemplate::lineErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Orders::OrderLine>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");

    QTest::newRow("thickness out of range")
        << "base_cabinet" << cabinetLine(800, 720, 560, {{"thickness_mm", 40}})
        << "line 2 (橱柜地柜): T is 40, outside 9–36"
        << "templates/base_cabinet.json parameters[0]";
    QTest::newRow("spec not a number")
        << "base_cabinet" << cabinetLine(800, 720, 560, {{"doors", "two"}})
        << "line 2 (橱柜地柜): the spec's \"doors\" should be a number"
        << "templates/base_cabinet.json parameters[2]";
    QTest::newRow("half a cabinet")
        << "base_cabinet" << cabinetLine(800, 720, 560, {}, "1.5")
        << "line 2 (橱柜地柜): the quantity 1.5 is not a whole number of cabinets"
        << "templates/base_cabinet.json";
    // A 30 mm cabinet: the top comes out 30 − 2·18 = −6 mm long.
    QTest::newRow("part below 1 mm")
        << "base_cabinet" << cabinetLine(30, 720, 560, {{"doors", 1}, {"shelves", 0}})
        << "line 2 (橱柜地柜): Top panel comes out -6 × 560 × 18 mm; a part needs at least "
           "1 mm each way"
        << "templates/base_cabinet.json parts[1]";
    // 4 doors on 800: (800 − 10) / 4 = 197.5 wide is fine, but shelves: 7 is above 6.
    QTest::newRow("shelves above the maximum")
        << "base_cabinet" << cabinetLine(800, 720, 560, {{"shelves", 7}})
        << "line 2 (橱柜地柜): shelves is 7, outside 0–6"
        << "templates/base_cabinet.json parameters[3]";
}

void tst_CabinetTemplate::lineErrors()
{
    QFETCH(QString, id);
    QFETCH(Orders::OrderLine, line);
    QFETCH(QString, message);
    QFETCH(QString, where);

    const auto e = load(id).explode(line);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().message, message);
    QCOMPARE(e.error().where, where);
}

void tst_CabinetTemplate::missingSize()
{
    Orders::OrderLine line = cabinetLine(800, 720, 560);
    line.depthMm.reset();
    const CabinetTemplate t = load("base_cabinet");
    QCOMPARE(t.missingInput(line),
             QStringLiteral("line 2 (橱柜地柜) has no depth in mm; the template Base cabinet "
                            "needs it, so no parts are made for it"));
    QVERIFY(!t.explode(line).ok());
    // Hinged doors need only a width and a height.
    QCOMPARE(load("door_set").missingInput(line), QString());
}

// Template files with a mistake: check() names the file, the place and what is wrong.
void tst_CabinetTemplate::invalidTemplates_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown name")
        << "parts/1/length" << QJsonValue("W - 2 * Tx")
        << "templates/base_cabinet.json parts[1].length" << "unknown name \"Tx\"";
    QTest::newRow("text where a number belongs")
        << "parts/1/width" << QJsonValue("material")
        << "templates/base_cabinet.json parts[1].width" << "gives text, but a number is needed";
    // Example 1 (800 × 720 × 560): a shelf D − 600 = −40 deep.
    QTest::newRow("part comes out negative")
        << "parts/4/width" << QJsonValue("D - 600")
        << "templates/base_cabinet.json parts[4]"
        << "line 1 (example 1): Shelf comes out 762 × -40 × 18 mm";
    // A back groove of 20: (800 − 36 + 40) × (720 − 36 + 40) = 804 × 724 > 800 × 720.
    QTest::newRow("part larger than the cabinet")
        << "values/0/formula" << QJsonValue("20") << "templates/base_cabinet.json parts[3]"
        << "Back panel comes out 804 × 724 mm, larger than the cabinet 800 × 720 × 560 mm";
    QTest::newRow("bad edges") << "parts/0/edges" << QJsonValue("L1L3")
                               << "templates/base_cabinet.json parts[0].edges"
                               << "\"L1L3\" is not a set of banded edges";
    QTest::newRow("bad grain") << "parts/0/grain" << QJsonValue("diagonal")
                               << "templates/base_cabinet.json parts[0].grain"
                               << "expected \"length\", \"width\" or \"none\"";
    QTest::newRow("rounding not stated") << "rounding" << QJsonValue(QJsonValue::Undefined)
                                         << "templates/base_cabinet.json rounding"
                                         << "say how sizes are rounded";
    QTest::newRow("table not rising")
        << "values/6/table/1/up_to" << QJsonValue(800)
        << "templates/base_cabinet.json values[6].table[1].up_to" << "must rise";
    QTest::newRow("name used twice") << "values/0/name" << QJsonValue("gap")
                                     << "templates/base_cabinet.json values[1].name"
                                     << "the name \"gap\" is already used";
    QTest::newRow("value used before it is defined")
        << "values/0/formula" << QJsonValue("gap * 4")
        << "templates/base_cabinet.json values[0].formula" << "unknown name \"gap\"";
    QTest::newRow("hardware unit") << "hardware/0/unit" << QJsonValue("bag")
                                   << "templates/base_cabinet.json hardware[0].unit"
                                   << "expected one of piece, set, pair, m";
    QTest::newRow("no English name") << "parts/2/name_en" << QJsonValue()
                                     << "templates/base_cabinet.json parts[2]"
                                     << "needs \"name\" (Chinese) and \"name_en\"";
}

void tst_CabinetTemplate::invalidTemplates()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    QFETCH(QString, message);

    const QJsonObject json = SplitFixtures::edited(templateJson("base_cabinet"), path, value);
    const QList<Core::Error> errors = CabinetTemplate::check(json);
    QVERIFY(!errors.isEmpty());
    QStringList all;
    for (const Core::Error &e : errors)
        all.append(e.toString());
    const Core::Error &first = errors.first();
    QVERIFY2(first.where == where && first.message.contains(message), qPrintable(all.join('\n')));
    QVERIFY(!CabinetTemplate::fromJson(json).ok());
}

QTEST_GUILESS_MAIN(tst_CabinetTemplate)
#include "tst_cabinettemplate.moc"
