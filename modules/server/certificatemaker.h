#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Server {

/// A self-signed certificate and its key for a trial server (`hearth-server gen-cert`): an EC
/// P-256 key, valid for days, naming host, localhost, 127.0.0.1 and ::1. Written as
/// hearth-server.crt and hearth-server.key (readable by its owner only) in a folder.
class CertificateMaker
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::CertificateMaker)

public:
    struct Files
    {
        QString certificate;
        QString key;
    };

    static Core::Result<Files> make(const QString &folder, const QString &host = QString(),
                                    int days = 365);
};

} // namespace Hearth::Server
