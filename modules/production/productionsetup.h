#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// What a new site's production starts with, written once when there is no work center yet:
/// the calendars, work centers and routings of resources/production.
class ProductionSetup
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ProductionSetup)

public:
    static Core::Status ensure(Storage::Connection &connection);
};

} // namespace Hearth::Production
