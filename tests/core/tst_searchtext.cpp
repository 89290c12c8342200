#include "core/searchtext.h"

#include <QTest>

using namespace Hearth::Core;

class tst_SearchText : public QObject
{
    Q_OBJECT

private slots:
    void tokens();
    void query_data();
    void query();
};

void tst_SearchText::tokens()
{
    const QString t = SearchText::indexTokens({QStringLiteral("张三丰"),
                                               QStringLiteral("13812345678")});
    const QStringList tokens = t.split(u' ');
    QVERIFY(tokens.contains(QStringLiteral("张三")));
    QVERIFY(tokens.contains(QStringLiteral("三丰")));
    QVERIFY(tokens.contains(QStringLiteral("丰")));
    QVERIFY(tokens.contains(QStringLiteral("13812345678")));
    QVERIFY(tokens.contains(QStringLiteral("5678")));
    // Bigrams of one run are adjacent, so that a phrase of them matches.
    QCOMPARE(tokens.indexOf(QStringLiteral("三丰")), tokens.indexOf(QStringLiteral("张三")) + 1);
}

void tst_SearchText::query_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("match");
    QTest::newRow("two Chinese characters") << "王伟" << "\"王伟\"";
    QTest::newRow("three Chinese characters") << "王小伟" << "\"王小 小伟\"";
    QTest::newRow("one character") << "王" << "\"王\"";
    QTest::newRow("digits are a prefix") << "5678" << "\"5678\"*";
    QTest::newRow("two terms") << "Claire 杭州" << "\"claire\"* AND \"杭州\"";
    QTest::newRow("quotes are escaped") << "a\"b" << "\"a\"* AND \"b\"*";
    QTest::newRow("nothing") << " -- " << "";
}

void tst_SearchText::query()
{
    QFETCH(QString, search);
    QFETCH(QString, match);
    QCOMPARE(SearchText::matchQuery(search), match);
}

QTEST_GUILESS_MAIN(tst_SearchText)
#include "tst_searchtext.moc"
