// What the sync page says about the certificate it trusts: a pinned self-signed server
// certificate, or a company CA by name. With the CA chosen on the page, the desk signs in to a
// server whose certificate that CA signed.

#include "../../server/serverfixture.h"

#include "storage/database.h"
#include "sync/syncservice.h"
#include "sync/ui/passwordprompt.h"
#include "sync/ui/syncpage.h"
#include "users/passwordhasher.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace ServerTest;
using Hearth::Sync::SyncPage;
using Hearth::Sync::SyncService;

class tst_SyncPageTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pinnedCertificateIsNamedSo();
    void companyCaIsNamedAndSignsIn();

private:
    /// The page's form filled with certificateFile and saved.
    bool save(SyncPage &page, SyncService &service, const QString &certificateFile);
    static QLabel *fingerprint(SyncPage &page)
    {
        return page.findChild<QLabel *>(QStringLiteral("fingerprint"));
    }

    Fixture m_f;
    CertificateMaker::Files m_ca;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SyncPageTrust::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
    const auto ca = CertificateMaker::makeAuthority(m_f.dir.filePath(QStringLiteral("ca")),
                                                    QStringLiteral("Forest Home CA"));
    QVERIFY(ca);
    m_ca = *ca;
}

void tst_SyncPageTrust::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(Hearth::Storage::Database::open(m_dir->filePath(QStringLiteral("desk.hearth"))));
}

void tst_SyncPageTrust::cleanup()
{
    Hearth::Storage::Database::close();
    m_f.stop();
    m_f.servedFiles = {};
    m_f.servedAuthority = QSslCertificate();
    m_dir.reset();
}

bool tst_SyncPageTrust::save(SyncPage &page, SyncService &service,
                             const QString &certificateFile)
{
    page.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(m_f.url(QString())
                                                                           .toString());
    page.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("admin"));
    page.findChild<QLineEdit *>(QStringLiteral("certificateEdit"))->setText(certificateFile);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveSettings")),
                      Qt::LeftButton);
    if (service.settings().server != m_f.url(QString())) {
        qWarning() << page.message();
        return false;
    }
    return true;
}

void tst_SyncPageTrust::pinnedCertificateIsNamedSo()
{
    QVERIFY(m_f.start());
    SyncService service(nullptr, false);
    SyncPage page(&service);
    QVERIFY(save(page, service, m_f.files.certificate));
    const QString print = SyncService::fingerprint(m_f.certificate.toPem());
    QCOMPARE(fingerprint(page)->toolTip(), print);
    QCOMPARE(fingerprint(page)->text(), QStringLiteral("Pinned server certificate, SHA-256:\n")
                                            + print.left(47) + u'\n' + print.mid(48));
}

void tst_SyncPageTrust::companyCaIsNamedAndSignsIn()
{
    const auto served = CertificateMaker::makeSigned(m_f.dir.filePath(QStringLiteral("ca-tls")),
                                                     m_f.dir.filePath(QStringLiteral("ca")));
    QVERIFY(served);
    QFile caFile(m_ca.certificate);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caPem = caFile.readAll();
    m_f.servedFiles = *served;
    m_f.servedAuthority = QSslCertificate(caPem, QSsl::Pem);
    QVERIFY(m_f.start());

    SyncService service(nullptr, false);
    SyncPage page(&service);
    QVERIFY(save(page, service, m_ca.certificate));
    const QString print = SyncService::fingerprint(caPem);
    QCOMPARE(fingerprint(page)->toolTip(), print);
    QCOMPARE(fingerprint(page)->text(),
             QStringLiteral("Trusts the company CA Forest Home CA, SHA-256:\n") + print.left(47)
                 + u'\n' + print.mid(48));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    Hearth::Sync::PasswordPrompt *prompt = page.passwordPrompt();
    QVERIFY(prompt && prompt->isVisible());
    prompt->setPassword(QLatin1String(Fixture::AdminPassword));
    QSignalSpy round(&service, &SyncService::roundFinished);
    QSignalSpy failed(&service, &SyncService::signInFailed);
    prompt->accept();
    QVERIFY(round.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(round.at(0).at(0).toBool(), true);
    QCOMPARE(service.state(), SyncService::State::Idle);
}

QTEST_MAIN(tst_SyncPageTrust)
#include "tst_syncpagetrust.moc"
