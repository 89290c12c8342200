#pragma once

#include "core/result.h"
#include "ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hearth::Workflow {

/// Stored versions of the rule set: the active one, older ones, and a new one saved from an
/// edited copy after it validates.
class RuleSetStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::RuleSetStore)

public:
    struct Version
    {
        int version = 0;
        bool active = false;
        QString createdAt;
        QString createdBy;
        QString comment;
    };
    /// The active set; the shipped one is stored as version 1 on first use.
    static Core::Result<RuleSet> active();
    static Core::Result<RuleSet> load(int version);
    static QList<Version> versions();
    /// Every problem the review and split rules and the templates have.
    static QList<Core::Error> validate(const RuleSet &set);
    /// Validates and stores the set as a new version (not active); returns the version.
    static Core::Result<int> save(const RuleSet &set, const QString &comment);
    static Core::Status activate(int version);
};

} // namespace Hearth::Workflow
