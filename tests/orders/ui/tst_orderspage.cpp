#include "orderfixtures.h"
#include "orders/ui/orderactions.h"
#include "orders/ui/orderdetailpane.h"
#include "orders/ui/ordereditor.h"
#include "orders/ui/orderfilterbar.h"
#include "orders/ui/orderlinesmodel.h"
#include "orders/ui/orderlistmodel.h"
#include "orders/ui/orderspage.h"
#include "orders/ui/ordersmodule.h"
#include "orders/ui/orderstatusproviders.h"
#include "orders/ui/reasondialog.h"
#include "storage/changelog.h"
#include "storage/transaction.h"
#include "widgets/rowsarrived.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Orders;

class tst_OrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void emptyDatabaseShowsHowToStart();
    void ordersArrivingBySyncAppear();
    void statusLineCountsTheFilter();
    void scrollingFetchesMore();
    void searchBoxFiltersAfterAPause();
    void detailPaneShowsTheOrder();
    void shippedDateIsADate_data();
    void shippedDateIsADate();
    void clerkColumnsFitALaptop_data();
    void clerkColumnsFitALaptop();
    void notesAndAttachments();
    void editorRefusesABadMobile();
    void editorComputesAmounts();
    void editorCreatesAnOrder();
    void undoRedoRestoresTheSavedVersions();
    void undoDoesNotOverwriteANewerChange();
    void moduleRegistration();
    void statusProviderAndProductionTimeline();
    void registeredOrderActionAsksForAReason();

private:
    QString orderIdOf(const QString &customer) const;
    QTemporaryDir m_dir;
};

void tst_OrdersPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_OrdersPage::cleanup()
{
    Storage::Database::close();
}

QString tst_OrdersPage::orderIdOf(const QString &customer) const
{
    OrderFilter f;
    f.search = customer;
    for (const OrderRow &row : OrderQuery::page(f, OrderSort::OrderNo, false, 0, 1000)) {
        if (row.customerName == customer)
            return row.id;
    }
    return {};
}

void tst_OrdersPage::emptyDatabaseShowsHowToStart()
{
    QTemporaryDir dir;
    QVERIFY(OrderFixtures::openWithOrders(dir, 0));
    OrdersPage page;
    page.resize(1200, 700);
    page.show();
    auto *stack = page.view()->parentWidget();
    QVERIFY(qobject_cast<QStackedWidget *>(stack));
    QCOMPARE(qobject_cast<QStackedWidget *>(stack)->currentIndex(), 1);
    QVERIFY(page.statusText().startsWith(QLatin1Char('0')));
    QVERIFY(page.detailPane()->orderId().isEmpty());

    // After the first import the page shows an order, not an empty pane beside the list.
    SalesOrder o = OrderFixtures::generated(1);
    QVERIFY(OrderRepository::save(o));
    page.refresh();
    QCOMPARE(qobject_cast<QStackedWidget *>(stack)->currentIndex(), 0);
    QCOMPARE(page.detailPane()->orderId(), o.id);
    QCOMPARE(page.currentOrderId(), o.id);
}

void tst_OrdersPage::ordersArrivingBySyncAppear()
{
    QTemporaryDir dir;
    QVERIFY(OrderFixtures::openWithOrders(dir, 3));
    OrdersPage page;
    page.resize(1200, 700);
    page.show();
    QCOMPARE(page.model()->rowCount(), 3);
    QTRY_VERIFY(page.statusText().startsWith(QLatin1Char('3')));

    // A sync round writes two orders of another desk, then says rows arrived.
    for (int n : {101, 102}) {
        SalesOrder o = OrderFixtures::generated(n);
        QVERIFY(OrderRepository::save(o));
    }
    QCOMPARE(page.model()->rowCount(), 3);
    Widgets::RowsArrived::notify(2);
    QCOMPARE(page.model()->rowCount(), 5);
    QTRY_VERIFY2(page.statusText().startsWith(QLatin1Char('5')), qPrintable(page.statusText()));
}

void tst_OrdersPage::statusLineCountsTheFilter()
{
    QVERIFY(OrderFixtures::openWithOrders(m_dir, 450));
    OrdersPage page;
    // More than a page: counted on a worker thread, so the table does not wait for it.
    QTRY_VERIFY(page.statusText().startsWith(QStringLiteral("450 ")));
    QVERIFY(!page.isCounting());
    QCOMPARE(page.model()->rowCount(), OrderListModel::PageSize);

    OrderFilter f;
    f.channel = Channel::Dealer;
    page.model()->setFilter(f);
    QTRY_VERIFY(page.statusText().startsWith(QStringLiteral("90 ")));
}

void tst_OrdersPage::scrollingFetchesMore()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrdersPage page;
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 200);
    page.view()->scrollToBottom();
    QTRY_COMPARE(page.model()->rowCount(), 400);
}

void tst_OrdersPage::searchBoxFiltersAfterAPause()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrdersPage page;
    QSignalSpy changed(page.filterBar(), &OrderFilterBar::filterChanged);
    QTest::keyClicks(page.filterBar()->searchEdit(), QStringLiteral("3832"));
    QCOMPARE(changed.size(), 0);  // not on every key
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, OrderListModel::Mobile).data().toString(),
             QStringLiteral("13900003832"));
    QTRY_VERIFY(page.statusText().startsWith(QStringLiteral("1 ")));
}

void tst_OrdersPage::detailPaneShowsTheOrder()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrdersPage page;
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    const QString id = page.model()->orderId(0);
    QCOMPARE(page.detailPane()->orderId(), id);
    QCOMPARE(page.currentOrderId(), id);
    QCOMPARE(page.detailPane()->tabs()->tabText(0), QStringLiteral("Lines (2)"));
    QVERIFY(page.detailPane()->timelineText().contains(QStringLiteral("Created the order")));
}

void tst_OrdersPage::shippedDateIsADate_data()
{
    QTest::addColumn<QDate>("shipped");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("shownDate");
    QTest::addColumn<QString>("shownMode");

    // Superstore and Tmall orders often have a mode but no date yet.
    QTest::newRow("mode, no date") << QDate() << QStringLiteral("物流配送")
                                   << QStringLiteral("—") << QStringLiteral("物流配送");
    QTest::newRow("both") << QDate(2024, 3, 9) << QStringLiteral("Second Class")
                          << QStringLiteral("2024-03-09") << QStringLiteral("Second Class");
    QTest::newRow("neither") << QDate() << QString() << QStringLiteral("—")
                             << QStringLiteral("—");
}

void tst_OrdersPage::shippedDateIsADate()
{
    QFETCH(QDate, shipped);
    QFETCH(QString, mode);
    QFETCH(QString, shownDate);
    QFETCH(QString, shownMode);

    QTemporaryDir dir;
    QVERIFY(OrderFixtures::openWithOrders(dir, 0));
    SalesOrder o = OrderFixtures::generated(3);
    o.shippedOn = shipped;
    o.shipMode = mode;
    QVERIFY(OrderRepository::save(o));
    OrderDetailPane pane;
    pane.showOrder(o.id);
    QCOMPARE(pane.fieldText(OrderDetailPane::ShippedField), shownDate);
    QCOMPARE(pane.fieldText(OrderDetailPane::ShipModeField), shownMode);
    QCOMPARE(pane.fieldText(OrderDetailPane::SignedField), o.signedOn.toString(Qt::ISODate));
}

void tst_OrdersPage::clerkColumnsFitALaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en_US");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_OrdersPage::clerkColumnsFitALaptop()
{
    QFETCH(QString, language);
    QLocale::setDefault(QLocale(language));
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    // The page's share of a 1366-pixel screen beside the shell's navigation, detail pane open.
    OrdersPage page;
    page.resize(1366 - 220, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.detailPane()->isVisible());
    QTableView *view = page.view();
    const int visible = view->viewport()->width();
    for (int column : {OrderListModel::OrderNo, OrderListModel::Customer,
                       OrderListModel::StatusColumn, OrderListModel::SignedOn,
                       OrderListModel::PromisedOn, OrderListModel::Total}) {
        const int right = view->columnViewportPosition(column) + view->columnWidth(column);
        QVERIFY2(right <= visible,
                 qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                .arg(page.model()->headerData(column, Qt::Horizontal).toString())
                                .arg(right)
                                .arg(visible)));
    }
    // The rest is still there, a scroll away.
    QCOMPARE(view->horizontalHeader()->count(), int(OrderListModel::ColumnCount));
    QVERIFY(view->horizontalScrollBar()->maximum() > 0);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrdersPage::notesAndAttachments()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    Storage::Database::setCurrentUser(QStringLiteral("clerk1"));
    OrderDetailPane pane;
    const QString id = orderIdOf(QStringLiteral("张伟0"));
    QVERIFY(!id.isEmpty());
    pane.showOrder(id);
    QVERIFY(pane.addNote(QStringLiteral("客户要求周末送货")));
    QVERIFY(!pane.addNote(QStringLiteral("   ")));
    QCOMPARE(OrderRepository::notes(id).size(), 1);
    QCOMPARE(pane.tabs()->tabText(1), QStringLiteral("Notes (1)"));

    QTemporaryFile file(m_dir.filePath(QStringLiteral("drawing-XXXXXX.txt")));
    QVERIFY(file.open());
    file.write("W 2400 H 2200 D 600");
    file.close();
    QVERIFY(pane.addAttachment(file.fileName()));
    QCOMPARE(OrderRepository::attachments(id).size(), 1);
    QCOMPARE(pane.tabs()->tabText(2), QStringLiteral("Attachments (1)"));
    const QString timeline = pane.timelineText();
    QVERIFY2(timeline.contains(QStringLiteral("Added a note")), qPrintable(timeline));
    QVERIFY(timeline.contains(QStringLiteral("客户要求周末送货")));
    QVERIFY(timeline.contains(QStringLiteral("Attached a file")));
    QVERIFY(timeline.contains(QStringLiteral("clerk1")));
    Storage::Database::setCurrentUser(QStringLiteral("system"));
}

void tst_OrdersPage::editorRefusesABadMobile()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrdersPage page;
    const QString id = orderIdOf(QStringLiteral("王芳1"));
    QVERIFY(!id.isEmpty());
    const SalesOrder before = OrderRepository::load(id).value();

    QPointer<OrderEditor> editor = page.createEditor(id);
    QVERIFY(editor);
    editor->mobileEdit()->setText(QStringLiteral("12345678901"));
    editor->customerEdit()->clear();
    QVERIFY(!editor->trySave());
    QCOMPARE(editor->errorText(QStringLiteral("mobile")),
             QStringLiteral("a mainland mobile number has 11 digits starting 13–19"));
    QCOMPARE(editor->errorText(QStringLiteral("customer")),
             QStringLiteral("a customer name is required"));
    QVERIFY(editor->errorText(QStringLiteral("deposit")).isEmpty());
    QCOMPARE(editor->result(), int(QDialog::Rejected));
    QCOMPARE(OrderRepository::load(id)->customer.mobile, before.customer.mobile);
    QCOMPARE(page.undoStack()->count(), 0);

    editor->depositEdit()->setText(QStringLiteral("12.345"));
    QVERIFY(!editor->trySave());
    QCOMPARE(editor->errorText(QStringLiteral("deposit")),
             QStringLiteral("the deposit has at most two decimals"));
    delete editor;
}

void tst_OrdersPage::editorComputesAmounts()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    SalesOrder o;
    o.signedOn = QDate(2024, 5, 1);
    OrderEditor editor(o);
    OrderLinesModel *lines = editor.linesModel();
    const int row = lines->addLine();
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Description), "衣柜"));
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Quantity), "3"));
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::UnitPrice), "1999.99"));
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Discount), "15%"));
    // 1999.99 × 3 × 0.85 = 5099.9745 exactly; shown to the fen, half away from zero.
    QCOMPARE(lines->lines().at(row).amount, Core::Decimal::parse("5099.9745").value());
    QCOMPARE(lines->index(row, OrderLinesModel::Amount).data().toString(),
             QStringLiteral("5,099.97"));
    QVERIFY(!(lines->flags(lines->index(row, OrderLinesModel::Amount)) & Qt::ItemIsEditable));

    // Text that is not a number stays in its cell, marked, and blocks the save.
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Quantity), "three"));
    QCOMPARE(lines->index(row, OrderLinesModel::Quantity).data().toString(),
             QStringLiteral("three"));
    QCOMPARE(lines->inputErrors().size(), 1);
    QVERIFY(!editor.trySave());
    QVERIFY(editor.errorText(QStringLiteral("lines")).contains(QStringLiteral("three")));

    // Sizes in millimetres.
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Quantity), "2"));
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Width), "2400"));
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Height), "2200"));
    QVERIFY(lines->setData(lines->index(row, OrderLinesModel::Depth), "600"));
    QCOMPARE(lines->index(row, OrderLinesModel::Size).data().toString(),
             QStringLiteral("2400 × 2200 × 600 mm"));
    QVERIFY(lines->inputErrors().isEmpty());
}

void tst_OrdersPage::editorCreatesAnOrder()
{
    QTemporaryDir dir;
    QVERIFY(OrderFixtures::openWithOrders(dir, 0));
    OrdersPage page;
    QPointer<OrderEditor> editor = page.createEditor({});
    QVERIFY(editor);
    editor->customerEdit()->setText(QStringLiteral("欧阳修"));
    editor->mobileEdit()->setText(QStringLiteral("138 0013 8000"));
    OrderLinesModel *lines = editor->linesModel();
    QVERIFY(lines->setData(lines->index(0, OrderLinesModel::Description), "书柜"));
    QVERIFY(lines->setData(lines->index(0, OrderLinesModel::UnitPrice), "880"));
    editor->depositEdit()->setText(QStringLiteral("200.50"));
    QVERIFY(editor->trySave());
    QTRY_VERIFY(!editor);  // closed and deleted
    QCOMPARE(page.model()->rowCount(), 1);
    const auto saved = OrderRepository::load(page.model()->orderId(0));
    QVERIFY(saved);
    QCOMPARE(saved->customer.name, QStringLiteral("欧阳修"));
    QCOMPARE(saved->customer.mobile, QStringLiteral("13800138000"));
    QCOMPARE(saved->depositFen, 20050);
    QCOMPARE(saved->total(), Core::Decimal::fromInt(880));
    QCOMPARE(page.detailPane()->orderId(), saved->id);
    QTRY_VERIFY(page.statusText().startsWith(QStringLiteral("1 ")));
    QCOMPARE(page.undoStack()->count(), 0);  // a new order is not an edit
}

void tst_OrdersPage::undoRedoRestoresTheSavedVersions()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrdersPage page;
    page.model()->sort(OrderListModel::OrderNo, Qt::AscendingOrder);
    const QString id = orderIdOf(QStringLiteral("李娜2"));
    QVERIFY(!id.isEmpty());
    const SalesOrder original = OrderRepository::load(id).value();

    QPointer<OrderEditor> editor = page.createEditor(id);
    editor->customerEdit()->setText(QStringLiteral("李娜娜"));
    editor->mobileEdit()->setText(QStringLiteral("13712345678"));
    OrderLinesModel *lines = editor->linesModel();
    QVERIFY(lines->setData(lines->index(1, OrderLinesModel::Quantity), "5"));
    lines->addLine();
    QVERIFY(lines->setData(lines->index(2, OrderLinesModel::Description), "床头柜"));
    QVERIFY(lines->setData(lines->index(2, OrderLinesModel::UnitPrice), "450"));
    QVERIFY(editor->trySave());
    QTRY_VERIFY(!editor);

    const SalesOrder edited = OrderRepository::load(id).value();
    QCOMPARE(edited.customer.name, QStringLiteral("李娜娜"));
    QCOMPARE(edited.lines.size(), 3);
    QCOMPARE(edited.lines.at(1).quantity, Core::Decimal::fromInt(5));
    QCOMPARE(page.undoStack()->count(), 1);
    QVERIFY(page.undoStack()->canUndo());

    page.undoStack()->undo();
    const SalesOrder undone = OrderRepository::load(id).value();
    QVERIFY(undone.sameContent(original));
    QCOMPARE(undone.customer.name, original.customer.name);
    QCOMPARE(undone.customer.mobile, original.customer.mobile);
    QCOMPARE(undone.lines.size(), 2);
    QCOMPARE(undone.lines.at(1).quantity, original.lines.at(1).quantity);
    QCOMPARE(undone.lines.at(1).id, original.lines.at(1).id);
    QCOMPARE(undone.total(), original.total());
    QCOMPARE(undone.orderNo, original.orderNo);
    QCOMPARE(page.model()->index(page.model()->rowOf(id), OrderListModel::Customer).data()
                 .toString(),
             original.customer.name);

    page.undoStack()->redo();
    const SalesOrder redone = OrderRepository::load(id).value();
    QVERIFY(redone.sameContent(edited));
    QCOMPARE(redone.customer.name, QStringLiteral("李娜娜"));

    const QList<TimelineEntry> timeline = OrderRepository::timeline(id);
    QStringList reasons;
    for (const TimelineEntry &e : timeline)
        reasons.append(e.reason);
    QCOMPARE(reasons.mid(reasons.size() - 3),
             QStringList({QStringLiteral("edit"), QStringLiteral("undo"),
                          QStringLiteral("redo")}));
    page.detailPane()->showOrder(id);
    const QString text = page.detailPane()->timelineText();
    QVERIFY2(text.contains(QStringLiteral("Customer: 李娜2 → 李娜娜")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Line 3 added: 床头柜")));
    QVERIFY(text.contains(QStringLiteral("undo of an edit")));
}

void tst_OrdersPage::undoDoesNotOverwriteANewerChange()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrdersPage page;
    const QString id = orderIdOf(QStringLiteral("刘洋3"));
    QPointer<OrderEditor> editor = page.createEditor(id);
    editor->customerEdit()->setText(QStringLiteral("刘洋洋"));
    QVERIFY(editor->trySave());
    QTRY_VERIFY(!editor);

    // Someone else (an import, another window) changes the order after the edit.
    SalesOrder other = OrderRepository::load(id).value();
    other.customer.mobile = QStringLiteral("13611112222");
    QVERIFY(OrderRepository::save(other));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("undo step for order")));
    page.undoStack()->undo();
    const SalesOrder now = OrderRepository::load(id).value();
    QCOMPARE(now.customer.mobile, QStringLiteral("13611112222"));
    QCOMPARE(now.customer.name, QStringLiteral("刘洋洋"));
    QCOMPARE(page.undoStack()->count(), 0);  // the step could not apply and was dropped
}

void tst_OrdersPage::moduleRegistration()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    hearthRegisterModule_orders();
    Widgets::Module *module = Widgets::ModuleRegistry::find(QStringLiteral("orders"));
    QVERIFY(module);
    QCOMPARE(module->name(), QStringLiteral("Orders"));
    QCOMPARE(module->permissions(),
             QStringList({QStringLiteral("orders.read"), QStringLiteral("orders.write"),
                          QStringLiteral("orders.import")}));
    QCOMPARE(module->pages().first().id, QStringLiteral("orders.list"));

    QWidget window;
    const QList<QAction *> actions = module->actions(&window);
    QCOMPARE(actions.size(), 4);
    QCOMPARE(actions.at(0)->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(actions.at(2)->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(actions.at(3)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(!actions.at(2)->isEnabled());

    std::unique_ptr<QWidget> page(module->createPage(QStringLiteral("orders.list"), &window));
    auto *orders = qobject_cast<OrdersPage *>(page.get());
    QVERIFY(orders);
    QTRY_VERIFY(module->isPageReady(orders));

    const QString id = orderIdOf(QStringLiteral("陈静4"));
    QPointer<OrderEditor> editor = orders->createEditor(id);
    editor->customerEdit()->setText(QStringLiteral("陈静静"));
    QVERIFY(editor->trySave());
    QVERIFY(actions.at(2)->isEnabled());
    actions.at(2)->trigger();
    QCOMPARE(OrderRepository::load(id)->customer.name, QStringLiteral("陈静4"));
    QVERIFY(actions.at(3)->isEnabled());
    actions.at(3)->trigger();
    QCOMPARE(OrderRepository::load(id)->customer.name, QStringLiteral("陈静静"));
    QVERIFY(!module->createPage(QStringLiteral("orders.nothing"), &window));
}

void tst_OrdersPage::statusProviderAndProductionTimeline()
{
    using Storage::ChangeLog;
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    OrderStatusProviders::add(
        {QStringLiteral("test"), [] { return QStringLiteral("Production status"); },
         [](Storage::Connection &, const QStringList &ids) {
             QHash<QString, QString> texts;
             for (const QString &id : ids)
                 texts.insert(id, QStringLiteral("Partly made (1/2 made)"));
             return texts;
         }});
    OrdersPage page;
    const int column = page.model()->providerColumn(QStringLiteral("test"));
    QCOMPARE(column, int(OrderListModel::ColumnCount));
    QCOMPARE(page.model()->headerData(column, Qt::Horizontal).toString(),
             QStringLiteral("Production status"));
    QCOMPARE(page.model()->index(0, column).data().toString(),
             QStringLiteral("Partly made (1/2 made)"));
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    const QString id = page.model()->orderId(0);
    QCOMPARE(page.detailPane()->providerText(QStringLiteral("test")),
             QStringLiteral("Production status: Partly made (1/2 made)"));

    // A start scanned at a station: the event, and the operation's status it moved, which
    // says the same again and stays off the timeline.
    Storage::Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    const QJsonObject event{{QStringLiteral("event"), QStringLiteral("production_start")},
                            {QStringLiteral("kind"), QStringLiteral("start")},
                            {QStringLiteral("wo_no"), QStringLiteral("WO-SO00000001-CAB")},
                            {QStringLiteral("operation"), QStringLiteral("开料")},
                            {QStringLiteral("seq"), 10},
                            {QStringLiteral("station"), QStringLiteral("NEST-01")}};
    const QJsonObject operation{{QStringLiteral("event"), QStringLiteral("operation_started")},
                                {QStringLiteral("wo_no"), QStringLiteral("WO-SO00000001-CAB")},
                                {QStringLiteral("seq"), 10},
                                {QStringLiteral("status"), QStringLiteral("started")}};
    QVERIFY(ChangeLog::record(c, {QStringLiteral("production_events"), id,
                                  ChangeLog::Op::Insert, {}, event,
                                  Storage::Database::clock().now(), {}}));
    QVERIFY(ChangeLog::record(c, {QStringLiteral("operations"), id, ChangeLog::Op::Update,
                                  {}, operation, Storage::Database::clock().now(), {}}));
    QVERIFY(tx.commit());
    page.detailPane()->reload();
    const QString timeline = page.detailPane()->timelineText();
    QVERIFY2(timeline.contains(QStringLiteral("Work order WO-SO00000001-CAB started (开料)")),
             qPrintable(timeline));
    QVERIFY2(timeline.contains(QStringLiteral("Station NEST-01")), qPrintable(timeline));
    QVERIFY2(!timeline.contains(QStringLiteral("operation 10")), qPrintable(timeline));

    OrderStatusProviders::remove(QStringLiteral("test"));
    page.refresh();
    QCOMPARE(page.model()->columnCount(), int(OrderListModel::ColumnCount));
    QVERIFY(page.detailPane()->providerText(QStringLiteral("test")).isEmpty());
}

void tst_OrdersPage::registeredOrderActionAsksForAReason()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("t.db"))));
    QString refusedId;
    QStringList ran;
    OrderAction action;
    action.id = QStringLiteral("test.void");
    action.title = [] { return QStringLiteral("Void order…"); };
    action.prompt = [] { return QStringLiteral("Why?"); };
    action.destructive = true;
    action.refusal = [&refusedId](Storage::Connection &, const QString &orderId) {
        return orderId == refusedId ? QStringLiteral("it is shipped") : QString();
    };
    action.run = [&ran](const QString &orderId, const QString &reason)
        -> Core::Result<QString> {
        ran.append(orderId + u'|' + reason);
        return QStringLiteral("voided because %1").arg(reason);
    };
    OrderActions::add(action);
    OrdersPage page;
    page.show();
    auto *entry = page.findChild<QAction *>(QStringLiteral("orderAction:test.void"));
    QVERIFY(entry);
    QVERIFY(page.view()->actions().contains(entry));
    refusedId = page.model()->orderId(1);

    // Refused for the second order, with the reason as its tooltip.
    page.view()->setCurrentIndex(page.model()->index(1, 0));
    QVERIFY(!entry->isEnabled());
    QCOMPARE(entry->toolTip(), QStringLiteral("it is shipped"));

    // Done for the first, once a reason is given.
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    const QString id = page.model()->orderId(0);
    QVERIFY(entry->isEnabled());
    entry->trigger();
    auto *dialog = page.findChild<ReasonDialog *>(QStringLiteral("reasonDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Void order"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
    QVERIFY(!ok->isEnabled());  // no reason, no void
    dialog->setReason(QStringLiteral("  录入重复 "));
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(ran, QStringList(id + QStringLiteral("|录入重复")));
    auto *message = page.findChild<QLabel *>(QStringLiteral("pageMessage"));
    QCOMPARE(message->text(), QStringLiteral("voided because 录入重复"));
    QVERIFY(message->isVisible());
    OrderActions::remove(action.id);
}

QTEST_MAIN(tst_OrdersPage)
#include "tst_orderspage.moc"
