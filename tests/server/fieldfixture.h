#pragma once

// The people and orders of the field API and attachment tests, on top of ServerTest::Fixture:
// two installation teams (zhang and wang in team A, li in team B), a dispatcher (warehouse role
// at head office), a dealer, and two synced orders: ORDER_A of the dealer's unit, ORDER_B of
// the clerk's store. Tokens are issued directly, without the slow Argon2id sign-in.

#include "serverfixture.h"
#include "server/sessions.h"

#include <QJsonArray>
#include <QUuid>

namespace ServerTest {

struct FieldFixture : Fixture
{
    QHash<QString, QString> tokens;   // user name -> token
    QHash<QString, QString> userIds;  // user name -> id
    QString orderA;
    QString orderB;
    QString dealerUnit;
    QString storeUnit;

    bool startField()
    {
        if (!setUp() || !start())
            return false;
        Accounts accounts(*store);
        if (!store->begin())
            return false;
        auto unit = [&](const char *kind, const char *code, const char *name) {
            const auto made = accounts.createOrgUnit(
                {{}, QLatin1String(kind), QLatin1String(code), QString::fromUtf8(name), {}}, now);
            return made ? made->id : QString();
        };
        const QString teamA = unit("install_team", "TEAM-A", "南山安装一队");
        const QString teamB = unit("install_team", "TEAM-B", "福田安装二队");
        dealerUnit = unit("dealer", "D-SZ-07", "深圳经销商");
        storeUnit = accounts.findOrgUnitByCode(clerkUnitCode)->id;
        const QString office = accounts.findOrgUnitByCode(QStringLiteral("HQ"))->id;
        struct Person
        {
            const char *name;
            const char *display;
            Hearth::Users::Role role;
            QString unit;
        };
        using Hearth::Users::Role;
        const QList<Person> people{{"zhang", "张师傅", Role::Installer, teamA},
                                   {"wang", "王师傅", Role::Installer, teamA},
                                   {"li", "李师傅", Role::Installer, teamB},
                                   {"loner", "赵师傅", Role::Installer, storeUnit},
                                   {"dispatch", "调度员", Role::Warehouse, office},
                                   {"dealer", "经销商", Role::Dealer, dealerUnit}};
        for (const Person &p : people) {
            const auto user = accounts.createUser({QLatin1String(p.name),
                                                   QString::fromUtf8(p.display), p.role,
                                                   QStringLiteral("Pa55-word-long"), p.unit},
                                                  now);
            if (!user)
                return false;
            userIds.insert(user->userName, user->id);
        }
        userIds.insert(QStringLiteral("admin"), accounts.findUser(QStringLiteral("admin"))->id);
        userIds.insert(QStringLiteral("clerk.li"),
                       accounts.findUser(QStringLiteral("clerk.li"))->id);
        Sessions sessions(*store);
        for (auto it = userIds.cbegin(); it != userIds.cend(); ++it) {
            const auto issued = sessions.issue(it.value(), now, SessionSeconds);
            if (!issued)
                return false;
            tokens.insert(it.key(), issued->token);
        }
        orderA = QUuid::createUuid().toString(QUuid::WithoutBraces);
        orderB = QUuid::createUuid().toString(QUuid::WithoutBraces);
        int revision = 0;
        for (const auto &[id, no, scope] : {std::tuple{orderA, "SO-A-0001", dealerUnit},
                                            std::tuple{orderB, "SO-B-0002", storeUnit}}) {
            QSqlQuery q = store->prepare(QStringLiteral(
                "INSERT INTO sync_rows (table_name, row_id, revision, hlc, deleted, fields, "
                "scope_unit, updated_at) VALUES ('sales_orders', ?, ?, ?, 0, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(++revision);
            q.addBindValue(QStringLiteral("0000000001-0000-desk"));
            q.addBindValue(QStringLiteral("{\"order_no\":\"%1\"}").arg(QLatin1String(no)));
            q.addBindValue(scope);
            q.addBindValue(now.toString(Qt::ISODateWithMs));
            if (!store->exec(q))
                return false;
            // One package, packed and scanned into staging: the order may be booked (齐套).
            QSqlQuery p = store->prepare(QStringLiteral(
                "INSERT INTO sync_rows (table_name, row_id, revision, hlc, deleted, fields, "
                "scope_unit, updated_at) VALUES ('packages', ?, ?, ?, 0, ?, ?, ?)"));
            p.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            p.addBindValue(++revision);
            p.addBindValue(QStringLiteral("0000000001-0000-desk"));
            p.addBindValue(packageFields(id, "staged"));
            p.addBindValue(scope);
            p.addBindValue(now.toString(Qt::ISODateWithMs));
            if (!store->exec(p))
                return false;
        }
        return bool(store->commit());
    }

    /// A package's fields as a desk syncs them: package 1 of 1 of the order, in status.
    static QString packageFields(const QString &orderId, const char *status)
    {
        return QStringLiteral("{\"count\":1,\"number\":1,\"order_id\":\"%1\","
                              "\"status\":\"%2\"}")
            .arg(orderId, QLatin1String(status));
    }

    /// Sets the status of the order's package, or deletes it (status "deleted").
    bool setPackage(const QString &orderId, const char *status)
    {
        const bool gone = qstrcmp(status, "deleted") == 0;
        QSqlQuery q = store->prepare(QStringLiteral(
            "UPDATE sync_rows SET fields = ?, deleted = ? WHERE table_name = 'packages' "
            "AND fields LIKE ?"));
        q.addBindValue(packageFields(orderId, gone ? "staged" : status));
        q.addBindValue(gone ? 1 : 0);
        q.addBindValue(QStringLiteral("%%1%").arg(orderId));
        return bool(store->exec(q));
    }

    QList<QPair<QByteArray, QByteArray>> as(const QString &user) const
    {
        return bearer(tokens.value(user));
    }

    Reply post(const QString &user, const QString &path, const QJsonObject &body = {})
    {
        return postJson(path, body, as(user));
    }

    Reply get(const QString &user, const QString &path)
    {
        return call("GET", path, {}, as(user));
    }

    /// A job by the dispatcher for ORDER_A (unless body says otherwise); its id.
    QString createJob(QJsonObject body = {})
    {
        QJsonObject job{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {"order_id", orderA},
                        {"customer_name", "王女士"},
                        {"customer_phone", "13800138000"},
                        {"address", "广东省深圳市南山区科技园路1号"},
                        {"slot_start", "2026-12-01T09:00:00+08:00"},
                        {"slot_end", "2026-12-01T12:00:00+08:00"},
                        {"team_code", "TEAM-A"}};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.value().isNull())
                job.remove(it.key());
            else
                job.insert(it.key(), it.value());
        }
        const Reply reply = post(QStringLiteral("dispatch"), QStringLiteral("/api/v1/field/jobs"),
                                 job);
        if (reply.status != 201)
            qWarning() << "job not created:" << reply.status << reply.body;
        return reply.json.value("job").toObject().value("id").toString();
    }

    /// A position report taken minutesAgo before the server's clock.
    QJsonObject position(double lat, double lon, int minutesAgo = 5) const
    {
        return {{"at", now.addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs)},
                {"lat", lat},
                {"lon", lon},
                {"accuracy_m", 8.5}};
    }

    QString jobPath(const QString &id, const QString &action = QString()) const
    {
        return QStringLiteral("/api/v1/field/jobs/") + id
            + (action.isEmpty() ? QString() : u'/' + action);
    }
};

} // namespace ServerTest
