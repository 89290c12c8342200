// The certificates `hearth-server gen-cert` makes: the self-signed trial pair, a company CA and
// server certificates it signs, checked the way a desk checks them (QSslCertificate::verify
// against the CA), and the CA files the command refuses.

#include "server/certificatemaker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using Hearth::Server::CertificateMaker;

namespace {

QSslCertificate readCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QVariant extension(const QSslCertificate &certificate, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &e : extensions) {
        if (e.name() == name)
            return e.value();
    }
    return {};
}

bool isCa(const QSslCertificate &certificate)
{
    return extension(certificate, QStringLiteral("basicConstraints")).toMap()
        .value(QStringLiteral("ca")).toBool();
}

/// What QSslCertificate::verify reports for certificate when only authority is trusted.
QList<QSslError::SslError> verifyUnder(const QSslCertificate &authority,
                                       const QSslCertificate &certificate, const QString &host)
{
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.setCaCertificates({authority});
    QSslConfiguration::setDefaultConfiguration(trusting);
    QList<QSslError::SslError> errors;
    for (const QSslError &e : QSslCertificate::verify({certificate}, host))
        errors.append(e.error());
    QSslConfiguration::setDefaultConfiguration(saved);
    return errors;
}

} // namespace

class tst_CertificateMaker : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void selfSignedPairIsNotACa();
    void authorityIsACa();
    void signedCertificateVerifiesUnderItsCa();
    void signedCertificateFailsUnderAnotherCaOrHost();
    void brokenAuthorityIsRefused_data();
    void brokenAuthorityIsRefused();
    void existingAuthorityIsNotReplaced();
    void genCertCommandMakesCaAndServer();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CertificateMaker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CertificateMaker::selfSignedPairIsNotACa()
{
    const auto files = CertificateMaker::make(path(QStringLiteral("tls")),
                                              QStringLiteral("hearth.example.com"), 30);
    QVERIFY2(files, files ? "" : qPrintable(files.error().toString()));
    const QSslCertificate certificate = readCertificate(files->certificate);
    QVERIFY(!certificate.isNull());
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("hearth.example.com")});
    QVERIFY(!isCa(certificate));
    QCOMPARE(QFileInfo(files->certificate).fileName(), QStringLiteral("hearth-server.crt"));
    QCOMPARE(QFileInfo(files->key).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void tst_CertificateMaker::authorityIsACa()
{
    const auto ca = CertificateMaker::makeAuthority(path(QStringLiteral("ca")),
                                                    QStringLiteral("森林家居 CA"));
    QVERIFY2(ca, ca ? "" : qPrintable(ca.error().toString()));
    QCOMPARE(QFileInfo(ca->certificate).fileName(), QStringLiteral("hearth-ca.crt"));
    QCOMPARE(QFileInfo(ca->key).fileName(), QStringLiteral("hearth-ca.key"));
    QCOMPARE(QFileInfo(ca->key).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QSslCertificate certificate = readCertificate(ca->certificate);
    QVERIFY(certificate.isSelfSigned());
    QVERIFY(isCa(certificate));
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("森林家居 CA")});
    QCOMPARE(extension(certificate, QStringLiteral("keyUsage")).toStringList(),
             (QStringList{QStringLiteral("Certificate Sign"), QStringLiteral("CRL Sign")}));
    // 3650 days by default, from an hour ago.
    QCOMPARE(certificate.effectiveDate().secsTo(certificate.expiryDate()),
             qint64(3650) * 24 * 3600 + 3600);
}

void tst_CertificateMaker::signedCertificateVerifiesUnderItsCa()
{
    const auto ca = CertificateMaker::makeAuthority(path(QStringLiteral("ca")),
                                                    QStringLiteral("Forest Home CA"));
    QVERIFY(ca);
    const auto server = CertificateMaker::makeSigned(path(QStringLiteral("tls")),
                                                     path(QStringLiteral("ca")),
                                                     QStringLiteral("hearth.forest.cn"));
    QVERIFY2(server, server ? "" : qPrintable(server.error().toString()));
    const QSslCertificate authority = readCertificate(ca->certificate);
    const QSslCertificate certificate = readCertificate(server->certificate);
    QCOMPARE(QFileInfo(server->certificate).fileName(), QStringLiteral("hearth-server.crt"));
    QVERIFY(!certificate.isSelfSigned());
    QVERIFY(!isCa(certificate));
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Forest Home CA")});
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("hearth.forest.cn")});
    const auto names = certificate.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry),
             (QStringList{QStringLiteral("localhost"), QStringLiteral("hearth.forest.cn")}));
    QCOMPARE(names.values(QSsl::IpAddressEntry).size(), 2);
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(extension(certificate, QStringLiteral("extendedKeyUsage")).toStringList(),
             QStringList{QStringLiteral("TLS Web Server Authentication")});
    // 365 days by default, from an hour ago, as the self-signed one.
    QCOMPARE(certificate.effectiveDate().secsTo(certificate.expiryDate()),
             qint64(365) * 24 * 3600 + 3600);

    QCOMPARE(verifyUnder(authority, certificate, QStringLiteral("hearth.forest.cn")),
             QList<QSslError::SslError>());
    QCOMPARE(verifyUnder(authority, certificate, QStringLiteral("localhost")),
             QList<QSslError::SslError>());
}

void tst_CertificateMaker::signedCertificateFailsUnderAnotherCaOrHost()
{
    QVERIFY(CertificateMaker::makeAuthority(path(QStringLiteral("ca"))));
    const auto other = CertificateMaker::makeAuthority(path(QStringLiteral("other")),
                                                       QStringLiteral("Other CA"));
    QVERIFY(other);
    const auto server = CertificateMaker::makeSigned(path(QStringLiteral("tls")),
                                                     path(QStringLiteral("ca")),
                                                     QStringLiteral("hearth.forest.cn"));
    QVERIFY(server);
    const QSslCertificate certificate = readCertificate(server->certificate);

    const QList<QSslError::SslError> underOther =
        verifyUnder(readCertificate(other->certificate), certificate,
                    QStringLiteral("hearth.forest.cn"));
    QVERIFY(!underOther.isEmpty());
    QVERIFY(!underOther.contains(QSslError::HostNameMismatch));

    const QList<QSslError::SslError> wrongHost =
        verifyUnder(readCertificate(path(QStringLiteral("ca/hearth-ca.crt"))), certificate,
                    QStringLiteral("erp.forest.cn"));
    QCOMPARE(wrongHost, QList<QSslError::SslError>{QSslError::HostNameMismatch});
}

void tst_CertificateMaker::brokenAuthorityIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");

    QTest::newRow("no CA in the folder") << QStringLiteral("remove-all")
                                         << QStringLiteral("no CA certificate here");
    QTest::newRow("certificate without its key")
        << QStringLiteral("remove-key") << QStringLiteral("no CA key beside the CA certificate");
    QTest::newRow("certificate not PEM")
        << QStringLiteral("garble-certificate")
        << QStringLiteral("not a PEM certificate (BEGIN CERTIFICATE)");
    QTest::newRow("key not PEM") << QStringLiteral("garble-key")
                                 << QStringLiteral("not an unencrypted PEM private key");
    QTest::newRow("key of another CA")
        << QStringLiteral("swap-key")
        << QStringLiteral("the key does not belong to the CA certificate");
    QTest::newRow("a server certificate, not a CA")
        << QStringLiteral("server-pair")
        << QStringLiteral("this certificate is not a certificate authority");
    QTest::newRow("CA expires before the certificate")
        << QStringLiteral("short-ca") << QStringLiteral("before this certificate would");
}

void tst_CertificateMaker::brokenAuthorityIsRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);

    const QString caDir = path(QStringLiteral("ca"));
    const QString crt = caDir + QStringLiteral("/hearth-ca.crt");
    const QString key = caDir + QStringLiteral("/hearth-ca.key");
    QVERIFY(CertificateMaker::makeAuthority(caDir, {}, damage == QLatin1String("short-ca")
                                                           ? 30 : 3650));
    QVERIFY(CertificateMaker::makeAuthority(path(QStringLiteral("other"))));
    const auto garble = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && f.write("-----BEGIN NONSENSE-----\nnot base64\n") > 0;
    };
    if (damage == QLatin1String("remove-all")) {
        QVERIFY(QDir(caDir).removeRecursively());
    } else if (damage == QLatin1String("remove-key")) {
        QVERIFY(QFile::remove(key));
    } else if (damage == QLatin1String("garble-certificate")) {
        QVERIFY(garble(crt));
    } else if (damage == QLatin1String("garble-key")) {
        QVERIFY(garble(key));
    } else if (damage == QLatin1String("swap-key")) {
        QVERIFY(QFile::remove(key));
        QVERIFY(QFile::copy(path(QStringLiteral("other/hearth-ca.key")), key));
    } else if (damage == QLatin1String("server-pair")) {
        const auto pair = CertificateMaker::make(path(QStringLiteral("self")));
        QVERIFY(pair);
        QVERIFY(QFile::remove(crt) && QFile::remove(key));
        QVERIFY(QFile::copy(pair->certificate, crt) && QFile::copy(pair->key, key));
    }

    const auto server = CertificateMaker::makeSigned(path(QStringLiteral("tls")), caDir,
                                                     QStringLiteral("hearth.forest.cn"));
    QVERIFY(!server);
    QVERIFY2(server.error().message.contains(message), qPrintable(server.error().toString()));
    QVERIFY(!server.error().where.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("tls/hearth-server.crt"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("tls/hearth-server.key"))));
}

void tst_CertificateMaker::existingAuthorityIsNotReplaced()
{
    const auto first = CertificateMaker::makeAuthority(path(QStringLiteral("ca")));
    QVERIFY(first);
    const QSslCertificate before = readCertificate(first->certificate);
    const auto second = CertificateMaker::makeAuthority(path(QStringLiteral("ca")));
    QVERIFY(!second);
    QVERIFY(second.error().message.contains(QStringLiteral("a CA is already in this folder")));
    QCOMPARE(readCertificate(first->certificate), before);
}

void tst_CertificateMaker::genCertCommandMakesCaAndServer()
{
    const auto run = [](const QStringList &arguments, QString *output) {
        QProcess process;
        process.start(QStringLiteral(HEARTH_SERVER_BIN),
                      QStringList{QStringLiteral("gen-cert")} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(process.readAllStandardOutput()
                                    + process.readAllStandardError());
        return process.exitCode();
    };
    QString output;
    QCOMPARE(run({QStringLiteral("--ca-out"), path(QStringLiteral("ca")),
                  QStringLiteral("--ca-name"), QStringLiteral("Forest Home CA")},
                 &output),
             0);
    QVERIFY2(output.contains(path(QStringLiteral("ca/hearth-ca.crt"))), qPrintable(output));
    QCOMPARE(run({QStringLiteral("--out"), path(QStringLiteral("tls")), QStringLiteral("--ca"),
                  path(QStringLiteral("ca")), QStringLiteral("--host"),
                  QStringLiteral("hearth.forest.cn")},
                 &output),
             0);
    const QSslCertificate certificate =
        readCertificate(path(QStringLiteral("tls/hearth-server.crt")));
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Forest Home CA")});
    QCOMPARE(verifyUnder(readCertificate(path(QStringLiteral("ca/hearth-ca.crt"))), certificate,
                         QStringLiteral("hearth.forest.cn")),
             QList<QSslError::SslError>());

    QCOMPARE(run({QStringLiteral("--out"), path(QStringLiteral("tls2")), QStringLiteral("--ca"),
                  path(QStringLiteral("nowhere"))},
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("no CA certificate here")), qPrintable(output));
    QCOMPARE(run({QStringLiteral("--ca-out"), path(QStringLiteral("ca2")), QStringLiteral("--ca"),
                  path(QStringLiteral("ca"))},
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("--ca-out makes a CA only")), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_CertificateMaker)
#include "tst_certificatemaker.moc"
