#pragma once

#include "apiresponse.h"
#include "channelkeys.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// POST /api/v1/orders: one order from a channel system, validated as a file import is, written
/// in one transaction. A repeat with the same Idempotency-Key, or of the same channel order
/// number with the same content, gets the first answer again and writes nothing. The order, its
/// lines and its customer also become sync rows, so that desks pull them: scoped to the channel
/// key's organisation unit, or else to the unit whose code is the order's dealer code (kind
/// "dealer") or store code (kind "store"), or else to head office and the factory only.
///
/// The dealer and store codes name partner rows, the ones desks match orders by: a key bound to
/// a dealer (store) unit orders for that unit only, and an order without the code is the unit's;
/// any other code must be an organisation unit's of that kind or a partner's that desks pushed
/// already. The partner row pushed with that kind and code is used; else the server writes one
/// (every desk's, named like the unit) under an id made of kind and code.
class OrderIntake
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::OrderIntake)

public:
    static constexpr char IdempotencyHeader[] = "Idempotency-Key";
    static constexpr int MaxKeyLength = 200;
    static constexpr char ReplayedHeader[] = "Idempotent-Replayed";

    explicit OrderIntake(ServerStore &store) : m_store(store) {}

    ApiResponse receive(const ChannelKeys::Key &key, const QString &idempotencyKey,
                        const QByteArray &body, const QDateTime &now);

private:
    enum class Outcome { Done, Retry };

    struct Answer
    {
        int status = 0;
        QString response;
        QString requestHash;
    };

    /// The partner row an order names: found among the synced partners, or to be written.
    struct PartnerRow
    {
        QString id;
        QString kind;
        QString code;
        QString name;
        bool exists = false;
    };

    struct OrderPartners
    {
        std::optional<PartnerRow> dealer;
        std::optional<PartnerRow> store;
    };

    Outcome attempt(const ChannelKeys::Key &key, const QString &idempotencyKey,
                    const QByteArray &body, const QDateTime &now, ApiResponse *response);
    /// Checks the order's dealer and store codes against the key (filling in the code of the
    /// key's own unit when the order has none) and finds their partner rows. Problems with the
    /// order's data go to problems; a failed read is the error.
    Core::Result<OrderPartners> resolvePartners(const ChannelKeys::Key &key,
                                                Orders::SalesOrder *order,
                                                QList<FieldProblem> *problems);
    /// The partner of this kind and code: the synced row, else one to write for the unit of
    /// that code and kind; nullopt when there is neither.
    Core::Result<std::optional<PartnerRow>> partnerFor(const QString &kind, const QString &code);
    Core::Status writeSyncRows(const ChannelKeys::Key &key, const Orders::SalesOrder &order,
                               const OrderPartners &partners, const QDateTime &now);
    std::optional<Answer> firstAnswer(const QString &column, const QString &value,
                                           const QString &channelKeyId = QString());

    ServerStore &m_store;
};

} // namespace Hearth::Server
