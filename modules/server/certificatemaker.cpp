#include "certificatemaker.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace Hearth::Server {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};

using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr int MaxDays = 3650;
constexpr qint64 MaxPemBytes = 1024 * 1024;

/// The subject and alternative names of a server certificate for host.
struct ServerNames
{
    QByteArray commonName;
    QByteArray altNames;
};

/// The CA read back from its folder to sign with.
struct Authority
{
    CertPtr certificate;
    KeyPtr key;
};

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    const ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(permissions);
    return file.write(bytes) == bytes.size() && file.flush();
}

void addNameEntry(X509_NAME *name, const char *field, const QByteArray &value)
{
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(value.constData()), -1, -1,
                               0);
}

Core::Result<ServerNames> serverNames(const QString &host)
{
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.-]{1,253}$"));
    const QString name = host.isEmpty() ? QStringLiteral("localhost") : host;
    const bool isAddress = !QHostAddress(name).isNull();
    if (!isAddress && !hostName.match(name).hasMatch()) {
        return Core::Error{CertificateMaker::tr("\"%1\" is not a host name or IP address")
                               .arg(name),
                           {}};
    }
    ServerNames names{name.toLatin1(), "DNS:localhost,IP:127.0.0.1,IP:::1"};
    if (name != QLatin1String("localhost") && name != QLatin1String("127.0.0.1")
        && name != QLatin1String("::1")) {
        names.altNames = (isAddress ? "IP:" : "DNS:") + names.commonName + ','
                         + names.altNames;
    }
    return names;
}

Core::Status checkDays(int days)
{
    if (days < 1 || days > MaxDays)
        return Core::Error{QCoreApplication::translate("Hearth::Server::CertificateMaker",
                                                       "a certificate is valid for 1 to 3650 "
                                                       "days"),
                           {}};
    return {};
}

/// A version 3 certificate for key with a random serial, valid from an hour ago for days.
CertPtr newCertificate(EVP_PKEY *key, int days)
{
    CertPtr cert(X509_new());
    if (!cert)
        return cert;
    X509_set_version(cert.get(), X509_VERSION_3);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    return cert;
}

Core::Result<CertificateMaker::Files> writePair(const QString &folder, X509 *cert, EVP_PKEY *key,
                                                const char *certName, const char *keyName)
{
    const BioPtr certBio(BIO_new(BIO_s_mem()));
    const BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert)
        || !PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        return Core::Error{CertificateMaker::tr("OpenSSL could not write PEM"), {}};
    }
    const QDir dir(folder);
    CertificateMaker::Files files{dir.absoluteFilePath(QLatin1String(certName)),
                                  dir.absoluteFilePath(QLatin1String(keyName))};
    if (!writeFile(files.key, bioBytes(keyBio.get()), QFile::ReadOwner | QFile::WriteOwner))
        return Core::Error{CertificateMaker::tr("cannot write the key"), files.key};
    if (!writeFile(files.certificate, bioBytes(certBio.get()),
                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)) {
        return Core::Error{CertificateMaker::tr("cannot write the certificate"),
                           files.certificate};
    }
    return files;
}

/// A PEM file's bytes; missing says what to do when there is no such file.
Core::Result<QByteArray> readPem(const QString &path, const QString &missing)
{
    QFile file(path);
    if (!file.exists())
        return Core::Error{missing, path};
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{CertificateMaker::tr("cannot read: %1").arg(file.errorString()), path};
    return file.read(MaxPemBytes);
}

int refusePassword(char *, int, int, void *)
{
    return -1;  // an encrypted key is refused rather than asked for on the terminal
}

QDate dateOf(const ASN1_TIME *time)
{
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

Core::Result<Authority> readAuthority(const QString &folder)
{
    const QDir dir(folder);
    const QString certPath =
        dir.absoluteFilePath(QLatin1String(CertificateMaker::AuthorityCertificateFile));
    const QString keyPath =
        dir.absoluteFilePath(QLatin1String(CertificateMaker::AuthorityKeyFile));
    const Core::Result<QByteArray> certPem = readPem(
        certPath, CertificateMaker::tr("no CA certificate here: make the CA with gen-cert "
                                       "--ca-out DIR and give that folder"));
    if (!certPem)
        return certPem.error();
    const Core::Result<QByteArray> keyPem = readPem(
        keyPath, CertificateMaker::tr("no CA key beside the CA certificate: bring the CA's "
                                      "folder with both files"));
    if (!keyPem)
        return keyPem.error();

    const BioPtr certBio(BIO_new_mem_buf(certPem->constData(), int(certPem->size())));
    Authority authority;
    authority.certificate.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!authority.certificate) {
        return Core::Error{CertificateMaker::tr("not a PEM certificate (BEGIN CERTIFICATE)"),
                           certPath};
    }
    const BioPtr keyBio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    authority.key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassword, nullptr));
    if (!authority.key) {
        return Core::Error{CertificateMaker::tr("not an unencrypted PEM private key (BEGIN "
                                                "PRIVATE KEY)"),
                           keyPath};
    }
    X509 *ca = authority.certificate.get();
    if (X509_check_ca(ca) != 1 || (X509_get_key_usage(ca) & KU_KEY_CERT_SIGN) == 0) {
        return Core::Error{CertificateMaker::tr("this certificate is not a certificate authority "
                                                "(CA:TRUE with keyCertSign)"),
                           certPath};
    }
    if (X509_check_private_key(ca, authority.key.get()) != 1) {
        return Core::Error{CertificateMaker::tr("the key does not belong to the CA certificate "
                                                "%1")
                               .arg(certPath),
                           keyPath};
    }
    if (X509_cmp_current_time(X509_get0_notAfter(ca)) <= 0) {
        return Core::Error{CertificateMaker::tr("the CA expired on %1: make a new CA")
                               .arg(dateOf(X509_get0_notAfter(ca)).toString(Qt::ISODate)),
                           certPath};
    }
    return authority;
}

} // namespace

Core::Result<CertificateMaker::Files> CertificateMaker::make(const QString &folder,
                                                             const QString &host, int days)
{
    const Core::Result<ServerNames> names = serverNames(host);
    if (!names)
        return names.error();
    if (Core::Status valid = checkDays(days); !valid)
        return valid.error();
    if (!QDir().mkpath(folder))
        return Core::Error{tr("cannot create the folder"), folder};

    const KeyPtr key(EVP_EC_gen("P-256"));
    const CertPtr cert = key ? newCertificate(key.get(), days) : CertPtr();
    if (!key || !cert)
        return Core::Error{tr("OpenSSL could not make a key"), {}};
    X509_NAME *subject = X509_get_subject_name(cert.get());
    addNameEntry(subject, "O", "Hearth trial");
    addNameEntry(subject, "CN", names->commonName);
    X509_set_issuer_name(cert.get(), subject);

    X509 *self = cert.get();
    const bool extended = addExtension(self, self, NID_subject_alt_name, names->altNames)
        && addExtension(self, self, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(self, self, NID_key_usage, "critical,digitalSignature,keyAgreement")
        && addExtension(self, self, NID_ext_key_usage, "serverAuth");
    if (!extended || X509_sign(self, key.get(), EVP_sha256()) == 0)
        return Core::Error{tr("OpenSSL could not sign the certificate"), {}};
    return writePair(folder, self, key.get(), ServerCertificateFile, ServerKeyFile);
}

Core::Result<CertificateMaker::Files> CertificateMaker::makeAuthority(const QString &folder,
                                                                      const QString &name,
                                                                      int days)
{
    // The name goes into the certificate, so it is not translated.
    const QString commonName = name.trimmed().isEmpty() ? QStringLiteral("Hearth company CA")
                                                        : name.trimmed();
    if (commonName.size() > 64)
        return Core::Error{tr("a CA name has at most 64 characters"), {}};
    if (Core::Status valid = checkDays(days); !valid)
        return valid.error();
    const QDir dir(folder);
    if (QFile::exists(dir.absoluteFilePath(QLatin1String(AuthorityKeyFile)))) {
        return Core::Error{tr("a CA is already in this folder: servers' certificates depend on "
                              "its key, so it is not replaced; choose another folder"),
                           dir.absolutePath()};
    }
    if (!QDir().mkpath(folder))
        return Core::Error{tr("cannot create the folder"), folder};

    const KeyPtr key(EVP_EC_gen("P-256"));
    const CertPtr cert = key ? newCertificate(key.get(), days) : CertPtr();
    if (!key || !cert)
        return Core::Error{tr("OpenSSL could not make a key"), {}};
    X509_NAME *subject = X509_get_subject_name(cert.get());
    addNameEntry(subject, "O", "Hearth");
    addNameEntry(subject, "CN", commonName.toUtf8());
    X509_set_issuer_name(cert.get(), subject);

    X509 *self = cert.get();
    const bool extended =
        addExtension(self, self, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(self, self, NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(self, self, NID_subject_key_identifier, "hash");
    if (!extended || X509_sign(self, key.get(), EVP_sha256()) == 0)
        return Core::Error{tr("OpenSSL could not sign the certificate"), {}};
    return writePair(folder, self, key.get(), AuthorityCertificateFile, AuthorityKeyFile);
}

Core::Result<CertificateMaker::Files> CertificateMaker::makeSigned(const QString &folder,
                                                                   const QString &authorityFolder,
                                                                   const QString &host, int days)
{
    const Core::Result<ServerNames> names = serverNames(host);
    if (!names)
        return names.error();
    if (Core::Status valid = checkDays(days); !valid)
        return valid.error();
    const Core::Result<Authority> authority = readAuthority(authorityFolder);
    if (!authority)
        return authority.error();
    X509 *ca = authority->certificate.get();

    const KeyPtr key(EVP_EC_gen("P-256"));
    const CertPtr cert = key ? newCertificate(key.get(), days) : CertPtr();
    if (!key || !cert)
        return Core::Error{tr("OpenSSL could not make a key"), {}};
    if (ASN1_TIME_compare(X509_get0_notAfter(cert.get()), X509_get0_notAfter(ca)) > 0) {
        return Core::Error{tr("the CA expires on %1, before this certificate would: give fewer "
                              "days, or make a new CA")
                               .arg(dateOf(X509_get0_notAfter(ca)).toString(Qt::ISODate)),
                           authorityFolder};
    }
    if (!QDir().mkpath(folder))
        return Core::Error{tr("cannot create the folder"), folder};
    X509_NAME *subject = X509_get_subject_name(cert.get());
    addNameEntry(subject, "O", "Hearth");
    addNameEntry(subject, "CN", names->commonName);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca));

    X509 *leaf = cert.get();
    const bool extended = addExtension(leaf, ca, NID_subject_alt_name, names->altNames)
        && addExtension(leaf, ca, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(leaf, ca, NID_key_usage, "critical,digitalSignature,keyAgreement")
        && addExtension(leaf, ca, NID_ext_key_usage, "serverAuth")
        && addExtension(leaf, ca, NID_subject_key_identifier, "hash")
        && addExtension(leaf, ca, NID_authority_key_identifier, "keyid");
    if (!extended || X509_sign(leaf, authority->key.get(), EVP_sha256()) == 0)
        return Core::Error{tr("OpenSSL could not sign the certificate"), {}};
    return writePair(folder, leaf, key.get(), ServerCertificateFile, ServerKeyFile);
}

} // namespace Hearth::Server
