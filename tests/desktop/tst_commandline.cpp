#include "desktop/commandline.h"

#include <QTest>

using namespace Hearth::Desktop;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void runsWithoutDisplay();
};

void tst_CommandLine::valid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QSize>("size");

    QTest::newRow("nothing") << QStringList() << "" << "" << "" << "" << QSize();
    QTest::newRow("database and language")
        << args({"--db", "/tmp/a.db", "--lang", "en"}) << "/tmp/a.db" << "en" << "" << ""
        << QSize();
    QTest::newRow("equals form") << args({"--db=/tmp/a.db", "--lang=zh_CN"}) << "/tmp/a.db"
                                 << "zh_CN" << "" << "" << QSize();
    QTest::newRow("render") << args({"--render", "orders.list", "--out", "o.png"}) << ""
                            << "" << "orders.list" << "o.png" << QSize();
    QTest::newRow("render sized")
        << args({"--render", "main", "--out", "m.png", "--size", "1024x640", "--lang", "en"})
        << "" << "en" << "main" << "m.png" << QSize(1024, 640);
    QTest::newRow("render list") << args({"--render", "list"}) << "" << "" << "list" << ""
                                 << QSize();
}

void tst_CommandLine::valid()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, database);
    QFETCH(QString, language);
    QFETCH(QString, page);
    QFETCH(QString, output);
    QFETCH(QSize, size);
    arguments.prepend(QStringLiteral("hearth"));
    const auto parsed = CommandLine::parse(arguments);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->database, database);
    QCOMPARE(parsed->language, language);
    QCOMPARE(parsed->renderPage, page);
    QCOMPARE(parsed->output, output);
    QCOMPARE(parsed->size, size);
    QCOMPARE(parsed->isRender(), !page.isEmpty());
}

void tst_CommandLine::invalid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << args({"--frobnicate"});
    QTest::newRow("positional") << args({"orders.db"});
    QTest::newRow("unknown language") << args({"--lang", "fr"});
    QTest::newRow("render without out") << args({"--render", "main"});
    QTest::newRow("out without render") << args({"--out", "x.png"});
    QTest::newRow("size without render") << args({"--size", "800x600"});
    QTest::newRow("bad size") << args({"--render", "main", "--out", "m.png", "--size", "big"});
    QTest::newRow("tiny size")
        << args({"--render", "main", "--out", "m.png", "--size", "10x10"});
    QTest::newRow("huge size")
        << args({"--render", "main", "--out", "m.png", "--size", "90000x800"});
    QTest::newRow("db without file") << args({"--db"});
}

void tst_CommandLine::invalid()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(QStringLiteral("hearth"));
    const auto parsed = CommandLine::parse(arguments);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.isEmpty());
}

void tst_CommandLine::runsWithoutDisplay()
{
    char program[] = "hearth";
    char render[] = "--render";
    char renderEq[] = "--render=main";
    char help[] = "--help";
    char version[] = "--version";
    char db[] = "--db";
    char *withRender[] = {program, db, render};
    char *withEquals[] = {program, renderEq};
    char *withHelp[] = {program, help};
    char *withVersion[] = {program, version};
    char *without[] = {program, db};
    QVERIFY(CommandLine::runsWithoutDisplay(3, withRender));
    QVERIFY(CommandLine::runsWithoutDisplay(2, withEquals));
    QVERIFY(CommandLine::runsWithoutDisplay(2, withHelp));
    QVERIFY(CommandLine::runsWithoutDisplay(2, withVersion));
    QVERIFY(!CommandLine::runsWithoutDisplay(2, without));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
