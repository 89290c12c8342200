// The month close page (月结) on a real database: the checklist with its statuses and the orders
// behind a check, the refusal shown in the page, closing and reopening from the page, and the
// page drawn in Chinese and English.

#include "../financefixture.h"
#include "finance/costledger.h"
#include "finance/dealerstatements.h"
#include "finance/receiptbook.h"
#include "finance/ui/financemodule.h"
#include "finance/ui/monthclosepage.h"
#include "storage/database.h"
#include "widgets/language.h"
#include "workflow/orgunits.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Hearth;
using namespace Hearth::Finance;

namespace {

/// Chinese for the new strings from a JSON map {"English": "中文"} until the lead's .ts has
/// them (HEARTH_MONTHCLOSE_ZH_JSON).
class MapTranslator : public QTranslator
{
public:
    explicit MapTranslator(QJsonObject map) : m_map(std::move(map)) {}
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = m_map.value(QString::fromUtf8(source)).toString();
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }

private:
    QJsonObject m_map;
};

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString text(const QStandardItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

int rowOfCheck(MonthCheck::Kind kind)
{
    // The checks are listed in the order MonthClose gives them.
    static const MonthCheck::Kind order[] = {
        MonthCheck::Kind::PendingCosts, MonthCheck::Kind::EstimateOnly,
        MonthCheck::Kind::Receipts,     MonthCheck::Kind::DealerStatements,
        MonthCheck::Kind::Rebates,      MonthCheck::Kind::LosingOrders};
    for (int i = 0; i < 6; ++i) {
        if (order[i] == kind)
            return i;
    }
    return -1;
}

} // namespace

class tst_MonthClosePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheChecklist();
    void drillDownOpensTheOrder();
    void refusalShowsInThePage();
    void closeAndReopen();
    void registeredWithTheModule();
    void render_data();
    void render();

private:
    QTemporaryDir m_dir;
    QString m_unit;
    QString m_a;
    QString m_b;
};

// March 2026: A (dealer D-SH, 10,000.00, material 4,000.00) and B (store, 2,000.00, labour
// 2,600.00: loses 600.00); a deposit of 3,000.00 on A by bank transfer and 2,000.00 on B by
// WeChat Pay. D-SH has not confirmed a statement for March.
void tst_MonthClosePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("closepage.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("李会计"));
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QStringLiteral("D-SH");
    unit.name = QStringLiteral("D-SH 家居");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    QVERIFY(made);
    m_unit = made->id;
    m_a = FinanceFixture::saveOrder(Orders::Channel::Dealer, QStringLiteral("D-SH"), {},
                                    QDate(2026, 3, 5), {{"柜体", "10000.00", nullptr}});
    m_b = FinanceFixture::saveOrder(Orders::Channel::Store, {}, {}, QDate(2026, 3, 9),
                                    {{"衣柜", "2000.00", nullptr}});
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
    const auto feed = [](const QString &orderId, CostKind kind, qint64 fen, const char *source) {
        CostLine l;
        l.orderId = orderId;
        l.kind = kind;
        l.amountFen = fen;
        l.sourceTable = QStringLiteral("bills");
        l.sourceId = QLatin1String(source);
        l.occurredAt = QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
        return CostLedger::record(db(), l);
    };
    QVERIFY(feed(m_a, CostKind::Material, 400000, "m-a"));
    QVERIFY(feed(m_b, CostKind::Labour, 260000, "l-b"));
    const auto pay = [](const QString &orderId, PaymentMethod method, qint64 fen,
                        const char *key) {
        NewReceipt r;
        r.orderId = orderId;
        r.kind = ReceiptKind::Deposit;
        r.method = method;
        r.amountFen = fen;
        r.receivedOn = QDate(2026, 3, 6);
        r.idempotencyKey = QLatin1String(key);
        return ReceiptBook::record(db(), r).ok();
    };
    QVERIFY(pay(m_a, PaymentMethod::BankTransfer, 300000, "p1"));
    QVERIFY(pay(m_b, PaymentMethod::WeChatPay, 200000, "p2"));
}

void tst_MonthClosePage::showsTheChecklist()
{
    MonthClosePage page;
    page.setMonth(QStringLiteral("2026-03"));
    QCOMPARE(page.month(), QStringLiteral("2026-03"));
    QAbstractItemModelTester tester(page.checksModel());
    QStandardItemModel *m = page.checksModel();
    QCOMPARE(m->rowCount(), 6);
    const int dealers = rowOfCheck(MonthCheck::Kind::DealerStatements);
    const int losing = rowOfCheck(MonthCheck::Kind::LosingOrders);
    const int receipts = rowOfCheck(MonthCheck::Kind::Receipts);
    QCOMPARE(m->index(dealers, MonthClosePage::StatusColumn).data(MonthClosePage::StatusRole)
                 .toInt(),
             int(MonthCheck::Status::Blocking));
    QCOMPARE(text(m, dealers, MonthClosePage::CountColumn), QStringLiteral("1"));
    QCOMPARE(m->index(losing, MonthClosePage::StatusColumn).data(MonthClosePage::StatusRole)
                 .toInt(),
             int(MonthCheck::Status::Warning));
    QCOMPARE(text(m, receipts, MonthClosePage::CountColumn), QStringLiteral("2"));
    QVERIFY(!m->index(dealers, MonthClosePage::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // Revenue 12,000.00, cost 6,600.00, profit 5,400.00; received 5,000.00.
    QStandardItemModel *f = page.figuresModel();
    QStringList figures;
    for (int r = 0; r < f->rowCount(); ++r) {
        figures.append(text(f, r, MonthClosePage::FigureTitleColumn) + QLatin1Char('=')
                       + f->index(r, MonthClosePage::NowColumn)
                             .data(MonthClosePage::FenRole)
                             .toString());
    }
    QVERIFY2(figures.contains(QStringLiteral("Revenue=1200000")), qPrintable(figures.join(',')));
    QVERIFY(figures.contains(QStringLiteral("Cost=660000")));
    QVERIFY(figures.contains(QStringLiteral("Profit=540000")));
    QVERIFY(figures.contains(QStringLiteral("Received: WeChat Pay=200000")));
    QVERIFY(figures.contains(QStringLiteral("Received, net of refunds=500000")));
    QCOMPARE(page.statusText(), QStringLiteral("Open: never closed"));
}

void tst_MonthClosePage::drillDownOpensTheOrder()
{
    MonthClosePage page;
    page.setMonth(QStringLiteral("2026-03"));
    page.showCheck(rowOfCheck(MonthCheck::Kind::LosingOrders));
    QStandardItemModel *items = page.itemsModel();
    QCOMPARE(items->rowCount(), 1);
    QCOMPARE(items->index(0, 0).data(MonthClosePage::OrderIdRole).toString(), m_b);
    QCOMPARE(items->index(0, 2).data(MonthClosePage::FenRole).toLongLong(), -60000);

    QSignalSpy opened(&page, &MonthClosePage::orderActivated);
    QTableView *view = nullptr;
    for (QTableView *t : page.findChildren<QTableView *>()) {
        if (t->model() == items)
            view = t;
    }
    QVERIFY(view);
    emit view->doubleClicked(items->index(0, 2));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_b);
}

void tst_MonthClosePage::refusalShowsInThePage()
{
    MonthClosePage page;
    page.setMonth(QStringLiteral("2026-03"));
    QVERIFY(!page.closeButton()->isEnabled());
    QVERIFY2(page.closeRefusal().contains(QStringLiteral("1 dealer(s) with entries in the "
                                                         "month have no confirmed statement")),
             qPrintable(page.closeRefusal()));
    QVERIFY(!page.reopenButton()->isEnabled());

    // A month not yet ended says so.
    const QDate today = QDateTime::currentDateTimeUtc()
                            .toTimeZone(CostLedger::siteZone(db()))
                            .date();
    page.setMonth(MonthClose::monthOf(today));
    QVERIFY(!page.closeButton()->isEnabled());
    QVERIFY2(page.closeRefusal().contains(QStringLiteral("has not ended yet")),
             qPrintable(page.closeRefusal()));
}

void tst_MonthClosePage::closeAndReopen()
{
    const auto statement = DealerStatements::build(db(), m_unit, QDate(2026, 3, 1),
                                                   QDate(2026, 3, 31));
    QVERIFY(statement);
    QVERIFY(DealerStatements::confirm(db(), *statement, QStringLiteral("刘经理"),
                                      QDate(2026, 4, 2)));
    MonthClosePage page;
    page.setMonth(QStringLiteral("2026-03"));
    QVERIFY2(page.closeButton()->isEnabled(), qPrintable(page.closeRefusal()));
    QVERIFY(page.closeRefusal().isEmpty());
    page.closeButton()->click();
    QVERIFY(MonthClose::period(db(), QStringLiteral("2026-03"))->isClosed());
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Closed by 李会计 on ")),
             qPrintable(page.statusText()));
    QVERIFY(!page.closeButton()->isEnabled());
    QVERIFY(page.reopenButton()->isEnabled());
    QCOMPARE(page.message(), QStringLiteral("2026-03 is closed."));
    // Closed: the figures show the snapshot and the difference columns.
    QCOMPARE(page.figuresModel()->columnCount(), int(MonthClosePage::FigureColumnCount));

    // A receipt pulled by sync after the close shows as a difference.
    Storage::Statement pulled(db().handle(),
                              "INSERT INTO receipts(id, hlc, order_id, kind, method, "
                              "amount_fen, received_on, idempotency_key, recorded_by, "
                              "recorded_at) VALUES ('pulled', 'h', ?, 'balance', 'cash', 50000, "
                              "'2026-03-30', 'desk-b-9', 'desk-b', '2026-03-30T08:00:00.000Z')");
    pulled.bind(1, m_a);
    QVERIFY(pulled.exec());
    QVERIFY(page.reload());
    QStandardItemModel *f = page.figuresModel();
    bool cash = false;
    for (int r = 0; r < f->rowCount(); ++r) {
        if (text(f, r, MonthClosePage::FigureTitleColumn) == QStringLiteral("Received: Cash")) {
            cash = true;
            QCOMPARE(f->index(r, MonthClosePage::DifferenceColumn)
                         .data(MonthClosePage::FenRole)
                         .toLongLong(),
                     50000);
            QCOMPARE(f->index(r, MonthClosePage::AtCloseColumn)
                         .data(MonthClosePage::FenRole)
                         .toLongLong(),
                     0);
        }
    }
    QVERIFY(cash);

    // Reopening asks for the reason in the page; without one it says so and stays closed.
    QVERIFY(page.reopenPanel()->isHidden());
    page.reopenButton()->click();
    QVERIFY(!page.reopenPanel()->isHidden());
    QVERIFY(!page.reopenMonth(QString()));
    QVERIFY2(page.message().contains(QStringLiteral("say why 2026-03 is reopened")),
             qPrintable(page.message()));
    QVERIFY(MonthClose::period(db(), QStringLiteral("2026-03"))->isClosed());
    QVERIFY(page.reopenMonth(QStringLiteral("补录线下收款")));
    QVERIFY(page.reopenPanel()->isHidden());
    QCOMPARE(MonthClose::period(db(), QStringLiteral("2026-03"))->status,
             FinancePeriod::Status::Reopened);
    QVERIFY(page.statusText().contains(QStringLiteral("补录线下收款")));
    // The pulled receipt changed D-SH's confirmed statement: it must be confirmed again.
    QVERIFY(!page.closeButton()->isEnabled());
    QVERIFY2(page.closeRefusal().contains(QStringLiteral("1 dealer(s)")),
             qPrintable(page.closeRefusal()));
    page.showCheck(rowOfCheck(MonthCheck::Kind::DealerStatements));
    QCOMPARE(page.itemsModel()->rowCount(), 1);
    QVERIFY(text(page.itemsModel(), 0, 1).contains(QStringLiteral("changed after the dealer")));
}

void tst_MonthClosePage::registeredWithTheModule()
{
    FinanceModule module;
    bool listed = false;
    for (const Widgets::PageInfo &p : module.pages())
        listed = listed || p.id == QLatin1String(MonthClosePage::PageId);
    QVERIFY(listed);
    std::unique_ptr<QWidget> page(module.createPage(QLatin1String(MonthClosePage::PageId),
                                                    nullptr));
    QVERIFY(qobject_cast<MonthClosePage *>(page.get()));
}

void tst_MonthClosePage::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typeName");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("材料");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Material");
}

void tst_MonthClosePage::render()
{
    QFETCH(QString, language);
    QFETCH(QString, typeName);
    QVERIFY(Widgets::Language::install(language));
    std::unique_ptr<MapTranslator> extra;
    const QByteArray json = qgetenv("HEARTH_MONTHCLOSE_ZH_JSON");
    if (!json.isEmpty() && language == QLatin1String("zh_CN")) {
        QFile f(QString::fromLocal8Bit(json));
        QVERIFY(f.open(QIODevice::ReadOnly));
        extra = std::make_unique<MapTranslator>(QJsonDocument::fromJson(f.readAll()).object());
        QCoreApplication::installTranslator(extra.get());
    }
    MonthClosePage page;
    page.resize(1280, 800);
    page.setMonth(QStringLiteral("2026-03"));
    // The cost types come from the translated cost report.
    bool typed = false;
    for (int r = 0; r < page.figuresModel()->rowCount(); ++r)
        typed = typed || text(page.figuresModel(), r, 0).contains(typeName);
    QVERIFY(typed);
    const QImage image = page.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    const QString out = qEnvironmentVariable("HEARTH_MONTHCLOSE_PNG");
    if (!out.isEmpty())
        QVERIFY(image.save(out + QLatin1Char('-') + language + QStringLiteral(".png")));
    if (extra)
        QCoreApplication::removeTranslator(extra.get());
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
}

QTEST_MAIN(tst_MonthClosePage)
#include "tst_monthclosepage.moc"
