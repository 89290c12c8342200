#pragma once

#include "core/result.h"
#include "taskdetailpane.h"
#include "workflow/taskquery.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace Hearth::Workflow {

class TaskInboxModel;

/// The "My tasks" inbox (我的任务, page id "workflow.tasks"): the signed-in user's tasks, the
/// team's, or all of them; overdue first; filters; the task's detail pane; and the actions on
/// a task — claim, start, complete, hand over, comment, approve or reject, open the order.
/// What a store refuses is said in the page.
class TaskInboxPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MinTitleWidth = 200;

    /// Decides an approval step; the process engine's decide() unless a test sets another.
    using Decider = std::function<Core::Status(const QString &approvalId, bool approve,
                                               const QString &comment)>;

    explicit TaskInboxPage(QWidget *parent = nullptr);
    ~TaskInboxPage() override;

    TaskInboxModel *model() const { return m_model; }
    TaskDetailPane *detailPane() const { return m_detail; }
    QTableView *view() const { return m_view; }

    InboxScope scope() const;
    /// Shows the scope's tasks; All only for users who may see every task.
    void setScope(InboxScope scope);
    /// Everyone's tasks: planners (orders.split) and administrators.
    static bool canSeeAll();
    /// The scope switch's labels in order, with their counts: "Mine (3)", "Team (5 to claim)".
    QStringList scopeTitles() const;
    InboxFilter filter() const;
    void setFilter(const InboxFilter &filter);
    /// The time overdue is measured against; invalid for the current time (tests set it).
    void setNow(const QDateTime &now);

    QString currentTaskId() const;
    void selectTask(const QString &taskId);
    /// "N tasks" for the current scope and filter.
    QString statusText() const { return m_statusText; }
    /// The last action's outcome: what a store refused, in red, or what was done.
    QString messageText() const;
    bool isMessageError() const { return m_messageIsError; }
    /// True while the status line's count runs on its worker thread.
    bool isCounting() const { return m_counting; }

    // The actions on the task in the detail pane. Each returns false and says why in the page
    // when it is not done; the buttons ask for the texts through dialogs and call these.
    bool claim();
    bool start();
    bool complete(const QString &result);
    bool handOver(const QString &userId, const QString &reason);
    bool addComment(const QString &text);
    /// A rejection needs a comment.
    bool decide(bool approve, const QString &comment);
    bool openOrder();

    void setDecider(Decider decider) { m_decider = std::move(decider); }

public slots:
    /// Reloads the counts, the list and the detail pane.
    void refresh();

signals:
    void statusTextChanged(const QString &text);
    /// A task changed through this page (the shell's badge counts may have moved).
    void tasksChanged();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterRow();
    QWidget *buildEmptyState();
    void setupView();
    /// Hides the columns the pane repeats (order no., status, kind) while the title would be
    /// narrower than MinTitleWidth, and shows them again when there is room.
    void fitColumns();
    void applyQuery();
    void updateScopeTitles();
    void onReloaded();
    void startCount();
    void setStatus(const QString &text);
    void updateEmptyState();
    void currentChanged();
    void onAction(TaskDetailPane::Action action);
    /// Runs one action on the shown task, then reloads; failure is the start of the message.
    bool apply(const QString &failure, const std::function<Core::Status()> &action,
               const QString &done);
    void showMessage(const QString &text, bool error);

    TaskInboxModel *m_model = nullptr;
    TaskDetailPane *m_detail = nullptr;
    QTabBar *m_scopes = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QCheckBox *m_includeClosed = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QPushButton *m_emptyTeam = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QDateTime m_now;
    InboxCounts m_counts;
    Decider m_decider;
    QFutureWatcher<qint64> m_count;
    int m_countGeneration = 0;
    bool m_counting = false;
    bool m_messageIsError = false;
    bool m_splitterSized = false;
    bool m_updatingScopes = false;
    QString m_statusText;
    QList<int> m_columnWidths;
};

} // namespace Hearth::Workflow
