#pragma once

// A company for row-scope and security tests: head office, a factory, two stores, two dealers
// and an installation team; a user of every role; orders of each unit written the way a desk's
// push writes them (ServerSync), each with a customer and a line whose number, name and amount
// appear nowhere else, so that a body can be searched for any unit's rows.

#include "serverfixture.h"

#include "core/decimal.h"
#include "server/serversync.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QUuid>

namespace ServerTest {

struct WorldUser
{
    QString key;  // the matrix's name: "admin", "dealer_a", "store", ...
    QString userName;
    QString password;
    Hearth::Users::Role role = Hearth::Users::Role::Clerk;
    QString unitCode;
    ServerUser user;
    QString token;

    bool grants(const char *permission) const
    {
        return Hearth::Users::Roles::grants(role, QLatin1String(permission));
    }
};

struct WorldOrder
{
    QString key;  // "A1"
    QString author;  // a WorldUser key
    QString id;
    QString orderNo;
    QString channelOrderNo;
    QString channel;
    QString status;
    QString signedOn;
    QString customerId;
    QString customerName;
    qint64 totalMicros = 0;
    bool deleted = false;
    QString unitId;  // the scope the server gave the order

    /// The texts that give the order away: number, channel number, customer, amount.
    QList<QByteArray> markers() const
    {
        const QString amount = Hearth::Core::Decimal::fromMicros(totalMicros).toString(2);
        return {orderNo.toUtf8(), channelOrderNo.toUtf8(), customerName.toUtf8(),
                QByteArray::number(totalMicros), amount.toUtf8()};
    }
};

struct World
{
    static constexpr char Password[] = "Sc0pe-pass-word";

    Fixture &f;
    QList<WorldUser> users;
    QList<WorldOrder> orders;
    QHash<QString, QString> unitIds;  // code → id
    int clockCounter = 0;

    explicit World(Fixture &fixture) : f(fixture) {}

    /// A hybrid clock time the server accepts now, later than every one before it.
    QString nextHlc()
    {
        return QStringLiteral("%1-%2-tests").arg(f.now.toMSecsSinceEpoch(), 13, 10, QChar(u'0'))
            .arg(++clockCounter, 5, 10, QChar(u'0'));
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    const WorldUser &user(const QString &key) const
    {
        for (const WorldUser &u : users) {
            if (u.key == key)
                return u;
        }
        qFatal("no world user %s", qPrintable(key));
    }

    const WorldOrder &order(const QString &key) const
    {
        for (const WorldOrder &o : orders) {
            if (o.key == key)
                return o;
        }
        qFatal("no world order %s", qPrintable(key));
    }

    /// Whether the server's row scope lets the user see the order.
    bool sees(const WorldUser &u, const WorldOrder &o) const
    {
        const SyncScope scope = SyncScope::of(u.user);
        return scope.readable.contains(QStringLiteral("sales_orders")) && scope.sees(o.unitId);
    }

    QList<WorldOrder> liveVisible(const WorldUser &u) const
    {
        QList<WorldOrder> list;
        for (const WorldOrder &o : orders) {
            if (!o.deleted && sees(u, o))
                list.append(o);
        }
        return list;
    }

    /// An order the user may not see; an id nobody has when they see everything.
    WorldOrder foreignTo(const WorldUser &u) const
    {
        for (const WorldOrder &o : orders) {
            if (!o.deleted && !sees(u, o))
                return o;
        }
        WorldOrder none;
        none.key = QStringLiteral("none");
        none.id = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        none.orderNo = QStringLiteral("SO-NOBODY-0000");
        none.channelOrderNo = QStringLiteral("NOBODY-CH-0000");
        none.customerName = QStringLiteral("无此客户");
        return none;
    }

    /// A live order the user sees, else any live order (for roles that see none).
    WorldOrder visibleTo(const WorldUser &u) const
    {
        const QList<WorldOrder> visible = liveVisible(u);
        return visible.isEmpty() ? order(QStringLiteral("H1")) : visible.constFirst();
    }

    /// The markers of every order, deleted ones included, that the user may not see.
    QList<QPair<QString, QByteArray>> foreignMarkers(const WorldUser &u) const
    {
        QList<QPair<QString, QByteArray>> list;
        for (const WorldOrder &o : orders) {
            if (sees(u, o))
                continue;
            for (const QByteArray &m : o.markers())
                list.append({o.key, m});
        }
        return list;
    }

    /// The first foreign marker in a body, or empty when there is none.
    QString leak(const WorldUser &u, const QByteArray &body) const
    {
        for (const auto &[key, marker] : foreignMarkers(u)) {
            if (body.contains(marker))
                return key + QStringLiteral(" (") + QString::fromUtf8(marker) + u')';
        }
        return {};
    }

    bool addUnit(Accounts &accounts, const QString &kind, const QString &code,
                 const QString &name)
    {
        const auto unit = accounts.createOrgUnit({{}, kind, code, name, {}}, f.now);
        if (!unit)
            return false;
        unitIds.insert(code, unit->id);
        return true;
    }

    bool seed()
    {
        using Hearth::Users::Role;
        Accounts accounts(*f.store);
        if (!f.store->begin())
            return false;
        unitIds.insert(QStringLiteral("HQ"), accounts.findOrgUnitByCode(QStringLiteral("HQ"))->id);
        unitIds.insert(f.clerkUnitCode, accounts.findOrgUnitByCode(f.clerkUnitCode)->id);
        if (!addUnit(accounts, QStringLiteral("factory"), QStringLiteral("FAC"),
                     QStringLiteral("工厂"))
            || !addUnit(accounts, QStringLiteral("store"), QStringLiteral("STORE-GZ-02"),
                        QStringLiteral("广州天河店"))
            || !addUnit(accounts, QStringLiteral("dealer"), QStringLiteral("D-A"),
                        QStringLiteral("经销商甲"))
            || !addUnit(accounts, QStringLiteral("dealer"), QStringLiteral("D-B"),
                        QStringLiteral("经销商乙"))
            || !addUnit(accounts, QStringLiteral("install_team"), QStringLiteral("TEAM-1"),
                        QStringLiteral("安装一队"))) {
            return false;
        }
        const QList<WorldUser> wanted{
            {"admin", "admin", QLatin1String(Fixture::AdminPassword), Role::Admin, "HQ", {}, {}},
            {"clerk", "w.clerk", Password, Role::Clerk, "HQ", {}, {}},
            {"planner", "w.planner", Password, Role::Planner, "FAC", {}, {}},
            {"warehouse", "w.warehouse", Password, Role::Warehouse, "FAC", {}, {}},
            {"finance", "w.finance", Password, Role::Finance, "HQ", {}, {}},
            {"dealer_a", "w.dealer.a", Password, Role::Dealer, "D-A", {}, {}},
            {"dealer_b", "w.dealer.b", Password, Role::Dealer, "D-B", {}, {}},
            {"store", "clerk.li", QLatin1String(Fixture::ClerkPassword), Role::Clerk,
             f.clerkUnitCode, {}, {}},
            {"sales_manager", "w.sales", Password, Role::SalesManager, "STORE-GZ-02", {}, {}},
            {"general_manager", "w.gm", Password, Role::GeneralManager, "HQ", {}, {}},
            {"purchaser", "w.purchaser", Password, Role::Purchaser, "FAC", {}, {}},
            {"installer", "w.installer", Password, Role::Installer, "TEAM-1", {}, {}},
        };
        for (WorldUser u : wanted) {
            if (!accounts.findUser(u.userName)) {
                const auto made = accounts.createUser({u.userName, u.key, u.role, u.password,
                                                       unitIds.value(u.unitCode)},
                                                      f.now);
                if (!made) {
                    qWarning() << made.error().toString();
                    return false;
                }
            }
            u.user = *accounts.findUser(u.userName);
            users.append(u);
        }
        if (!f.store->commit())
            return false;

        // Each order's texts and amount are its own: no marker is a part of another.
        const QList<WorldOrder> wantedOrders{
            order("A1", "dealer_a", "SO-DA-4817", "DA-CH-93011", "dealer", "new", "2026-03-02",
                  "甲客户赵一", 4817236590000),
            order("A2", "dealer_a", "SO-DA-5522", "DA-CH-93027", "dealer", "approved",
                  "2026-03-09", "甲客户钱二", 5522103770000),
            order("B1", "dealer_b", "SO-DB-6631", "DB-CH-71144", "dealer", "new", "2026-03-03",
                  "乙客户孙三", 6631458920000),
            order("B2", "dealer_b", "SO-DB-7745", "DB-CH-71158", "dealer", "in_production",
                  "2026-03-11", "乙客户李四", 7745902110000),
            order("S1", "store", "SO-SZ-8859", "SZ-CH-40261", "store", "new", "2026-03-04",
                  "南山客户周五", 8859316640000),
            order("G1", "sales_manager", "SO-GZ-3371", "GZ-CH-40387", "store", "approved",
                  "2026-03-05", "天河客户吴六", 3371884250000),
            order("H1", "admin", "SO-HQ-2963", "HQ-CH-11902", "ecommerce", "new", "2026-03-06",
                  "总部客户郑七", 2963547180000),
            order("A3", "dealer_a", "SO-DA-9186", "DA-CH-93088", "dealer", "new", "2026-03-07",
                  "甲客户王八", 9186275430000),
        };
        for (WorldOrder o : wantedOrders) {
            if (!push(o))
                return false;
            orders.append(o);
        }
        // A3 is deleted: a tombstone that no list, total, export or scan may show.
        return remove(QStringLiteral("A3"));
    }

    static WorldOrder order(const char *key, const char *author, const char *orderNo,
                            const char *channelNo, const char *channel, const char *status,
                            const char *signedOn, const char *customer, qint64 micros)
    {
        WorldOrder o;
        o.key = QLatin1String(key);
        o.author = QLatin1String(author);
        o.id = newId();
        o.orderNo = QLatin1String(orderNo);
        o.channelOrderNo = QLatin1String(channelNo);
        o.channel = QLatin1String(channel);
        o.status = QLatin1String(status);
        o.signedOn = QLatin1String(signedOn);
        o.customerId = newId();
        o.customerName = QString::fromUtf8(customer);
        o.totalMicros = micros;
        return o;
    }

    Hearth::Sync::PushEntry entry(const QString &table, const QString &rowId, const QString &op,
                                  const QJsonObject &fields)
    {
        return {newId(), table, rowId, op, nextHlc(), fields};
    }

    bool apply(const WorldUser &author, const QList<Hearth::Sync::PushEntry> &entries)
    {
        if (!f.store->begin())
            return false;
        const auto results = ServerSync(*f.store).apply(entries, SyncScope::of(author.user),
                                                        f.now);
        if (!results) {
            qWarning() << results.error().toString();
            f.store->rollback();
            return false;
        }
        for (const Hearth::Sync::PushResult &r : *results) {
            if (r.outcome != Hearth::Sync::Outcome::Applied) {
                qWarning() << "seed change" << r.changeId << "was"
                           << Hearth::Sync::Protocol::outcomeName(r.outcome);
                f.store->rollback();
                return false;
            }
        }
        return bool(f.store->commit());
    }

    bool push(WorldOrder &o)
    {
        const WorldUser &author = user(o.author);
        const QJsonObject customer{{"name", o.customerName},
                                   {"channel", o.channel},
                                   {"mobile", "13900000000"},
                                   {"city", "深圳"}};
        const QJsonObject order{{"order_no", o.orderNo},
                                {"channel", o.channel},
                                {"channel_order_no", o.channelOrderNo},
                                {"customer_id", o.customerId},
                                {"signed_on", o.signedOn},
                                {"status", o.status},
                                {"total_micros", o.totalMicros}};
        const QJsonObject line{{"order_id", o.id},
                               {"line_no", 1},
                               {"description", "衣柜"},
                               {"quantity_micros", 1000000},
                               {"unit_price_micros", o.totalMicros},
                               {"amount_micros", o.totalMicros}};
        if (!apply(author, {entry("customers", o.customerId, "insert", customer),
                            entry("sales_orders", o.id, "insert", order),
                            entry("order_lines", newId(), "insert", line)})) {
            return false;
        }
        QSqlQuery q = f.store->prepare(QStringLiteral(
            "SELECT scope_unit FROM sync_rows WHERE table_name = 'sales_orders' AND row_id = ?"));
        q.addBindValue(o.id);
        if (!f.store->exec(q) || !q.next())
            return false;
        o.unitId = q.value(0).toString();
        // The scope this world expects: the author's own unit.
        return o.unitId == author.user.orgUnit->id;
    }

    bool remove(const QString &key)
    {
        for (WorldOrder &o : orders) {
            if (o.key != key)
                continue;
            o.deleted = true;
            return apply(user(o.author), {entry("sales_orders", o.id, "delete", {})});
        }
        return false;
    }

    /// Signs in the users named, or everyone when keys is empty.
    bool signInAll(const QStringList &keys = {})
    {
        for (WorldUser &u : users) {
            if (!keys.isEmpty() && !keys.contains(u.key))
                continue;
            const Reply r = f.login(u.userName, u.password);
            if (r.status != 200) {
                qWarning() << "sign-in of" << u.userName << "answered" << r.status << r.body;
                return false;
            }
            u.token = r.json.value(QStringLiteral("token")).toString();
        }
        return true;
    }

    Reply get(const WorldUser &u, const QString &path)
    {
        return f.call("GET", path, {}, Fixture::bearer(u.token));
    }
};

} // namespace ServerTest
