#include "widgets/language.h"
#include "workflow/ui/taskdisplay.h"

#include <QColor>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Workflow;

class tst_TaskDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueText_data();
    void dueText();
    void dueColor_data();
    void dueColor();
    void money_data();
    void money();
    void kinds_data();
    void kinds();
    void statusText();
};

void tst_TaskDisplay::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Widgets::Language::install("en"));
}

void tst_TaskDisplay::dueText_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    // now: 2026-03-10 10:00 in Shanghai
    const auto utc = [](int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    };
    QTest::newRow("a minute late") << utc(3, 10, 1, 59) << int(TaskStatus::Open)
                                   << "Overdue 1 minute";
    QTest::newRow("59 minutes late") << utc(3, 10, 1, 1) << int(TaskStatus::Open)
                                     << "Overdue 59 minutes";
    QTest::newRow("one hour late") << utc(3, 10, 1) << int(TaskStatus::Claimed)
                                   << "Overdue 1 hour";
    QTest::newRow("23 hours late") << utc(3, 9, 3) << int(TaskStatus::Started)
                                   << "Overdue 23 hours";
    QTest::newRow("one day late") << utc(3, 9, 2) << int(TaskStatus::Open) << "Overdue 1 day";
    QTest::newRow("two and a half days late") << utc(3, 7, 14) << int(TaskStatus::Open)
                                              << "Overdue 2 days";
    QTest::newRow("done late is no longer overdue")
        << utc(3, 7, 14) << int(TaskStatus::Done) << "03-07 22:00";
    QTest::newRow("later today") << utc(3, 10, 9) << int(TaskStatus::Open) << "Today 17:00";
    QTest::newRow("tomorrow in Shanghai, still today in UTC")
        << utc(3, 10, 16, 30) << int(TaskStatus::Open) << "Tomorrow 00:30";
    QTest::newRow("next year") << QDateTime(QDate(2027, 1, 4), QTime(1, 0), Qt::UTC)
                               << int(TaskStatus::Open) << "2027-01-04 09:00";
    QTest::newRow("no deadline") << QDateTime() << int(TaskStatus::Open) << "";
}

void tst_TaskDisplay::dueText()
{
    QFETCH(QDateTime, due);
    QFETCH(int, status);
    QFETCH(QString, text);
    Task t;
    t.dueAt = due;
    t.status = TaskStatus(status);
    const QDateTime now(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
    QCOMPARE(TaskDisplay::dueText(t, now), text);
}

void tst_TaskDisplay::money_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing shows nothing") << qint64(0) << "";
    QTest::newRow("one fen") << qint64(1) << "0.01";
    QTest::newRow("grouped") << qint64(123456789) << "1,234,567.89";
    QTest::newRow("a refund") << qint64(-250) << "-2.50";
}

void tst_TaskDisplay::money()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(TaskDisplay::money(fen), text);
}

void tst_TaskDisplay::dueColor_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<QColor>("color");
    const auto utc = [](int day, int hour) {
        return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
    };
    QTest::newRow("overdue: red") << utc(9, 2) << int(TaskStatus::Open) << QColor(0xb91c1c);
    QTest::newRow("later today: amber") << utc(10, 9) << int(TaskStatus::Started)
                                        << QColor(0xb45309);
    QTest::newRow("tomorrow: plain") << utc(11, 2) << int(TaskStatus::Open) << QColor();
    QTest::newRow("done late: plain") << utc(9, 2) << int(TaskStatus::Done) << QColor();
    QTest::newRow("no deadline: plain") << QDateTime() << int(TaskStatus::Open) << QColor();
}

void tst_TaskDisplay::dueColor()
{
    QFETCH(QDateTime, due);
    QFETCH(int, status);
    QFETCH(QColor, color);
    Task t;
    t.dueAt = due;
    t.status = TaskStatus(status);
    QCOMPARE(TaskDisplay::dueColor(t, QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC)),
             color);
}

void tst_TaskDisplay::kinds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::newRow("work order") << "work_order" << "Work order";
    QTest::newRow("approval") << "approval" << "Approval";
    QTest::newRow("escalation") << "escalation" << "Overdue escalation";
    QTest::newRow("an unknown kind shows its code") << "survey" << "survey";
}

void tst_TaskDisplay::kinds()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QCOMPARE(TaskDisplay::kindTitle(code), title);
    if (title != code)
        QVERIFY(TaskDisplay::kindCodes().contains(code));
}

void tst_TaskDisplay::statusText()
{
    Task t;
    t.status = TaskStatus::Claimed;
    QCOMPARE(TaskDisplay::statusText(t), QString("Claimed"));
    t.escalatedAt = QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
    QCOMPARE(TaskDisplay::statusText(t), QString("Claimed · escalated"));
    t.status = TaskStatus::Done;
    QCOMPARE(TaskDisplay::statusText(t), QString("Done"));
}

QTEST_GUILESS_MAIN(tst_TaskDisplay)
#include "tst_taskdisplay.moc"
