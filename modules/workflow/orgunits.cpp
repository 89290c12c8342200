#include "orgunits.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "taskrows.h"
#include "writescope.h"

#include <QJsonObject>
#include <QSet>

namespace Hearth::Workflow {

using Internal::dbError;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;

namespace {

// Deeper than any real company; stops a walk up a tree that a bad sync made cyclic.
constexpr int MaxDepth = 64;

OrgUnit unitFrom(const Statement &q)
{
    OrgUnit u;
    u.id = q.text(0);
    u.kind = OrgUnits::kindFromCode(q.text(1)).value_or(UnitKind::Department);
    u.code = q.text(2);
    u.name = q.text(3);
    u.parentId = q.text(4);
    u.leadUserId = q.text(5);
    u.hlc = q.text(6);
    u.createdAt = q.text(7);
    u.updatedAt = q.text(8);
    return u;
}

QJsonObject unitJson(const OrgUnit &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("kind"), OrgUnits::kindCode(u.kind)},
            {QStringLiteral("code"), u.code},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("parent_id"), u.parentId},
            {QStringLiteral("lead_user_id"), u.leadUserId}};
}

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

struct UserState
{
    bool exists = false;
    bool active = false;
    QString name;
};

UserState userState(Connection &c, const QString &userId)
{
    Statement &q = c.prepare("SELECT active, display_name FROM users WHERE id = ?");
    q.bind(1, userId);
    UserState s;
    if (q.next())
        s = {true, q.int64(0) != 0, q.text(1)};
    q.reset();
    return s;
}

bool isMember(Connection &c, const QString &unitId, const QString &userId)
{
    Statement &q = c.prepare("SELECT 1 FROM unit_members WHERE unit_id = ? AND user_id = ?");
    q.bind(1, unitId).bind(2, userId);
    const bool found = q.next();
    q.reset();
    return found;
}

Core::Status insertMember(Connection &c, const QString &unitId, const QString &userId)
{
    if (isMember(c, unitId, userId))
        return {};
    Statement &q = c.prepare("INSERT INTO unit_members(unit_id, user_id) VALUES (?, ?)");
    q.bind(1, unitId).bind(2, userId);
    if (!q.exec())
        return dbError(q, "unit_members");
    const QJsonObject doc{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("user_id"), userId}};
    return ChangeLog::recordLocal(c, {QStringLiteral("unit_members"), unitId,
                                      ChangeLog::Op::Insert, {}, doc,
                                      Storage::Database::clock().now(), {}});
}

Core::Status writeUnit(Connection &c, const OrgUnit &u, bool isNew)
{
    Statement &insert = c.prepare(
        "INSERT INTO org_units(id, hlc, kind, code, name, parent_id, lead_user_id, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement &update = c.prepare(
        "UPDATE org_units SET hlc = ?, kind = ?, code = ?, name = ?, parent_id = ?, "
        "lead_user_id = ?, updated_at = ? WHERE id = ?");
    if (isNew) {
        insert.bind(1, u.id).bind(2, u.hlc).bind(3, OrgUnits::kindCode(u.kind)).bind(4, u.code)
            .bind(5, u.name).bind(6, orNull(u.parentId)).bind(7, orNull(u.leadUserId))
            .bind(8, u.createdAt).bind(9, u.updatedAt);
        return insert.exec() ? Core::Status() : Core::Status(dbError(insert, "org_units"));
    }
    update.bind(1, u.hlc).bind(2, OrgUnits::kindCode(u.kind)).bind(3, u.code).bind(4, u.name)
        .bind(5, orNull(u.parentId)).bind(6, orNull(u.leadUserId)).bind(7, u.updatedAt)
        .bind(8, u.id);
    return update.exec() ? Core::Status() : Core::Status(dbError(update, "org_units"));
}

} // namespace

QList<UnitKind> OrgUnits::allKinds()
{
    return {UnitKind::HeadOffice, UnitKind::Factory,     UnitKind::Workshop,  UnitKind::Store,
            UnitKind::Dealer,     UnitKind::InstallTeam, UnitKind::Department};
}

QString OrgUnits::kindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::HeadOffice:
        return QStringLiteral("head_office");
    case UnitKind::Factory:
        return QStringLiteral("factory");
    case UnitKind::Workshop:
        return QStringLiteral("workshop");
    case UnitKind::Store:
        return QStringLiteral("store");
    case UnitKind::Dealer:
        return QStringLiteral("dealer");
    case UnitKind::InstallTeam:
        return QStringLiteral("install_team");
    case UnitKind::Department:
        return QStringLiteral("department");
    }
    return {};
}

std::optional<UnitKind> OrgUnits::kindFromCode(const QString &code)
{
    for (UnitKind kind : allKinds()) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString OrgUnits::kindTitle(UnitKind kind)
{
    switch (kind) {
    case UnitKind::HeadOffice:
        return tr("Head office");
    case UnitKind::Factory:
        return tr("Factory");
    case UnitKind::Workshop:
        return tr("Workshop");
    case UnitKind::Store:
        return tr("Store");
    case UnitKind::Dealer:
        return tr("Dealer");
    case UnitKind::InstallTeam:
        return tr("Installation team");
    case UnitKind::Department:
        return tr("Department");
    }
    return {};
}

namespace {

using Core::Status;

/// What create() and update() both check: names, a free code, a parent and a lead that exist.
Status validate(Connection &c, const OrgUnit &u)
{
    if (u.code.trimmed().isEmpty())
        return Core::Error{OrgUnits::tr("a unit needs a code"), QStringLiteral("code")};
    if (u.name.trimmed().isEmpty())
        return Core::Error{OrgUnits::tr("unit %1 needs a name").arg(u.code),
                           QStringLiteral("name")};
    if (const auto same = OrgUnits::findByCode(c, u.code.trimmed()); same && same->id != u.id)
        return Core::Error{OrgUnits::tr("the code %1 is already used by %2")
                               .arg(u.code.trimmed(), same->name),
                           QStringLiteral("code")};
    if (!u.parentId.isEmpty() && !OrgUnits::find(c, u.parentId))
        return Core::Error{OrgUnits::tr("the parent unit of %1 does not exist").arg(u.code),
                           QStringLiteral("parent_id")};
    if (!u.leadUserId.isEmpty()) {
        const UserState lead = userState(c, u.leadUserId);
        if (!lead.exists)
            return Core::Error{OrgUnits::tr("the lead of %1 is not a user").arg(u.code),
                               QStringLiteral("lead_user_id")};
        if (!lead.active)
            return Core::Error{OrgUnits::tr("%1 is disabled and cannot lead %2")
                                   .arg(lead.name, u.code),
                               QStringLiteral("lead_user_id")};
    }
    return {};
}

} // namespace

Core::Result<OrgUnit> OrgUnits::create(Connection &c, const OrgUnit &unit, const QString &reason)
{
    if (!unit.id.isEmpty())
        return Core::Error{tr("unit %1 exists already").arg(unit.code), {}};
    OrgUnit u = unit;
    u.code = u.code.trimmed();
    u.name = u.name.trimmed();
    if (Core::Status s = validate(c, u); !s)
        return s.error();

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("org_units")};
    // Named by its code, so that the units every desk sets up from the shipped defaults (and a
    // unit two desks add offline under one code) are one row after sync, not two.
    for (int generation = 0; u.id.isEmpty(); ++generation) {
        const QString id = Internal::TaskRows::keyedId(QStringLiteral("org_units"), QString(),
                                                       u.code, generation);
        Statement &taken = c.prepare("SELECT 1 FROM org_units WHERE id = ?");
        taken.bind(1, id);
        if (!taken.next())
            u.id = id;
        taken.reset();
    }
    u.hlc = Storage::Database::clock().now();
    u.createdAt = Internal::nowIso();
    u.updatedAt = u.createdAt;
    if (Core::Status s = writeUnit(c, u, true); !s)
        return s.error();
    if (Core::Status s = ChangeLog::record(c, {QStringLiteral("org_units"), u.id,
                                               ChangeLog::Op::Insert, {}, unitJson(u), u.hlc,
                                               reason});
        !s)
        return s.error();
    if (!u.leadUserId.isEmpty()) {
        if (Core::Status s = insertMember(c, u.id, u.leadUserId); !s)
            return s.error();
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return u;
}

Core::Result<OrgUnit> OrgUnits::update(Connection &c, const OrgUnit &unit, const QString &reason)
{
    const std::optional<OrgUnit> before = find(c, unit.id);
    if (!before)
        return Core::Error{tr("unit %1 does not exist").arg(unit.code), {}};
    OrgUnit u = unit;
    u.code = u.code.trimmed();
    u.name = u.name.trimmed();
    if (Core::Status s = validate(c, u); !s)
        return s.error();
    QString up = u.parentId;
    for (int depth = 0; !up.isEmpty() && depth < MaxDepth; ++depth) {
        if (up == u.id)
            return Core::Error{tr("%1 cannot be placed under itself or a unit below it")
                                   .arg(u.name),
                               QStringLiteral("parent_id")};
        const auto parent = find(c, up);
        up = parent ? parent->parentId : QString();
    }

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("org_units")};
    u.hlc = Storage::Database::clock().now();
    u.createdAt = before->createdAt;
    u.updatedAt = Internal::nowIso();
    if (Core::Status s = writeUnit(c, u, false); !s)
        return s.error();
    if (Core::Status s = ChangeLog::record(c, {QStringLiteral("org_units"), u.id,
                                               ChangeLog::Op::Update, unitJson(*before),
                                               unitJson(u), u.hlc, reason});
        !s)
        return s.error();
    if (!u.leadUserId.isEmpty()) {
        if (Core::Status s = insertMember(c, u.id, u.leadUserId); !s)
            return s.error();
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return u;
}

QList<OrgUnit> OrgUnits::list(Connection &c)
{
    QList<OrgUnit> all;
    Statement &q = c.prepare(
        "SELECT id, kind, code, name, parent_id, lead_user_id, hlc, created_at, updated_at "
        "FROM org_units WHERE deleted = 0 ORDER BY code");
    while (q.next())
        all.append(unitFrom(q));
    q.reset();

    // Parents before children: emit a unit once its parent is out (or missing).
    QSet<QString> ids;
    for (const OrgUnit &u : all)
        ids.insert(u.id);
    QList<OrgUnit> ordered;
    QSet<QString> placed;
    while (ordered.size() < all.size()) {
        const qsizetype before = ordered.size();
        for (const OrgUnit &u : all) {
            if (placed.contains(u.id))
                continue;
            if (u.parentId.isEmpty() || !ids.contains(u.parentId) || placed.contains(u.parentId)) {
                ordered.append(u);
                placed.insert(u.id);
            }
        }
        if (ordered.size() == before) {  // a cycle: keep the rest by code
            for (const OrgUnit &u : all) {
                if (!placed.contains(u.id))
                    ordered.append(u);
            }
        }
    }
    return ordered;
}

std::optional<OrgUnit> OrgUnits::find(Connection &c, const QString &id)
{
    Statement &q = c.prepare(
        "SELECT id, kind, code, name, parent_id, lead_user_id, hlc, created_at, updated_at "
        "FROM org_units WHERE id = ? AND deleted = 0");
    q.bind(1, id);
    std::optional<OrgUnit> u;
    if (q.next())
        u = unitFrom(q);
    q.reset();
    return u;
}

std::optional<OrgUnit> OrgUnits::findByCode(Connection &c, const QString &code)
{
    Statement &q = c.prepare(
        "SELECT id, kind, code, name, parent_id, lead_user_id, hlc, created_at, updated_at "
        "FROM org_units WHERE code = ? AND deleted = 0");
    q.bind(1, code);
    std::optional<OrgUnit> u;
    if (q.next())
        u = unitFrom(q);
    q.reset();
    return u;
}

QList<OrgUnit> OrgUnits::children(Connection &c, const QString &parentId)
{
    QList<OrgUnit> result;
    Statement &q = c.prepare(
        "SELECT id, kind, code, name, parent_id, lead_user_id, hlc, created_at, updated_at "
        "FROM org_units WHERE parent_id = ? AND deleted = 0 ORDER BY code");
    q.bind(1, parentId);
    while (q.next())
        result.append(unitFrom(q));
    q.reset();
    return result;
}

Core::Status OrgUnits::addMember(Connection &c, const QString &unitId, const QString &userId)
{
    const auto unit = find(c, unitId);
    if (!unit)
        return Core::Error{tr("the unit does not exist"), QStringLiteral("unit_members")};
    if (!userState(c, userId).exists)
        return Core::Error{tr("the user does not exist"), unit->code};
    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), unit->code};
    if (Core::Status s = insertMember(c, unitId, userId); !s)
        return s;
    return scope.finish();
}

Core::Status OrgUnits::removeMember(Connection &c, const QString &unitId, const QString &userId)
{
    const auto unit = find(c, unitId);
    if (!unit)
        return Core::Error{tr("the unit does not exist"), QStringLiteral("unit_members")};
    if (!isMember(c, unitId, userId))
        return {};
    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), unit->code};
    if (unit->leadUserId == userId) {
        OrgUnit changed = *unit;
        changed.leadUserId.clear();
        if (auto updated = update(c, changed); !updated)
            return updated.error();
    }
    Statement &q = c.prepare("DELETE FROM unit_members WHERE unit_id = ? AND user_id = ?");
    q.bind(1, unitId).bind(2, userId);
    if (!q.exec())
        return dbError(q, "unit_members");
    const QJsonObject doc{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("user_id"), userId}};
    if (Core::Status s = ChangeLog::recordLocal(c, {QStringLiteral("unit_members"), unitId,
                                                    ChangeLog::Op::Delete, doc, {},
                                                    Storage::Database::clock().now(), {}});
        !s)
        return s;
    return scope.finish();
}

Core::Status OrgUnits::setLead(Connection &c, const QString &unitId, const QString &userId)
{
    const auto unit = find(c, unitId);
    if (!unit)
        return Core::Error{tr("the unit does not exist"), QStringLiteral("org_units")};
    if (unit->leadUserId == userId)
        return userId.isEmpty() ? Core::Status() : addMember(c, unitId, userId);
    OrgUnit changed = *unit;
    changed.leadUserId = userId;
    const auto updated = update(c, changed);
    return updated ? Core::Status() : Core::Status(updated.error());
}

QList<UnitMember> OrgUnits::members(Connection &c, const QString &unitId)
{
    QList<UnitMember> result;
    Statement &q = c.prepare(
        "SELECT u.id, u.username, u.display_name, u.role, u.active, "
        "       u.id = COALESCE(o.lead_user_id, '') "
        "FROM unit_members m JOIN users u ON u.id = m.user_id "
        "JOIN org_units o ON o.id = m.unit_id "
        "WHERE m.unit_id = ? ORDER BY u.display_name, u.username");
    q.bind(1, unitId);
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4) != 0,
                       q.int64(5) != 0});
    q.reset();
    return result;
}

QList<OrgUnit> OrgUnits::unitsOf(Connection &c, const QString &userId)
{
    QList<OrgUnit> result;
    Statement &q = c.prepare(
        "SELECT o.id, o.kind, o.code, o.name, o.parent_id, o.lead_user_id, o.hlc, o.created_at, "
        "o.updated_at FROM unit_members m JOIN org_units o ON o.id = m.unit_id "
        "WHERE m.user_id = ? AND o.deleted = 0 ORDER BY o.code");
    q.bind(1, userId);
    while (q.next())
        result.append(unitFrom(q));
    q.reset();
    return result;
}

QString OrgUnits::leadOfUnit(Connection &c, const QString &unitId, const QString &exceptUserId)
{
    QString id = unitId;
    for (int depth = 0; !id.isEmpty() && depth < MaxDepth; ++depth) {
        const auto unit = find(c, id);
        if (!unit)
            return {};
        if (!unit->leadUserId.isEmpty() && unit->leadUserId != exceptUserId
            && userState(c, unit->leadUserId).active)
            return unit->leadUserId;
        id = unit->parentId;
    }
    return {};
}

QString OrgUnits::leadOf(Connection &c, const QString &userId)
{
    for (const OrgUnit &unit : unitsOf(c, userId)) {
        const QString lead = leadOfUnit(c, unit.id, userId);
        if (!lead.isEmpty())
            return lead;
    }
    return {};
}

} // namespace Hearth::Workflow
