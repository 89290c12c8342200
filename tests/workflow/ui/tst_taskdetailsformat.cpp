#include "widgets/language.h"
#include "workflow/ui/taskdetailsformat.h"

#include <QJsonArray>
#include <QTextDocument>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Workflow;

class tst_TaskDetailsFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void value_data();
    void value();
    void labels_data();
    void labels();
    void hidden_data();
    void hidden();
    void tableColumnsInReadingOrder();
    void whatTheSplitWrites();
    void emptyDetails();
    void chinese();

private:
    static QString plain(const QString &html);
};

QString tst_TaskDetailsFormat::plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

void tst_TaskDetailsFormat::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Widgets::Language::install("en"));
}

void tst_TaskDetailsFormat::value_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("money in fen") << "amount_fen" << QJsonValue(123456) << "1,234.56";
    QTest::newRow("zero money still shows") << "deposit_fen" << QJsonValue(0) << "0.00";
    QTest::newRow("negative money") << "balance_fen" << QJsonValue(-5) << "-0.05";
    QTest::newRow("a size in mm") << "width_mm" << QJsonValue(560) << "560 mm";
    QTest::newRow("an area from mm², exact") << "area_mm2" << QJsonValue(806400) << "0.8064 m²";
    QTest::newRow("a small area keeps its decimals")
        << "area_mm2" << QJsonValue(1) << "0.000001 m²";
    QTest::newRow("edge banding in metres") << "edge_mm" << QJsonValue(2565) << "2.565 m";
    QTest::newRow("a quantity in micros") << "quantity_micros" << QJsonValue(1500000) << "1.5";
    QTest::newRow("a plain count") << "quantity" << QJsonValue(3) << "3";
    QTest::newRow("a unit") << "unit" << QJsonValue("set") << "set";
    QTest::newRow("an unknown unit stays") << "unit" << QJsonValue("box") << "box";
    QTest::newRow("grain") << "grain" << QJsonValue("width") << "along the width";
    QTest::newRow("a role") << "role" << QJsonValue("general_manager") << "General manager";
    QTest::newRow("a kind") << "kind" << QJsonValue("purchase") << "Purchase requisition";
    QTest::newRow("a time in the site's zone")
        << "due_at" << QJsonValue("2026-03-10T02:00:00.000Z") << "2026-03-10 10:00";
    QTest::newRow("yes") << "urgent" << QJsonValue(true) << "yes";
    QTest::newRow("a list of words") << "skills" << QJsonValue(QJsonArray{"橱柜", "电器"})
                                     << "橱柜、电器";
    QTest::newRow("text as it is") << "supplier" << QJsonValue("佛山玻璃厂") << "佛山玻璃厂";
    QTest::newRow("an amount as decimal text") << "amount" << QJsonValue("4740") << "4,740.00";
    QTest::newRow("an amount rounded half away from zero")
        << "amount" << QJsonValue("1591.165") << "1,591.17";
    QTest::newRow("square metres as decimal text")
        << "area_m2" << QJsonValue("0.806400") << "0.8064 m²";
    QTest::newRow("metres as decimal text") << "edge_m" << QJsonValue("12.500") << "12.5 m";
    QTest::newRow("a share as a percentage") << "deposit_share" << QJsonValue("0.3") << "30%";
    QTest::newRow("a quantity as decimal text") << "quantity" << QJsonValue("3.000") << "3";
    QTest::newRow("text that is no number stays") << "amount" << QJsonValue("面议") << "面议";
}

void tst_TaskDetailsFormat::value()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(TaskDetailsFormat::value(key, value), text);
}

void tst_TaskDetailsFormat::labels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("known") << "area_mm2" << "Area";
    QTest::newRow("a name beside its code") << "workshop_name" << "Workshop";
    QTest::newRow("money") << "amount_fen" << "Amount";
    QTest::newRow("unknown keys read as words") << "door_hinge_side" << "door hinge side";
}

void tst_TaskDetailsFormat::labels()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(TaskDetailsFormat::label(key), label);
}

void tst_TaskDetailsFormat::hidden_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("id") << "id" << true;
    QTest::newRow("a reference") << "line_id" << true;
    QTest::newRow("references") << "line_ids" << true;
    QTest::newRow("a key") << "task_key" << true;
    QTest::newRow("the order, which the pane names already") << "order_no" << true;
    QTest::newRow("the split rule's id") << "rule" << true;
    QTest::newRow("a name") << "name" << false;
    QTest::newRow("a width") << "width_mm" << false;
}

void tst_TaskDetailsFormat::hidden()
{
    QFETCH(QString, key);
    QFETCH(bool, hidden);
    QCOMPARE(TaskDetailsFormat::isHidden(key), hidden);
}

void tst_TaskDetailsFormat::tableColumnsInReadingOrder()
{
    const QJsonObject door{{"area_mm2", 432000}, {"name", "门板"},       {"width_mm", 600},
                           {"length_mm", 720},   {"quantity", 2},       {"line_id", "L-2"},
                           {"colour", "胡桃木"}, {"edge_mm", 2640}};
    const QJsonObject details{{"supplier", "佛山玻璃厂"},
                              {"amount_fen", 88000},
                              {"line_ids", QJsonArray{"L-2"}},
                              {"parts", QJsonArray{door}}};
    const QString text = plain(TaskDetailsFormat::html(details));
    // The fields first, as "label value" rows; then the table, its header in reading order.
    QVERIFY2(text.contains("Amount\n880.00"), qPrintable(text));
    QVERIFY2(text.contains("Supplier\n佛山玻璃厂"), qPrintable(text));
    QVERIFY2(text.contains("Panels (1)"), qPrintable(text));
    QVERIFY2(text.contains("Name\nLength\nWidth\nQuantity\nColour\nEdge banding\nArea\n"
                           "门板\n720 mm\n600 mm\n2\n胡桃木\n2.64 m\n0.432 m²"),
             qPrintable(text));
    QVERIFY(!text.contains("L-2"));
}

void tst_TaskDetailsFormat::whatTheSplitWrites()
{
    // A collection task and a work order as the process engine writes them.
    const QJsonObject collection{
        {"deposit_paid_fen", 190000},  {"deposit_required_fen", 199657},
        {"deposit_share", "0.3"},      {"order_no", "SO00000076"},
        {"policy", "platform"},        {"stage", "platform"},
        {"stage_name", "平台结算"},    {"total_fen", 665521},
        {"lines", QJsonArray{QJsonObject{{"amount", "6262.13"},
                                         {"description", "定制衣柜 平开门"},
                                         {"line_id", "L-1"},
                                         {"line_no", 1}}}}};
    const QString text = plain(TaskDetailsFormat::html(collection));
    for (const char *shown :
         {"Deposit paid\n1,900.00", "Deposit required\n1,996.57", "Deposit share\n30%",
          "Stage\n平台结算", "Total\n6,655.21", "Order lines (1)",
          "Line\nDescription\nAmount\n1\n定制衣柜 平开门\n6,262.13"})
        QVERIFY2(text.contains(QString::fromUtf8(shown)), qPrintable(text));
    for (const char *hidden : {"SO00000076", "platform", "L-1"})
        QVERIFY2(!text.contains(QString::fromUtf8(hidden)), hidden);

    const QJsonObject held{{"reasons", QJsonArray{"deposit ¥1,900.00 is 28.54 % of ¥6,655.21; "
                                                  "at least 30 % is required",
                                                  "line 2 (衣柜移门): the size is incomplete"}}};
    const QString reasons = TaskDetailsFormat::html(held);
    QVERIFY2(reasons.contains("<li>line 2 (衣柜移门): the size is incomplete</li>"),
             qPrintable(reasons));
}

void tst_TaskDetailsFormat::emptyDetails()
{
    QCOMPARE(plain(TaskDetailsFormat::html({})).trimmed(),
             QString("This task has no further details."));
    QCOMPARE(plain(TaskDetailsFormat::html({{"approval_id", "x"}})).trimmed(),
             QString("This task has no further details."));
}

void tst_TaskDetailsFormat::chinese()
{
    QVERIFY(Widgets::Language::install("zh_CN"));
    const QString text = plain(TaskDetailsFormat::html(
        {{"workshop", "柜体车间"}, {"parts", QJsonArray{QJsonObject{{"name", "侧板"},
                                                                    {"grain", "length"}}}}}));
    QVERIFY(Widgets::Language::install("en"));
    QVERIFY2(text.contains("车间\n柜体车间"), qPrintable(text));
    QVERIFY2(text.contains("板件 (1)"), qPrintable(text));
    QVERIFY2(text.contains("名称\n纹理\n侧板\n沿长度"), qPrintable(text));
}

QTEST_MAIN(tst_TaskDetailsFormat)
#include "tst_taskdetailsformat.moc"
