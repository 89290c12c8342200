#pragma once

#include <QJsonObject>

namespace Hearth::Workflow {

class ProcessDefinition;

namespace Internal {

/// Fills a new definition from its JSON, keeping each problem found for validate().
void readProcess(ProcessDefinition &definition, const QJsonObject &json);

} // namespace Internal

} // namespace Hearth::Workflow
