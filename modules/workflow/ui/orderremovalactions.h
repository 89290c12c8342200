#pragma once

namespace Hearth::Workflow {

/// Registers "Cancel order…" (作废) and "Delete order…" (删除) with the orders page
/// (Orders::OrderActions), both through Workflow::OrderRemoval with a process engine of their
/// own; the workflow module calls it when it loads. Calling it again changes nothing.
void registerOrderRemovalActions();

} // namespace Hearth::Workflow
