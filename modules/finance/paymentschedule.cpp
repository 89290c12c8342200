#include "paymentschedule.h"

#include "receiptbook.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"
#include "writeguard.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;

// Ids of schedule rows: a name-based UUID of the order and the stage, so that two desks that
// make the same order's schedule offline write the same row (UNIQUE (order_id, stage)).
const QUuid scheduleNamespace(QStringLiteral("{b3e0d6a2-5c1f-4e7b-8a94-2f6d1c0e7a35}"));

constexpr char stagePrefix[] = "collection:";

struct Row
{
    QString id;
    QString taskId;
    qint64 amountFen = 0;
    QString dueOn;
    bool deleted = false;

    QJsonObject toJson(const QString &orderId, const QString &stage) const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("order_id"), orderId},
                {QStringLiteral("task_id"), taskId},
                {QStringLiteral("stage"), stage},
                {QStringLiteral("amount_fen"), amountFen},
                {QStringLiteral("due_on"), dueOn},
                {QStringLiteral("deleted"), deleted}};
    }
};

QTimeZone siteZone(Storage::Connection &c)
{
    const auto calendar = Workflow::WorkCalendar::load(c);
    return calendar ? calendar->timeZone()
                    : Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId);
}

} // namespace

bool Instalment::isOverdue(QDate today) const
{
    return dueOn.isValid() && dueOn < today && outstandingFen() > 0;
}

QJsonObject Instalment::toJson() const
{
    return {{QStringLiteral("stage"), stage},
            {QStringLiteral("amount_fen"), amountFen},
            {QStringLiteral("due_on"), dueOn.isValid() ? dueOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("paid_fen"), paidFen},
            {QStringLiteral("outstanding_fen"), outstandingFen()}};
}

QString PaymentSchedule::rowId(const QString &orderId, const QString &stage)
{
    return QUuid::createUuidV5(scheduleNamespace, orderId + u'/' + stage)
        .toString(QUuid::WithoutBraces);
}

Core::Result<int> PaymentSchedule::refresh(Storage::Connection &c, const QString &orderId)
{
    const QString where = QStringLiteral("payment_schedules");
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};
    const QTimeZone zone = siteZone(c);

    QHash<QString, Row> wanted;  // by stage
    Storage::Statement tasks(c.handle(),
                             "SELECT task_key, id, COALESCE(amount_fen, 0), due_at FROM tasks "
                             "WHERE order_id = ? AND kind = 'collection' AND deleted = 0 "
                             "AND status <> 'cancelled' AND task_key LIKE 'collection:%'");
    tasks.bind(1, orderId);
    while (tasks.next()) {
        Row r;
        r.taskId = tasks.text(1);
        r.amountFen = tasks.int64(2);
        const QDateTime due = QDateTime::fromString(tasks.text(3), Qt::ISODateWithMs);
        if (due.isValid())
            r.dueOn = due.toTimeZone(zone).date().toString(Qt::ISODate);
        wanted.insert(tasks.text(0).mid(int(qstrlen(stagePrefix))), r);
    }
    if (tasks.failed())
        return Core::Error{tasks.error(), QStringLiteral("tasks")};

    QHash<QString, Row> existing;
    Storage::Statement rows(c.handle(),
                            "SELECT stage, id, COALESCE(task_id, ''), amount_fen, "
                            "COALESCE(due_on, ''), deleted FROM payment_schedules "
                            "WHERE order_id = ?");
    rows.bind(1, orderId);
    while (rows.next()) {
        existing.insert(rows.text(0), {rows.text(1), rows.text(2), rows.int64(3), rows.text(4),
                                       rows.int64(5) != 0});
    }
    if (rows.failed())
        return Core::Error{rows.error(), where};

    const QString now = WriteGuard::nowIso();
    int changed = 0;
    const auto write = [&](const QString &stage, const std::optional<Row> &before,
                           Row after) -> Core::Status {
        const QString hlc = Storage::Database::clock().now();
        Storage::Statement &q =
            before ? c.prepare("UPDATE payment_schedules SET hlc = ?, task_id = ?, "
                               "amount_fen = ?, due_on = ?, deleted = ?, updated_at = ? "
                               "WHERE id = ?")
                   : c.prepare("INSERT INTO payment_schedules(hlc, task_id, amount_fen, due_on, "
                               "deleted, updated_at, id, order_id, stage, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, hlc)
            .bind(2, after.taskId.isEmpty() ? QString() : after.taskId)
            .bind(3, after.amountFen)
            .bind(4, after.dueOn.isEmpty() ? QString() : after.dueOn)
            .bind(5, after.deleted ? 1 : 0)
            .bind(6, now)
            .bind(7, after.id);
        if (!before)
            q.bind(8, orderId).bind(9, stage).bind(10, now);
        if (!q.exec())
            return WriteGuard::dbError(q, "payment_schedules");
        q.reset();
        ++changed;
        return Storage::ChangeLog::record(
            c, {QStringLiteral("payment_schedules"), after.id,
                before ? Storage::ChangeLog::Op::Update : Storage::ChangeLog::Op::Insert,
                before ? before->toJson(orderId, stage) : QJsonObject(),
                after.toJson(orderId, stage), hlc, QStringLiteral("collection tasks")},
            orderId);
    };

    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const auto found = existing.constFind(it.key());
        if (found == existing.constEnd()) {
            Row r = it.value();
            r.id = PaymentSchedule::rowId(orderId, it.key());
            if (Core::Status s = write(it.key(), std::nullopt, r); !s)
                return s.error();
            continue;
        }
        Row r = it.value();
        r.id = found->id;
        if (found->deleted || found->amountFen != r.amountFen || found->dueOn != r.dueOn
            || found->taskId != r.taskId) {
            if (Core::Status s = write(it.key(), *found, r); !s)
                return s.error();
        }
    }
    for (auto it = existing.begin(); it != existing.end(); ++it) {
        if (wanted.contains(it.key()) || it->deleted)
            continue;
        Row r = it.value();
        r.deleted = true;
        if (Core::Status s = write(it.key(), it.value(), r); !s)
            return s.error();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    return changed;
}

Core::Result<QList<Instalment>> PaymentSchedule::forOrder(Storage::Connection &c,
                                                          const QString &orderId)
{
    Storage::Statement q(c.handle(),
                         "SELECT id, COALESCE(task_id, ''), stage, amount_fen, due_on "
                         "FROM payment_schedules WHERE order_id = ? AND deleted = 0 "
                         "ORDER BY due_on IS NULL, due_on, stage <> 'deposit', stage");
    q.bind(1, orderId);
    QList<Instalment> list;
    while (q.next()) {
        Instalment i;
        i.id = q.text(0);
        i.orderId = orderId;
        i.taskId = q.text(1);
        i.stage = q.text(2);
        i.amountFen = q.int64(3);
        i.dueOn = QDate::fromString(q.text(4), Qt::ISODate);
        list.append(i);
    }
    if (q.failed())
        return Core::Error{q.error(), QStringLiteral("payment_schedules")};

    const auto balance = ReceiptBook::balance(c, orderId);
    if (!balance)
        return balance.error();
    // The instalments already leave out the deposit the channel reported; the receipts
    // recorded here pay them off, the earliest due first.
    qint64 left = std::max<qint64>(balance->receivedFen - balance->refundedFen, 0);
    for (Instalment &i : list) {
        i.paidFen = std::clamp<qint64>(left, 0, std::max<qint64>(i.amountFen, 0));
        left -= i.paidFen;
    }
    return list;
}

} // namespace Hearth::Finance
