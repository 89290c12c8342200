#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/catalogue.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

const QString shippedFolder = QStringLiteral(HEARTH_SOURCE_DIR "/resources/catalogue");

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString scalar(const char *sql)
{
    Storage::Statement &q = Storage::Database::connection().prepare(sql);
    const QString v = q.next() ? q.text(0) : QString();
    q.reset();
    return v;
}

} // namespace

class tst_Catalogue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importShipped();
    void seedingKeepsSiteChanges();
    void contains_data();
    void contains();
    void invalidFile_data();
    void invalidFile();
    void listIsSorted();

private:
    QTemporaryDir m_dir;
};

void tst_Catalogue::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
}

void tst_Catalogue::cleanup()
{
    Storage::Database::close();
}

void tst_Catalogue::importShipped()
{
    Storage::Connection &c = Storage::Database::connection();
    const auto written = Catalogue::importDirectory(c, shippedFolder);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written.value(), 21);
    QCOMPARE(scalar("SELECT COUNT(*) FROM catalogue_entries WHERE kind = 'material'"),
             QStringLiteral("11"));
    QCOMPARE(scalar("SELECT name FROM catalogue_entries WHERE code = 'PB-E0'"),
             QStringLiteral("颗粒板 E0"));

    const auto loaded = Catalogue::load(c);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 21);
    for (const char *board : {"颗粒板 E0", "多层板", "欧松板", "生态板", "实木", "多层实木板"})
        QVERIFY2(loaded->contains("material", QString::fromUtf8(board)), board);
    for (const char *colour : {"暖白", "胡桃木纹", "橡木纹", "北美黑胡桃"})
        QVERIFY2(loaded->contains("colour", QString::fromUtf8(colour)), colour);
    QVERIFY(!loaded->contains("colour", "欧松板"));

    QCOMPARE(Catalogue::importDirectory(c, shippedFolder).value_or(-1), 0);
}

void tst_Catalogue::seedingKeepsSiteChanges()
{
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(Catalogue::importDirectory(c, shippedFolder).ok());
    QVERIFY(c.execScript("UPDATE catalogue_entries SET active = 0 WHERE code = 'OSB'").ok());

    QCOMPARE(Catalogue::importDirectory(c, shippedFolder).value_or(-1), 0);
    auto loaded = Catalogue::load(c);
    QVERIFY(!loaded->contains("material", "欧松板"));
    QVERIFY(loaded->find("material", "欧松板"));

    QCOMPARE(Catalogue::importDirectory(c, shippedFolder, Catalogue::Merge::Overwrite)
                 .value_or(-1),
             1);
    loaded = Catalogue::load(c);
    QVERIFY(loaded->contains("material", "欧松板"));
}

void tst_Catalogue::contains_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("name") << "material" << "颗粒板 E0" << true;
    QTest::newRow("name without the space") << "material" << "颗粒板E0" << true;
    QTest::newRow("letter O is not zero") << "material" << "颗粒板　ＥＯ" << false;
    QTest::newRow("full-width digits") << "material" << "颗粒板　Ｅ０" << true;
    QTest::newRow("lower case, padded") << "material" << "  颗粒板 e0 " << true;
    QTest::newRow("code") << "material" << "pb-e0" << true;
    QTest::newRow("English name") << "material" << "PARTICLE BOARD E0" << true;
    QTest::newRow("other kind") << "colour" << "颗粒板 E0" << false;
    QTest::newRow("inactive") << "colour" << "大红" << false;
    QTest::newRow("empty") << "colour" << "  " << false;
    QTest::newRow("a part of a name") << "material" << "颗粒" << false;
}

void tst_Catalogue::contains()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, found);
    const auto c = Catalogue::fromJson(
        object(R"({"materials": [{"code": "PB-E0", "name": "颗粒板 E0",
                                  "name_en": "Particle board E0"}],
                   "colours": [{"code": "RED", "name": "大红", "active": false},
                               {"code": "W01", "name": "暖白"}]})"),
        "test.json");
    QVERIFY(c.ok());
    QCOMPARE(c->contains(kind, text), found);
}

void tst_Catalogue::invalidFile_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("misspelt list")
        << R"({"colors": []})" << "boards.json: colors"
        << "unknown key \"colors\"; expected \"materials\" or \"colours\"";
    QTest::newRow("not a list") << R"({"materials": {}})" << "boards.json: materials"
                                << "expected a list of entries";
    QTest::newRow("no code") << R"({"materials": [{"code": "A", "name": "甲"}, {"name": "乙"}]})"
                             << "boards.json: materials[1].code" << "a text is required";
    QTest::newRow("unknown key")
        << R"({"colours": [{"code": "A", "name": "甲", "colour": "red"}]})"
        << "boards.json: colours[0].colour" << "unknown key \"colour\"";
    QTest::newRow("active as text")
        << R"({"colours": [{"code": "A", "name": "甲", "active": "yes"}]})"
        << "boards.json: colours[0].active" << "expected true or false";
    QTest::newRow("same name twice")
        << R"({"materials": [{"code": "A", "name": "多层板"}, {"code": "B", "name": "多层 板"}]})"
        << "boards.json: materials[1]"
        << "\"多层 板\" is already used by boards.json: materials[0]";
}

void tst_Catalogue::invalidFile()
{
    QFETCH(QString, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    Storage::Connection &c = Storage::Database::connection();
    const auto written = Catalogue::importJson(c, object(json), "boards.json");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().where, where);
    QCOMPARE(written.error().message, message);
    QCOMPARE(scalar("SELECT COUNT(*) FROM catalogue_entries"), QStringLiteral("0"));
}

void tst_Catalogue::listIsSorted()
{
    Catalogue c;
    c.add({"colour", "W01", "暖白", {}, true});
    c.add({"material", "PLY", "多层板", {}, true});
    c.add({"material", "OSB", "欧松板", {}, true});
    c.add({"material", "osb", "欧松板 E0", {}, false});  // the same code: replaces
    QCOMPARE(c.size(), 3);
    QStringList codes;
    for (const CatalogueEntry &e : c.list())
        codes.append(e.kind + ':' + e.code);
    QCOMPARE(codes, QStringList({"colour:W01", "material:PLY", "material:osb"}));
    QCOMPARE(c.list("colour").size(), 1);
    QVERIFY(!c.contains("material", "欧松板"));
    QVERIFY(c.find("material", "欧松板 E0"));
    QVERIFY(!c.find("material", "欧松板"));
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
