#include "jobshopvalidator.h"

#include "jobshopinstance.h"
#include "jobshopschedule.h"

#include <algorithm>

namespace Hearth::Production {

namespace {

QString describe(const JobShopInstance &instance, int op)
{
    return JobShopValidator::tr("job %1, step %2 (machine %3)")
        .arg(instance.jobOf(op) + 1)
        .arg(instance.stepOf(op) + 1)
        .arg(instance.machine(op));
}

} // namespace

Core::Status JobShopValidator::check(const JobShopInstance &instance,
                                     const JobShopSchedule &schedule)
{
    const QString where = instance.name();
    if (schedule.operationCount() != instance.operationCount()) {
        return Core::Error{tr("the schedule has %1 operations; the instance has %2")
                               .arg(schedule.operationCount())
                               .arg(instance.operationCount()),
                           where};
    }
    for (int op = 0; op < instance.operationCount(); ++op) {
        if (schedule.start(op) < 0)
            return Core::Error{tr("%1 is not scheduled").arg(describe(instance, op)), where};
    }

    for (int job = 0; job < instance.jobCount(); ++job) {
        for (int step = 1; step < instance.stepsPerJob(); ++step) {
            const int before = instance.operation(job, step - 1);
            const int op = instance.operation(job, step);
            const int previousEnd = schedule.start(before) + instance.duration(before);
            if (schedule.start(op) < previousEnd) {
                return Core::Error{tr("%1 starts at %2, before the step ahead of it ends at %3")
                                       .arg(describe(instance, op))
                                       .arg(schedule.start(op))
                                       .arg(previousEnd),
                                   where};
            }
        }
    }

    const std::vector<std::vector<int>> sequences = schedule.machineSequences(instance);
    for (const std::vector<int> &sequence : sequences) {
        int latest = -1;
        for (int op : sequence) {
            if (latest >= 0) {
                const int latestEnd = schedule.start(latest) + instance.duration(latest);
                if (schedule.start(op) < latestEnd && instance.duration(op) > 0) {
                    return Core::Error{tr("%1 starts at %2 while %3 runs on the same machine "
                                          "until %4")
                                           .arg(describe(instance, op))
                                           .arg(schedule.start(op))
                                           .arg(describe(instance, latest))
                                           .arg(latestEnd),
                                       where};
                }
            }
            if (latest < 0
                || schedule.start(op) + instance.duration(op)
                       > schedule.start(latest) + instance.duration(latest)) {
                latest = op;
            }
        }
    }

    int makespan = 0;
    for (int op = 0; op < instance.operationCount(); ++op)
        makespan = std::max(makespan, schedule.start(op) + instance.duration(op));
    if (makespan != schedule.makespan()) {
        return Core::Error{tr("the schedule claims a makespan of %1 but its last operation ends "
                              "at %2")
                               .arg(schedule.makespan())
                               .arg(makespan),
                           where};
    }
    return {};
}

} // namespace Hearth::Production
