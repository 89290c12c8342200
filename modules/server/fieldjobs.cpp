#include "fieldjobs.h"

#include "serverstore.h"
#include "servertime.h"

#include <QSqlQuery>
#include <QVariant>

namespace Hearth::Server {

namespace {

constexpr char Columns[] =
    "id, order_id, order_no, scope_unit, customer_name, customer_phone, address, slot_start, "
    "slot_end, notes, state, team_unit, assignee_id, taken_at, check_in_at, check_in_lat_e6, "
    "check_in_lon_e6, check_in_accuracy_cm, check_out_at, check_out_lat_e6, check_out_lon_e6, "
    "check_out_accuracy_cm, rating, rating_comment, rated_at, signature_id, created_by, "
    "request_hash, version, created_at, updated_at";

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// A column that is NOT NULL: an empty text stays empty, never NULL.
QString plain(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant time(const QDateTime &value)
{
    return text(ServerTime::text(value));
}

QVariant number(qint64 value, bool present)
{
    return present ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<FieldPosition> readPosition(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull() || q.value(first).toString().isEmpty())
        return std::nullopt;
    return FieldPosition{ServerTime::parse(q.value(first).toString()),
                         q.value(first + 1).toLongLong(), q.value(first + 2).toLongLong(),
                         q.value(first + 3).toLongLong()};
}

void bindPosition(QSqlQuery &q, const std::optional<FieldPosition> &p)
{
    q.addBindValue(p ? text(ServerTime::text(p->at)) : text(QString()));
    q.addBindValue(number(p ? p->latE6 : 0, p.has_value()));
    q.addBindValue(number(p ? p->lonE6 : 0, p.has_value()));
    q.addBindValue(number(p ? p->accuracyCm : 0, p.has_value()));
}

InstallJob readJob(const QSqlQuery &q)
{
    InstallJob job;
    job.id = q.value(0).toString();
    job.orderId = q.value(1).toString();
    job.orderNo = q.value(2).toString();
    job.scopeUnit = q.value(3).toString();
    job.customerName = q.value(4).toString();
    job.customerPhone = q.value(5).toString();
    job.address = q.value(6).toString();
    job.slotStart = ServerTime::parse(q.value(7).toString());
    job.slotEnd = ServerTime::parse(q.value(8).toString());
    job.notes = q.value(9).toString();
    job.state = q.value(10).toString();
    job.teamUnit = q.value(11).toString();
    job.assigneeId = q.value(12).toString();
    job.takenAt = ServerTime::parse(q.value(13).toString());
    job.checkIn = readPosition(q, 14);
    job.checkOut = readPosition(q, 18);
    job.rating = q.value(22).toInt();
    job.ratingComment = q.value(23).toString();
    job.ratedAt = ServerTime::parse(q.value(24).toString());
    job.signatureId = q.value(25).toString();
    job.createdBy = q.value(26).toString();
    job.requestHash = q.value(27).toString();
    job.version = q.value(28).toInt();
    job.createdAt = ServerTime::parse(q.value(29).toString());
    job.updatedAt = ServerTime::parse(q.value(30).toString());
    return job;
}

} // namespace

Core::Result<QList<InstallJob>> FieldJobs::select(const QString &where, const QStringList &values)
{
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT %1 FROM install_jobs WHERE %2")
                                      .arg(QLatin1String(Columns), where));
    for (const QString &value : values)
        q.addBindValue(value);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QList<InstallJob> jobs;
    while (q.next())
        jobs.append(readJob(q));
    return jobs;
}

Core::Result<std::optional<InstallJob>> FieldJobs::find(const QString &id)
{
    const Core::Result<QList<InstallJob>> jobs = select(QStringLiteral("id = ?"), {id});
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return std::optional<InstallJob>();
    return std::optional<InstallJob>(jobs->constFirst());
}

Core::Result<QList<InstallJob>> FieldJobs::assignedTo(const QString &userId)
{
    return select(QStringLiteral("assignee_id = ? ORDER BY slot_start, id"), {userId});
}

Core::Result<QList<InstallJob>> FieldJobs::openFor(const QString &teamUnit)
{
    return select(QStringLiteral("state = ? AND assignee_id IS NULL "
                                 "AND (team_unit IS NULL OR team_unit = ?) "
                                 "ORDER BY slot_start, id"),
                  {QLatin1String(Open), teamUnit});
}

Core::Result<bool> FieldJobs::hasJobForOrder(const QString &userId, const QString &orderId)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM install_jobs WHERE assignee_id = ? AND order_id = ? "
        "AND state <> ?"));
    q.addBindValue(userId);
    q.addBindValue(orderId);
    q.addBindValue(QLatin1String(Cancelled));
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Core::Status FieldJobs::insert(const InstallJob &job)
{
    QSqlQuery q = m_store.prepare(QStringLiteral("INSERT INTO install_jobs (%1) VALUES (?, ?, ?, "
                                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(QLatin1String(Columns)));
    q.addBindValue(job.id);
    q.addBindValue(job.orderId);
    q.addBindValue(plain(job.orderNo));
    q.addBindValue(plain(job.scopeUnit));
    q.addBindValue(plain(job.customerName));
    q.addBindValue(plain(job.customerPhone));
    q.addBindValue(plain(job.address));
    q.addBindValue(ServerTime::text(job.slotStart));
    q.addBindValue(ServerTime::text(job.slotEnd));
    q.addBindValue(plain(job.notes));
    q.addBindValue(job.state);
    q.addBindValue(text(job.teamUnit));
    q.addBindValue(text(job.assigneeId));
    q.addBindValue(time(job.takenAt));
    bindPosition(q, job.checkIn);
    bindPosition(q, job.checkOut);
    q.addBindValue(number(job.rating, job.rating > 0));
    q.addBindValue(text(job.ratingComment));
    q.addBindValue(time(job.ratedAt));
    q.addBindValue(text(job.signatureId));
    q.addBindValue(job.createdBy);
    q.addBindValue(job.requestHash);
    q.addBindValue(job.version);
    q.addBindValue(ServerTime::text(job.createdAt));
    q.addBindValue(ServerTime::text(job.updatedAt));
    return m_store.exec(q);
}

Core::Result<bool> FieldJobs::update(const InstallJob &job, const QDateTime &now)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "UPDATE install_jobs SET state = ?, assignee_id = ?, taken_at = ?, check_in_at = ?, "
        "check_in_lat_e6 = ?, check_in_lon_e6 = ?, check_in_accuracy_cm = ?, check_out_at = ?, "
        "check_out_lat_e6 = ?, check_out_lon_e6 = ?, check_out_accuracy_cm = ?, rating = ?, "
        "rating_comment = ?, rated_at = ?, signature_id = ?, version = ?, updated_at = ? "
        "WHERE id = ? AND version = ?"));
    q.addBindValue(job.state);
    q.addBindValue(text(job.assigneeId));
    q.addBindValue(time(job.takenAt));
    bindPosition(q, job.checkIn);
    bindPosition(q, job.checkOut);
    q.addBindValue(number(job.rating, job.rating > 0));
    q.addBindValue(text(job.ratingComment));
    q.addBindValue(time(job.ratedAt));
    q.addBindValue(text(job.signatureId));
    q.addBindValue(job.version + 1);
    q.addBindValue(ServerTime::text(now));
    q.addBindValue(job.id);
    q.addBindValue(job.version);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Core::Result<bool> FieldJobs::addPing(const FieldPing &ping, const QDateTime &now)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO field_pings (id, user_id, job_id, at, lat_e6, lon_e6, accuracy_cm, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    q.addBindValue(ping.id);
    q.addBindValue(ping.userId);
    q.addBindValue(text(ping.jobId));
    q.addBindValue(ServerTime::text(ping.position.at));
    q.addBindValue(ping.position.latE6);
    q.addBindValue(ping.position.lonE6);
    q.addBindValue(ping.position.accuracyCm);
    q.addBindValue(ServerTime::text(now));
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

} // namespace Hearth::Server
