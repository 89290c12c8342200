#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// `hearthctl sync`: one sync round of a desk database with the server, without a display.
int cmdSync(const QStringList &args);

} // namespace Hearth::Cli
