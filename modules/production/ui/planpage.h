#pragma once

#include "planrunner.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolBar;

namespace Hearth::Production {

class GanttChart;
class PlanEditor;
class PlanSidePanel;

/// The production plan page (排产): the factory's plan on the Gantt chart by work center or by
/// order, with the chart's tools (zoom, now, undo and redo, export and print), the plan's
/// actions run off the GUI thread (make work orders, plan forward from now, plan backward from
/// due dates, reschedule) with their progress and a cancel button, and a side panel with the
/// plan's figures and the selected operation. A bar dragged on the chart is checked against
/// the plan's rules and saved at once; undo saves the placement it had before. A double click
/// opens the order. Users without production.write may look but not change.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(QWidget *parent = nullptr);
    ~PlanPage() override;

    GanttChart *chart() const { return m_chart; }
    PlanSidePanel *sidePanel() const { return m_side; }
    const Plan &plan() const;
    /// The action that runs a task (not Load: see refreshAction()).
    QAction *taskAction(PlanRunner::Task task) const { return m_taskActions.value(task); }
    QAction *refreshAction() const { return m_refresh; }

    /// A task is running (loading included).
    bool isBusy() const;
    /// The first load has ended (or there is no database) and no task runs: what the page
    /// shows is the plan.
    bool isReady() const;
    /// A plan was loaded at least once.
    bool hasLoaded() const { return m_loaded; }
    bool canEdit() const { return m_canEdit; }
    /// The status line: what the last task, edit or refusal said.
    QString statusText() const;

    /// The instant plans start from and the now line stands at; invalid (the default) for the
    /// time of each run. The first load starts once the event loop runs, after this is set.
    void setNow(const QDateTime &now) { m_now = now; }

public slots:
    /// Loads the plan from the database again (the undo history goes with the old plan).
    void reload();
    /// Starts a task, or queues it while the plan loads; false while another task runs, for a
    /// user who may not plan, or without a database.
    bool runTask(Hearth::Production::PlanRunner::Task task);
    void cancelTask();

signals:
    void planLoaded();
    /// A task (not a plain load) ended: its summary, or why it failed or stopped.
    void taskFinished(const QString &summary, bool ok);
    /// An edit, undo or redo was saved.
    void planSaved(const QString &operationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolBar *buildToolBar();
    QWidget *buildStatusRow();
    void createTaskActions();
    void start(PlanRunner::Task task);
    void onProgress(int step, int steps, const QString &text);
    void onFinished(const PlanRunOutcome &outcome);
    void setBusy(bool busy, const QString &text = {});
    void say(const QString &text, bool error = false);
    void showSelected(const QString &barId);
    double barProgress(const QString &barId) const;
    qint64 nowSeconds() const;

    PlanRunner *m_runner = nullptr;
    PlanEditor *m_editor = nullptr;
    GanttChart *m_chart = nullptr;
    PlanSidePanel *m_side = nullptr;
    QMap<PlanRunner::Task, QAction *> m_taskActions;
    QAction *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QDateTime m_now;
    qint64 m_shownNow = 0;
    bool m_loaded = false;
    bool m_firstLoadPending = false;
    bool m_canEdit = true;
    std::optional<PlanRunner::Task> m_queued;
};

} // namespace Hearth::Production
