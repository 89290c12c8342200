#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Server {

/// The server's TLS certificates (`hearth-server gen-cert`), each an EC P-256 key and an X.509
/// certificate written as PEM in a folder, the key readable by its owner only: a self-signed
/// pair for a trial, or a company's own certificate authority (CA) and server certificates it
/// signs, so that desks trust the CA once instead of each server's certificate.
class CertificateMaker
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::CertificateMaker)

public:
    struct Files
    {
        QString certificate;
        QString key;
    };

    static constexpr char ServerCertificateFile[] = "hearth-server.crt";
    static constexpr char ServerKeyFile[] = "hearth-server.key";
    static constexpr char AuthorityCertificateFile[] = "hearth-ca.crt";
    static constexpr char AuthorityKeyFile[] = "hearth-ca.key";

    /// A self-signed server pair valid for days, naming host, localhost, 127.0.0.1 and ::1,
    /// written as hearth-server.crt and hearth-server.key.
    static Core::Result<Files> make(const QString &folder, const QString &host = QString(),
                                    int days = 365);
    /// A CA (CA:TRUE, path length 0, keyCertSign and cRLSign) named name, written as
    /// hearth-ca.crt and hearth-ca.key; its key is meant to be kept offline.
    static Core::Result<Files> makeAuthority(const QString &folder,
                                             const QString &name = QString(), int days = 3650);
    /// A server pair like make()'s but signed by the CA in authorityFolder (hearth-ca.crt and
    /// hearth-ca.key there), written as hearth-server.crt and hearth-server.key in folder.
    /// Refuses a missing or unreadable CA, a certificate that is not a CA, a key that does not
    /// match it, and a certificate that would outlive the CA.
    static Core::Result<Files> makeSigned(const QString &folder, const QString &authorityFolder,
                                          const QString &host = QString(), int days = 365);
};

} // namespace Hearth::Server
