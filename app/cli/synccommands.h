#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// `hearthctl sync`: one sync round of a desk database with the server, without a display.
int cmdSync(const QStringList &args);
/// `hearthctl conflicts [keep-mine|take-server|recreate ID]`: the desk's sync conflicts, and
/// settling one of them as the sync page does.
int cmdConflicts(const QStringList &args);

} // namespace Hearth::Cli
