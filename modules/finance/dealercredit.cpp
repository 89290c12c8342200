#include "dealercredit.h"

#include "core/money.h"
#include "logging.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QJsonObject>

namespace Hearth::Finance {

using Internal::WriteGuard;

Core::Status DealerCredit::setLimit(Storage::Connection &c, const QString &dealerUnitId,
                                    qint64 limitFen)
{
    const QString where = QStringLiteral("dealer_credit_limits");
    if (limitFen < 0)
        return Core::Error{tr("a credit limit cannot be below 0, not %1")
                               .arg(Core::Money(limitFen).toString()),
                           where + QStringLiteral(".limit_fen")};
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};

    Storage::Statement old(c.handle(),
                           "SELECT id, limit_fen FROM dealer_credit_limits "
                           "WHERE dealer_unit_id = ?");
    old.bind(1, dealerUnitId);
    const bool existed = old.next();
    const QString id = existed ? old.text(0) : WriteGuard::newId();
    const QJsonObject before = existed
                                   ? QJsonObject{{QStringLiteral("limit_fen"), old.int64(1)}}
                                   : QJsonObject();
    const QString hlc = Storage::Database::clock().now();
    const QString now = WriteGuard::nowIso();
    Storage::Statement q(c.handle(),
                         "INSERT INTO dealer_credit_limits(id, hlc, dealer_unit_id, limit_fen, "
                         "updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT(dealer_unit_id) DO UPDATE SET hlc = excluded.hlc, "
                         "deleted = 0, limit_fen = excluded.limit_fen, "
                         "updated_by = excluded.updated_by, updated_at = excluded.updated_at");
    q.bind(1, id).bind(2, hlc).bind(3, dealerUnitId).bind(4, limitFen);
    q.bind(5, Storage::Database::currentUser()).bind(6, now).bind(7, now);
    if (!q.exec())
        return WriteGuard::dbError(q, "dealer_credit_limits");
    const QJsonObject after{{QStringLiteral("dealer_unit_id"), dealerUnitId},
                            {QStringLiteral("limit_fen"), limitFen}};
    if (Core::Status s = Storage::ChangeLog::record(
            c, {where, id,
                existed ? Storage::ChangeLog::Op::Update : Storage::ChangeLog::Op::Insert,
                before, after, hlc, {}});
        !s) {
        return s;
    }
    if (Core::Status s = guard.finish(); !s)
        return s;
    qCInfo(lcFinance) << "credit limit of dealer unit" << dealerUnitId << "set";
    return {};
}

Core::Result<std::optional<qint64>> DealerCredit::limit(Storage::Connection &c,
                                                        const QString &dealerUnitId)
{
    Storage::Statement q(c.handle(),
                         "SELECT limit_fen FROM dealer_credit_limits "
                         "WHERE dealer_unit_id = ? AND deleted = 0");
    q.bind(1, dealerUnitId);
    if (q.next())
        return std::optional<qint64>(q.int64(0));
    if (q.failed())
        return Core::Error{q.error(), QStringLiteral("dealer_credit_limits")};
    return std::optional<qint64>();
}

Core::Result<qint64> DealerCredit::balance(Storage::Connection &c, const QString &dealerUnitId,
                                           QDate asOf)
{
    Storage::Statement q(c.handle(),
                         "SELECT COALESCE(SUM(amount_fen), 0) FROM dealer_account_entries "
                         "WHERE dealer_unit_id = ? AND (? IS NULL OR entry_on <= ?)");
    const QString day = asOf.isValid() ? asOf.toString(Qt::ISODate) : QString();
    q.bind(1, dealerUnitId).bind(2, day).bind(3, day);
    if (!q.next())
        return Core::Error{q.error(), QStringLiteral("dealer_account_entries")};
    return q.int64(0);
}

} // namespace Hearth::Finance
