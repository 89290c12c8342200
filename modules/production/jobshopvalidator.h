#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Hearth::Production {

class JobShopInstance;
class JobShopSchedule;

/// Checks a job-shop schedule against its instance: every operation placed exactly once at a
/// time of 0 or later, each job's steps in order, no machine running two operations at once,
/// and the makespan the schedule claims. The error names the first operation at fault.
class JobShopValidator
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::JobShopValidator)

public:
    static Core::Status check(const JobShopInstance &instance, const JobShopSchedule &schedule);
};

} // namespace Hearth::Production
