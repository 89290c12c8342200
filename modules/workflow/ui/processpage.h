#pragma once

#include "problemplace.h"
#include "processcatalog.h"

#include "workflow/definitionstore.h"
#include "workflow/processdefinition.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Workflow {

class JsonEditor;
class ProblemList;
class ProcessGraphView;

/// Process definitions (流程定义, page "workflow.processes"): every process with its active
/// version and the orders on each version; the selected one as a state graph beside its JSON.
/// Edits redraw the graph as soon as the text reads, problems are listed with their places,
/// and Save stores a valid definition as the new active version. Older versions are shown
/// read-only: orders keep the version they started with.
class ProcessPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessPage(QWidget *parent = nullptr);

    /// Reads the processes and their versions again and shows the one shown before.
    void reload();
    /// Shows a process's version: a stored version's id ("cabinetry@2"), or the code alone
    /// for a shipped definition not stored yet. False when there is no such version.
    bool showVersion(const QString &code, const QString &id);
    /// Checks the text now and lists every problem; true when there is none.
    bool validate();
    /// Stores the edited definition as a new active version when it has no problem.
    bool save();
    /// Makes a stored version the active one of its process.
    bool activateVersion(const QString &id);

    QString currentCode() const { return m_code; }
    QString currentVersionId() const { return m_versionId; }
    bool isReadOnly() const { return m_readOnly; }
    QString statusText() const;
    QString noticeText() const;
    JsonEditor *editor() const { return m_editor; }
    ProblemList *problemList() const { return m_problems; }
    ProcessGraphView *graphView() const { return m_graph; }
    QTreeWidget *processList() const { return m_list; }
    QComboBox *versionPicker() const { return m_versionPicker; }

private:
    using Entry = ProcessCatalog::Entry;

    const Entry *entry(const QString &code) const;
    /// Shows the version without asking about edits; fit scales the graph to the view.
    bool display(const QString &code, const QString &id, bool fit);
    void fillList();
    void fillVersionPicker();
    void updateDetails();
    void updateNotice();
    void updateActions();
    void reparse(bool fit);
    void setStatus(const QString &text, bool error);
    bool confirmDiscard();
    void listSelectionChanged();
    void versionPicked(int index);
    void stateMoved(const QString &id, const QPoint &topLeft);
    void jumpToPath(const QString &path);
    void arrange();
    void revert();
    void activateShown();

    QList<Entry> m_entries;
    QString m_code;
    QString m_versionId;  // empty for a shipped definition not stored yet
    bool m_readOnly = false;
    bool m_loading = false;
    std::optional<ProcessDefinition> m_parsed;  // the text as last read, when it reads

    Widgets::PageHeader *m_header = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    ProcessGraphView *m_graph = nullptr;
    QLabel *m_graphNote = nullptr;
    QComboBox *m_versionPicker = nullptr;
    QLabel *m_readOnlyBadge = nullptr;
    QLabel *m_notice = nullptr;
    JsonEditor *m_editor = nullptr;
    QLabel *m_problemsTitle = nullptr;
    ProblemList *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_parseTimer = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_revertAction = nullptr;
};

} // namespace Hearth::Workflow
