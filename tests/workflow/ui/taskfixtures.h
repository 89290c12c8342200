#pragma once

#include "orders/orderrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "users/roles.h"
#include "widgets/session.h"
#include "workflow/orgunits.h"
#include "workflow/taskstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Users, units, orders and tasks for the workflow page tests, in a temporary database.
namespace TaskFixtures {

using namespace Hearth;
using namespace Hearth::Workflow;

inline Storage::Connection &db()
{
    return Storage::Database::connection();
}

inline QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline bool open(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.db"))
{
    const Core::Status opened = Storage::Database::open(dir.filePath(name));
    if (!opened)
        qWarning("cannot open the test database: %s", qPrintable(opened.error().toString()));
    return bool(opened);
}

/// A user written straight into the table: the password hash is not what these tests check.
inline QString addUser(const QString &userName, const QString &displayName, const QString &role,
                       bool active = true)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', ?, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, userName).bind(3, displayName).bind(4, role).bind(5, active ? 1 : 0);
    if (!q.exec())
        qFatal("cannot add user %s", qPrintable(userName));
    return id;
}

/// Signs the user in as the desktop does (Session and the audit trail's user).
inline void signIn(const QString &id, const QString &userName, Users::Role role)
{
    Storage::Database::setCurrentUser(userName);
    Widgets::Session::instance()->signIn({id, userName, userName, Users::Roles::code(role),
                                          Users::Roles::title(role),
                                          Users::Roles::permissions(role)});
}

inline QString addUnit(const QString &code, const QString &name, const QString &leadId,
                       const QStringList &members)
{
    OrgUnit u;
    u.kind = UnitKind::Workshop;
    u.code = code;
    u.name = name;
    u.leadUserId = leadId;
    const auto created = OrgUnits::create(db(), u);
    if (!created)
        qFatal("cannot add unit: %s", qPrintable(created.error().toString()));
    for (const QString &m : members)
        OrgUnits::addMember(db(), created->id, m);
    return created->id;
}

inline Orders::SalesOrder addOrder(const QString &customer, qint64 yuan)
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.customer.name = customer;
    o.customer.mobile = QStringLiteral("13800138000");
    o.signedOn = QDate(2026, 3, 2);
    Orders::OrderLine l;
    l.description = QStringLiteral("定制衣柜");
    l.quantity = Core::Decimal::fromInt(1);
    l.unitPrice = Core::Decimal::fromInt(yuan);
    l.amount = Core::Decimal::fromInt(yuan);
    o.lines = {l};
    const Core::Status saved = Orders::OrderRepository::save(o);
    if (!saved)
        qFatal("cannot save order: %s", qPrintable(saved.error().toString()));
    return o;
}

inline Task addTask(const NewTask &n)
{
    const auto created = TaskStore::create(db(), n);
    if (!created)
        qFatal("cannot create task: %s", qPrintable(created.error().toString()));
    return created.value();
}

inline NewTask newTask(const QString &key, const QString &kind, const QString &title,
                       const QDateTime &due, const QString &orderId = {})
{
    NewTask n;
    n.orderId = orderId;
    n.key = key;
    n.kind = kind;
    n.title = title;
    n.dueAt = due;
    n.reason = QStringLiteral("split");
    return n;
}

/// The details a cabinet work order carries: two panels and a hinge line.
inline QJsonObject cabinetDetails()
{
    const QJsonObject side{{"name", "侧板"},         {"length_mm", 720}, {"width_mm", 560},
                           {"thickness_mm", 18},     {"quantity", 2},    {"area_mm2", 806400},
                           {"edge_mm", 2560},        {"grain", "length"},
                           {"line_id", "L-1"}};
    const QJsonObject shelf{{"name", "层板"},   {"length_mm", 564}, {"width_mm", 540},
                            {"thickness_mm", 18}, {"quantity", 3},  {"area_mm2", 913680},
                            {"edge_mm", 1692},    {"grain", "width"}, {"line_id", "L-1"}};
    const QJsonObject hinge{{"name", "铰链"}, {"quantity_micros", 4000000}, {"unit", "piece"}};
    return {{"workshop", "柜体车间"},
            {"amount_fen", 123456},
            {"parts", QJsonArray{side, shelf}},
            {"hardware", QJsonArray{hinge}}};
}

/// count tasks written straight into the table in one transaction: a realistic spread of
/// kinds, pools, assignees and deadlines around now (a third overdue), for the paging tests.
inline void bulkTasks(int count, const QDateTime &now, const QString &assigneeId,
                      const QString &poolRole)
{
    static const char *kinds[] = {"work_order", "purchase", "collection", "installation",
                                  "shipment"};
    Storage::Transaction transaction(db());
    Storage::Statement &q = db().prepare(
        "INSERT INTO tasks(id, hlc, task_key, kind, title, status, role, assignee_id, due_at, "
        "amount_fen, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)");
    const QString created = iso(now.addDays(-30));
    for (int i = 0; i < count; ++i) {
        const bool mine = i % 3 == 0;
        q.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, QStringLiteral("0000000000000-%1").arg(i, 8, 10, QLatin1Char('0')))
            .bind(3, QStringLiteral("bulk:%1").arg(i))
            .bind(4, QLatin1String(kinds[i % 5]))
            .bind(5, QStringLiteral("批量任务 %1 衣柜").arg(i))
            .bind(6, mine ? QString() : poolRole)
            .bind(7, mine ? assigneeId : QString())
            .bind(8, iso(now.addSecs(qint64(i % 300 - 100) * 3600)))
            .bind(9, qint64(i % 7) * 10050)
            .bind(10, created)
            .bind(11, created);
        if (!q.exec())
            qFatal("cannot insert task %d: %s", i, qPrintable(q.error()));
        q.reset();
    }
    if (!transaction.commit())
        qFatal("cannot commit the bulk tasks");
}

} // namespace TaskFixtures
