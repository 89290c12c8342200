#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// hearthctl process: runs the process engine over waiting orders, or fires an event on one.
int cmdProcess(const QStringList &args);
/// hearthctl orders cancel|delete ORDER_NO --reason TEXT (Workflow::OrderRemoval).
int cmdOrderRemoval(const QStringList &args);
/// hearthctl rules list|export|check|save|activate|dry-run.
int cmdRules(const QStringList &args);
/// hearthctl processes list|export CODE FILE|check FILE|save FILE|activate ID.
int cmdProcesses(const QStringList &args);
/// hearthctl tasks: lists tasks; "tasks escalate" escalates overdue ones.
int cmdTasks(const QStringList &args);
/// hearthctl approve ID --as USER [--reject] --comment TEXT.
int cmdApprove(const QStringList &args);
/// For hearthctl demo, on the open database: staff in every role (in their workshops and
/// installation teams) and one run of the process engine, so that the demo has tasks for people.
int demoWorkflow();

} // namespace Hearth::Cli
