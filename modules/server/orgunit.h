#pragma once

#include <QString>
#include <QStringList>

namespace Hearth::Server {

/// An organisation unit on the server (组织单元): what a user belongs to, for row scope. The
/// kind codes are the desk's (Workflow::OrgUnits): "head_office", "factory", "store",
/// "dealer", "install_team".
struct OrgUnit
{
    QString id;
    QString kind;
    QString code;
    QString name;
    QString parentId;

    static QStringList kinds()
    {
        return {QStringLiteral("head_office"), QStringLiteral("factory"),
                QStringLiteral("store"), QStringLiteral("dealer"),
                QStringLiteral("install_team")};
    }
};

} // namespace Hearth::Server
