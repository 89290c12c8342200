#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Hearth::Workflow {

/// Writes JSON for people to edit: two-space indents, small objects and lists on one line, and
/// the keys a definition or rule is read by (id, code, name, from, to, ...) first. Stored
/// versions come back from the database with their keys sorted; this puts them back in a
/// readable order.
class JsonFormatter
{
public:
    static constexpr int InlineWidth = 72;

    static QString format(const QJsonObject &object);
    static QString format(const QJsonValue &value);
};

} // namespace Hearth::Workflow
