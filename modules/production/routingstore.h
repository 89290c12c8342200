#pragma once

#include "core/result.h"
#include "routing.h"

#include <QCoreApplication>
#include <QList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Routings and their steps in the database, and the choice of a routing for a work order.
class RoutingStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::RoutingStore)

public:
    /// Every routing with its steps, by code.
    static Core::Result<QList<Routing>> list(Storage::Connection &c);
    /// Writes a routing and its steps (steps need a work center each), recorded for sync;
    /// returns it with its id, a new one unless it has one (a shipped default's).
    static Core::Result<Routing> create(Storage::Connection &c, Routing routing);

    /// The routing of the workshop whose productTypes name one of the given product types (the
    /// split rule or template of the work order's lines, first match in their order), else the
    /// workshop's routing with no product types; nullptr when the workshop has none.
    static const Routing *choose(const QList<Routing> &routings, const QString &workshop,
                                 const QStringList &productTypes);
};

} // namespace Hearth::Production
