#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Server {

class ServerStore;
struct OrderRef;

/// The completeness gate (齐套) as the server applies it when an installation is booked: the
/// order's packages, as the desks synced them, must all be scanned into staging or loaded,
/// and there must be some. The desks keep the finer gate (every panel and bought-in line
/// packed, Warehouse::Completeness); a package is closed only when its lines are packed, so
/// a staged package is a packed one.
class InstallGate
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::InstallGate)

public:
    /// Why the order may not be booked yet, translated; empty when it may.
    static Core::Result<QString> problem(ServerStore &store, const OrderRef &order);
};

} // namespace Hearth::Server
