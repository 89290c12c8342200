// Dealer statements (对账单) month by month and for the quarter: opening balance, orders,
// payments net of refunds, rebates and closing balance to the fen, the dealer's confirmation,
// and the xlsx and PDF exports.
#include "financefixture.h"
#include "finance/dealerstatements.h"
#include "finance/rebateledger.h"
#include "finance/rebatepolicies.h"
#include "finance/receiptbook.h"
#include "finance/statementexport.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unzip.h>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;
using Kind = StatementEntry::Kind;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString dealerUnit(const QString &code)
{
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = code;
    unit.name = code + QStringLiteral(" 家居");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    return made ? made->id : QString();
}

bool pay(const QString &orderId, ReceiptKind kind, qint64 fen, QDate on, const QString &key)
{
    NewReceipt r;
    r.orderId = orderId;
    r.kind = kind;
    r.amountFen = fen;
    r.receivedOn = on;
    r.idempotencyKey = key;
    const auto done = ReceiptBook::record(db(), r);
    if (!done)
        qWarning("%s", qPrintable(done.error().toString()));
    return done.ok();
}

DealerStatement statement(const QString &unitId, QDate from, QDate to)
{
    const auto s = DealerStatements::build(db(), unitId, from, to);
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return *s;
}

/// One part of a zip archive (an xlsx) as text; empty when it cannot be read.
QString zipPart(const QString &path, const char *part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    QByteArray bytes;
    if (unzLocateFile(zip, part, 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return QString::fromUtf8(bytes);
}

} // namespace

class tst_Statement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void monthByMonth_data();
    void monthByMonth();
    void februaryEntries();
    void periodsChain();
    void confirmation();
    void xlsx();
    void pdf();
    void refused();
    void lateReceiptChangesTheConfirmedStatement();

private:
    QTemporaryDir m_dir;
    QString m_unit;  // D-SH
};

// D-SH in the first quarter of 2026:
//   Jan  5 order A 12,000.00        Jan 20 deposit on A 5,000.00
//   Feb  3 order B  8,500.50        Feb 10 balance on A 7,000.00    Feb 28 refund on A 500.00
//   Feb 12 order D  3,000.00, cancelled: not on the statement
//   Mar  2 order C 20,000.00 with 2,000.00 deposit reported by the channel
//   Mar 31 rebate: Q1 volume 12,000.00 + 8,500.50 + 20,000.00 = 40,500.50 at 2 % = 810.01
// D-NB's order of 99,999.99 on Jan 6 is another dealer's.
void tst_Statement::initTestCase()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("statement.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("finance"));
    m_unit = dealerUnit(QStringLiteral("D-SH"));
    QVERIFY(!m_unit.isEmpty());
    QVERIFY(!dealerUnit(QStringLiteral("D-NB")).isEmpty());
    using Orders::Channel;
    const QString a = FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {},
                                                QDate(2026, 1, 5), {{"柜体", "12000.00", nullptr}});
    const QString b = FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {},
                                                QDate(2026, 2, 3), {{"柜体", "8000.50", nullptr},
                                                                    {"五金", "500.00", nullptr}});
    const QString c = FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {},
                                                QDate(2026, 3, 2), {{"柜体", "20000.00", nullptr}},
                                                200000);
    const QString d = FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {},
                                                QDate(2026, 2, 12), {{"柜体", "3000.00", nullptr}});
    QVERIFY(!FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-NB"), {},
                                       QDate(2026, 1, 6), {{"柜体", "99999.99", nullptr}})
                 .isEmpty());
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());
    Storage::Statement cancel(db().handle(),
                              "UPDATE sales_orders SET status = 'cancelled' WHERE id = ?");
    cancel.bind(1, d);
    QVERIFY(cancel.exec());

    QVERIFY(pay(a, ReceiptKind::Deposit, 500000, QDate(2026, 1, 20), QStringLiteral("k1")));
    QVERIFY(pay(a, ReceiptKind::Balance, 700000, QDate(2026, 2, 10), QStringLiteral("k2")));
    QVERIFY(pay(a, ReceiptKind::Refund, 50000, QDate(2026, 2, 28), QStringLiteral("k3")));

    RebatePolicy p;
    p.code = QStringLiteral("Q-2026");
    p.name = QStringLiteral("2026 季度返利");
    p.startsOn = QDate(2026, 1, 1);
    p.endsOn = QDate(2026, 12, 31);
    p.period = RebatePolicy::Period::Quarter;
    p.mode = RebatePolicy::Mode::Retroactive;
    p.tiers = {{2000000, 20000}, {5000000, 30000}, {10000000, 50000}};
    const auto saved = RebatePolicies::save(db(), p);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    const auto settled = RebateLedger::settle(db(), m_unit, saved->id, QDate(2026, 3, 31),
                                              QDate(2026, 3, 31), QStringLiteral("q1"));
    QVERIFY(settled.ok());
    QCOMPARE(settled->amountFen, qint64(81001));
}

void tst_Statement::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_Statement::monthByMonth_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("opening");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("payments");
    QTest::addColumn<qint64>("rebates");
    QTest::addColumn<qint64>("closing");
    QTest::addColumn<int>("entries");
    // 0 + 12,000.00 − 5,000.00 = 7,000.00
    QTest::newRow("January") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << qint64(0)
                             << qint64(1200000) << qint64(500000) << qint64(0) << qint64(700000)
                             << 2;
    // 7,000.00 + 8,500.50 − (7,000.00 − 500.00) = 9,000.50
    QTest::newRow("February") << QDate(2026, 2, 1) << QDate(2026, 2, 28) << qint64(700000)
                              << qint64(850050) << qint64(650000) << qint64(0) << qint64(900050)
                              << 3;
    // 9,000.50 + 20,000.00 − 2,000.00 − 810.01 = 26,190.49
    QTest::newRow("March") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << qint64(900050)
                           << qint64(2000000) << qint64(200000) << qint64(81001)
                           << qint64(2619049) << 3;
    // 0 + 40,500.50 − 13,500.00 − 810.01 = 26,190.49
    QTest::newRow("quarter") << QDate(2026, 1, 1) << QDate(2026, 3, 31) << qint64(0)
                             << qint64(4050050) << qint64(1350000) << qint64(81001)
                             << qint64(2619049) << 8;
    QTest::newRow("April, nothing new") << QDate(2026, 4, 1) << QDate(2026, 4, 30)
                                        << qint64(2619049) << qint64(0) << qint64(0) << qint64(0)
                                        << qint64(2619049) << 0;
}

void tst_Statement::monthByMonth()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, opening);
    const DealerStatement s = statement(m_unit, from, to);
    QCOMPARE(s.dealerCode, QStringLiteral("D-SH"));
    QCOMPARE(s.openingFen, opening);
    QFETCH(qint64, orders);
    QFETCH(qint64, payments);
    QFETCH(qint64, rebates);
    QFETCH(qint64, closing);
    QFETCH(int, entries);
    QCOMPARE(s.ordersFen, orders);
    QCOMPARE(s.paymentsFen, payments);
    QCOMPARE(s.rebatesFen, rebates);
    QCOMPARE(s.closingFen, closing);
    QCOMPARE(s.entries.size(), entries);
    QCOMPARE(s.closingFen, s.openingFen + s.ordersFen - s.paymentsFen - s.rebatesFen);
}

void tst_Statement::februaryEntries()
{
    const DealerStatement s = statement(m_unit, QDate(2026, 2, 1), QDate(2026, 2, 28));
    QCOMPARE(s.entries.size(), 3);
    QCOMPARE(s.entries.at(0).on, QDate(2026, 2, 3));
    QCOMPARE(s.entries.at(0).kind, Kind::Order);
    QCOMPARE(s.entries.at(0).amountFen, qint64(850050));
    QCOMPARE(s.entries.at(0).balanceFen, qint64(1550050));
    QCOMPARE(s.entries.at(1).kind, Kind::Payment);
    QCOMPARE(s.entries.at(1).amountFen, qint64(-700000));
    QCOMPARE(s.entries.at(1).balanceFen, qint64(850050));
    QCOMPARE(s.entries.at(2).kind, Kind::Refund);
    QCOMPARE(s.entries.at(2).amountFen, qint64(50000));
    QCOMPARE(s.entries.at(2).balanceFen, qint64(900050));

    const DealerStatement march = statement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31));
    QCOMPARE(march.entries.at(0).kind, Kind::Order);
    QCOMPARE(march.entries.at(1).kind, Kind::Deposit);
    QCOMPARE(march.entries.at(1).amountFen, qint64(-200000));
    QCOMPARE(march.entries.at(2).kind, Kind::Rebate);
    QCOMPARE(march.entries.at(2).reference, QStringLiteral("Q-2026"));
    QCOMPARE(march.entries.at(2).balanceFen, qint64(2619049));
}

// Each month opens with the closing balance of the one before.
void tst_Statement::periodsChain()
{
    qint64 closing = 0;
    for (int month = 1; month <= 4; ++month) {
        const QDate from(2026, month, 1);
        const DealerStatement s = statement(m_unit, from, from.addMonths(1).addDays(-1));
        QCOMPARE(s.openingFen, closing);
        closing = s.closingFen;
    }
    QCOMPARE(closing, qint64(2619049));
}

void tst_Statement::confirmation()
{
    DealerStatement feb = statement(m_unit, QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(!feb.confirmation);
    const auto confirmed = DealerStatements::confirm(db(), feb, QStringLiteral("张经理"),
                                                     QDate(2026, 3, 3), QStringLiteral("已核对"));
    QVERIFY(confirmed.ok());
    feb = statement(m_unit, QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(feb.confirmation.has_value());
    QCOMPARE(feb.confirmation->confirmedBy, QStringLiteral("张经理"));
    QCOMPARE(feb.confirmation->confirmedOn, QDate(2026, 3, 3));
    QCOMPARE(feb.confirmation->closingFen, qint64(900050));
    QCOMPARE(feb.confirmation->recordedBy, QStringLiteral("finance"));
    QVERIFY(!feb.changedSinceConfirmation());
    // Another period has no confirmation of its own.
    QVERIFY(!statement(m_unit, QDate(2026, 1, 1), QDate(2026, 1, 31)).confirmation);
}

void tst_Statement::xlsx()
{
    if (!StatementExport::available())
        QSKIP("finance is built without Qt Gui and libxlsxwriter");
    const DealerStatement q1 = statement(m_unit, QDate(2026, 1, 1), QDate(2026, 3, 31));
    const QString path = m_dir.filePath(QStringLiteral("q1.xlsx"));
    QVERIFY(StatementExport::toXlsx(q1, path).ok());

    const QString strings = zipPart(path, "xl/sharedStrings.xml");
    const QString sheet = zipPart(path, "xl/worksheets/sheet1.xml");
    for (const char *text : {"Dealer statement", "D-SH 家居 (D-SH)", "2026-01-01 to 2026-03-31",
                             "Opening balance", "Closing balance", "Rebate", "Q-2026",
                             "Confirmed by the dealer (signature and seal)"}) {
        QVERIFY2(strings.contains(QString::fromUtf8(text)), text);
    }
    // Orders 40,500.50, payments 13,500.00, rebates 810.01 (and the entry −810.01), closing
    // 26,190.49, as numbers in yuan.
    for (const char *value : {"<v>40500.5</v>", "<v>13500</v>", "<v>810.01</v>",
                              "<v>-810.01</v>", "<v>26190.49</v>"}) {
        QVERIFY2(sheet.contains(QLatin1String(value)), value);
    }
}

void tst_Statement::pdf()
{
    if (!StatementExport::available())
        QSKIP("finance is built without Qt Gui and libxlsxwriter");
    const DealerStatement feb = statement(m_unit, QDate(2026, 2, 1), QDate(2026, 2, 28));
    const QString path = m_dir.filePath(QStringLiteral("feb.pdf"));
    const Core::Status written = StatementExport::toPdf(feb, path);
    if (!QCoreApplication::instance()->inherits("QGuiApplication")) {
        QVERIFY(!written.ok());
        return;
    }
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);
    if (qEnvironmentVariableIsSet("HEARTH_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("HEARTH_KEEP_PDF"));
}

void tst_Statement::refused()
{
    QVERIFY(!DealerStatements::build(db(), m_unit, QDate(2026, 3, 1), QDate(2026, 2, 1)).ok());
    QVERIFY(!DealerStatements::buildForCode(db(), QStringLiteral("D-XX"), QDate(2026, 1, 1),
                                            QDate(2026, 1, 31))
                 .ok());
    const DealerStatement jan = statement(m_unit, QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(!DealerStatements::confirm(db(), jan, QStringLiteral("  "), QDate(2026, 2, 2)).ok());
    QCOMPARE(StatementExport::yuan(-123456789), QStringLiteral("-1,234,567.89"));
    QCOMPARE(StatementExport::yuan(5), QStringLiteral("0.05"));
}

// A receipt dated in February but entered after the dealer confirmed February: the statement
// shows the new figures and that they differ from the confirmed ones; March opens lower.
void tst_Statement::lateReceiptChangesTheConfirmedStatement()
{
    const auto b = Orders::OrderRepository::loadByOrderNo(
        statement(m_unit, QDate(2026, 2, 1), QDate(2026, 2, 28)).entries.at(0).reference);
    QVERIFY(b.ok());
    QVERIFY(pay(b->id, ReceiptKind::Balance, 100000, QDate(2026, 2, 25), QStringLiteral("k4")));
    const DealerStatement feb = statement(m_unit, QDate(2026, 2, 1), QDate(2026, 2, 28));
    QCOMPARE(feb.paymentsFen, qint64(750000));
    QCOMPARE(feb.closingFen, qint64(800050));
    QVERIFY(feb.changedSinceConfirmation());
    QCOMPARE(feb.confirmation->closingFen, qint64(900050));
    QCOMPARE(statement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31)).openingFen,
             qint64(800050));
}

QTEST_MAIN(tst_Statement)
#include "tst_statement.moc"
