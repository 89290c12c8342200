#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// The number of work orders whose saved plan ends after their deadline (a confirmed
/// installation slot, else the end of the due day in the site's zone), as Plan::lateJobs()
/// counts them, from one grouped query: fast enough for the navigation's badge.
class PlanLateCount
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::PlanLateCount)

public:
    static Core::Result<int> count(Storage::Connection &c, const QTimeZone &siteZone);
};

} // namespace Hearth::Production
