#pragma once

#include "core/result.h"
#include "workflow/reviewresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// One step of an approval chain (table approvals). The steps of a request are decided in
/// order: step 1 starts pending, later steps wait until the step before is approved.
struct Approval
{
    QString id;
    QString orderId;
    QString request;  // shared by the steps of one request
    QString kind;     // "discount", "total", ... (the review rule that asked)
    int step = 0;     // 1, 2, ...
    QString role;     // the role that decides this step: "sales_manager"
    QString status;   // waiting, pending, approved, rejected, withdrawn
    QString reason;
    QString decidedBy;
    QString decidedAt;
    QString comment;
    QString createdAt;
    QString hlc;

    QJsonObject toJson() const;
    bool operator==(const Approval &) const = default;
};

/// Requests of one order that were not withdrawn, each counted once by where it stands: still
/// waiting for a decision, approved by every step, or rejected at some step.
struct ApprovalCounts
{
    int pending = 0;
    int approved = 0;
    int rejected = 0;

    bool operator==(const ApprovalCounts &) const = default;
};

/// The approval chains that review (审单) asks for. Every function works in the caller's
/// transaction and records each change with Storage::ChangeLog on the order (audit row id =
/// the order id), so that it shows on the order's timeline.
class ApprovalStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::ApprovalStore)

public:
    static constexpr char Waiting[] = "waiting";
    static constexpr char Pending[] = "pending";
    static constexpr char Approved[] = "approved";
    static constexpr char Rejected[] = "rejected";
    static constexpr char Withdrawn[] = "withdrawn";

    /// Asks the roles, in order, to approve; returns the request id. An order has at most one
    /// current (not withdrawn) request of a kind: asking again returns that request's id,
    /// whether it is still open or already decided, so a re-run of review asks nobody twice.
    static Core::Result<QString> request(Storage::Connection &connection, const QString &orderId,
                                         const QString &kind, const QStringList &roles,
                                         const QString &reason);
    /// request() for each rule of a review that asked for approval: the rule's id is the kind,
    /// its approvers the roles, and its findings' messages the reason. Returns the request ids.
    static Core::Result<QStringList> requestFor(Storage::Connection &connection,
                                                const QString &orderId,
                                                const ReviewResult &review);
    /// Decides a pending step. Refused: a user whose role is not the step's, a step that is not
    /// pending (waiting for an earlier step, decided, withdrawn), a user who decided an earlier
    /// step of the same request, and a rejection without a comment. Approving step n makes
    /// step n + 1 pending; rejecting withdraws the steps after it.
    static Core::Status decide(Storage::Connection &connection, const QString &approvalId,
                               const QString &userId, const QString &userRole, bool approve,
                               const QString &comment);
    /// Withdraws every current request of the order (when it is resubmitted); returns the
    /// number of steps withdrawn. Decisions already taken keep who decided and when.
    static Core::Result<int> withdraw(Storage::Connection &connection, const QString &orderId,
                                      const QString &reason);

    /// Steps waiting for a decision by the role, oldest first.
    static Core::Result<QList<Approval>> pendingFor(Storage::Connection &connection,
                                                    const QString &role);
    /// Every step of every request of the order, oldest request first, by step.
    static Core::Result<QList<Approval>> forOrder(Storage::Connection &connection,
                                                  const QString &orderId);
    static Core::Result<Approval> get(Storage::Connection &connection,
                                      const QString &approvalId);
    /// Requests whose kind starts with ignoredKindPrefix (when given) are left out.
    static Core::Result<ApprovalCounts> state(Storage::Connection &connection,
                                              const QString &orderId,
                                              const QString &ignoredKindPrefix = {});

    /// The translated title of a role code, for messages: "sales_manager" -> 销售经理.
    static QString roleTitle(const QString &role);
};

} // namespace Hearth::Workflow
