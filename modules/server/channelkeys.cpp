#include "channelkeys.h"

#include "servertime.h"
#include "serverstore.h"
#include "sessions.h"

#include <QSqlQuery>
#include <QUuid>

namespace Hearth::Server {

Core::Result<ChannelKeys::Created> ChannelKeys::create(const QString &name,
                                                       Orders::Channel channel,
                                                       const QString &orgUnitId,
                                                       const QDateTime &now)
{
    if (name.trimmed().isEmpty())
        return Core::Error{tr("a channel key needs a name"), QStringLiteral("name")};
    Created created;
    created.key = {QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(), channel,
                   orgUnitId};
    created.secret = Sessions::newSecret(QStringLiteral("hck_"));
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO channel_keys (id, name, channel, key_hash, org_unit_id, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, 1, ?)"));
    q.addBindValue(created.key.id);
    q.addBindValue(created.key.name);
    q.addBindValue(Orders::channelCode(channel));
    q.addBindValue(Sessions::hashOf(created.secret));
    q.addBindValue(orgUnitId.isEmpty() ? QVariant() : QVariant(orgUnitId));
    q.addBindValue(ServerTime::text(now));
    if (Core::Status ran = m_store.exec(q); !ran) {
        if (m_store.lastWasUniqueViolation())
            return Core::Error{tr("a channel key of that name exists"), QStringLiteral("name")};
        return ran.error();
    }
    return created;
}

std::optional<ChannelKeys::Key> ChannelKeys::resolve(const QString &secret)
{
    if (secret.isEmpty())
        return std::nullopt;
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT id, name, channel, org_unit_id FROM channel_keys "
        "WHERE key_hash = ? AND active = 1"));
    q.addBindValue(Sessions::hashOf(secret));
    if (!m_store.exec(q) || !q.next())
        return std::nullopt;
    const auto channel = Orders::channelFromCode(q.value(2).toString());
    if (!channel)
        return std::nullopt;
    return Key{q.value(0).toString(), q.value(1).toString(), *channel, q.value(3).toString()};
}

} // namespace Hearth::Server
