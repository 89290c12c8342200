#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Hearth::Workflow {

/// The rules that review and split orders, as data: review.json, split.json and the cabinet
/// templates (templates/<id>.json). The shipped set lives in resources; a site edits a copy, and
/// each stored version is kept so that a dry run can compare two of them.
struct RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::RuleSet)

public:
    int version = 0;  // the stored version, 0 for one not stored
    QJsonObject review;
    QJsonObject split;
    QMap<QString, QJsonObject> templates;  // by template id

    /// The set shipped in resources (:/hearth/rules, :/hearth/templates).
    static Core::Result<RuleSet> builtIn();
    /// A folder with review.json, split.json and templates/*.json, as a site edits them.
    static Core::Result<RuleSet> fromDirectory(const QString &path);
    static Core::Result<RuleSet> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// Writes the folder layout that fromDirectory() reads.
    Core::Status writeDirectory(const QString &path) const;
    /// A hash of the content, to tell two versions apart.
    QString fingerprint() const;
};

} // namespace Hearth::Workflow
