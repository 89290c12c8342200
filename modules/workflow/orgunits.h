#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// What an organisation unit is; stored as its code in org_units.kind.
enum class UnitKind { HeadOffice, Factory, Workshop, Store, Dealer, InstallTeam, Department };

/// An organisation unit (组织单元): head office, factory, workshop, store, dealer, installation
/// team or department, in a tree, with one lead each.
struct OrgUnit
{
    QString id;  // empty for a unit not yet created
    UnitKind kind = UnitKind::Department;
    QString code;  // unique, what rules name: "WS-CAB", "INSTALL-SZ"
    QString name;
    QString parentId;    // empty at the top of the tree
    QString leadUserId;  // empty when the unit has no lead
    QString hlc;
    QString createdAt;  // UTC, ISO 8601
    QString updatedAt;

    bool operator==(const OrgUnit &) const = default;
};

/// A user in a unit, as the member list and the assigner read it.
struct UnitMember
{
    QString userId;
    QString userName;
    QString displayName;
    QString role;  // users.role code
    bool active = true;
    bool isLead = false;

    bool operator==(const UnitMember &) const = default;
};

/// Organisation units, their members and leads. Writes run in the caller's transaction, or in
/// their own when none is open, and each is recorded with Storage::ChangeLog (outbox and audit
/// trail, with the acting user of Storage::Database::currentUser()).
class OrgUnits
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::OrgUnits)

public:
    static QList<UnitKind> allKinds();
    /// "head_office", "factory", "workshop", "store", "dealer", "install_team", "department".
    static QString kindCode(UnitKind kind);
    static std::optional<UnitKind> kindFromCode(const QString &code);
    /// Translated: 总部, 工厂, 车间, 门店, 经销商, 安装团队, 部门.
    static QString kindTitle(UnitKind kind);

    /// Creates the unit (id must be empty); a lead given is made a member too.
    static Core::Result<OrgUnit> create(Storage::Connection &c, const OrgUnit &unit,
                                        const QString &reason = {});
    /// Changes kind, code, name, parent and lead; refuses a parent that is the unit itself or
    /// below it.
    static Core::Result<OrgUnit> update(Storage::Connection &c, const OrgUnit &unit,
                                        const QString &reason = {});
    /// All units not deleted, parents before children, then by code.
    static QList<OrgUnit> list(Storage::Connection &c);
    static std::optional<OrgUnit> find(Storage::Connection &c, const QString &id);
    static std::optional<OrgUnit> findByCode(Storage::Connection &c, const QString &code);
    static QList<OrgUnit> children(Storage::Connection &c, const QString &parentId);

    static Core::Status addMember(Storage::Connection &c, const QString &unitId,
                                  const QString &userId);
    /// Removing the lead also clears the unit's lead.
    static Core::Status removeMember(Storage::Connection &c, const QString &unitId,
                                     const QString &userId);
    /// Makes userId the lead (and a member); an empty userId clears the lead.
    static Core::Status setLead(Storage::Connection &c, const QString &unitId,
                                const QString &userId);
    /// Members by display name, active or not.
    static QList<UnitMember> members(Storage::Connection &c, const QString &unitId);
    /// The units a user belongs to, by code.
    static QList<OrgUnit> unitsOf(Storage::Connection &c, const QString &userId);

    /// The user's lead (上级): the lead of the user's unit or, when the user leads it (or it
    /// has no lead), the nearest lead up the tree who is someone else and active. Empty when
    /// there is none. A user in several units: the first unit, by code, that yields a lead.
    static QString leadOf(Storage::Connection &c, const QString &userId);
    /// The lead for a unit's pool: the unit's lead, else the nearest one up the tree; a lead
    /// equal to exceptUserId is skipped the same way.
    static QString leadOfUnit(Storage::Connection &c, const QString &unitId,
                              const QString &exceptUserId = {});
};

} // namespace Hearth::Workflow
