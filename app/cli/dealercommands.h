#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// hearthctl statement --dealer CODE --from DATE --to DATE [--xlsx FILE] [--pdf FILE]: a
/// dealer's statement (对账单) for the period, printed and optionally written as xlsx or PDF.
int cmdStatement(const QStringList &args);

} // namespace Hearth::Cli
