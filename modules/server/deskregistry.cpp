#include "deskregistry.h"

#include "jsonbody.h"
#include "serverstore.h"
#include "servertime.h"

#include <QSqlQuery>
#include <QUuid>

#include <array>

namespace Hearth::Server {

namespace {

constexpr int MaxNameLength = 100;

} // namespace

QString DeskRegistry::codeFor(qint64 number)
{
    return QStringLiteral("D") + QString::number(number, 36).toUpper().rightJustified(2, u'0');
}

Core::Result<QString> DeskRegistry::findCode(const QString &deskId)
{
    QSqlQuery find = m_store.prepare(QStringLiteral("SELECT code FROM desks WHERE desk_id = ?"));
    find.addBindValue(deskId);
    if (Core::Status ran = m_store.exec(find); !ran)
        return ran.error();
    return find.next() ? find.value(0).toString() : QString();
}

Core::Result<DeskRegistry::Registration> DeskRegistry::registerDesk(const QString &deskId,
                                                                    const QString &name,
                                                                    const ServerUser &user,
                                                                    const QDateTime &now)
{
    const QString at = ServerTime::text(now);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (Core::Status began = m_store.begin(); !began)
            return began.error();
        Core::Result<QString> known = findCode(deskId);
        if (!known) {
            m_store.rollback();
            return known.error();
        }
        if (!known->isEmpty()) {
            QSqlQuery seen = m_store.prepare(
                QStringLiteral("UPDATE desks SET last_seen_at = ? WHERE desk_id = ?"));
            seen.addBindValue(at);
            seen.addBindValue(deskId);
            Core::Status ran = m_store.exec(seen);
            if (ran)
                ran = m_store.commit();
            if (!ran) {
                m_store.rollback();
                return ran.error();
            }
            return Registration{*known, false};
        }
        const Core::Result<qint64> number = m_store.nextValue(QStringLiteral("desk"));
        if (!number) {
            m_store.rollback();
            return number.error();
        }
        const QString code = codeFor(*number);
        QSqlQuery insert = m_store.prepare(QStringLiteral(
            "INSERT INTO desks (code, desk_id, name, user_id, registered_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QString &value : {code, deskId, name, user.id, at, at})
            insert.addBindValue(value);
        Core::Status ran = m_store.exec(insert);
        if (ran)
            ran = m_store.commit();
        if (ran)
            return Registration{code, true};
        const bool raced = m_store.lastWasUniqueViolation();
        m_store.rollback();
        // Another server process registered the same desk at the same moment: read its code.
        if (!raced)
            return ran.error();
    }
    return Core::Error{tr("the desk %1 could not be registered; try again").arg(deskId), {}};
}

ApiResponse DeskRegistry::handle(const QByteArray &body, const ServerUser &user,
                                 const QDateTime &now)
{
    QJsonObject object;
    if (std::optional<ApiResponse> bad = JsonBody::parse(body, &object))
        return *bad;
    static constexpr std::array<JsonBody::Field, 2> fields{{
        {"desk_id", JsonBody::Type::String, true},
        {"name", JsonBody::Type::String, false},
    }};
    QList<FieldProblem> problems = JsonBody::check(object, fields);
    const QString deskId = object.value(QLatin1String("desk_id")).toString();
    // A desk may leave its name out: it is then stored empty, not as NULL.
    const QString name = object.value(QLatin1String("name")).toString(QStringLiteral(""))
                             .trimmed();
    if (problems.isEmpty() && QUuid::fromString(deskId).isNull())
        problems.append({QStringLiteral("desk_id"), tr("expected a UUID")});
    if (problems.isEmpty() && name.size() > MaxNameLength) {
        problems.append({QStringLiteral("name"),
                         tr("at most %1 characters").arg(MaxNameLength)});
    }
    if (!problems.isEmpty())
        return ApiResponse::problems(400, QStringLiteral("invalid"), problems);

    const Core::Result<Registration> registered = registerDesk(
        QUuid::fromString(deskId).toString(QUuid::WithoutBraces), name, user, now);
    if (!registered) {
        return ApiResponse::error(503, QStringLiteral("database"),
                                  registered.error().message);
    }
    return ApiResponse::json(registered->isNew ? 201 : 200,
                             {{QStringLiteral("desk_code"), registered->code},
                              {QStringLiteral("new"), registered->isNew}});
}

} // namespace Hearth::Server
