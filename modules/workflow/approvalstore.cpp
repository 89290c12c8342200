#include "approvalstore.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "users/roles.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

#include <sqlite3.h>

namespace Hearth::Workflow {

namespace {

using Storage::Connection;
using Storage::Statement;

#define APPROVAL_COLUMNS                                                                          \
    "id, order_id, request, kind, step, role, status, reason, decided_by, decided_at, comment, " \
    "created_at, hlc"

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Approval readRow(const Statement &q)
{
    Approval a;
    a.id = q.text(0);
    a.orderId = q.text(1);
    a.request = q.text(2);
    a.kind = q.text(3);
    a.step = int(q.int64(4));
    a.role = q.text(5);
    a.status = q.text(6);
    a.reason = q.text(7);
    a.decidedBy = q.text(8);
    a.decidedAt = q.text(9);
    a.comment = q.text(10);
    a.createdAt = q.text(11);
    a.hlc = q.text(12);
    return a;
}

/// True when the statement's last step ended in an error rather than after its last row.
// TODO(#3): use Statement::failed() once storage has it.
bool stepFailed(const Connection &c, const Statement &q)
{
    const int rc = sqlite3_errcode(c.handle());
    return !q.isValid() || (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE);
}

/// Runs a bound query and reads every row; the statement is reset either way.
Core::Result<QList<Approval>> readAll(const Connection &c, Statement &q)
{
    QList<Approval> rows;
    while (q.next())
        rows.append(readRow(q));
    const bool failed = stepFailed(c, q);
    const QString error = q.error();
    q.reset();
    if (failed)
        return Core::Error{error, QStringLiteral("approvals")};
    return rows;
}

QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

/// Writes the step's status, decision and clock, and records the change on its order.
Core::Status update(Connection &c, const Approval &before, const Approval &after,
                    const QString &reason)
{
    Statement &q = c.prepare(
        "UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?, comment = ?, hlc = ? "
        "WHERE id = ?");
    q.bind(1, after.status)
        .bind(2, orNull(after.decidedBy))
        .bind(3, orNull(after.decidedAt))
        .bind(4, orNull(after.comment))
        .bind(5, after.hlc)
        .bind(6, after.id);
    if (!q.exec())
        return Core::Error{q.error(), QStringLiteral("approvals")};
    return Storage::ChangeLog::record(c, {QStringLiteral("approvals"), after.id,
                                          Storage::ChangeLog::Op::Update, before.toJson(),
                                          after.toJson(), after.hlc, reason},
                                      after.orderId);
}

Core::Result<QList<Approval>> requestSteps(Connection &c, const QString &request)
{
    Statement &q = c.prepare("SELECT " APPROVAL_COLUMNS " FROM approvals "
                             "WHERE request = ? AND deleted = 0 ORDER BY step");
    q.bind(1, request);
    return readAll(c, q);
}

} // namespace

QJsonObject Approval::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("order_id"), orderId},
                  {QStringLiteral("request"), request},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("step"), step},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("created_at"), createdAt}};
    if (!decidedBy.isEmpty())
        o.insert(QStringLiteral("decided_by"), decidedBy);
    if (!decidedAt.isEmpty())
        o.insert(QStringLiteral("decided_at"), decidedAt);
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    return o;
}

Core::Result<QString> ApprovalStore::request(Connection &c, const QString &orderId,
                                             const QString &kind, const QStringList &roles,
                                             const QString &reason)
{
    if (orderId.isEmpty() || kind.trimmed().isEmpty())
        return Core::Error{tr("an approval needs an order and a kind"), kind};
    if (roles.isEmpty())
        return Core::Error{tr("an approval needs at least one role to decide"), kind};
    for (const QString &role : roles) {
        if (role.trimmed().isEmpty())
            return Core::Error{tr("an approver's role is empty"), kind};
    }
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("an approval request needs a reason"), kind};

    Statement &existing = c.prepare(
        "SELECT request FROM approvals WHERE order_id = ? AND kind = ? AND deleted = 0 "
        "AND status <> 'withdrawn' ORDER BY rowid LIMIT 1");
    existing.bind(1, orderId).bind(2, kind);
    const QString current = existing.next() ? existing.text(0) : QString();
    const bool failed = current.isEmpty() && stepFailed(c, existing);
    const QString error = existing.error();
    existing.reset();
    if (failed)
        return Core::Error{error, QStringLiteral("approvals")};
    if (!current.isEmpty())
        return current;

    const QString request = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = nowUtc();
    Statement &insert = c.prepare(
        "INSERT INTO approvals(id, hlc, order_id, request, kind, step, role, status, reason, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < roles.size(); ++i) {
        Approval a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.hlc = Storage::Database::clock().now();
        a.orderId = orderId;
        a.request = request;
        a.kind = kind;
        a.step = int(i + 1);
        a.role = roles.at(i).trimmed();
        a.status = QLatin1String(i == 0 ? Pending : Waiting);
        a.reason = reason.trimmed();
        a.createdAt = now;
        insert.bind(1, a.id)
            .bind(2, a.hlc)
            .bind(3, a.orderId)
            .bind(4, a.request)
            .bind(5, a.kind)
            .bind(6, a.step)
            .bind(7, a.role)
            .bind(8, a.status)
            .bind(9, a.reason)
            .bind(10, a.createdAt);
        if (!insert.exec())
            return Core::Error{insert.error(), QStringLiteral("approvals")};
        const Core::Status logged = Storage::ChangeLog::record(
            c, {QStringLiteral("approvals"), a.id, Storage::ChangeLog::Op::Insert, {},
                a.toJson(), a.hlc, a.reason},
            orderId);
        if (!logged)
            return logged.error();
    }
    return request;
}

Core::Result<QStringList> ApprovalStore::requestFor(Connection &c, const QString &orderId,
                                                    const ReviewResult &review)
{
    QStringList rules;
    QHash<QString, QStringList> reasons;
    QHash<QString, QStringList> roles;
    for (const ReviewFinding &f : review.approvals()) {
        if (!rules.contains(f.rule)) {
            rules.append(f.rule);
            roles.insert(f.rule, f.approvers);
        }
        reasons[f.rule].append(f.message);
    }
    QStringList ids;
    for (const QString &rule : rules) {
        const auto id = request(c, orderId, rule, roles.value(rule),
                                reasons.value(rule).join(QStringLiteral("; ")));
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    return ids;
}

Core::Status ApprovalStore::decide(Connection &c, const QString &approvalId,
                                   const QString &userId, const QString &userRole, bool approve,
                                   const QString &comment)
{
    const auto found = get(c, approvalId);
    if (!found)
        return found.error();
    const Approval step = found.value();

    if (userRole != step.role) {
        return Core::Error{tr("step %1 of this approval is for the %2; you are signed in as %3")
                               .arg(step.step)
                               .arg(roleTitle(step.role), roleTitle(userRole)),
                           step.kind};
    }
    if (step.status == QLatin1String(Withdrawn))
        return Core::Error{tr("this approval was withdrawn"), step.kind};
    if (step.status == QLatin1String(Approved)) {
        return Core::Error{tr("this step was already approved at %1").arg(step.decidedAt),
                           step.kind};
    }
    if (step.status == QLatin1String(Rejected)) {
        return Core::Error{tr("this step was already rejected at %1").arg(step.decidedAt),
                           step.kind};
    }

    const auto steps = requestSteps(c, step.request);
    if (!steps)
        return steps.error();
    if (step.status == QLatin1String(Waiting)) {
        for (const Approval &earlier : steps.value()) {
            if (earlier.step < step.step && earlier.status != QLatin1String(Approved)) {
                return Core::Error{tr("step %1 waits until step %2 (%3) is approved")
                                       .arg(step.step)
                                       .arg(earlier.step)
                                       .arg(roleTitle(earlier.role)),
                                   step.kind};
            }
        }
    }
    if (step.status != QLatin1String(Pending))
        return Core::Error{tr("this step is not open for a decision"), step.kind};
    for (const Approval &other : steps.value()) {
        if (other.id != step.id && other.decidedBy == userId) {
            return Core::Error{tr("you already decided step %1 of this approval; another "
                                  "person must decide step %2")
                                   .arg(other.step)
                                   .arg(step.step),
                               step.kind};
        }
    }
    if (!approve && comment.trimmed().isEmpty())
        return Core::Error{tr("a rejection needs a comment that says why"), step.kind};

    const QString now = nowUtc();
    Approval decided = step;
    decided.status = QLatin1String(approve ? Approved : Rejected);
    decided.decidedBy = userId;
    decided.decidedAt = now;
    decided.comment = comment.trimmed();
    decided.hlc = Storage::Database::clock().now();
    if (auto s = update(c, step, decided, decided.comment); !s)
        return s;

    for (const Approval &later : steps.value()) {
        if (later.step <= step.step || later.status != QLatin1String(Waiting))
            continue;
        if (approve && later.step != step.step + 1)
            continue;
        Approval changed = later;
        changed.status = QLatin1String(approve ? Pending : Withdrawn);
        changed.hlc = Storage::Database::clock().now();
        if (auto s = update(c, later, changed, decided.comment); !s)
            return s;
    }
    return {};
}

Core::Result<int> ApprovalStore::withdraw(Connection &c, const QString &orderId,
                                          const QString &reason)
{
    Statement &q = c.prepare("SELECT " APPROVAL_COLUMNS " FROM approvals "
                             "WHERE order_id = ? AND deleted = 0 AND status <> 'withdrawn' "
                             "ORDER BY rowid");
    q.bind(1, orderId);
    const auto rows = readAll(c, q);
    if (!rows)
        return rows.error();
    for (const Approval &a : rows.value()) {
        Approval changed = a;
        changed.status = QLatin1String(Withdrawn);
        changed.hlc = Storage::Database::clock().now();
        if (auto s = update(c, a, changed, reason); !s)
            return s.error();
    }
    return int(rows->size());
}

Core::Result<QList<Approval>> ApprovalStore::pendingFor(Connection &c, const QString &role)
{
    Statement &q = c.prepare("SELECT " APPROVAL_COLUMNS " FROM approvals "
                             "WHERE role = ? AND status = 'pending' AND deleted = 0 "
                             "ORDER BY created_at, rowid");
    q.bind(1, role);
    return readAll(c, q);
}

Core::Result<QList<Approval>> ApprovalStore::forOrder(Connection &c, const QString &orderId)
{
    Statement &q = c.prepare("SELECT " APPROVAL_COLUMNS " FROM approvals "
                             "WHERE order_id = ? AND deleted = 0 ORDER BY rowid");
    q.bind(1, orderId);
    return readAll(c, q);
}

Core::Result<Approval> ApprovalStore::get(Connection &c, const QString &approvalId)
{
    Statement &q = c.prepare("SELECT " APPROVAL_COLUMNS " FROM approvals "
                             "WHERE id = ? AND deleted = 0");
    q.bind(1, approvalId);
    const auto rows = readAll(c, q);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Core::Error{tr("no such approval"), approvalId};
    return rows->first();
}

Core::Result<ApprovalCounts> ApprovalStore::state(Connection &c, const QString &orderId,
                                                  const QString &ignoredKindPrefix)
{
    const auto rows = forOrder(c, orderId);
    if (!rows)
        return rows.error();
    QHash<QString, QString> byRequest;  // request -> pending, approved or rejected
    QStringList order;
    for (const Approval &a : rows.value()) {
        if (a.status == QLatin1String(Withdrawn)
            || (!ignoredKindPrefix.isEmpty() && a.kind.startsWith(ignoredKindPrefix)))
            continue;
        if (!byRequest.contains(a.request)) {
            order.append(a.request);
            byRequest.insert(a.request, QLatin1String(Approved));
        }
        QString &where = byRequest[a.request];
        if (a.status == QLatin1String(Rejected))
            where = QLatin1String(Rejected);
        else if (where != QLatin1String(Rejected) && a.status != QLatin1String(Approved))
            where = QLatin1String(Pending);
    }
    ApprovalCounts counts;
    for (const QString &request : order) {
        const QString &where = byRequest.value(request);
        if (where == QLatin1String(Rejected))
            ++counts.rejected;
        else if (where == QLatin1String(Pending))
            ++counts.pending;
        else
            ++counts.approved;
    }
    return counts;
}

QString ApprovalStore::roleTitle(const QString &role)
{
    if (const auto known = Users::Roles::fromCode(role))
        return Users::Roles::title(*known);
    return role;
}

} // namespace Hearth::Workflow

#undef APPROVAL_COLUMNS
