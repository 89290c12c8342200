#pragma once

#include "core/result.h"
#include "orders/salesorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// The API keys that shops and dealer systems send orders with, one per channel system
/// (X-Hearth-Channel-Key). Only a hash of each key is kept; the key is shown once.
class ChannelKeys
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::ChannelKeys)

public:
    static constexpr char Header[] = "X-Hearth-Channel-Key";

    struct Key
    {
        QString id;
        QString name;
        Orders::Channel channel = Orders::Channel::Other;
        QString orgUnitId;
    };

    struct Created
    {
        Key key;
        QString secret;
    };

    explicit ChannelKeys(ServerStore &store) : m_store(store) {}

    Core::Result<Created> create(const QString &name, Orders::Channel channel,
                                 const QString &orgUnitId, const QDateTime &now);
    /// The active key with this secret.
    std::optional<Key> resolve(const QString &secret);

private:
    ServerStore &m_store;
};

} // namespace Hearth::Server
