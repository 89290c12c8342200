#pragma once

#include "apiresponse.h"
#include "channelkeys.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// POST /api/v1/orders: one order from a channel system, validated as a file import is, written
/// in one transaction. A repeat with the same Idempotency-Key, or of the same channel order
/// number with the same content, gets the first answer again and writes nothing. The order, its
/// lines and its customer also become sync rows, so that desks pull them: scoped to the channel
/// key's organisation unit, or else to the unit whose code is the order's dealer code (kind
/// "dealer") or store code (kind "store"), or else to head office and the factory only.
class OrderIntake
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::OrderIntake)

public:
    static constexpr char IdempotencyHeader[] = "Idempotency-Key";
    static constexpr int MaxKeyLength = 200;
    static constexpr char ReplayedHeader[] = "Idempotent-Replayed";

    explicit OrderIntake(ServerStore &store) : m_store(store) {}

    ApiResponse receive(const ChannelKeys::Key &key, const QString &idempotencyKey,
                        const QByteArray &body, const QDateTime &now);

private:
    enum class Outcome { Done, Retry };

    struct Answer
    {
        int status = 0;
        QString response;
        QString requestHash;
    };

    Outcome attempt(const ChannelKeys::Key &key, const QString &idempotencyKey,
                    const QByteArray &body, const QDateTime &now, ApiResponse *response);
    Core::Status writeSyncRows(const ChannelKeys::Key &key, const Orders::SalesOrder &order,
                               const QDateTime &now);
    std::optional<Answer> firstAnswer(const QString &column, const QString &value,
                                           const QString &channelKeyId = QString());

    ServerStore &m_store;
};

} // namespace Hearth::Server
