#include "workflowmodule.h"

#include "enginerunner.h"
#include "orderremovalactions.h"
#include "processpage.h"
#include "rulespage.h"
#include "storage/database.h"
#include "taskinboxpage.h"
#include "widgets/session.h"
#include "widgets/theme.h"
#include "workflow/taskquery.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

#include <algorithm>
#include <limits>


namespace Hearth::Workflow {

namespace {

const QString tasksPermission = QStringLiteral("tasks.read");
const QString adminPermission = QStringLiteral("process.admin");
const QString allTasksPermission = QStringLiteral("orders.split");
const QString approvePermission = QStringLiteral("orders.approve");
const QString reviewPermission = QStringLiteral("orders.review");

} // namespace

QString WorkflowModule::id() const
{
    return QStringLiteral("workflow");
}

QString WorkflowModule::name() const
{
    return tr("Workflow");
}

QIcon WorkflowModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Grid);
}

QList<Widgets::PageInfo> WorkflowModule::pages() const
{
    return {
        {QLatin1String(TasksPageId), tr("My tasks"),
         Widgets::Theme::icon(Widgets::IconKind::Calendar), tasksPermission},
        {QLatin1String(ProcessesPageId), tr("Process definitions"),
         Widgets::Theme::icon(Widgets::IconKind::Grid), adminPermission},
        {QLatin1String(RulesPageId), tr("Review and split rules"),
         Widgets::Theme::icon(Widgets::IconKind::Edit), adminPermission},
    };
}

QWidget *WorkflowModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId == QLatin1String(TasksPageId))
        return new TaskInboxPage(parent);
    if (pageId == QLatin1String(ProcessesPageId))
        return new ProcessPage(parent);
    if (pageId == QLatin1String(RulesPageId))
        return new RulesPage(parent);
    return nullptr;
}

QStringList WorkflowModule::permissions() const
{
    return {tasksPermission, adminPermission, allTasksPermission, approvePermission};
}

bool WorkflowModule::isPageReady(QWidget *page) const
{
    // The inbox's count of a long list arrives from a worker thread.
    if (auto *inbox = qobject_cast<TaskInboxPage *>(page))
        return !inbox->isCounting();
    return true;
}

Widgets::PageBadge WorkflowModule::pageBadge(const QString &pageId) const
{
    if (pageId != QLatin1String(TasksPageId) || !Storage::Database::isOpen()
        || !Widgets::Session::isSignedIn()) {
        return {};
    }
    const InboxCounts counts = TaskQuery::counts(Storage::Database::connection(),
                                                 Widgets::Session::user().id, {});
    const qint64 total = counts.mine + counts.pool;
    Widgets::PageBadge badge;
    badge.count = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    badge.urgent = counts.overdue > 0;
    badge.toolTip = tr("%1 assigned to you, %2 waiting in your team's pool, %3 overdue")
                        .arg(QString::number(counts.mine), QString::number(counts.pool),
                             QString::number(counts.overdue));
    return badge;
}

QList<QAction *> WorkflowModule::actions(QWidget *window)
{
    auto *runner = new EngineRunner(window);
    auto *run = new QAction(Widgets::Theme::icon(Widgets::IconKind::Refresh),
                            tr("Run the process now"), window);
    run->setShortcut(QKeySequence(Qt::Key_F9));
    run->setToolTip(tr("Review new orders, split approved ones into tasks and apply changes "
                       "(it also runs by itself every five minutes)"));
    run->setProperty(Widgets::ActionPermissionProperty, reviewPermission);
    QObject::connect(run, &QAction::triggered, runner, [runner, run, window] {
        run->setEnabled(false);
        if (auto *main = qobject_cast<QMainWindow *>(window))
            main->statusBar()->showMessage(tr("The process engine is running…"));
        runner->runNow();
    });
    QObject::connect(runner, &EngineRunner::finished, window,
                     [run, window](const QString &summary, bool) {
                         run->setEnabled(true);
                         if (auto *main = qobject_cast<QMainWindow *>(window))
                             main->statusBar()->showMessage(summary, 15000);
                     });
    runner->startTimer();
    return {run};
}

} // namespace Hearth::Workflow

void hearthRegisterModule_workflow()
{
    Hearth::Widgets::ModuleRegistry::add(new Hearth::Workflow::WorkflowModule);
    Hearth::Workflow::registerOrderRemovalActions();
}
