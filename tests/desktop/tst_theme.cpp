#include "widgets/filedialog.h"
#include "widgets/sitetime.h"
#include "widgets/statusbar.h"
#include "widgets/theme.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QProxyStyle>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOptionGroupBox>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

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
    void groupBoxTitleClearsItsFrame();
    void fileDialogSpeaksTheInterfaceLanguage();
    void dialogButtonsCarryNoIcons();
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

void tst_Theme::groupBoxTitleClearsItsFrame()
{
    Theme::apply(*qApp);
    QGroupBox box(QStringLiteral("所选用户"));
    auto *layout = new QVBoxLayout(&box);
    layout->addWidget(new QLabel(QStringLiteral("系统管理员")));
    box.resize(300, 200);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));

    QStyleOptionGroupBox option;
    option.initFrom(&box);
    option.text = box.title();
    option.lineWidth = 1;
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    option.textAlignment = box.alignment();
    const QRect title =
        box.style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, &box);
    const QRect frame =
        box.style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxFrame, &box);
    // The title's glyphs, Chinese ones included, sit above the frame's top line.
    QFont bold = box.font();
    bold.setBold(true);
    QVERIFY2(title.top() + QFontMetrics(bold).height() <= frame.top() + 1,
             qPrintable(QStringLiteral("title at %1, %2 high; frame at %3")
                            .arg(title.top())
                            .arg(QFontMetrics(bold).height())
                            .arg(frame.top())));
}

void tst_Theme::fileDialogSpeaksTheInterfaceLanguage()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(SiteTime::setZoneId(SiteTime::defaultZoneId()));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("drawings")));
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, 'x'));
    QVERIFY(file.flush());
    QVERIFY(file.setFileTime(QDateTime(QDate(2024, 5, 1), QTime(2, 30), QTimeZone::utc()),
                             QFileDevice::FileModificationTime));
    file.close();

    QFileDialog dialog(nullptr, QString(), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    FileDialog::localise(&dialog);
    QAbstractProxyModel *proxy = dialog.proxyModel();
    QVERIFY(proxy);
    auto *files = qobject_cast<QFileSystemModel *>(proxy->sourceModel());
    QVERIFY(files);
    const QModelIndex folder = files->index(dir.path());
    QTRY_COMPARE(files->rowCount(folder), 2);

    // The computer's locale here is C ("1 May 2024 02:30:00"); the site reads its own time.
    const auto shown = [&](const QString &p, int column) {
        return proxy->mapFromSource(files->index(p, column)).data().toString();
    };
    QCOMPARE(shown(path, 3), QStringLiteral("2024-05-01 10:30"));
    QCOMPARE(shown(dir.filePath(QStringLiteral("drawings")), 2), QStringLiteral("Folder"));
    QCOMPARE(shown(path, 1), QLocale().formattedDataSize(2048));
}

void tst_Theme::dialogButtonsCarryNoIcons()
{
    // Under X11 the platform asks for icons on dialog buttons (a green tick on "I Have
    // Noted It"); Hearth's buttons are words only.
    class IconsStyle : public QProxyStyle
    {
    public:
        using QProxyStyle::QProxyStyle;
        int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                      QStyleHintReturn *data) const override
        {
            if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
                return 1;
            return QProxyStyle::styleHint(hint, option, widget, data);
        }
    };
    Theme::apply(*qApp);
    qApp->setStyle(new IconsStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QVERIFY(buttons.button(QDialogButtonBox::Ok)->icon().isNull());
    QVERIFY(buttons.button(QDialogButtonBox::Cancel)->icon().isNull());
    Theme::apply(*qApp);
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
