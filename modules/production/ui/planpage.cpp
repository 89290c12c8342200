#include "planpage.h"

#include "ganttchart.h"
#include "planeditor.h"
#include "plansidepanel.h"
#include "storage/database.h"
#include "widgets/language.h"
#include "widgets/links.h"
#include "widgets/pagebadges.h"
#include "widgets/pageheader.h"
#include "widgets/session.h"
#include "widgets/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Hearth::Production {

namespace {

constexpr char WritePermission[] = "production.write";
constexpr int SidePanelWidth = 260;

} // namespace

PlanPage::PlanPage(QWidget *parent) : QWidget(parent)
{
    m_canEdit = !Widgets::Session::isSignedIn()
                || Widgets::Session::can(QLatin1String(WritePermission));
    m_runner = new PlanRunner(this);
    m_editor = new PlanEditor(this);
    m_chart = new GanttChart(this);
    m_chart->setObjectName(QStringLiteral("planChart"));
    m_editor->attach(m_chart);
    m_side = new PlanSidePanel(this);
    m_side->setObjectName(QStringLiteral("planSidePanel"));
    createTaskActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(6);
    auto *header = new Widgets::PageHeader(tr("Production plan"), this);
    header->setSubtitle(tr("Operations on the work centers in time; drag a bar to move it"));
    header->addAction(m_taskActions.value(PlanRunner::Task::MakeWorkOrders));
    header->addAction(m_taskActions.value(PlanRunner::Task::PlanForward), true);
    header->addAction(m_taskActions.value(PlanRunner::Task::PlanBackward));
    header->addAction(m_taskActions.value(PlanRunner::Task::Reschedule));
    layout->addWidget(header);
    layout->addWidget(buildToolBar());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    m_side->setMinimumWidth(200);
    splitter->setSizes({800, SidePanelWidth});
    layout->addWidget(splitter, 1);
    layout->addWidget(buildStatusRow());

    connect(m_runner, &PlanRunner::progress, this, &PlanPage::onProgress);
    connect(m_runner, &PlanRunner::finished, this, &PlanPage::onFinished);
    connect(m_chart, &GanttChart::message, this, [this](const QString &text) { say(text); });
    connect(m_chart, &GanttChart::editRefused, this,
            [this](const GanttEdit &, const QString &reason) { say(reason, true); });
    connect(m_chart, &GanttChart::barSelected, this, &PlanPage::showSelected);
    connect(m_chart, &GanttChart::orderActivated, this,
            [this](const QString &orderId, const QString &) {
                if (!Widgets::Links::open(QLatin1String(Widgets::Links::Order), orderId, this))
                    say(tr("The order cannot be opened from here."), true);
            });
    connect(m_side, &PlanSidePanel::orderRequested, this, [this](const QString &orderId) {
        if (!Widgets::Links::open(QLatin1String(Widgets::Links::Order), orderId, this))
            say(tr("The order cannot be opened from here."), true);
    });
    connect(m_side, &PlanSidePanel::operationRequested, this, [this](const QString &id) {
        m_chart->setSelectedBar(id);
        m_chart->ensureBarVisible(id);
        showSelected(id);
    });
    connect(m_editor, &PlanEditor::saved, this, [this](const QString &operationId) {
        m_side->refresh();
        Widgets::PageBadges::notify();
        emit planSaved(operationId);
    });
    connect(m_editor, &PlanEditor::failed, this, [this](const QString &message) {
        say(tr("The change was not saved: %1").arg(message), true);
        // The chart shows a change the database does not hold: show the database's plan.
        reload();
    });
    m_chart->viewport()->installEventFilter(this);

    if (!m_canEdit)
        m_editor->checker()->setRefusal(tr("you may look at the plan but not change it"));
    if (Storage::Database::isOpen()) {
        m_firstLoadPending = true;
        QTimer::singleShot(0, this, [this] {
            reload();
            m_firstLoadPending = false;
        });
    } else {
        say(tr("No database is open."), true);
    }
}

PlanPage::~PlanPage() = default;

const Plan &PlanPage::plan() const
{
    return m_editor->plan();
}

bool PlanPage::isBusy() const
{
    return m_runner->isRunning();
}

bool PlanPage::isReady() const
{
    return !m_firstLoadPending && !m_runner->isRunning();
}

QString PlanPage::statusText() const
{
    return m_status->toolTip();
}

void PlanPage::createTaskActions()
{
    const auto add = [this](PlanRunner::Task task, Widgets::IconKind icon, const QString &text,
                            const QString &toolTip) {
        auto *a = new QAction(Widgets::Theme::icon(icon), text, this);
        a->setToolTip(toolTip);
        a->setVisible(m_canEdit);
        connect(a, &QAction::triggered, this, [this, task] { runTask(task); });
        m_taskActions.insert(task, a);
    };
    add(PlanRunner::Task::MakeWorkOrders, Widgets::IconKind::Plus, tr("Make work orders"),
        tr("Make work orders from split orders and put the new ones in the plan's gaps"));
    add(PlanRunner::Task::PlanForward, Widgets::IconKind::Calendar, tr("Plan forward"),
        tr("Plan every operation that is not locked or started as early as it can, from now"));
    add(PlanRunner::Task::PlanBackward, Widgets::IconKind::Calendar, tr("Plan backward"),
        tr("Plan each work order as late as it can still end by its due date (just in time)"));
    add(PlanRunner::Task::Reschedule, Widgets::IconKind::Sync, tr("Reschedule"),
        tr("Repair the plan after a rush order or a breakdown, moving as little as it must"));

    m_refresh = new QAction(Widgets::Theme::icon(Widgets::IconKind::Refresh), tr("Refresh"),
                            this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Read the plan from the database again"));
    connect(m_refresh, &QAction::triggered, this, &PlanPage::reload);
    addAction(m_refresh);
}

QToolBar *PlanPage::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    using A = GanttChart::Action;
    for (A a : {A::ZoomIn, A::ZoomOut, A::ZoomToFit, A::GoToNow})
        bar->addAction(m_chart->action(a));
    bar->addSeparator();
    bar->addAction(m_chart->action(A::ByWorkCenter));
    bar->addAction(m_chart->action(A::ByOrder));
    bar->addSeparator();

    // Short names on the bar: the undo stack's own actions grow with the step's text, which
    // stays in their tool tips.
    for (A which : {A::Undo, A::Redo}) {
        QAction *source = m_chart->action(which);
        auto *a = new QAction(which == A::Undo ? tr("Undo") : tr("Redo"), bar);
        a->setEnabled(source->isEnabled());
        a->setToolTip(source->text());
        connect(source, &QAction::changed, a, [a, source] {
            a->setEnabled(source->isEnabled());
            a->setToolTip(source->text());
        });
        connect(a, &QAction::triggered, source, &QAction::trigger);
        bar->addAction(a);
    }
    bar->addSeparator();
    bar->addAction(m_refresh);

    auto *exportMenu = new QMenu(bar);
    exportMenu->addAction(m_chart->action(A::ExportImage));
    exportMenu->addAction(m_chart->action(A::ExportPdf));
    exportMenu->addAction(m_chart->action(A::Print));
    exportMenu->addSeparator();
    exportMenu->addAction(m_chart->action(A::ExportVisibleOnly));
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("planExport"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(Widgets::Theme::icon(Widgets::IconKind::Export));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    return bar;
}

QWidget *PlanPage::buildStatusRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setTextFormat(Qt::PlainText);
    // A long refusal must not widen the page: it is cut, and whole in the tool tip.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumHeight(m_status->fontMetrics().height() + 6);
    layout->addWidget(m_status, 1);
    m_busyText = new QLabel(row);
    m_busyText->setTextFormat(Qt::PlainText);
    layout->addWidget(m_busyText);
    m_progress = new QProgressBar(row);
    m_progress->setFixedWidth(140);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), row);
    m_cancel->setToolTip(tr("Stop the run at its next step; what it has not saved is dropped"));
    connect(m_cancel, &QPushButton::clicked, this, &PlanPage::cancelTask);
    layout->addWidget(m_cancel);
    // As tall with the run's widgets as without, so that the chart keeps its place.
    row->setFixedHeight(layout->sizeHint().height());
    setBusy(false);
    return row;
}

qint64 PlanPage::nowSeconds() const
{
    return m_now.isValid() ? m_now.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
}

void PlanPage::reload()
{
    if (!Storage::Database::isOpen() || m_runner->isRunning())
        return;
    start(PlanRunner::Task::Load);
}

bool PlanPage::runTask(PlanRunner::Task task)
{
    if (task == PlanRunner::Task::Load) {
        reload();
        return m_runner->isRunning();
    }
    if (!m_canEdit || !Storage::Database::isOpen())
        return false;
    if (m_runner->isRunning()) {
        if (m_runner->task() != PlanRunner::Task::Load || m_queued)
            return false;
        m_queued = task;
        return true;
    }
    start(task);
    return m_runner->isRunning();
}

void PlanPage::start(PlanRunner::Task task)
{
    PlanRunner::Input input;
    input.now = nowSeconds();
    input.english = Widgets::Language::installed() == QLatin1String("en");
    // The run ends with the plan loaded afresh, which clears the chart's history anyway; an
    // undo meanwhile would write beside the run.
    m_chart->undoStack()->clear();
    if (!m_runner->start(task, input))
        return;
    setBusy(true, PlanRunner::title(task));
}

void PlanPage::cancelTask()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_queued.reset();
    m_cancel->setEnabled(false);
    m_busyText->setText(tr("Cancelling…"));
}

void PlanPage::onProgress(int step, int steps, const QString &text)
{
    if (!m_runner->isRunning())
        return;
    m_progress->setRange(0, steps);
    m_progress->setValue(step - 1);
    if (!m_runner->isCancelling())
        m_busyText->setText(text);
}

void PlanPage::onFinished(const PlanRunOutcome &outcome)
{
    const auto task = PlanRunner::Task(outcome.task);
    setBusy(false);
    if (outcome.loaded) {
        m_shownNow = nowSeconds();
        m_editor->setPlan(outcome.plan);
        m_editor->checker()->setNow(m_shownNow);
        m_chart->setData(outcome.data);
        m_side->setPlan(&m_editor->plan(), m_shownNow);
        showSelected(m_chart->selectedBar());
        m_loaded = true;
    }
    if (task == PlanRunner::Task::Load) {
        if (!outcome.ok)
            say(outcome.summary, true);
        else if (plan().jobs().isEmpty())
            say(tr("No work orders to plan: make them from split orders with \"Make work "
                   "orders\"."));
        else if (plan().placedCount() < plan().activeCount())
            say(tr("%n operation(s) have no place in the plan yet: plan forward or reschedule.",
                   nullptr, plan().activeCount() - plan().placedCount()));
        else
            say(tr("Plan loaded: %n operation(s).", nullptr, plan().activeCount()));
    } else {
        say(outcome.summary, !outcome.ok);
        Widgets::PageBadges::notify();
        emit taskFinished(outcome.summary, outcome.ok);
    }
    if (outcome.loaded)
        emit planLoaded();
    if (m_queued) {
        const PlanRunner::Task next = *m_queued;
        m_queued.reset();
        start(next);
    }
}

void PlanPage::setBusy(bool busy, const QString &text)
{
    m_busyText->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_busyText->setText(text);
    m_progress->setRange(0, 0);
    for (QAction *a : std::as_const(m_taskActions))
        a->setEnabled(!busy);
    m_refresh->setEnabled(!busy);
    if (!m_canEdit)
        return;
    m_editor->checker()->setRefusal(
        busy ? tr("the plan is being worked on; wait until that is done") : QString());
}

void PlanPage::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

double PlanPage::barProgress(const QString &barId) const
{
    const int bar = m_chart->layout().barIndex(barId);
    return bar < 0 ? 0.0 : m_chart->layout().bar(bar).progress;
}

void PlanPage::showSelected(const QString &barId)
{
    m_side->showOperation(barId, barProgress(barId));
}

bool PlanPage::eventFilter(QObject *watched, QEvent *event)
{
    // A bar's tool tip from the plan as it is now, also after drags.
    if (watched == m_chart->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const GanttHit hit = m_chart->hitTest(help->pos());
        const int op = hit.barId.isEmpty() ? -1 : plan().operationIndex(hit.barId);
        if (op >= 0) {
            const QStringList lines = PlanSidePanel::operationLines(plan(), op,
                                                                    barProgress(hit.barId));
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')),
                               m_chart->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth::Production
