#pragma once

#include "problemplace.h"

#include "workflow/ruleset.h"
#include "workflow/rulesetstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Workflow {

class DryRunModel;
class DryRunPanel;
class JsonEditor;
class ProblemList;

/// Review and split rules (审单与拆单规则, page "workflow.rules"): the stored versions of
/// the rule set, an editor tab for review.json, split.json and each cabinet template with every
/// problem placed, Save as a new version (not active), Activate, and a dry run that replays the
/// orders of a period through the active and the edited rules and shows order by order what
/// would change. Nothing is switched on without an explicit Activate.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(QWidget *parent = nullptr);
    ~RulesPage() override;

    void reload();
    /// Loads a stored version into the editors; 0 for the shipped rules when none is stored.
    bool showVersion(int version);
    /// The rules in the editors; an error names the first file that is not JSON.
    Core::Result<RuleSet> editedRules() const;
    /// Checks the edited rules now and lists every problem; true when there is none.
    bool validate();
    /// Stores the edited rules as a new version, not active; returns it (0 when not saved).
    int saveVersion(const QString &comment);
    bool activateVersion(int version);
    /// Starts replaying the period through the active rules and the edited ones.
    bool startDryRun(const QDate &from, const QDate &to);
    void cancelDryRun();
    bool isDryRunning() const;

    int shownVersion() const { return m_version; }
    int activeVersion() const;
    QStringList files() const;
    JsonEditor *editor(const QString &file) const;
    QTabWidget *fileTabs() const { return m_fileTabs; }
    QTabWidget *pageTabs() const { return m_pageTabs; }
    ProblemList *problemList() const { return m_problems; }
    DryRunModel *dryRunModel() const;
    QTableView *dryRunView() const;
    QString dryRunDetails() const;
    QString dryRunSummary() const;
    QString statusText() const;
    /// What the edited rules hold, as the summary beside the editors shows it.
    QString contentsText() const;

signals:
    void dryRunFinished();

private:
    void buildRulesTab(QWidget *tab);
    void updateContents();
    void fillVersions();
    void loadEditors(const RuleSet &set);
    bool isModified() const;
    bool confirmDiscard();
    void revalidate();
    void updateActions();
    void updateHeader();
    void setStatus(const QString &text, bool error);
    void showProblem(const EditorProblem &problem);
    void versionSelected();
    void saveShown();
    void activateSelected();
    int selectedVersion() const;
    QString versionLabel(int version) const;

    QList<RuleSetStore::Version> m_versions;
    int m_version = 0;  // loaded into the editors
    QStringList m_files;  // "review.json", "split.json", "templates/<id>.json", tab order
    QList<JsonEditor *> m_editors;
    bool m_loading = false;

    Widgets::PageHeader *m_header = nullptr;
    QTabWidget *m_pageTabs = nullptr;
    QTreeWidget *m_versionList = nullptr;
    QLabel *m_contents = nullptr;
    QTabWidget *m_fileTabs = nullptr;
    QLabel *m_problemsTitle = nullptr;
    ProblemList *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_validateTimer = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_revertAction = nullptr;

    DryRunPanel *m_dryRun = nullptr;
};

} // namespace Hearth::Workflow
