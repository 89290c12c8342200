#include "syncharness.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QSet>

using namespace SyncTest;
using Hearth::Sync::SyncConflict;

// Field-by-field merge, status changes checked against the processes, and tombstones that
// outlive any offline period.
class tst_FieldMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void differentFieldsOfOneOrderBothKept();
    void orderDocumentsMergeFieldByField();
    void sameFieldTakesTheLaterEdit_data();
    void sameFieldTakesTheLaterEdit();
    void pulledFieldKeepsNewerLocalChange();
    void statusChangeCheckedAgainstProcess_data();
    void statusChangeCheckedAgainstProcess();
    void processWalkedOfflineGoesThrough();
    void processTransitionsMatchDefinitions();
    void tombstonesAreNeverPurged();

private:
    Harness m_h;
};

void tst_FieldMerge::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_FieldMerge::init()
{
    QVERIFY(m_h.start());
}

void tst_FieldMerge::cleanup()
{
    m_h.stop();
}

void tst_FieldMerge::differentFieldsOfOneOrderBothKept()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-M-0001"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    // Offline, A moves the delivery city and B (later) sets the promised date.
    QVERIFY(updateRow(a, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("city"), QStringLiteral("广州")}}));
    QTest::qWait(3);
    QVERIFY(updateRow(b, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("promised_on"), QStringLiteral("2026-12-24")}}));
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order, QStringLiteral("city")),
                 QStringLiteral("广州"));
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order,
                       QStringLiteral("promised_on")),
                 QStringLiteral("2026-12-24"));
        QCOMPARE(desk->engine->replica().conflicts().size(), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
    }
    QCOMPARE(a.snapshot(QStringLiteral("sales_orders")),
             b.snapshot(QStringLiteral("sales_orders")));
    // Each desk sent only the field it changed.
    const QString server = m_h.serverFields(QStringLiteral("sales_orders"), order);
    QVERIFY(server.contains(QStringLiteral("广州")));
    QVERIFY(server.contains(QStringLiteral("2026-12-24")));
}

void tst_FieldMerge::orderDocumentsMergeFieldByField()
{
    // The orders page records the whole order document (address, deposit, lines...), not
    // columns. Offline, B sets the deposit and A, later, the district: both edits stay.
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-M-0002"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    const auto edit = [&order](Desk &desk, const QString &column, const QJsonValue &value,
                               const QJsonObject &documentBefore,
                               const QJsonObject &documentAfter) {
        Hearth::Storage::Transaction tx(*desk.connection);
        const QString hlc = desk.clock->now();
        if (!desk.exec(QStringLiteral("UPDATE sales_orders SET hlc = ?, %1 = ? WHERE id = ?")
                           .arg(column),
                       {hlc, bindable(value), order})) {
            return false;
        }
        if (!Hearth::Storage::ChangeLog::record(
                *desk.connection, {QStringLiteral("sales_orders"), order,
                                   Hearth::Storage::ChangeLog::Op::Update, documentBefore,
                                   documentAfter, hlc, QStringLiteral("edit")})) {
            return false;
        }
        return bool(tx.commit());
    };
    const QJsonObject document{{"id", order}, {"order_no", "SO-M-0002"},
                               {"address", "浙江省 杭州市 西湖区 文三路 1号"},
                               {"deposit_fen", 0}, {"lines", QJsonArray()}, {"total", "0"}};
    QJsonObject deposit = document;
    deposit.insert("deposit_fen", 50000);
    QVERIFY(edit(b, QStringLiteral("deposit_fen"), 50000, document, deposit));
    QTest::qWait(3);
    QJsonObject moved = document;
    moved.insert("address", "浙江省 杭州市 滨江区 文三路 1号");
    QVERIFY(edit(a, QStringLiteral("district"), QStringLiteral("滨江区"), document, moved));
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order,
                       QStringLiteral("deposit_fen")),
                 QStringLiteral("50000"));
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order, QStringLiteral("district")),
                 QStringLiteral("滨江区"));
        QCOMPARE(desk->engine->replica().conflicts().size(), 0);
    }
    QCOMPARE(a.snapshot(QStringLiteral("sales_orders")),
             b.snapshot(QStringLiteral("sales_orders")));
}

void tst_FieldMerge::sameFieldTakesTheLaterEdit_data()
{
    QTest::addColumn<bool>("laterFirst");
    QTest::newRow("the later edit reaches the server first") << true;
    QTest::newRow("the later edit reaches the server last") << false;
}

void tst_FieldMerge::sameFieldTakesTheLaterEdit()
{
    QFETCH(bool, laterFirst);
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-M-0002"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    QVERIFY(updateRow(a, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("street"), QStringLiteral("科技园路1号")}}));
    QTest::qWait(3);
    QVERIFY(updateRow(b, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("street"), QStringLiteral("深南大道9号")}}));
    Desk &first = laterFirst ? b : a;
    Desk &second = laterFirst ? a : b;
    QVERIFY(first.sync());
    QVERIFY(second.sync());
    QVERIFY(first.sync());

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order, QStringLiteral("street")),
                 QStringLiteral("深南大道9号"));
    }
    QCOMPARE(a.snapshot(QStringLiteral("sales_orders")),
             b.snapshot(QStringLiteral("sales_orders")));
}

void tst_FieldMerge::pulledFieldKeepsNewerLocalChange()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-M-0003"));
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    QVERIFY(updateRow(a, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("city"), QStringLiteral("东莞")},
                       {QStringLiteral("district"), QStringLiteral("南城")}}));
    QVERIFY(a.sync());
    QTest::qWait(3);
    // B changes the city later, and pulls before it pushes.
    QVERIFY(updateRow(b, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("city"), QStringLiteral("佛山")}}));
    const auto pulled = b.engine->pull();
    QVERIFY(pulled);
    QCOMPARE(pulled->pulled, 1);
    QCOMPARE(field(b, QStringLiteral("sales_orders"), order, QStringLiteral("city")),
             QStringLiteral("佛山"));
    QCOMPARE(field(b, QStringLiteral("sales_orders"), order, QStringLiteral("district")),
             QStringLiteral("南城"));

    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QCOMPARE(field(a, QStringLiteral("sales_orders"), order, QStringLiteral("city")),
             QStringLiteral("佛山"));
    QCOMPARE(field(a, QStringLiteral("sales_orders"), order, QStringLiteral("district")),
             QStringLiteral("南城"));
    QCOMPARE(a.snapshot(QStringLiteral("sales_orders")),
             b.snapshot(QStringLiteral("sales_orders")));
}

void tst_FieldMerge::statusChangeCheckedAgainstProcess_data()
{
    QTest::addColumn<QString>("process");  // the order's definition id; empty for none
    QTest::addColumn<QStringList>("path");  // statuses the server walks first
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("new to reviewing, any process")
        << QString() << QStringList() << QStringLiteral("reviewing") << true;
    QTest::newRow("new to approved skips review")
        << QString() << QStringList() << QStringLiteral("approved") << false;
    QTest::newRow("new to cancelled")
        << QStringLiteral("furniture@1") << QStringList() << QStringLiteral("cancelled") << true;
    QTest::newRow("shipped back to new")
        << QStringLiteral("furniture@1")
        << QStringList{QStringLiteral("reviewing"), QStringLiteral("approved"),
                       QStringLiteral("in_production"), QStringLiteral("shipped")}
        << QStringLiteral("new") << false;
    QTest::newRow("hardware ships to closed")
        << QStringLiteral("hardware@1")
        << QStringList{QStringLiteral("reviewing"), QStringLiteral("approved"),
                       QStringLiteral("in_production"), QStringLiteral("shipped")}
        << QStringLiteral("closed") << true;
    QTest::newRow("furniture must be installed before closed")
        << QStringLiteral("furniture@1")
        << QStringList{QStringLiteral("reviewing"), QStringLiteral("approved"),
                       QStringLiteral("in_production"), QStringLiteral("shipped")}
        << QStringLiteral("closed") << false;
}

void tst_FieldMerge::statusChangeCheckedAgainstProcess()
{
    QFETCH(QString, process);
    QFETCH(QStringList, path);
    QFETCH(QString, wanted);
    QFETCH(bool, allowed);
    Desk office;
    Desk shop;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    QVERIFY(m_h.openDesk(shop, QStringLiteral("shop"), m_h.adminToken));
    const QString order = newOrder(office, QStringLiteral("SO-M-0004"));
    if (!process.isEmpty()) {
        QVERIFY(insertRow(office, QStringLiteral("order_processes"), order,
                          {{QStringLiteral("definition_id"), process},
                           {QStringLiteral("state"), QStringLiteral("new")},
                           {QStringLiteral("entered_at"), QStringLiteral("2026-12-01T08:00:00Z")},
                           {QStringLiteral("updated_at"),
                            QStringLiteral("2026-12-01T08:00:00Z")}}));
    }
    for (const QString &status : path)
        QVERIFY(updateRow(office, QStringLiteral("sales_orders"), order,
                          {{QStringLiteral("status"), status}}));
    QVERIFY(office.sync());
    QVERIFY(shop.sync());
    const QString before = path.isEmpty() ? QStringLiteral("new") : path.last();
    QCOMPARE(field(shop, QStringLiteral("sales_orders"), order, QStringLiteral("status")), before);

    QVERIFY(updateRow(shop, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("status"), wanted},
                       {QStringLiteral("street"), QStringLiteral("南山大道1号")}}));
    const auto got = shop.sync();
    QVERIFY(got);
    QCOMPARE(got->statusRefused, allowed ? 0 : 1);
    QVERIFY(office.sync());

    const QString expected = allowed ? wanted : before;
    for (Desk *desk : {&office, &shop}) {
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order, QStringLiteral("status")),
                 expected);
        // The other field of the same change is kept either way.
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), order, QStringLiteral("street")),
                 QStringLiteral("南山大道1号"));
    }
    const QList<SyncConflict> conflicts = shop.engine->replica().conflicts();
    QCOMPARE(conflicts.size(), allowed ? 0 : 1);
    if (!allowed) {
        QCOMPARE(conflicts.at(0).kind, SyncConflict::Kind::StatusRefused);
        QCOMPARE(conflicts.at(0).rowId, order);
        QCOMPARE(conflicts.at(0).localFields.value(QStringLiteral("status")).toString(), wanted);
        QCOMPARE(conflicts.at(0).serverFields.value(QStringLiteral("status")).toString(), before);
        QVERIFY(conflicts.at(0).detail.contains(wanted));
        QCOMPARE(Hearth::Sync::DeskReplica::kindName(conflicts.at(0).kind),
                 QStringLiteral("status_refused"));
    }

    // A lost answer and a retry record the same conflict once.
    QVERIFY(shop.exec(QStringLiteral("UPDATE outbox SET sent_at = NULL")));
    QVERIFY(shop.sync());
    QCOMPARE(shop.engine->replica().conflicts().size(), allowed ? 0 : 1);
    QCOMPARE(field(shop, QStringLiteral("sales_orders"), order, QStringLiteral("status")),
             expected);
}

void tst_FieldMerge::processWalkedOfflineGoesThrough()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-M-0005"));
    // Offline, the order is reviewed, approved and started: each step on its own is allowed.
    for (const char *status : {"reviewing", "approved", "in_production"})
        QVERIFY(updateRow(a, QStringLiteral("sales_orders"), order,
                          {{QStringLiteral("status"), QLatin1String(status)}}));
    const auto got = a.sync();
    QVERIFY(got);
    QCOMPARE(got->statusRefused, 0);
    QCOMPARE(got->applied, 4);
    QVERIFY(b.sync());
    QCOMPARE(field(b, QStringLiteral("sales_orders"), order, QStringLiteral("status")),
             QStringLiteral("in_production"));
}

void tst_FieldMerge::processTransitionsMatchDefinitions()
{
    // The server's list of allowed status changes is the one the definitions' files give.
    QSet<QString> fromFiles;
    const QDir dir(QStringLiteral(HEARTH_SOURCE_DIR "/resources/processes"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 4);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject definition = QJsonDocument::fromJson(file.readAll()).object();
        QHash<QString, QString> status;
        for (const QJsonValue &state : definition.value(QStringLiteral("states")).toArray()) {
            status.insert(state[QStringLiteral("id")].toString(),
                          state[QStringLiteral("status")].toString());
        }
        for (const QJsonValue &t : definition.value(QStringLiteral("transitions")).toArray()) {
            const QJsonValue from = t[QStringLiteral("from")];
            const QJsonArray froms = from.isArray() ? from.toArray() : QJsonArray{from};
            const QString to = status.value(t[QStringLiteral("to")].toString());
            for (const QJsonValue &f : froms) {
                if (status.value(f.toString()) != to) {
                    fromFiles.insert(definition.value(QStringLiteral("code")).toString() + u'|'
                                     + status.value(f.toString()) + u'|' + to);
                }
            }
        }
    }
    QSet<QString> onServer;
    QSqlQuery q = m_h.f.store->prepare(QStringLiteral(
        "SELECT process_code, from_status, to_status FROM process_transitions"));
    QVERIFY(m_h.f.store->exec(q));
    while (q.next()) {
        onServer.insert(q.value(0).toString() + u'|' + q.value(1).toString() + u'|'
                        + q.value(2).toString());
    }
    QCOMPARE(onServer.size(), fromFiles.size());
    QCOMPARE(onServer, fromFiles);
}

void tst_FieldMerge::tombstonesAreNeverPurged()
{
    Desk a;
    Desk away;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken, 50));
    QVERIFY(m_h.openDesk(away, QStringLiteral("away"), m_h.adminToken, 50));
    const QString order = newOrder(a, QStringLiteral("SO-M-0006"));
    QVERIFY(a.sync());
    QVERIFY(away.sync());

    // The order is deleted; much happens after it while one desk stays away. The server keeps
    // every tombstone for ever, so no offline period is too long to catch up.
    QVERIFY(deleteRow(a, QStringLiteral("sales_orders"), order));
    for (int i = 0; i < 120; ++i)
        QVERIFY(!a.addCustomer(QStringLiteral("客户 %1").arg(i)).isEmpty());
    QVERIFY(a.sync());
    QCOMPARE(m_h.serverCount(QStringLiteral("deleted = 1")), 1);

    // The desk that was away edited the order meanwhile: a conflict, not a resurrection.
    QVERIFY(updateRow(away, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("city"), QStringLiteral("珠海")}}));
    const auto back = away.sync();
    QVERIFY(back);
    QCOMPARE(back->conflicts, 1);
    QCOMPARE(back->pulled, 121);
    QCOMPARE(field(away, QStringLiteral("sales_orders"), order, QStringLiteral("deleted")),
             QStringLiteral("1"));
    QCOMPARE(away.engine->replica().conflicts().at(0).kind,
             SyncConflict::Kind::DeletedRemotely);

    // A desk installed now gets the order as deleted.
    Desk fresh;
    QVERIFY(m_h.openDesk(fresh, QStringLiteral("fresh"), m_h.adminToken, 50));
    QVERIFY(fresh.sync());
    QCOMPARE(field(fresh, QStringLiteral("sales_orders"), order, QStringLiteral("deleted")),
             QStringLiteral("1"));
    QCOMPARE(fresh.count(QStringLiteral("sales_orders"), QStringLiteral("deleted = 0")), 0);
    QCOMPARE(fresh.snapshot(QStringLiteral("sales_orders")),
             a.snapshot(QStringLiteral("sales_orders")));
}

QTEST_GUILESS_MAIN(tst_FieldMerge)
#include "tst_fieldmerge.moc"
