// The re-make dialog (补件) by mouse and by keyboard, its refusals, the detail pane of a re-make
// and of its parent, and the orders page opening the dialog and selecting the new order.

#include "orderfixtures.h"
#include "orders/remakes.h"
#include "orders/ui/orderdetailpane.h"
#include "orders/ui/orderspage.h"
#include "orders/ui/remakedialog.h"
#include "widgets/language.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Hearth;
using namespace Hearth::Orders;
using Core::Decimal;

namespace {

// 2 cabinets at 3,000.00, 1.5 m² of doors at 800.00, 6 handles at 25.50, for 李娜 of dealer D01.
SalesOrder kitchenOrder()
{
    SalesOrder o;
    o.channel = Channel::Dealer;
    o.customer.name = QStringLiteral("李娜");
    o.customer.mobile = QStringLiteral("13800138001");
    o.dealer = {{}, QStringLiteral("dealer"), QStringLiteral("D01"), QStringLiteral("华东家居")};
    o.address = OrderFixtures::addresses().at(4);
    o.signedOn = QDate(2026, 3, 2);
    OrderLine cabinet = OrderFixtures::line(QStringLiteral("柜体"), 3000, 2);
    cabinet.widthMm = 800;
    cabinet.heightMm = 720;
    cabinet.depthMm = 560;
    cabinet.material = QStringLiteral("颗粒板");
    cabinet.colour = QStringLiteral("暖白");
    OrderLine doors = OrderFixtures::line(QStringLiteral("门板"), 800);
    doors.unit = Unit::SquareMetre;
    doors.quantity = *Decimal::parse(QStringLiteral("1.5"));
    doors.amount = Decimal::fromInt(1200);
    OrderLine handle = OrderFixtures::line(QStringLiteral("拉手"), 0, 6);
    handle.sku = QStringLiteral("HW-0042");
    handle.unitPrice = *Decimal::parse(QStringLiteral("25.5"));
    handle.amount = Decimal::fromInt(153);
    o.lines = {cabinet, doors, handle};
    return o;
}

void choose(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(box->findData(code));
}

// With HEARTH_SHOTS set to a folder, the widget goes there as a PNG to look at.
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HEARTH_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();  // the pending layout requests
    QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class tst_RemakeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheLinesWithTheirLimits();
    void createsTheRemake();
    void byKeyboard();
    void refusalKeepsTheDialogOpen();
    void detailPaneShowsParentAndRemakes();
    void ordersPageOpensItAndSelectsTheRemake();
    void shots_data();
    void shots();

private:
    QString m_parent;
    QTemporaryDir m_dir;
    int m_run = 0;
};

void tst_RemakeDialog::initTestCase()
{
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_RemakeDialog::init()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_run))));
    SalesOrder o = kitchenOrder();
    const Core::Status saved = OrderRepository::save(o);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    m_parent = o.id;
}

void tst_RemakeDialog::cleanup()
{
    Storage::Database::close();
}

void tst_RemakeDialog::listsTheLinesWithTheirLimits()
{
    RemakeDialog dialog(m_parent);
    QVERIFY(dialog.isLoaded());
    QCOMPARE(dialog.windowTitle(), QString("Re-make of SO00000001"));
    QVERIFY(dialog.quantityBox(2));
    QVERIFY(!dialog.quantityBox(3));
    QCOMPARE(dialog.quantityBox(0)->maximum(), 2.0);
    QCOMPARE(dialog.quantityBox(0)->decimals(), 0);
    QCOMPARE(dialog.quantityBox(1)->maximum(), 1.5);
    QCOMPARE(dialog.quantityBox(1)->decimals(), 3);
    QCOMPARE(dialog.quantityBox(2)->value(), 0.0);
    QCOMPARE(dialog.partyBox()->count(), 6);
    QCOMPARE(dialog.partyBox()->itemData(2).toString(), QString("installer"));
    QCOMPARE(dialog.partyBox()->itemText(2), QString("Installer"));
}

void tst_RemakeDialog::createsTheRemake()
{
    RemakeDialog dialog(m_parent);
    QSignalSpy created(&dialog, &RemakeDialog::created);
    dialog.show();
    dialog.quantityBox(0)->setValue(1);
    dialog.quantityBox(2)->setValue(2);
    dialog.reasonEdit()->setText(QStringLiteral("安装时侧板磕碰"));
    choose(dialog.partyBox(), QStringLiteral("installer"));
    dialog.responsibleEdit()->setText(QStringLiteral("王师傅"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(created.count(), 1);
    const QString id = created.first().first().toString();
    QCOMPARE(dialog.createdOrderId(), id);
    const auto remake = OrderRepository::load(id);
    QVERIFY(remake);
    QCOMPARE(remake->orderNo, QString("SO00000001-B1"));
    QCOMPARE(remake->parentOrderId, m_parent);
    QCOMPARE(remake->chargedTo, QString("installer:王师傅"));
    QCOMPARE(remake->remakeReason, QString("安装时侧板磕碰"));
    QCOMPARE(remake->lines.size(), 2);
    QCOMPARE(remake->lines[0].description, QString("柜体"));
    QCOMPARE(remake->lines[0].quantity, Decimal::fromInt(1));
    QCOMPARE(remake->lines[1].sku, QString("HW-0042"));
    QCOMPARE(remake->lines[1].quantity, Decimal::fromInt(2));
    QCOMPARE(remake->total(), Decimal());
    QCOMPARE(remake->customer.name, QString("李娜"));
}

void tst_RemakeDialog::byKeyboard()
{
    RemakeDialog dialog(m_parent);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // The first line's count has the focus; Tab goes down the lines, then reason, party, name.
    QCOMPARE(QApplication::focusWidget(), dialog.quantityBox(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.quantityBox(1));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0.5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.reasonEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("door scratched"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.partyBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);  // factory → dealer
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.responsibleEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto remake = OrderRepository::load(dialog.createdOrderId());
    QVERIFY(remake);
    QCOMPARE(remake->chargedTo, QString("dealer"));
    QCOMPARE(remake->lines.size(), 2);
    QCOMPARE(remake->lines[0].quantity, Decimal::fromInt(1));
    QCOMPARE(remake->lines[1].quantity, *Decimal::parse(QStringLiteral("0.5")));
}

void tst_RemakeDialog::refusalKeepsTheDialogOpen()
{
    RemakeDialog dialog(m_parent);
    dialog.show();
    dialog.quantityBox(1)->setValue(1.5);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), QString("give the reason for the re-make"));
    QVERIFY(dialog.createdOrderId().isEmpty());

    dialog.quantityBox(1)->setValue(0);
    dialog.reasonEdit()->setText(QStringLiteral("色差"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), QString("choose at least one line to make again"));
    const auto remakes = Remakes::remakesOf(m_parent);
    QVERIFY(remakes);
    QVERIFY(remakes->isEmpty());
}

void tst_RemakeDialog::detailPaneShowsParentAndRemakes()
{
    RemakeRequest request;
    const auto parent = OrderRepository::load(m_parent);
    QVERIFY(parent);
    request.parentOrderId = m_parent;
    request.lines = {{parent->lines[0].id, Decimal::fromInt(1)}};
    request.reason = QStringLiteral("安装磕碰");
    request.party = QStringLiteral("installer");
    request.responsible = QStringLiteral("王师傅");
    const auto first = Remakes::create(request);
    QVERIFY(first);
    request.party = QStringLiteral("supplier");
    request.responsible.clear();
    const auto second = Remakes::create(request);
    QVERIFY(second);

    OrderDetailPane pane;
    QSignalSpy followed(&pane, &OrderDetailPane::orderRequested);
    pane.showOrder(first->id);
    QCOMPARE(pane.remakeText(), QString("Re-make of SO00000001 · charged to Installer: 王师傅 · "
                                        "reason: 安装磕碰"));
    QCOMPARE(pane.fieldText(OrderDetailPane::TotalField), QString("0.00"));
    pane.showOrder(m_parent);
    QCOMPARE(pane.remakeText(), QString("Re-makes: SO00000001-B1 (Installer: 王师傅), "
                                        "SO00000001-B2 (Supplier)"));
    // Following a re-make's link asks the page to show that order.
    QLabel *links = nullptr;
    for (QLabel *label : pane.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("href")))
            links = label;
    }
    QVERIFY(links);
    QVERIFY(links->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    emit links->linkActivated(second->id);
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.first().first().toString(), second->id);
}

void tst_RemakeDialog::ordersPageOpensItAndSelectsTheRemake()
{
    OrdersPage page;
    page.resize(1200, 700);
    page.show();
    page.selectOrder(m_parent);
    QAction *remake = nullptr;
    for (QAction *a : page.view()->actions()) {
        if (a->text() == QStringLiteral("Re-make…"))
            remake = a;
    }
    QVERIFY(remake);
    QVERIFY(remake->isEnabled());
    QCOMPARE(remake->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    remake->trigger();
    RemakeDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<RemakeDialog *>(w))
            dialog = d;
    }
    QVERIFY(dialog);
    QCOMPARE(dialog->order().id, m_parent);
    dialog->quantityBox(2)->setValue(6);
    dialog->reasonEdit()->setText(QStringLiteral("少发"));
    dialog->accept();
    const auto remakes = Remakes::remakesOf(m_parent);
    QVERIFY(remakes);
    QCOMPARE(remakes->size(), 1);
    QCOMPARE(page.currentOrderId(), remakes->first().id);
    QCOMPARE(page.detailPane()->orderId(), remakes->first().id);
    QVERIFY(page.detailPane()->remakeText().startsWith(QLatin1String("Re-make of SO00000001")));
}

void tst_RemakeDialog::shots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("en") << "en";
}

void tst_RemakeDialog::shots()
{
    QFETCH(QString, language);
    QVERIFY(Widgets::Language::install(language));
    const auto parent = OrderRepository::load(m_parent);
    QVERIFY(parent);
    RemakeRequest request{m_parent, {{parent->lines[0].id, Decimal::fromInt(1)}},
                          QStringLiteral("安装磕碰"), QStringLiteral("installer"),
                          QStringLiteral("王师傅")};
    const auto made = Remakes::create(request);
    QVERIFY(made);

    RemakeDialog dialog(m_parent);
    dialog.quantityBox(0)->setValue(1);
    dialog.reasonEdit()->setText(QStringLiteral("门板运输划伤"));
    choose(dialog.partyBox(), QStringLiteral("supplier"));
    dialog.show();
    shoot(&dialog, QStringLiteral("remakedialog-") + language);

    OrderDetailPane pane;
    pane.resize(560, 520);
    pane.showOrder(made->id);
    pane.show();
    shoot(&pane, QStringLiteral("remakepane-") + language);
    pane.showOrder(m_parent);
    shoot(&pane, QStringLiteral("parentpane-") + language);
    QVERIFY(!pane.remakeText().isEmpty());
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
}

QTEST_MAIN(tst_RemakeDialog)
#include "tst_remakedialog.moc"
