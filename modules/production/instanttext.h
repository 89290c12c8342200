#pragma once

#include <QString>

#include <optional>

// How production stores instants: UTC ISO 8601 to the second ("2026-10-12T01:30:00Z").
namespace Hearth::Production::Internal {

QString instantText(qint64 utcSeconds);
QString instantText(const std::optional<qint64> &utcSeconds);  // a null QString for none
/// Reads any ISO 8601 instant (with Z or an offset, with or without milliseconds).
std::optional<qint64> parseInstant(const QString &text);

} // namespace Hearth::Production::Internal
