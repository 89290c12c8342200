#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// Where a phone was, and when: microdegrees and centimetres, never binary fractions.
struct FieldPosition
{
    QDateTime at;
    qint64 latE6 = 0;
    qint64 lonE6 = 0;
    qint64 accuracyCm = 0;
};

/// An installation job (安装工单) as the server keeps it.
struct InstallJob
{
    QString id;
    QString orderId;
    QString orderNo;
    QString scopeUnit;
    QString customerName;
    QString customerPhone;
    QString address;
    QDateTime slotStart;
    QDateTime slotEnd;
    QString notes;
    QString state;
    QString teamUnit;
    QString assigneeId;
    QDateTime takenAt;
    std::optional<FieldPosition> checkIn;
    std::optional<FieldPosition> checkOut;
    int rating = 0;
    QString ratingComment;
    QDateTime ratedAt;
    QString signatureId;
    QString createdBy;
    QString requestHash;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A location ping of an installer's phone.
struct FieldPing
{
    QString id;
    QString userId;
    QString jobId;
    FieldPosition position;
};

/// Installation jobs and pings in ServerStore; every write runs in the caller's transaction.
class FieldJobs
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::FieldJobs)

public:
    static constexpr char Open[] = "open";
    static constexpr char Assigned[] = "assigned";
    static constexpr char CheckedIn[] = "checked_in";
    static constexpr char Done[] = "done";
    static constexpr char Cancelled[] = "cancelled";

    explicit FieldJobs(ServerStore &store) : m_store(store) {}

    Core::Result<std::optional<InstallJob>> find(const QString &id);
    /// The jobs given to a user, by slot.
    Core::Result<QList<InstallJob>> assignedTo(const QString &userId);
    /// Open jobs nobody has taken, of this team or of no team, by slot.
    Core::Result<QList<InstallJob>> openFor(const QString &teamUnit);
    /// The jobs of an order that a user is (or was) given, not cancelled.
    Core::Result<bool> hasJobForOrder(const QString &userId, const QString &orderId);
    Core::Status insert(const InstallJob &job);
    /// Writes the job's changing columns when nobody changed it since job.version was read;
    /// false when somebody did (the caller reads it again).
    Core::Result<bool> update(const InstallJob &job, const QDateTime &now);
    /// Stores a ping once; false when its id was already there.
    Core::Result<bool> addPing(const FieldPing &ping, const QDateTime &now);

private:
    Core::Result<QList<InstallJob>> select(const QString &where, const QStringList &values);

    ServerStore &m_store;
};

} // namespace Hearth::Server
