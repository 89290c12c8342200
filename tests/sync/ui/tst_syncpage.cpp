// The sync page against a real HTTPS server on loopback: settings, sign-in through the password
// prompt, "sync now", the first download's progress, conflicts in the list and both ways of
// resolving them, and the texts a person reads. Renders the page in Chinese and English.

#include "../../server/serverfixture.h"
#include "../deskfixture.h"

#include "storage/database.h"
#include "sync/syncservice.h"
#include "sync/ui/conflicttablemodel.h"
#include "sync/ui/passwordprompt.h"
#include "sync/ui/syncpage.h"
#include "sync/ui/syncstatuswidget.h"
#include "users/passwordhasher.h"
#include "widgets/language.h"
#include "widgets/statusbar.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTranslator>

using namespace ServerTest;
using namespace SyncTest;
using Hearth::Sync::SyncPage;
using Hearth::Sync::SyncService;

class tst_SyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInSyncsAndShowsTheFirstDownload();
    void restartedDeskResumesItsSession();
    void wrongPasswordIsShownOnThePage();
    void serverAwayShowsOffline();
    void conflictIsListedAndResolved_data();
    void conflictIsListedAndResolved();
    void statusBarShowsTheServiceState();
    void rendersInBothLanguages_data();
    void rendersInBothLanguages();

private:
    /// The page's form filled and saved, and signed in through the prompt.
    bool signIn(SyncPage &page, SyncService &service, const QString &password);
    QString label(SyncPage &page, const char *name)
    {
        auto *l = page.findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    QPushButton *button(SyncPage &page, const char *name)
    {
        return page.findChild<QPushButton *>(QLatin1String(name));
    }
    /// An order written on this desk the way the order pages write one.
    bool writeLocal(const QString &sql, const QVariantList &values, const QString &table,
                    const QString &id, Hearth::Storage::ChangeLog::Op op);
    Hearth::Sync::SyncSettings otherSettings() const;

    Fixture m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_deskPath;
};

namespace {

QString settingValue(const char *key)
{
    QSqlQuery q(Hearth::Storage::Database::connection().sql());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

void tst_SyncPage::initTestCase()
{
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
    Hearth::Widgets::Theme::apply(*qApp);
}

void tst_SyncPage::init()
{
    QVERIFY(m_f.start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_deskPath = m_dir->filePath(QStringLiteral("desk.hearth"));
    QVERIFY(Hearth::Storage::Database::open(m_deskPath));
}

void tst_SyncPage::cleanup()
{
    Hearth::Storage::Database::close();
    m_f.stop();
    m_dir.reset();
}

Hearth::Sync::SyncSettings tst_SyncPage::otherSettings() const
{
    Hearth::Sync::SyncSettings s;
    s.server = m_f.url(QString());
    s.token = const_cast<Fixture &>(m_f)
                  .login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword))
                  .json.value(QStringLiteral("token")).toString();
    s.trustedCertificates = {m_f.certificate};
    s.pullLimit = 100;
    return s;
}

bool tst_SyncPage::signIn(SyncPage &page, SyncService &service, const QString &password)
{
    page.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(m_f.url(QString())
                                                                           .toString());
    page.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("admin"));
    page.findChild<QLineEdit *>(QStringLiteral("certificateEdit"))->setText(m_f.files.certificate);
    QTest::mouseClick(button(page, "saveSettings"), Qt::LeftButton);
    if (service.settings().server != m_f.url(QString())) {
        qWarning() << page.message();
        return false;
    }
    QTest::mouseClick(button(page, "signIn"), Qt::LeftButton);
    Hearth::Sync::PasswordPrompt *prompt = page.passwordPrompt();
    if (!prompt || !prompt->isVisible())
        return false;
    prompt->setPassword(password);
    prompt->accept();
    QSignalSpy done(&service, &SyncService::roundFinished);
    QSignalSpy failed(&service, &SyncService::signInFailed);
    return done.wait(30000) || !failed.isEmpty();
}

bool tst_SyncPage::writeLocal(const QString &sql, const QVariantList &values,
                              const QString &table, const QString &id,
                              Hearth::Storage::ChangeLog::Op op)
{
    using namespace Hearth::Storage;
    Connection &c = Database::connection();
    Transaction tx(c);
    const QString hlc = Database::clock().now();
    QSqlQuery q(c.sql());
    q.prepare(sql);
    q.addBindValue(hlc);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return ChangeLog::record(c, {table, id, op, {}, {}, hlc, {}}) && tx.commit();
}

void tst_SyncPage::signInSyncsAndShowsTheFirstDownload()
{
    constexpr int Orders = 250;
    Desk other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.hearth")), otherSettings()));
    for (int i = 0; i < Orders; ++i)
        QVERIFY(!other.addOrder(QStringLiteral("SO-%1").arg(i, 4, 10, QLatin1Char('0')), {},
                                1000000).isEmpty());
    QVERIFY(other.sync());

    SyncService service;
    SyncPage page(&service);
    page.show();
    QCOMPARE(label(page, "stateValue"), QStringLiteral("Sync not set up"));
    QCOMPARE(label(page, "lastSyncValue"), QStringLiteral("never"));
    QCOMPARE(label(page, "downloadText"), QStringLiteral("Not started"));
    QVERIFY(!page.findChild<QAction *>(QStringLiteral("syncNow"))->isEnabled());

    QSignalSpy progress(&service, &SyncService::downloadProgress);
    QVERIFY(signIn(page, service, QLatin1String(Fixture::AdminPassword)));
    QCOMPARE(service.state(), SyncService::State::Idle);
    QCOMPARE(service.settings().userName, QStringLiteral("admin"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("fingerprint"))->toolTip(),
             SyncService::fingerprint(m_f.certificate.toPem()));
    QCOMPARE(SyncService::fingerprint(m_f.certificate.toPem()).size(), 32 * 3 - 1);

    // The first download: from nothing, rows counted as they come, done at the end.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().at(0).toLongLong(), 0);
    QCOMPARE(progress.last().at(0).toLongLong(), Orders);
    QCOMPARE(progress.last().at(1).toDouble(), 1.0);
    QCOMPARE(Hearth::Storage::Database::connection().sql().isOpen(), true);
    QCOMPARE(label(page, "downloadText"), QStringLiteral("Done"));
    QCOMPARE(page.findChild<QProgressBar *>(QStringLiteral("downloadBar"))->value(), 100);
    QVERIFY2(label(page, "stateValue").startsWith(QStringLiteral("Synced ")),
             qPrintable(label(page, "stateValue")));
    QVERIFY(label(page, "lastSyncValue") != QStringLiteral("never"));
    QCOMPARE(label(page, "serverValue"), m_f.url(QString()).toString());
    QCOMPARE(label(page, "pendingValue"), QStringLiteral("0"));
    QCOMPARE(label(page, "conflictsValue"), QStringLiteral("0"));
    QCOMPARE(page.message(), QString());  // "Signed in; syncing." went with the round

    // The desk registered at its first sign-in and numbers its own orders in its series.
    QCOMPARE(settingValue("desk.code"), QStringLiteral("D01"));
    QVERIFY(!QUuid::fromString(settingValue("desk.id")).isNull());
    QCOMPARE(m_f.count(QStringLiteral("desks")), qint64(1));

    // A local write is counted, then sent by "sync now".
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(writeLocal(QStringLiteral("INSERT INTO sales_orders (hlc, id, order_no, channel, "
                                      "created_at, updated_at) VALUES (?, ?, 'LOCAL-1', "
                                      "'store', '2026-12-01T08:00:00Z', "
                                      "'2026-12-01T08:00:00Z')"),
                       {id}, QStringLiteral("sales_orders"), id,
                       Hearth::Storage::ChangeLog::Op::Insert));
    service.refreshCounts();
    QCOMPARE(label(page, "pendingValue"), QStringLiteral("1"));
    QSignalSpy round(&service, &SyncService::roundFinished);
    page.findChild<QAction *>(QStringLiteral("syncNow"))->trigger();
    QCOMPARE(label(page, "stateValue"), QStringLiteral("Syncing…"));
    QVERIFY(round.wait(30000));
    QCOMPARE(round.first().at(0).toBool(), true);
    QCOMPARE(label(page, "pendingValue"), QStringLiteral("0"));
    QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE table_name = 'sales_orders'")),
             qint64(Orders + 1));

    // Signing out forgets the token: nothing syncs until the next sign-in.
    QTest::mouseClick(button(page, "signOut"), Qt::LeftButton);
    QCOMPARE(service.state(), SyncService::State::SignedOut);
    QCOMPARE(label(page, "stateValue"), QStringLiteral("Not signed in"));
    QVERIFY(button(page, "signIn")->isEnabled());
}

void tst_SyncPage::restartedDeskResumesItsSession()
{
    {
        SyncService service;
        SyncPage page(&service);
        page.show();
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("staySignedIn"))->isChecked());
        QVERIFY(signIn(page, service, QLatin1String(Fixture::AdminPassword)));
        QCOMPARE(service.state(), SyncService::State::Idle);
    }  // the desk closes without signing out

    // Restarted, it goes on syncing with the kept session: a local write reaches the server.
    const QString kept = QJsonDocument::fromJson(settingValue("sync.session").toUtf8())
                             .object().value(QStringLiteral("token")).toString();
    QVERIFY(!kept.isEmpty());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(writeLocal(QStringLiteral("INSERT INTO sales_orders (hlc, id, order_no, channel, "
                                      "created_at, updated_at) VALUES (?, ?, 'AFTER-RESTART', "
                                      "'store', '2026-12-05T08:00:00Z', "
                                      "'2026-12-05T08:00:00Z')"),
                       {id}, QStringLiteral("sales_orders"), id,
                       Hearth::Storage::ChangeLog::Op::Insert));
    {
        SyncService service;
        QVERIFY(service.isSignedIn());
        QSignalSpy round(&service, &SyncService::roundFinished);
        QVERIFY(round.wait(30000));
        QCOMPARE(round.first().at(0).toBool(), true);
        QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE table_name = 'sales_orders'")),
                 qint64(1));
    }

    // Revoked on the server meanwhile: the restarted desk asks for the password and forgets it.
    QCOMPARE(m_f.call("POST", QStringLiteral("/api/v1/auth/logout"), {}, Fixture::bearer(kept))
                 .status / 100,
             2);
    {
        SyncService service;
        QVERIFY(service.isSignedIn());
        QSignalSpy needed(&service, &SyncService::signInNeeded);
        QVERIFY(needed.wait(30000));
        QCOMPARE(service.state(), SyncService::State::SignedOut);
        QCOMPARE(settingValue("sync.session"), QString());
    }

    // Signed in again with "stay signed in" turned off: nothing is kept for the next start.
    {
        SyncService service;
        SyncPage page(&service);
        page.show();
        QVERIFY(!service.isSignedIn());
        page.findChild<QCheckBox *>(QStringLiteral("staySignedIn"))->setChecked(false);
        QVERIFY(signIn(page, service, QLatin1String(Fixture::AdminPassword)));
        QVERIFY(service.isSignedIn());
        QCOMPARE(settingValue("sync.session"), QString());
        QCOMPARE(settingValue("sync.stay_signed_in"), QStringLiteral("0"));
    }
    SyncService restarted;
    QVERIFY(!restarted.isSignedIn());
    QCOMPARE(restarted.state(), SyncService::State::SignedOut);
}

void tst_SyncPage::wrongPasswordIsShownOnThePage()
{
    SyncService service;
    SyncPage page(&service);
    page.show();
    QSignalSpy failed(&service, &SyncService::signInFailed);
    signIn(page, service, QStringLiteral("not-the-password"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(page.message(), QStringLiteral("wrong user name or password"));
    QCOMPARE(service.state(), SyncService::State::SignedOut);
    QCOMPARE(label(page, "stateValue"), QStringLiteral("Not signed in"));
}

void tst_SyncPage::serverAwayShowsOffline()
{
    SyncService service;
    SyncPage page(&service);
    page.show();
    QVERIFY(signIn(page, service, QLatin1String(Fixture::AdminPassword)));
    QCOMPARE(service.state(), SyncService::State::Idle);

    m_f.server.reset();
    QSignalSpy state(&service, &SyncService::stateChanged);
    service.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(service.state(), SyncService::State::Offline, 30000);
    QVERIFY2(label(page, "stateValue").startsWith(QStringLiteral("Offline — will retry: ")),
             qPrintable(label(page, "stateValue")));
    QVERIFY2(page.message().startsWith(QStringLiteral("Sync failed: 127.0.0.1: cannot reach")),
             qPrintable(page.message()));
    QVERIFY(service.isSignedIn());
    // The next round that goes well takes the failure off the page.
    emit service.roundFinished(true, QString());
    QCOMPARE(page.message(), QString());
}

void tst_SyncPage::conflictIsListedAndResolved_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine as a new row") << true;
    QTest::newRow("take the server's") << false;
}

void tst_SyncPage::conflictIsListedAndResolved()
{
    QFETCH(bool, keepMine);
    Desk other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.hearth")), otherSettings()));
    const QString orderId = other.addOrder(QStringLiteral("SO-0042"), {}, 5000000);
    QVERIFY(!orderId.isEmpty());
    QVERIFY(other.sync());

    SyncService service;
    SyncPage page(&service);
    page.show();
    QVERIFY(signIn(page, service, QLatin1String(Fixture::AdminPassword)));
    QCOMPARE(service.state(), SyncService::State::Idle);

    // The other desk deletes the order while this desk changes its city.
    QVERIFY(other.deleteOrder(orderId));
    QVERIFY(other.sync());
    QVERIFY(writeLocal(QStringLiteral("UPDATE sales_orders SET hlc = ?, city = '广州' WHERE "
                                      "id = ?"),
                       {orderId}, QStringLiteral("sales_orders"), orderId,
                       Hearth::Storage::ChangeLog::Op::Update));
    QSignalSpy round(&service, &SyncService::roundFinished);
    service.syncNow();
    QVERIFY(round.wait(30000));

    auto *view = page.findChild<QTableView *>(QStringLiteral("conflictView"));
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 1);
    using Col = Hearth::Sync::ConflictTableModel;
    QCOMPARE(model->index(0, Col::Kind).data().toString(),
             QStringLiteral("Deleted on another desk"));
    QCOMPARE(model->index(0, Col::Table).data().toString(), QStringLiteral("Sales order"));
    QCOMPARE(model->index(0, Col::OrderNo).data().toString(), QStringLiteral("SO-0042"));
    QCOMPARE(model->index(0, Col::Row).data().toString(), orderId.left(8));
    QCOMPARE(label(page, "conflictsValue"), QStringLiteral("1"));
    QVERIFY(!button(page, "keepMine")->isEnabled());
    view->selectRow(0);
    QCOMPARE(button(page, "keepMine")->text(), QStringLiteral("Keep Mine as a New Row"));
    QVERIFY(button(page, "takeServers")->isEnabled());

    round.clear();
    QTest::mouseClick(button(page, keepMine ? "keepMine" : "takeServers"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(label(page, "conflictsValue"), QStringLiteral("0"));
    QVERIFY(round.wait(30000));
    QCOMPARE(round.first().at(0).toBool(), true);
    QVERIFY(other.sync());
    Desk self;
    QVERIFY(self.open(m_deskPath, otherSettings()));
    // The delete stands everywhere; keeping mine brings the edit back as a new order.
    QCOMPARE(self.orderField(orderId, QStringLiteral("deleted")), QStringLiteral("1"));
    QCOMPARE(other.orderField(orderId, QStringLiteral("deleted")), QStringLiteral("1"));
    const QString copy = QStringLiteral("order_no = 'SO-0042-R' AND city = '广州' AND "
                                        "deleted = 0");
    QCOMPARE(self.count(QStringLiteral("sales_orders"), copy), keepMine ? 1 : 0);
    QCOMPARE(other.count(QStringLiteral("sales_orders"), copy), keepMine ? 1 : 0);
    QCOMPARE(page.message(),
             keepMine ? QStringLiteral("Your version comes back as a new row; it is sent with "
                                       "the next sync.")
                      : QStringLiteral("The server's version comes back with the next sync."));
}

void tst_SyncPage::statusBarShowsTheServiceState()
{
    SyncService service;
    Hearth::Widgets::StatusBar bar;
    auto *field = new Hearth::Sync::SyncStatusWidget(&service, &bar);
    QCOMPARE(field->statusText(), QStringLiteral("Sync not set up"));
    SyncPage page(&service);
    QVERIFY(signIn(page, service, QLatin1String(Fixture::AdminPassword)));
    QVERIFY2(field->statusText().startsWith(QStringLiteral("Synced ")),
             qPrintable(field->statusText()));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(writeLocal(QStringLiteral("INSERT INTO customers (hlc, id, channel, name, "
                                      "created_at, updated_at) VALUES (?, ?, 'store', '陈先生', "
                                      "'2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z')"),
                       {id}, QStringLiteral("customers"), id,
                       Hearth::Storage::ChangeLog::Op::Insert));
    // The write is noticed and synced shortly after, without "sync now".
    service.setWriteDelay(100);
    QSignalSpy round(&service, &SyncService::roundFinished);
    service.refreshCounts();
    QVERIFY(field->statusText().endsWith(QStringLiteral(" · 1 to send")));
    QVERIFY(round.wait(30000));
    QVERIFY(!field->statusText().contains(QStringLiteral("to send")));
}

void tst_SyncPage::rendersInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en");
}

void tst_SyncPage::rendersInBothLanguages()
{
    QFETCH(QString, language);
    QVERIFY(Hearth::Widgets::Language::install(language));
    // The page's own strings until the lead's .ts has them: HEARTH_SYNCPAGE_QM.
    std::unique_ptr<QTranslator> extra;
    const QByteArray qm = qgetenv("HEARTH_SYNCPAGE_QM");
    if (!qm.isEmpty() && language == QLatin1String("zh_CN")) {
        extra = std::make_unique<QTranslator>();
        QVERIFY(extra->load(QString::fromLocal8Bit(qm)));
        QCoreApplication::installTranslator(extra.get());
    }

    Desk other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.hearth")), otherSettings()));
    const QString orderId = other.addOrder(QStringLiteral("SO-2026-0107"), {}, 8000000);
    QVERIFY(other.sync());
    {
        SyncService service;
        auto page = std::make_unique<SyncPage>(&service);
        page->resize(1280, 760);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(signIn(*page, service, QLatin1String(Fixture::AdminPassword)));
        QVERIFY(other.deleteOrder(orderId));
        QVERIFY(other.sync());
        QVERIFY(writeLocal(QStringLiteral("UPDATE sales_orders SET hlc = ?, city = '佛山' "
                                          "WHERE id = ?"),
                           {orderId}, QStringLiteral("sales_orders"), orderId,
                           Hearth::Storage::ChangeLog::Op::Update));
        QSignalSpy round(&service, &SyncService::roundFinished);
        service.syncNow();
        QVERIFY(round.wait(30000));
        page->findChild<QTableView *>(QStringLiteral("conflictView"))->selectRow(0);
        QTest::qWait(50);
        const QImage image = page->grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 760));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 30, "the page looks blank");
        const QString out = qEnvironmentVariable("HEARTH_SYNCPAGE_PNG");
        if (!out.isEmpty())
            QVERIFY(image.save(out.arg(language)));
    }
    if (extra)
        QCoreApplication::removeTranslator(extra.get());
    QVERIFY(Hearth::Widgets::Language::install(QStringLiteral("en")));
}

QTEST_MAIN(tst_SyncPage)
#include "tst_syncpage.moc"
