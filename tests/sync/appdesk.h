#pragma once

// What the sync tests that run the desk's own modules (the process engine, production) share:
// a desk's file opened as the app opens it, its people, and a kitchen's base cabinets.

#include "deskfixture.h"

#include "orders/salesorder.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QUuid>

namespace SyncTest {

/// The id of a desk user: the same on every desk, as the server's user list gives it.
inline QString personId(const char *userName)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{8a4f0c1e-2b7d-4e59-a3c6-0d9e7f215b48}")),
                               QString::fromLatin1(userName))
        .toString(QUuid::WithoutBraces);
}

/// A base cabinet of the 地柜 template, one piece at its price.
inline Hearth::Orders::OrderLine cabinet(int lineNo, qint64 width, qint64 amountYuan)
{
    using Hearth::Core::Decimal;
    Hearth::Orders::OrderLine l;
    l.lineNo = lineNo;
    l.sku = QStringLiteral("CUS-BASE_CABINET");
    l.description = QStringLiteral("地柜");
    l.category = QStringLiteral("定制柜类");
    l.widthMm = width;
    l.heightMm = 720;
    l.depthMm = 560;
    l.material = QStringLiteral("颗粒板 E0");
    l.colour = QStringLiteral("暖白");
    l.quantity = Decimal::fromInt(1);
    l.unitPrice = Decimal::fromInt(amountYuan);
    l.amount = Decimal::fromInt(amountYuan);
    l.spec = QJsonObject{{QStringLiteral("template"), QStringLiteral("base_cabinet")},
                         {QStringLiteral("thickness_mm"), 18}};
    return l;
}

/// Opens the desk's file as the app does (Storage::Database) with these people (user name,
/// role) among its users.
inline bool openAsApp(Desk &desk, const QList<QPair<const char *, const char *>> &people)
{
    if (!Hearth::Storage::Database::open(desk.path))
        return false;
    Hearth::Storage::Database::setCurrentUser(QStringLiteral("tester"));
    for (const auto &[userName, role] : people) {
        Hearth::Storage::Statement &q = Hearth::Storage::Database::connection().prepare(
            "INSERT OR IGNORE INTO users(id, username, display_name, role, password_hash, "
            "active, created_at) VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
        q.bind(1, personId(userName))
            .bind(2, QString::fromLatin1(userName))
            .bind(3, QString::fromLatin1(userName))
            .bind(4, QString::fromLatin1(role));
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace SyncTest
