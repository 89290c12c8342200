#include "widgets/statusbar.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace Hearth::Widgets;

Q_DECLARE_METATYPE(Hearth::Widgets::IconKind)

class tst_Theme : public QObject
{
    Q_OBJECT

private slots:
    void iconsAreDrawn_data();
    void iconsAreDrawn();
    void logoIsDrawn();
    void fontRendersChinese();
    void applySetsTheLook();
    void statusBarKeepsTheFullPath();
};

namespace {
int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return n;
}
} // namespace

void tst_Theme::iconsAreDrawn_data()
{
    QTest::addColumn<IconKind>("kind");
    QTest::newRow("orders") << IconKind::Orders;
    QTest::newRow("users") << IconKind::Users;
    QTest::newRow("settings") << IconKind::Settings;
    QTest::newRow("import") << IconKind::Import;
    QTest::newRow("export") << IconKind::Export;
    QTest::newRow("database") << IconKind::Database;
    QTest::newRow("info") << IconKind::Info;
    QTest::newRow("key") << IconKind::Key;
    QTest::newRow("plus") << IconKind::Plus;
    QTest::newRow("edit") << IconKind::Edit;
    QTest::newRow("lock") << IconKind::Lock;
    QTest::newRow("unlock") << IconKind::Unlock;
    QTest::newRow("refresh") << IconKind::Refresh;
    QTest::newRow("search") << IconKind::Search;
    QTest::newRow("sign out") << IconKind::SignOut;
    QTest::newRow("grid") << IconKind::Grid;
    QTest::newRow("box") << IconKind::Box;
    QTest::newRow("truck") << IconKind::Truck;
    QTest::newRow("money") << IconKind::Money;
    QTest::newRow("calendar") << IconKind::Calendar;
    QTest::newRow("sync") << IconKind::Sync;
}

void tst_Theme::iconsAreDrawn()
{
    QFETCH(IconKind, kind);
    const QIcon icon = Theme::icon(kind, Qt::black);
    for (int side : {16, 24, 48}) {
        const QImage normal = icon.pixmap(side, side).toImage();
        QCOMPARE(normal.size(), QSize(side, side));
        const int drawn = opaquePixels(normal);
        QVERIFY2(drawn > side / 2, qPrintable(QString::number(drawn)));
        QVERIFY2(drawn < side * side * 3 / 4, "a line icon, not a filled square");
    }
    const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
    const QImage normal = icon.pixmap(QSize(24, 24)).toImage();
    QVERIFY(disabled != normal);
}

void tst_Theme::logoIsDrawn()
{
    const QImage logo = Theme::logo(64).toImage();
    QCOMPARE(logo.size(), QSize(64, 64));
    QCOMPARE(QColor(logo.pixel(32, 4)).rgb(), Theme::accent().rgb());
    QVERIFY(opaquePixels(logo) > 64 * 64 * 3 / 4);
}

void tst_Theme::fontRendersChinese()
{
    const QFont font = Theme::font();
    QCOMPARE(font.families().value(0), QStringLiteral("Noto Sans CJK SC"));
    const QFontMetrics metrics(font);
    QVERIFY(metrics.inFont(QChar(0x8ba2)));  // 订
    QVERIFY(metrics.inFont(QChar(0x5355)));  // 单
}

void tst_Theme::applySetsTheLook()
{
    Theme::apply(*qApp);
    QCOMPARE(qApp->palette().color(QPalette::Highlight), Theme::accent());
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("#navigation")));
}

void tst_Theme::statusBarKeepsTheFullPath()
{
    StatusBar bar;
    const QString path = QStringLiteral("/srv/hearth/%1/hearth.db").arg(QString(200, u'x'));
    bar.setDatabase(path);
    QCOMPARE(bar.databaseText(), path);
    bar.setUser(QStringLiteral("王芳"), QStringLiteral("订单专员"));
    QVERIFY(bar.userText().contains(QStringLiteral("王芳")));
    QVERIFY(bar.userText().contains(QStringLiteral("订单专员")));
    bar.setSyncState(QStringLiteral("offline"), false);
    QCOMPARE(bar.syncText(), QStringLiteral("offline"));
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
