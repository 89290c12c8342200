#pragma once

#include "apiresponse.h"
#include "core/result.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Hearth::Server {

class ServerStore;

/// The desks that sync with this server and their desk codes (工作站代码):
///   POST /api/v1/desks  {"desk_id": UUID, "name": "前台电脑"}
///     → {"desk_code": "D01", "new": true}
/// Any signed-in user may register the desk they sign in from. The code is "D" followed by at
/// least two base-36 digits of a counter (D01..DZZ, then D100...); the same desk_id always gets
/// the same code back, so a retry after a lost answer changes nothing.
class DeskRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::DeskRegistry)

public:
    static constexpr char Path[] = "/api/v1/desks";

    explicit DeskRegistry(ServerStore &store) : m_store(store) {}

    struct Registration
    {
        QString code;
        bool isNew = false;
    };

    /// Registers a desk (or finds it) in one transaction of its own.
    Core::Result<Registration> registerDesk(const QString &deskId, const QString &name,
                                            const ServerUser &user, const QDateTime &now);
    /// The route's answer for a signed-in user.
    ApiResponse handle(const QByteArray &body, const ServerUser &user, const QDateTime &now);

    static QString codeFor(qint64 number);

private:
    Core::Result<QString> findCode(const QString &deskId);

    ServerStore &m_store;
};

} // namespace Hearth::Server
