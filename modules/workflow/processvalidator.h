#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace Hearth::Workflow {

class ProcessDefinition;

/// Checks what a definition means once it has been read: states that cannot be reached or left,
/// transitions between unknown states, guards that can never hold or are never tried, loops of
/// automatic transitions, final states with a way out. Each problem's place is relative to the
/// definition ("states[3]", "transitions[5].when"); ProcessDefinition::validate() prefixes it.
class ProcessValidator
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::ProcessValidator)

public:
    static QList<Core::Error> check(const ProcessDefinition &definition);
};

} // namespace Hearth::Workflow
