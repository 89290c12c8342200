#include "taskinboxpage.h"

#include "handoverdialog.h"
#include "logging.h"
#include "storage/database.h"
#include "taskdisplay.h"
#include "taskinboxmodel.h"
#include "tasktextdialog.h"
#include "widgets/links.h"
#include "widgets/pagebadges.h"
#include "widgets/pageheader.h"
#include "widgets/session.h"
#include "widgets/theme.h"
#include "workflow/processengine.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Workflow {

namespace {

constexpr int SearchDelayMs = 250;

Core::Status engineDecision(const QString &approvalId, bool approve, const QString &comment)
{
    ProcessEngine engine;
    if (Core::Status prepared = engine.prepare(); !prepared)
        return prepared;
    const TaskActor actor = TaskActions::currentActor();
    const Core::Result<OrderStep> step =
        engine.decide(approvalId, actor.userId, actor.role, approve, comment);
    return step ? Core::Status() : Core::Status(step.error());
}

template<typename T>
Core::Status statusOf(const Core::Result<T> &result)
{
    return result ? Core::Status() : Core::Status(result.error());
}

} // namespace

TaskInboxPage::TaskInboxPage(QWidget *parent) : QWidget(parent), m_decider(engineDecision)
{
    m_model = new TaskInboxModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);
    auto *header = new Widgets::PageHeader(tr("My tasks"), this);
    header->setSubtitle(tr("Work the process engine gave you and your team, overdue first"));
    auto *reload = new QAction(Widgets::Theme::icon(Widgets::IconKind::Refresh), tr("Refresh"),
                               this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &TaskInboxPage::refresh);
    header->addAction(reload);
    layout->addWidget(header);
    layout->addWidget(buildFilterRow());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(m_splitter);
    m_view = new QTableView(m_listStack);
    setupView();
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(buildEmptyState());
    m_detail = new TaskDetailPane(m_splitter);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addSpacing(16);
    statusRow->addWidget(m_message, 1, Qt::AlignRight);
    layout->addLayout(statusRow);

    connect(m_model, &TaskInboxModel::reloaded, this, &TaskInboxPage::onReloaded);
    connect(m_model, &TaskInboxModel::rowsInserted, this, [this] {
        if (m_model->isComplete() && !m_counting)
            setStatus(tr("%n task(s)", nullptr, m_model->rowCount()));
    });
    connect(&m_count, &QFutureWatcher<qint64>::finished, this, [this] {
        if (m_count.property("generation").toInt() != m_countGeneration)
            return;
        m_counting = false;
        setStatus(tr("%n task(s)", nullptr, int(m_count.result())));
    });
    connect(m_detail, &TaskDetailPane::actionTriggered, this, &TaskInboxPage::onAction);
    connect(m_detail, &TaskDetailPane::commentSubmitted, this, &TaskInboxPage::addComment);
    connect(this, &TaskInboxPage::tasksChanged, this, [] { Widgets::PageBadges::notify(); });

    // Someone with nothing of their own starts where there is work: the pool, else (planners,
    // administrators) everyone's tasks.
    updateScopeTitles();
    if (m_counts.mine == 0) {
        const QSignalBlocker blocker(m_scopes);
        if (m_counts.pool > 0)
            m_scopes->setCurrentIndex(1);
        else if (m_scopes->count() > 2)
            m_scopes->setCurrentIndex(2);
    }
    applyQuery();
}

TaskInboxPage::~TaskInboxPage()
{
    // The count's worker reads the database; let it finish before the page goes.
    m_count.waitForFinished();
}

QWidget *TaskInboxPage::buildFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_scopes = new QTabBar(row);
    m_scopes->setDrawBase(false);
    m_scopes->setExpanding(false);
    m_scopes->addTab(QString());
    m_scopes->setTabData(0, int(InboxScope::Mine));
    m_scopes->setTabToolTip(0, tr("Tasks assigned to you"));
    m_scopes->addTab(QString());
    m_scopes->setTabData(1, int(InboxScope::Team));
    m_scopes->setTabToolTip(1, tr("Tasks waiting in your pools, your units' tasks and tasks "
                                  "escalated to you"));
    if (canSeeAll()) {
        m_scopes->addTab(tr("All"));
        m_scopes->setTabData(2, int(InboxScope::All));
        m_scopes->setTabToolTip(2, tr("Every task of every order"));
    }
    connect(m_scopes, &QTabBar::currentChanged, this, [this] {
        if (!m_updatingScopes)
            applyQuery();
    });

    m_overdueOnly = new QCheckBox(tr("Overdue only"), row);
    m_includeClosed = new QCheckBox(tr("Done too"), row);
    m_includeClosed->setToolTip(tr("Show done and cancelled tasks after the open ones"));
    m_kind = new QComboBox(row);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &code : TaskDisplay::kindCodes())
        m_kind->addItem(TaskDisplay::kindTitle(code), code);
    m_search = new QLineEdit(row);
    m_search->setPlaceholderText(tr("Search task titles"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Widgets::Theme::icon(Widgets::IconKind::Search),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(160);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TaskInboxPage::applyQuery);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &TaskInboxPage::applyQuery);
    connect(m_includeClosed, &QCheckBox::toggled, this, &TaskInboxPage::applyQuery);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TaskInboxPage::applyQuery);

    layout->addWidget(m_scopes);
    layout->addStretch(1);
    layout->addWidget(m_overdueOnly);
    layout->addWidget(m_includeClosed);
    layout->addWidget(m_kind);
    layout->addWidget(m_search, 1);
    return row;
}

QWidget *TaskInboxPage::buildEmptyState()
{
    auto *empty = new QWidget(m_listStack);
    auto *layout = new QVBoxLayout(empty);
    auto *icon = new QLabel(empty);
    icon->setPixmap(Widgets::Theme::icon(Widgets::IconKind::Calendar,
                                         Widgets::Theme::mutedText())
                        .pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_emptyText->setFont(font);
    m_emptyHint = new QLabel(empty);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyClear = new QPushButton(tr("Clear filters"), empty);
    m_emptyTeam = new QPushButton(tr("Show my team's tasks"), empty);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyTeam);
    buttons->addWidget(m_emptyClear);
    buttons->addStretch(1);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_emptyHint);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(m_emptyClear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_emptyTeam, &QPushButton::clicked, this, [this] { setScope(InboxScope::Team); });
    return empty;
}

void TaskInboxPage::setupView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from sample contents in the interface's language; the title takes what is left.
    const auto samples = [](int column) -> QStringList {
        switch (TaskInboxModel::Column(column)) {
        case TaskInboxModel::Due:
            return {tr("Overdue %1").arg(TaskDisplay::overdueText(
                        QDateTime(QDate(2024, 1, 1), QTime(0, 0)),
                        QDateTime(QDate(2024, 1, 1), QTime(23, 0)))),
                    QStringLiteral("00-00 00:00")};
        case TaskInboxModel::Kind: {
            // Long English kinds elide; every Chinese one fits.
            QStringList titles;
            for (const QString &code : TaskDisplay::kindCodes()) {
                if (TaskDisplay::kindTitle(code).size() <= 12)
                    titles.append(TaskDisplay::kindTitle(code));
            }
            return titles;
        }
        case TaskInboxModel::OrderNo:
            return {QStringLiteral("SO00000000")};
        case TaskInboxModel::StatusColumn:
            return {TaskStore::statusTitle(TaskStatus::Started)};
        case TaskInboxModel::Assignee:
            return {TaskInboxModel::tr("Pool: %1").arg(TaskDisplay::roleTitle(
                        QStringLiteral("finance"))),
                    QStringLiteral("欧阳娜娜（财务）")};
        case TaskInboxModel::Amount:
            return {QStringLiteral("000,000.00")};
        case TaskInboxModel::Title:
        case TaskInboxModel::ColumnCount:
            break;
        }
        return {};
    };
    const QFontMetrics metrics(m_view->font());
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    for (int c = 0; c < TaskInboxModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        int width = headerMetrics.horizontalAdvance(title) + 18;
        for (const QString &sample : samples(c))
            width = std::max(width, metrics.horizontalAdvance(sample) + 12);
        header->resizeSection(c, width + 8);
        m_columnWidths.append(width + 8);
    }
    header->setSectionResizeMode(TaskInboxModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_view->viewport()->installEventFilter(this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaskInboxPage::currentChanged);
}

void TaskInboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    // The list gets the larger part; the detail pane keeps room for its row of buttons.
    m_splitterSized = true;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 60 / 100, width - width * 60 / 100});
}

bool TaskInboxPage::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's own resize: when the view's arrives, the viewport still has its old size.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TaskInboxPage::fitColumns()
{
    // What the detail pane shows too goes first: the order number, then the status, the kind.
    const int optional[] = {TaskInboxModel::OrderNo, TaskInboxModel::StatusColumn,
                            TaskInboxModel::Kind};
    int room = m_view->viewport()->width();
    for (int c = 0; c < TaskInboxModel::ColumnCount; ++c) {
        if (c != TaskInboxModel::Title)
            room -= m_columnWidths.value(c);
    }
    for (const int column : optional) {
        const bool hide = room < MinTitleWidth;
        m_view->setColumnHidden(column, hide);
        if (hide)
            room += m_columnWidths.value(column);
    }
}

bool TaskInboxPage::canSeeAll()
{
    return !Widgets::Session::isSignedIn()
        || Widgets::Session::can(QStringLiteral("orders.split"));
}

InboxScope TaskInboxPage::scope() const
{
    return InboxScope(m_scopes->tabData(m_scopes->currentIndex()).toInt());
}

void TaskInboxPage::setScope(InboxScope scope)
{
    for (int i = 0; i < m_scopes->count(); ++i) {
        if (m_scopes->tabData(i).toInt() == int(scope))
            m_scopes->setCurrentIndex(i);
    }
}

QStringList TaskInboxPage::scopeTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_scopes->count(); ++i)
        titles.append(m_scopes->tabText(i));
    return titles;
}

InboxFilter TaskInboxPage::filter() const
{
    InboxFilter f;
    f.now = m_now;
    f.overdueOnly = m_overdueOnly->isChecked();
    f.includeClosed = m_includeClosed->isChecked();
    f.kind = m_kind->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void TaskInboxPage::setFilter(const InboxFilter &filter)
{
    const QSignalBlocker overdue(m_overdueOnly);
    const QSignalBlocker closed(m_includeClosed);
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker search(m_search);
    m_overdueOnly->setChecked(filter.overdueOnly);
    m_includeClosed->setChecked(filter.includeClosed);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(filter.kind)));
    m_search->setText(filter.text);
    m_searchDelay->stop();
    applyQuery();
}

void TaskInboxPage::setNow(const QDateTime &now)
{
    m_now = now;
    m_detail->setNow(now);
    refresh();
}

void TaskInboxPage::applyQuery()
{
    m_searchDelay->stop();
    const QString current = m_detail->taskId();
    m_model->setQuery(TaskActions::currentActor().userId, scope(), filter());
    // Keep the task in view when it still matches; otherwise show the first one.
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        selectTask(current);
    else
        selectTask(m_model->taskId(0));
}

void TaskInboxPage::updateScopeTitles()
{
    if (Storage::Database::isOpen()) {
        m_counts = TaskQuery::counts(Storage::Database::connection(),
                                     TaskActions::currentActor().userId, m_now);
    }
    m_updatingScopes = true;
    m_scopes->setTabText(0, m_counts.mine > 0 ? tr("Mine (%1)").arg(m_counts.mine)
                                              : tr("Mine"));
    m_scopes->setTabText(1, m_counts.pool > 0 ? tr("Team (%1 to claim)").arg(m_counts.pool)
                                              : tr("Team"));
    m_updatingScopes = false;
}

void TaskInboxPage::refresh()
{
    const QString current = m_detail->taskId();
    updateScopeTitles();
    m_model->refresh();
    selectTask(current);
    // The same task again: its pane reloads, an action may have changed it.
    m_detail->reload();
}

QString TaskInboxPage::currentTaskId() const
{
    return m_model->taskId(m_view->currentIndex().row());
}

void TaskInboxPage::selectTask(const QString &taskId)
{
    const int row = m_model->rowOf(taskId);
    // A task the list does not hold (claimed away, filtered out) still shows in the pane.
    // The first column, so that scrolling to it never hides the deadlines to the left.
    const QModelIndex index = row >= 0 ? m_model->index(row, TaskInboxModel::Due)
                                       : QModelIndex();
    if (m_view->currentIndex() != index)
        m_view->setCurrentIndex(index);
    if (index.isValid())
        m_view->scrollTo(index);
    if (m_detail->taskId() != taskId)
        m_detail->showTask(taskId);
    m_detail->setVisible(m_model->rowCount() > 0 || !m_detail->taskId().isEmpty());
}

void TaskInboxPage::currentChanged()
{
    const QString id = currentTaskId();
    if (!id.isEmpty() && id != m_detail->taskId()) {
        showMessage({}, false);
        m_detail->showTask(id);
    }
}

void TaskInboxPage::onReloaded()
{
    updateEmptyState();
    if (m_model->isComplete()) {
        ++m_countGeneration;
        m_counting = false;
        setStatus(tr("%n task(s)", nullptr, m_model->rowCount()));
        return;
    }
    startCount();
}

void TaskInboxPage::startCount()
{
    // More rows than one page: count on a worker thread (its own connection), so that a long
    // list never stalls the table.
    setStatus(tr("Counting tasks…"));
    const int generation = ++m_countGeneration;
    m_counting = true;
    const QString userId = m_model->userId();
    const InboxScope scope = m_model->scope();
    InboxFilter filter = m_model->filter();
    filter.now = m_model->now();
    m_count.setProperty("generation", generation);
    m_count.setFuture(QtConcurrent::run([userId, scope, filter] {
        return TaskQuery::count(Storage::Database::connection(), userId, scope, filter);
    }));
}

void TaskInboxPage::setStatus(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    m_status->setText(text);
    emit statusTextChanged(text);
}

void TaskInboxPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const InboxFilter f = m_model->filter();
    const bool filtering = f.overdueOnly || f.includeClosed || !f.kind.isEmpty()
        || !f.text.isEmpty();
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    m_detail->setVisible(!empty || !m_detail->taskId().isEmpty());
    m_emptyClear->setVisible(filtering);
    m_emptyTeam->setVisible(!filtering && m_model->scope() == InboxScope::Mine);
    if (filtering) {
        m_emptyText->setText(tr("No tasks match these filters."));
        m_emptyHint->setText(tr("Search looks in the tasks' titles, which name the order and "
                                "the customer."));
    } else if (m_model->scope() == InboxScope::Mine) {
        m_emptyText->setText(tr("Nothing assigned to you right now."));
        m_emptyHint->setText(tr("New orders become tasks once they are reviewed and split; "
                                "tasks for your role wait in your team's pool until someone "
                                "claims them."));
    } else {
        m_emptyText->setText(tr("No open tasks here."));
        m_emptyHint->setText(tr("When the process engine splits an order, its tasks appear "
                                "here for the people who do them."));
    }
}

void TaskInboxPage::showMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    m_message->setText(text);
    m_message->setStyleSheet(m_messageIsError ? QStringLiteral("color: #b91c1c;")
                                              : QStringLiteral("color: #166534;"));
    m_message->setVisible(!text.isEmpty());
}

QString TaskInboxPage::messageText() const
{
    return m_message->text();
}

bool TaskInboxPage::apply(const QString &failure, const std::function<Core::Status()> &action,
                          const QString &done)
{
    const QString taskId = m_detail->taskId();
    if (taskId.isEmpty()) {
        showMessage(tr("Select a task first."), true);
        return false;
    }
    if (!Storage::Database::isOpen()) {
        showMessage(failure.arg(tr("no database is open")), true);
        return false;
    }
    // The stores take an empty actor for the process engine, which may do anything.
    if (TaskActions::currentActor().userId.isEmpty()) {
        showMessage(failure.arg(tr("sign in to work on tasks")), true);
        return false;
    }
    const Core::Status status = action();
    if (!status) {
        // Which task is enough for an operator; the message may name people.
        qCInfo(lcWorkflowUi) << "an action on task" << taskId << "was refused";
        showMessage(failure.arg(status.error().message), true);
        m_detail->reload();
        return false;
    }
    refresh();
    showMessage(done, false);
    emit tasksChanged();
    return true;
}

bool TaskInboxPage::claim()
{
    const QString id = m_detail->taskId();
    const QString actor = TaskActions::currentActor().userId;
    return apply(tr("The task was not claimed: %1"), [&] {
        return statusOf(TaskStore::claim(Storage::Database::connection(), id, actor));
    }, tr("The task is yours now."));
}

bool TaskInboxPage::start()
{
    const QString id = m_detail->taskId();
    const QString actor = TaskActions::currentActor().userId;
    return apply(tr("The task was not started: %1"), [&] {
        return statusOf(TaskStore::start(Storage::Database::connection(), id, actor));
    }, tr("The task is in progress."));
}

bool TaskInboxPage::complete(const QString &result)
{
    const QString id = m_detail->taskId();
    const QString actor = TaskActions::currentActor().userId;
    return apply(tr("The task was not completed: %1"), [&] {
        return statusOf(TaskStore::complete(Storage::Database::connection(), id, actor,
                                            result.trimmed()));
    }, tr("The task is done."));
}

bool TaskInboxPage::handOver(const QString &userId, const QString &reason)
{
    const QString id = m_detail->taskId();
    const QString actor = TaskActions::currentActor().userId;
    return apply(tr("The task was not handed over: %1"), [&] {
        return statusOf(TaskStore::handOver(Storage::Database::connection(), id, actor, userId,
                                            reason.trimmed()));
    }, tr("The task was handed over."));
}

bool TaskInboxPage::addComment(const QString &text)
{
    const QString id = m_detail->taskId();
    const QString actor = TaskActions::currentActor().userId;
    const bool added = apply(tr("The comment was not added: %1"), [&] {
        return statusOf(TaskStore::comment(Storage::Database::connection(), id, actor, text));
    }, tr("Comment added."));
    if (added)
        m_detail->commentEdit()->clear();
    return added;
}

bool TaskInboxPage::decide(bool approve, const QString &comment)
{
    const std::optional<Approval> &step = m_detail->approval();
    if (!step) {
        showMessage(tr("This task has no approval step waiting for a decision."), true);
        return false;
    }
    if (!approve && comment.trimmed().isEmpty()) {
        showMessage(tr("A rejection needs a comment that says why."), true);
        return false;
    }
    const QString approvalId = step->id;
    return apply(approve ? tr("The approval was not recorded: %1")
                         : tr("The rejection was not recorded: %1"),
                 [&] { return m_decider(approvalId, approve, comment.trimmed()); },
                 approve ? tr("Approved.") : tr("Rejected; the order goes back to its owner."));
}

bool TaskInboxPage::openOrder()
{
    const Task &task = m_detail->task();
    if (task.orderId.isEmpty() || !m_detail->abilities().openOrder) {
        showMessage(tr("This task has no order you can open here."), true);
        return false;
    }
    if (!Widgets::Links::open(QLatin1String(Widgets::Links::Order), task.orderId, this)) {
        showMessage(tr("The order could not be opened: the orders page is not available."),
                    true);
        return false;
    }
    return true;
}

void TaskInboxPage::onAction(TaskDetailPane::Action action)
{
    const Task task = m_detail->task();
    switch (action) {
    case TaskDetailPane::Claim:
        claim();
        return;
    case TaskDetailPane::Start:
        start();
        return;
    case TaskDetailPane::Complete: {
        TaskTextDialog dialog(tr("Complete Task"),
                              tr("What was done for \"%1\"? The result goes on the order's "
                                 "timeline.")
                                  .arg(task.title),
                              tr("Complete"), true, this);
        dialog.setPlaceholderText(tr("e.g. cut and edged, 42 panels to sorting"));
        if (dialog.exec() == QDialog::Accepted)
            complete(dialog.text());
        return;
    }
    case TaskDetailPane::HandOver: {
        HandOverDialog dialog(task, this);
        if (dialog.exec() == QDialog::Accepted)
            handOver(dialog.userId(), dialog.reason());
        return;
    }
    case TaskDetailPane::Approve:
    case TaskDetailPane::Reject: {
        const bool approve = action == TaskDetailPane::Approve;
        TaskTextDialog dialog(
            approve ? tr("Approve") : tr("Reject"),
            approve ? tr("Approve \"%1\"? A comment is optional.").arg(task.title)
                    : tr("Why is \"%1\" rejected? The order goes back to its owner with your "
                         "comment.")
                          .arg(task.title),
            approve ? tr("Approve") : tr("Reject"), !approve, this);
        if (dialog.exec() == QDialog::Accepted)
            decide(approve, dialog.text());
        return;
    }
    case TaskDetailPane::OpenOrder:
        openOrder();
        return;
    case TaskDetailPane::ActionCount:
        break;
    }
}

} // namespace Hearth::Workflow
