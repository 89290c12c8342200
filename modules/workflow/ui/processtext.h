#pragma once

#include <QPoint>
#include <QString>

#include <optional>

namespace Hearth::Workflow {

/// Changes to a process definition's JSON text that keep the rest of it as the user wrote it:
/// where a state's box was dropped ("ui": {"x", "y"}), or every such place forgotten.
class ProcessText
{
public:
    /// The text with states[index].ui.x/y set; nothing when the text is not JSON or has no
    /// such state.
    static std::optional<QString> withPosition(const QString &text, int stateIndex,
                                               const QPoint &topLeft);
    /// The text without any state's ui.x/y ("ui" itself goes when nothing else is in it).
    static QString withoutPositions(const QString &text);
};

} // namespace Hearth::Workflow
