#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// hearthctl schedule --jobshop FILE [--seconds S] [--seed N] [--iterations N] [--verbose]
/// [--json]: solves a job-shop instance file and prints its makespan; --verbose adds each
/// machine's sequence with start times, --json prints all of it as one JSON object.
int cmdSchedule(const QStringList &args);

} // namespace Hearth::Cli
