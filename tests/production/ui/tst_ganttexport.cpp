#include "production/ui/ganttchart.h"
#include "production/ui/ganttexport.h"
#include "printing/printfonts.h"
#include "workflow/workcalendar.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <ctime>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

QDateTime site(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Shanghai).toUTC();
}

// Rows "工作中心 00".."工作中心 NN" with a bar a day on each, 9 days from 9 March 2026.
GanttData grid(int rows)
{
    GanttData data;
    data.timeZone = Shanghai;
    data.now = site(QDate(2026, 3, 12), 10);
    data.firstDay = QDate(2026, 3, 9);
    data.lastDay = QDate(2026, 3, 17);
    for (int r = 0; r < rows; ++r) {
        const QString id = QStringLiteral("wc%1").arg(r);
        data.rows.append({id, GanttRowKind::WorkCenter,
                          QStringLiteral("工作中心 %1").arg(r, 2, 10, QLatin1Char('0')),
                          QStringLiteral("开料 · 2 台"), {}});
        for (int d = 0; d < 9; ++d) {
            GanttBar b;
            b.id = QStringLiteral("%1-%2").arg(id).arg(d);
            b.workCenterId = id;
            b.orderId = QStringLiteral("o%1").arg(d);
            b.label = QStringLiteral("SO-2026-%1 柜体").arg(d, 4, 10, QLatin1Char('0'));
            b.start = site(data.firstDay.addDays(d), 8, 30);
            b.end = site(data.firstDay.addDays(d), 17);
            data.bars.append(b);
        }
    }
    return data;
}

struct Center
{
    const char *id;
    const char *label;
    const char *detail;
    const char *alternative;
};

struct Step
{
    const char *name;
    QList<const char *> centers;
    int minMinutes;
    int maxMinutes;
};

// A furniture factory's fortnight, placed by a plain list scheduler on the site calendar
// (Monday to Saturday, with the 2026 Qingming holiday): what the production page will hand the
// chart.
GanttData factory(const QDateTime &now)
{
    using Workflow::WorkCalendar;
    const auto holidays = WorkCalendar::parseHolidays(WorkCalendar::builtInHolidays(2026));
    const WorkCalendar calendar(Shanghai, {1, 2, 3, 4, 5, 6},
                                WorkCalendar::parseHours("08:00-12:00,13:00-17:30").value(),
                                holidays.value());
    const QList<Center> centers{
        {"cnc1", "开料 CNC-1", "板式开料 · 负荷 92%", "cnc2"},
        {"cnc2", "开料 CNC-2", "板式开料 · 负荷 88%", "cnc1"},
        {"edge1", "封边 1号线", "自动封边 · 负荷 81%", "edge2"},
        {"edge2", "封边 2号线", "自动封边 · 负荷 76%", "edge1"},
        {"bore", "排钻 六面钻", "负荷 97%", nullptr},
        {"paint", "委外喷涂", "外协 · 华彩漆艺", nullptr},
        {"sort", "分拣", "4 人", nullptr},
        {"assyA", "组装 A组", "6 人 · 负荷 64%", "assyB"},
        {"assyB", "组装 B组", "5 人 · 负荷 58%", "assyA"},
        {"pack", "包装", "3 人", nullptr},
    };
    const QList<Step> routing{
        {"开料", {"cnc1", "cnc2"}, 150, 330},  {"封边", {"edge1", "edge2"}, 120, 270},
        {"排钻", {"bore"}, 80, 170},           {"喷涂", {"paint"}, 900, 900},
        {"分拣", {"sort"}, 60, 110},           {"组装", {"assyA", "assyB"}, 150, 420},
        {"包装", {"pack"}, 60, 120},
    };
    const QList<std::pair<const char *, const char *>> orders{
        {"王女士", "全屋定制"}, {"李先生", "橱柜"},   {"张女士", "衣柜"},
        {"刘先生", "书房"},     {"陈女士", "橱柜"},   {"杨先生", "全屋定制"},
        {"赵女士", "衣帽间"},   {"黄先生", "橱柜"},   {"周女士", "儿童房"},
        {"吴先生", "衣柜"},     {"徐女士", "酒柜"},   {"孙先生", "橱柜"},
        {"马女士", "鞋柜"},     {"朱先生", "全屋定制"}, {"胡女士", "电视柜"},
        {"郭先生", "衣柜"},
    };
    const QDate first(2026, 3, 30);
    GanttData data;
    data.timeZone = Shanghai;
    data.now = now;
    data.firstDay = first;
    data.lastDay = first.addDays(13);
    data.siteNonWorking = GanttData::nonWorkingSpans(calendar, data.firstDay, data.lastDay);
    QHash<QString, QDateTime> free;
    for (const Center &c : centers) {
        data.rows.append({c.id, GanttRowKind::WorkCenter, c.label, c.detail, {}});
        free.insert(c.id, site(first, 8));
    }
    QRandomGenerator random(311);
    for (int o = 0; o < orders.size(); ++o) {
        const QString orderId = QStringLiteral("SO-2026-%1").arg(311 + o, 4, 10, QLatin1Char('0'));
        const QDate released = first.addDays(o / 3);
        const QDate promised = released.addDays(o % 5 == 2 ? 4 : 7 + o % 3);
        data.rows.append({orderId, GanttRowKind::Order, orderId,
                          QStringLiteral("%1 · %2").arg(QString::fromUtf8(orders[o].first),
                                                         QString::fromUtf8(orders[o].second)),
                          promised});
        QDateTime ready = site(released, 8);
        QString previous;
        for (int s = 0; s < routing.size(); ++s) {
            const Step &step = routing[s];
            if (s == 3 && o % 4 != 1)
                continue;  // only some orders have painted doors
            // The earliest free of the step's work centers.
            QString center = QString::fromLatin1(step.centers.first());
            for (const char *id : step.centers) {
                if (free.value(QString::fromLatin1(id)) < free.value(center))
                    center = QString::fromLatin1(id);
            }
            const int minutes = step.minMinutes
                                + random.bounded(step.maxMinutes - step.minMinutes + 1);
            QDateTime start = calendar.nextWorkingTime(std::max(ready, free[center]));
            QDateTime end = calendar.addWorkingMinutes(start, minutes);
            // A planner does not leave work half done over a Sunday or a holiday.
            auto crossesAnIdleDay = [&] {
                const QDate last = end.toTimeZone(Shanghai).date();
                for (QDate d = start.toTimeZone(Shanghai).date(); d < last; d = d.addDays(1)) {
                    if (!calendar.isWorkingDay(d))
                        return true;
                }
                return false;
            };
            for (int tries = 0; tries < 7 && crossesAnIdleDay(); ++tries) {
                const QDate next = start.toTimeZone(Shanghai).date().addDays(1);
                start = calendar.nextWorkingTime(next.startOfDay(Shanghai));
                end = calendar.addWorkingMinutes(start, minutes);
            }
            free[center] = end;
            ready = end;
            GanttBar b;
            b.id = QStringLiteral("%1/%2").arg(orderId, QString::fromUtf8(step.name));
            b.workCenterId = center;
            b.orderId = orderId;
            b.workOrderId = QStringLiteral("WO-%1-%2").arg(311 + o).arg(s + 1);
            b.label = QStringLiteral("%1 %2").arg(orderId.mid(8), QString::fromUtf8(step.name));
            b.start = start;
            b.end = end;
            b.status = end <= now     ? GanttBarStatus::Done
                       : start <= now ? GanttBarStatus::Started
                                      : GanttBarStatus::Waiting;
            if (b.status == GanttBarStatus::Started)
                b.progress = double(start.secsTo(now)) / start.secsTo(end);
            const QDateTime due = promised.addDays(1).startOfDay(Shanghai);
            b.lateSeconds = std::max<qint64>(0, due.secsTo(end));
            b.locked = o == 7 && s < 2;
            for (const Center &c : centers) {
                if (center == QLatin1String(c.id) && c.alternative)
                    b.otherWorkCenters = {QString::fromLatin1(c.alternative)};
            }
            if (!previous.isEmpty())
                data.links.append({previous, b.id});
            previous = b.id;
            data.bars.append(b);
        }
    }
    return data;
}

QString pdfText(const QString &path, int page = 0)
{
    QProcess p;
    QStringList args;
    if (page > 0)
        args << "-f" << QString::number(page) << "-l" << QString::number(page);
    args << "-layout" << path << "-";
    p.start("pdftotext", args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_GanttExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngOfTheWholeChart();
    void pngOfTheDaysInView();
    void tooLargeAnImageIsRefused();
    void pdfKeepsTheChineseText();
    void pdfPagesCoverEveryRowAndDay();
    void sampleFactoryPlan();

private:
    QTemporaryDir m_dir;
};

void tst_GanttExport::initTestCase()
{
    qputenv("TZ", "America/New_York");
    tzset();
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
}

void tst_GanttExport::pngOfTheWholeChart()
{
    GanttChart chart;
    chart.resize(1280, 800);
    chart.setData(grid(6));
    chart.setPixelsPerDay(96);
    const QString path = m_dir.filePath("whole.png");
    const Core::Status saved = GanttExport::savePng(chart, path);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    const QImage image(path);
    QCOMPARE(image.width(), GanttRenderer::LabelWidth + 9 * 96);
    QCOMPARE(image.height(), GanttRenderer::HeaderHeight + 6 * GanttLayout::MinRowHeight
                                 + GanttRenderer::LegendHeight);
    // Each day's bar is there: the middle of every 08:30-17:00 bar has the waiting colour.
    const QRgb waiting = GanttBarDelegate::fillColor(GanttBarStatus::Waiting).rgb();
    for (int d = 0; d < 9; ++d) {
        const int x = GanttRenderer::LabelWidth + d * 96 + 50;
        const int y = GanttRenderer::HeaderHeight + 5 * GanttLayout::MinRowHeight + 19;
        QCOMPARE(image.pixel(x, y) & 0xffffff, waiting & 0xffffff);
    }
}

void tst_GanttExport::pngOfTheDaysInView()
{
    GanttChart chart;
    chart.resize(1280, 800);
    chart.setData(grid(3));
    chart.setPixelsPerDay(240);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.scrollToTime(site(QDate(2026, 3, 12), 0));
    GanttExportOptions options;
    options.visibleRangeOnly = true;
    const Core::Result<QImage> image = GanttExport::image(chart, options);
    QVERIFY(image.ok());
    // The view starts in the 11th (a tenth of the width before midnight) and shows 4 or 5 days.
    const int bodyWidth = chart.frame().body.width();
    const int days = (image->width() - GanttRenderer::LabelWidth) / 240;
    QCOMPARE(image->width() - GanttRenderer::LabelWidth, days * 240);
    QVERIFY(days * 240 >= bodyWidth && days * 240 <= bodyWidth + 2 * 240);
    options.visibleRangeOnly = false;
    QCOMPARE(GanttExport::image(chart, options)->width(), GanttRenderer::LabelWidth + 9 * 240);
}

void tst_GanttExport::tooLargeAnImageIsRefused()
{
    GanttChart chart;
    chart.setData(grid(2));
    GanttExportOptions options;
    options.pixelsPerDay = GanttChart::MaxPixelsPerDay;  // 9 days: 25,920 px, fits
    QVERIFY(GanttExport::image(chart, options).ok());
    GanttData longer = grid(2);
    longer.lastDay = longer.firstDay.addDays(20);
    chart.setData(longer);
    const Core::Result<QImage> image = GanttExport::image(chart, options);
    QVERIFY(!image.ok());
    QVERIFY(image.error().message.contains("zoom out"));
    QVERIFY(!GanttExport::savePng(chart, m_dir.filePath("huge.png"), options).ok());
    QVERIFY(!QFile::exists(m_dir.filePath("huge.png")));
}

void tst_GanttExport::pdfKeepsTheChineseText()
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    GanttChart chart;
    chart.setData(grid(3));
    chart.setPixelsPerDay(96);
    GanttExportOptions options;
    options.title = "排产计划 · 一车间";
    const QString path = m_dir.filePath("chinese.pdf");
    const Core::Result<int> pages = GanttExport::savePdf(chart, path, options);
    QVERIFY2(pages.ok(), qPrintable(pages ? QString() : pages.error().toString()));
    QCOMPARE(*pages, 2);  // 9 days of 96 px: 8 on the first A4 page, 1 on the second
    const QString text = pdfText(path);
    QVERIFY2(text.contains("排产计划 · 一车间"), qPrintable(text));
    QVERIFY(text.contains("工作中心 00"));
    QVERIFY(text.contains("开料 · 2 台"));
    QVERIFY(text.contains("Page 2 of 2"));
    QVERIFY(text.contains("Mon 9"));  // digits keep their character map too

    // Zoomed in, the bars are wide enough for their labels: two days to a page.
    options.pixelsPerDay = 400;
    QCOMPARE(GanttExport::savePdf(chart, path, options).value_or(0), 5);
    QVERIFY(pdfText(path, 2).contains("SO-2026-0003 柜体"));

    QProcess fonts;
    fonts.start("pdffonts", {path});
    fonts.waitForFinished(30000);
    const QString list = QString::fromUtf8(fonts.readAllStandardOutput());
    // The printing fonts' first Chinese family, embedded: the "emb" column says yes.
    const QString family = Printing::PrintFonts::families().first().remove(' ');
    const QStringList rows = list.split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!rows.isEmpty(), qPrintable(list));
    for (const QString &line : rows) {
        QVERIFY2(line.contains(family), qPrintable(line));
        QVERIFY2(line.contains(" yes "), qPrintable(line));
    }
}

void tst_GanttExport::pdfPagesCoverEveryRowAndDay()
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    GanttChart chart;
    chart.setData(grid(40));
    chart.setPixelsPerDay(96);
    const QString path = m_dir.filePath("pages.pdf");
    const Core::Result<int> pages = GanttExport::savePdf(chart, path);
    QVERIFY(pages.ok());
    // A4 landscape holds 16 rows of 38 px and 8 days of 96 px: 3 pages down, 2 across.
    QCOMPARE(*pages, 6);
    QMap<QString, int> seen;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY(text.contains(QStringLiteral("Page %1 of 6").arg(page)));
        for (int r = 0; r < 40; ++r) {
            const QString label = QStringLiteral("工作中心 %1").arg(r, 2, 10, QLatin1Char('0'));
            if (text.contains(label))
                ++seen[label];
        }
    }
    QCOMPARE(seen.size(), 40);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 2, qPrintable(it.key()));  // once on each page across
}

void tst_GanttExport::sampleFactoryPlan()
{
    // Renders the plan as a planner sees it, in Chinese when the translation is linked.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QTranslator translator;
    if (translator.load(":/i18n/hearth_zh_CN.qm"))
        QCoreApplication::installTranslator(&translator);

    const QDateTime now = site(QDate(2026, 4, 2), 10, 20);
    const GanttData data = factory(now);
    QCOMPARE(data.bars.size(), 16 * 6 + 4);
    const QString out = qEnvironmentVariable("HEARTH_GANTT_SAMPLE_DIR", m_dir.path());
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        GanttChart chart;
        chart.resize(size);
        chart.setData(data);
        chart.setPixelsPerDay(size.width() > 1500 ? 168 : 150);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.scrollToTime(site(QDate(2026, 3, 31), 0));
        chart.setSelectedBar("SO-2026-0318/封边");
        const QImage view = chart.grab().toImage();
        QCOMPARE(view.size(), size);
        QVERIFY(view.save(QDir(out).filePath(QStringLiteral("gantt-view-%1.png")
                                                 .arg(size.width()))));
        // Every work center's label is in the column, inside the picture.
        QCOMPARE(chart.layout().rowCount(), 10);
        QVERIFY(chart.layout().totalHeight() < chart.frame().body.height());
        if (size.width() == 1280) {
            chart.setGrouping(GanttGrouping::ByOrder);
            QVERIFY(chart.grab().save(QDir(out).filePath("gantt-orders-1280.png")));
        }
    }
    GanttChart chart;
    chart.setData(data);
    chart.setPixelsPerDay(120);
    QVERIFY(GanttExport::savePng(chart, QDir(out).filePath("gantt-export.png")).ok());
    const Core::Result<int> pages = GanttExport::savePdf(chart, QDir(out).filePath(
                                                                    "gantt-export.pdf"));
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 3);  // 14 days of 120 px, 6 to an A4 page
    QLocale::setDefault(QLocale::c());
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_GanttExport)
#include "tst_ganttexport.moc"
