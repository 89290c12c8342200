#include "jobshopsolver.h"

#include "jobshopinstance.h"
#include "jssolverrun.h"

namespace Hearth::Production {

Core::Result<JobShopSolver::Outcome> JobShopSolver::solve(const JobShopInstance &instance,
                                                          const Options &options)
{
    if (instance.operationCount() == 0)
        return Core::Error{tr("the instance has no operations"), instance.name()};
    Internal::SolverRun run(instance, options);
    return run.solve();
}

} // namespace Hearth::Production
