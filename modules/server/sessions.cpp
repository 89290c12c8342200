#include "sessions.h"

#include "servertime.h"
#include "serverstore.h"
#include "users/passwordhasher.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <sodium.h>

namespace Hearth::Server {

QString Sessions::newSecret(const QString &prefix)
{
    Users::PasswordHasher::initialize();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return prefix + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding
                                                       | QByteArray::OmitTrailingEquals));
}

QString Sessions::hashOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Core::Result<Sessions::Issued> Sessions::issue(const QString &userId, const QDateTime &now,
                                               int lifetimeSeconds)
{
    Issued issued{newSecret(QStringLiteral("hst_")), now.toUTC().addSecs(lifetimeSeconds)};
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
        "VALUES (?, ?, ?, ?)"));
    q.addBindValue(hashOf(issued.token));
    q.addBindValue(userId);
    q.addBindValue(ServerTime::text(now));
    q.addBindValue(ServerTime::text(issued.expiresAt));
    if (Core::Status ran = m_store.exec(q); !ran)
        return ran.error();
    return issued;
}

std::optional<Sessions::Holder> Sessions::resolve(const QString &token, const QDateTime &now)
{
    if (token.isEmpty())
        return std::nullopt;
    const QString hash = hashOf(token);
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT s.user_id, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? "
        "AND u.active = 1"));
    q.addBindValue(hash);
    q.addBindValue(ServerTime::text(now));
    if (!m_store.exec(q) || !q.next())
        return std::nullopt;
    return Holder{q.value(0).toString(), hash, ServerTime::parse(q.value(1).toString())};
}

Core::Status Sessions::revoke(const QString &tokenHash, const QDateTime &now)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(ServerTime::text(now));
    q.addBindValue(tokenHash);
    return m_store.exec(q);
}

} // namespace Hearth::Server
