#include "certificatemaker.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

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

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
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

} // namespace

Core::Result<CertificateMaker::Files> CertificateMaker::make(const QString &folder,
                                                             const QString &host, int days)
{
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.-]{1,253}$"));
    const QString name = host.isEmpty() ? QStringLiteral("localhost") : host;
    const bool isAddress = !QHostAddress(name).isNull();
    if (!isAddress && !hostName.match(name).hasMatch())
        return Core::Error{tr("\"%1\" is not a host name or IP address").arg(name), {}};
    if (days < 1 || days > 3650)
        return Core::Error{tr("a certificate is valid for 1 to 3650 days"), {}};
    if (!QDir().mkpath(folder))
        return Core::Error{tr("cannot create the folder"), folder};

    const KeyPtr key(EVP_EC_gen("P-256"));
    const CertPtr cert(X509_new());
    if (!key || !cert)
        return Core::Error{tr("OpenSSL could not make a key"), {}};
    X509_set_version(cert.get(), X509_VERSION_3);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = name.toLatin1();
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Hearth trial"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), subject);

    QByteArray altNames = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (name != QLatin1String("localhost") && name != QLatin1String("127.0.0.1")
        && name != QLatin1String("::1")) {
        altNames = (isAddress ? "IP:" : "DNS:") + cn + ',' + altNames;
    }
    const bool extended = addExtension(cert.get(), NID_subject_alt_name, altNames)
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth");
    if (!extended || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return Core::Error{tr("OpenSSL could not sign the certificate"), {}};

    const BioPtr certBio(BIO_new(BIO_s_mem()));
    const BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                     nullptr)) {
        return Core::Error{tr("OpenSSL could not write PEM"), {}};
    }
    const QDir dir(folder);
    Files files{dir.absoluteFilePath(QStringLiteral("hearth-server.crt")),
                dir.absoluteFilePath(QStringLiteral("hearth-server.key"))};
    if (!writeFile(files.key, bioBytes(keyBio.get()), QFile::ReadOwner | QFile::WriteOwner))
        return Core::Error{tr("cannot write the key"), files.key};
    if (!writeFile(files.certificate, bioBytes(certBio.get()),
                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)) {
        return Core::Error{tr("cannot write the certificate"), files.certificate};
    }
    return files;
}

} // namespace Hearth::Server
