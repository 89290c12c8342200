#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// Exit codes scripts can rely on.
enum ExitCode {
    Ok = 0,
    Usage = 1,         // wrong arguments
    Failed = 2,        // a file or the database could not be used
    BadRows = 3,       // the import found bad rows and wrote nothing
    NeedsDateOrder = 4,  // the dates can be read two ways: pass --date-order
    NotFound = 5,      // no such order
};

int run(const QStringList &arguments);

} // namespace Hearth::Cli
