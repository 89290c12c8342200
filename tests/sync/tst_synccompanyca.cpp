// Sync with a company certificate authority (CA): the server runs on a certificate the
// company's CA signed, and a desk that trusts that CA (for sync only) syncs; a desk that trusts
// another CA, or only a pinned self-signed certificate, is refused with a message that says
// so, and nothing it holds reaches the server. Both ways a desk talks to the server are
// covered: the engine (SyncClient) and the service's own requests (sign-in).

#include "../server/serverfixture.h"
#include "deskfixture.h"

#include "storage/database.h"
#include "sync/syncclient.h"
#include "sync/syncservice.h"
#include "users/passwordhasher.h"

#include <QHostInfo>
#include <QSignalSpy>

using namespace ServerTest;
using namespace SyncTest;
using Hearth::Sync::SyncClient;
using Hearth::Sync::SyncService;
using Hearth::Sync::SyncSettings;

class tst_SyncCompanyCa : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void certificatesAreToldApart();
    void deskTrustingTheCaSyncs();
    void deskTrustingAnotherCaIsRefused_data();
    void deskTrustingAnotherCaIsRefused();
    void wrongHostNameIsRefused();
    void serviceSignsInThroughTheCa();
    void serviceTrustingAnotherCaCannotSignIn();

private:
    SyncSettings settings(const QList<QSslCertificate> &trusted) const;
    bool openDesk(Desk &desk, const QString &name, const QList<QSslCertificate> &trusted);
    /// A SyncService on a desk database of its own, set up for the test server with pem.
    bool setUpService(SyncService &service, const QByteArray &pem);

    Fixture m_f;
    QSslCertificate m_companyCa;
    QSslCertificate m_otherCa;
    QByteArray m_companyCaPem;
    QByteArray m_otherCaPem;
    QString m_adminToken;
    std::unique_ptr<QTemporaryDir> m_desks;
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_SyncCompanyCa::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());

    const auto company = CertificateMaker::makeAuthority(m_f.dir.filePath(QStringLiteral("ca")),
                                                         QStringLiteral("Forest Home CA"));
    const auto other = CertificateMaker::makeAuthority(m_f.dir.filePath(QStringLiteral("other")),
                                                       QStringLiteral("Other Works CA"));
    QVERIFY(company && other);
    const auto served = CertificateMaker::makeSigned(m_f.dir.filePath(QStringLiteral("ca-tls")),
                                                     m_f.dir.filePath(QStringLiteral("ca")));
    QVERIFY2(served, served ? "" : qPrintable(served.error().toString()));
    m_companyCaPem = readFile(company->certificate);
    m_otherCaPem = readFile(other->certificate);
    m_companyCa = QSslCertificate(m_companyCaPem, QSsl::Pem);
    m_otherCa = QSslCertificate(m_otherCaPem, QSsl::Pem);
    QVERIFY(!m_companyCa.isNull() && !m_otherCa.isNull());
    m_f.servedFiles = *served;
    m_f.servedAuthority = m_companyCa;
}

void tst_SyncCompanyCa::init()
{
    QVERIFY(m_f.start());
    m_desks = std::make_unique<QTemporaryDir>();
    QVERIFY(m_desks->isValid());
    m_adminToken = m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword))
                       .json.value(QStringLiteral("token")).toString();
    QVERIFY(!m_adminToken.isEmpty());
}

void tst_SyncCompanyCa::cleanup()
{
    if (Hearth::Storage::Database::isOpen())
        Hearth::Storage::Database::close();
    m_f.stop();
    m_desks.reset();
}

SyncSettings tst_SyncCompanyCa::settings(const QList<QSslCertificate> &trusted) const
{
    SyncSettings s;
    s.server = m_f.url(QString());
    s.token = m_adminToken;
    s.trustedCertificates = trusted;
    return s;
}

bool tst_SyncCompanyCa::openDesk(Desk &desk, const QString &name,
                                 const QList<QSslCertificate> &trusted)
{
    return desk.open(m_desks->filePath(name + QStringLiteral(".hearth")), settings(trusted));
}

bool tst_SyncCompanyCa::setUpService(SyncService &service, const QByteArray &pem)
{
    SyncService::Settings s;
    s.server = m_f.url(QString());
    s.userName = QStringLiteral("admin");
    s.certificatePem = pem;
    s.staySignedIn = false;
    if (Hearth::Core::Status saved = service.saveSettings(s); !saved) {
        qWarning() << saved.error().toString();
        return false;
    }
    return true;
}

void tst_SyncCompanyCa::certificatesAreToldApart()
{
    QVERIFY(SyncClient::isAuthority(m_companyCa));
    QVERIFY(SyncClient::isAuthority(m_otherCa));
    QVERIFY(!SyncClient::isAuthority(m_f.certificate));
    QVERIFY(!SyncClient::isAuthority(QSslCertificate(readFile(m_f.servedFiles.certificate),
                                                     QSsl::Pem)));
}

void tst_SyncCompanyCa::deskTrustingTheCaSyncs()
{
    Desk a;
    Desk b;
    QVERIFY(openDesk(a, QStringLiteral("a"), {m_companyCa}));
    QVERIFY(openDesk(b, QStringLiteral("b"), {m_companyCa}));
    const QString order = a.addOrder(QStringLiteral("SO-CA-0001"), QString(), 4098200000);
    QVERIFY(!order.isEmpty());

    const auto pushed = a.sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->pushed, 1);
    QCOMPARE(pushed->applied, 1);
    QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE row_id = '%1'").arg(order)), 1);
    QVERIFY(b.sync());
    QCOMPARE(b.orderField(order, QStringLiteral("order_no")), QStringLiteral("SO-CA-0001"));
    QCOMPARE(b.orderField(order, QStringLiteral("total_micros")), QStringLiteral("4098200000"));
}

void tst_SyncCompanyCa::deskTrustingAnotherCaIsRefused_data()
{
    QTest::addColumn<QString>("trusts");
    QTest::addColumn<QString>("message");

    QTest::newRow("another company's CA")
        << QStringLiteral("other")
        << QStringLiteral("the sync server's certificate was refused: it is not signed by the "
                          "company CA that this desk trusts (Other Works CA)");
    QTest::newRow("a pinned self-signed certificate")
        << QStringLiteral("pinned")
        << QStringLiteral("the sync server's certificate was refused: it is not the "
                          "certificate pinned in the sync settings");
    QTest::newRow("the system's CAs alone")
        << QStringLiteral("system")
        << QStringLiteral("the sync server's certificate was refused: it is not signed by a "
                          "certificate authority this system trusts");
}

void tst_SyncCompanyCa::deskTrustingAnotherCaIsRefused()
{
    QFETCH(QString, trusts);
    QFETCH(QString, message);

    QList<QSslCertificate> trusted;
    if (trusts == QLatin1String("other"))
        trusted = {m_otherCa};
    else if (trusts == QLatin1String("pinned"))
        trusted = {m_f.certificate};
    Desk a;
    QVERIFY(openDesk(a, QStringLiteral("a"), trusted));
    const QString order = a.addOrder(QStringLiteral("SO-CA-0002"), QString(), 1200000000);
    QVERIFY(!order.isEmpty());
    const qint64 serverRows = m_f.count(QStringLiteral("sync_rows"));

    const Hearth::Core::Result<Hearth::Sync::SyncReport> refused = a.engine->run();
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(refused.error().where, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_f.count(QStringLiteral("sync_rows")), serverRows);
    QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE row_id = '%1'").arg(order)), 0);
    QCOMPARE(a.engine->replica().pendingCount(), 1);
}

void tst_SyncCompanyCa::wrongHostNameIsRefused()
{
    // The server's certificate names localhost, 127.0.0.1 and ::1: reach it by another name.
    const QString host = QHostInfo::localHostName();
    const QList<QHostAddress> addresses = QHostInfo::fromName(host).addresses();
    if (host.isEmpty() || host == QLatin1String("localhost")
        || !addresses.contains(QHostAddress(QHostAddress::LocalHost))) {
        QSKIP("this machine's host name does not lead to 127.0.0.1");
    }
    SyncSettings s = settings({m_companyCa});
    s.server.setHost(host);
    Desk a;
    QVERIFY(a.open(m_desks->filePath(QStringLiteral("a.hearth")), s));
    const QString order = a.addOrder(QStringLiteral("SO-CA-0003"), QString(), 1200000000);
    QVERIFY(!order.isEmpty());

    const Hearth::Core::Result<Hearth::Sync::SyncReport> refused = a.engine->run();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(
                 QStringLiteral("the sync server's certificate was refused: it is not made out "
                                "for %1 (it names localhost, ")
                     .arg(host)),
             qPrintable(refused.error().message));
    QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE row_id = '%1'").arg(order)), 0);
    QCOMPARE(a.engine->replica().pendingCount(), 1);
}

void tst_SyncCompanyCa::serviceSignsInThroughTheCa()
{
    QVERIFY(Hearth::Storage::Database::open(m_desks->filePath(QStringLiteral("desk.hearth"))));
    SyncService service(nullptr, false);
    QVERIFY(setUpService(service, m_companyCaPem));
    QSignalSpy signedIn(&service, &SyncService::signedIn);
    QSignalSpy failed(&service, &SyncService::signInFailed);
    QSignalSpy round(&service, &SyncService::roundFinished);
    service.signIn(QLatin1String(Fixture::AdminPassword));
    QVERIFY(round.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(round.at(0).at(0).toBool(), true);
    QCOMPARE(round.at(0).at(1).toString(), QString());
    QCOMPARE(service.state(), SyncService::State::Idle);
}

void tst_SyncCompanyCa::serviceTrustingAnotherCaCannotSignIn()
{
    QVERIFY(Hearth::Storage::Database::open(m_desks->filePath(QStringLiteral("desk.hearth"))));
    SyncService service(nullptr, false);
    QVERIFY(setUpService(service, m_otherCaPem));
    QSignalSpy failed(&service, &SyncService::signInFailed);
    service.signIn(QLatin1String(Fixture::AdminPassword));
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("The server's certificate was refused: it is not signed by the "
                            "company CA that this desk trusts (Other Works CA)."));
    QVERIFY(!service.isSignedIn());
    QCOMPARE(service.state(), SyncService::State::SignedOut);
}

QTEST_GUILESS_MAIN(tst_SyncCompanyCa)
#include "tst_synccompanyca.moc"
