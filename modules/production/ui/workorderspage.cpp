#include "workorderspage.h"

#include "orders/rowerror.h"
#include "printing/labelprinter.h"
#include "printing/workordersheet.h"
#include "production/logging.h"
#include "production/mesimporter.h"
#include "production/planstore.h"
#include "production/productionsetup.h"
#include "production/scheduler.h"
#include "production/workordermaker.h"
#include "production/workorderstatuses.h"
#include "storage/database.h"
#include "widgets/filedialog.h"
#include "widgets/pageheader.h"
#include "widgets/session.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"
#include "workorderdetailpane.h"
#include "workorderdocumentbuilder.h"
#include "workorderlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Production {

namespace {

constexpr char WritePermission[] = "production.write";
// The resolution a saved work order is drawn at: fine enough for its codes on any printer.
constexpr int SheetPdfDpi = 600;
constexpr int SearchDelayMs = 250;

/// What a job that writes a file or the database gives back to the GUI thread.
struct JobOutcome
{
    bool ok = false;
    QString message;
    QList<Core::Error> problems;
};

JobOutcome failed(const Core::Error &error)
{
    return {false, error.toString(), {}};
}

/// Makes work orders from the split and puts the new ones in the plan's gaps from now, on the
/// calling thread's connection.
JobOutcome makeAndPlace()
{
    Storage::Connection &c = Storage::Database::connection();
    if (const Core::Status s = ProductionSetup::ensure(c); !s)
        return failed(s.error());
    const auto made = WorkOrderMaker::make(c);
    if (!made)
        return failed(made.error());
    const MakeReport &r = made.value();
    JobOutcome o;
    o.ok = r.problems.isEmpty();
    o.problems = r.problems;
    o.message = WorkOrdersPage::tr("Work orders: %1 made, %2 changed, %3 cancelled, %4 "
                                   "unchanged.")
                    .arg(r.created)
                    .arg(r.changed)
                    .arg(r.cancelled)
                    .arg(r.unchanged);
    if (r.made.isEmpty())
        return o;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto loaded = PlanStore::load(c, now);
    if (!loaded)
        return failed(loaded.error());
    Plan &plan = loaded.value();
    QList<int> jobs;
    for (const QString &no : r.made) {
        if (const int j = plan.jobIndexByNo(no); j >= 0)
            jobs.append(j);
    }
    ScheduleOptions options;
    options.from = now;
    const ScheduleResult placed = Scheduler::insert(plan, jobs, options);
    const auto saved = PlanStore::save(c, plan, WorkOrdersPage::tr("new work orders planned"));
    if (!saved)
        return failed(saved.error());
    o.problems.append(placed.problems);
    o.ok = o.problems.isEmpty();
    o.message += QLatin1Char(' ')
                 + WorkOrdersPage::tr("%n operation(s) planned into the gaps of the plan.",
                                      nullptr, placed.planned);
    qCInfo(lcProduction) << "work orders page: made" << r.created << "work orders, planned"
                         << placed.planned << "operations";
    return o;
}

QString sampleText(int column)
{
    switch (WorkOrderListModel::Column(column)) {
    case WorkOrderListModel::WoNo:
        return QStringLiteral("WO-SO00000000-WARD");
    case WorkOrderListModel::OrderNo:
        return QStringLiteral("SO00000000");
    case WorkOrderListModel::Customer:
        return QStringLiteral("欧阳娜娜");
    case WorkOrderListModel::Workshop:
        return QStringLiteral("柜体车间");
    case WorkOrderListModel::Parts:
        return QStringLiteral("0000");
    case WorkOrderListModel::Area:
        return QStringLiteral("000.00");
    case WorkOrderListModel::DueDate:
        return QStringLiteral("0000-00-00");
    case WorkOrderListModel::Status:
        return WorkOrderStatuses::title(WorkOrderStatus::Started);
    case WorkOrderListModel::PlannedStart:
    case WorkOrderListModel::PlannedFinish:
        return QStringLiteral("00-00 00:00");
    case WorkOrderListModel::Lateness:
        return WorkOrderListModel::latenessText(qint64(3 * 86400 + 5 * 3600));
    case WorkOrderListModel::ColumnCount:
        break;
    }
    return {};
}

} // namespace

WorkOrdersPage::WorkOrdersPage(QWidget *parent) : QWidget(parent)
{
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(Widgets::SiteTime::zone()).date();
    m_model = new WorkOrderListModel(this);
    m_model->setTimeZone(Widgets::SiteTime::zone());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(buildFilterBar());

    // The list above the detail: both are wide tables, and the list needs every column.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_listStack = new QStackedWidget(m_splitter);
    m_view = new QTableView(m_listStack);
    setupView();
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(buildEmptyState());
    m_detail = new WorkOrderDetailPane(m_splitter);
    m_detail->setTimeZone(Widgets::SiteTime::zone());
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buildJobBar());
    layout->addWidget(buildProblemsPanel());

    m_statusLine = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLine);
    statusRow->addSpacing(24);
    statusRow->addWidget(m_message, 1);
    layout->addLayout(statusRow);

    connect(m_detail, &WorkOrderDetailPane::printLabelsRequested, this,
            &WorkOrdersPage::printLabels);
    connect(m_detail, &WorkOrderDetailPane::saveLabelsRequested, this,
            &WorkOrdersPage::saveLabelsPdfWithDialog);
    connect(m_model, &WorkOrderListModel::reloaded, this, &WorkOrdersPage::onReloaded);
    connect(m_model, &WorkOrderListModel::rowsInserted, this, [this] {
        if (m_model->isComplete() && !m_count.isRunning())
            setStatus(tr("%Ln work order(s)", nullptr, m_model->rowCount()));
    });
    connect(&m_count, &QFutureWatcher<qint64>::finished, this, [this] {
        if (m_count.property("generation").toInt() == m_countGeneration)
            setStatus(tr("%Ln work order(s)", nullptr, int(m_count.result())));
    });
    connect(Widgets::Session::instance(), &Widgets::Session::changed, this,
            &WorkOrdersPage::updateActions);
    updateActions();
    onReloaded();
    if (m_model->rowCount() > 0)
        selectWorkOrder(m_model->workOrderId(0));
}

WorkOrdersPage::~WorkOrdersPage()
{
    // A job still running writes through its own connection and may use the importer.
    if (m_importer)
        m_importer->cancel();
    m_job.waitForFinished();
    m_count.waitForFinished();
    delete m_importer;
}

void WorkOrdersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized) {
        // Back on the page: the shop floor or the planner may have moved the work on.
        if (!m_busy)
            refresh();
        return;
    }
    m_splitterSized = true;
    const int height = m_splitter->height();
    m_splitter->setSizes({height * 55 / 100, height - height * 55 / 100});
}

QWidget *WorkOrdersPage::buildHeader()
{
    using Widgets::IconKind;
    using Widgets::Theme;

    auto *header = new Widgets::PageHeader(tr("Work orders"), this);
    header->setSubtitle(tr("Each workshop's work: plan, progress and printing"));

    m_makeAction = new QAction(Theme::icon(IconKind::Plus, Qt::white), tr("Make work orders"),
                               this);
    m_makeAction->setToolTip(tr("Make work orders for the split orders that have none yet and "
                                "put them into the plan's gaps"));
    connect(m_makeAction, &QAction::triggered, this, &WorkOrdersPage::makeWorkOrders);

    m_printAction = new QAction(Theme::icon(IconKind::Box), tr("Print…"), this);
    m_printAction->setToolTip(tr("Print the selected work order"));
    connect(m_printAction, &QAction::triggered, this, &WorkOrdersPage::printSheet);

    m_pdfAction = new QAction(Theme::icon(IconKind::Export), tr("Save PDF…"), this);
    m_pdfAction->setToolTip(tr("Save the selected work order as a PDF"));
    connect(m_pdfAction, &QAction::triggered, this, &WorkOrdersPage::saveSheetPdfWithDialog);

    m_exportAction = new QAction(Theme::icon(IconKind::Export), tr("Export for MES…"), this);
    m_exportAction->setToolTip(tr("Export the work orders of the status, workshop and due "
                                  "filters with their operations, as CSV or JSON"));
    connect(m_exportAction, &QAction::triggered, this, &WorkOrdersPage::exportWithDialog);

    m_importAction = new QAction(Theme::icon(IconKind::Import), tr("Import progress…"), this);
    m_importAction->setToolTip(tr("Import progress and actual times reported by an MES"));
    connect(m_importAction, &QAction::triggered, this, &WorkOrdersPage::importWithDialog);

    m_refreshAction = new QAction(Theme::icon(IconKind::Refresh), tr("Refresh"), this);
    connect(m_refreshAction, &QAction::triggered, this, &WorkOrdersPage::refresh);

    header->addAction(m_refreshAction);
    header->addAction(m_importAction);
    header->addAction(m_exportAction);
    header->addAction(m_pdfAction);
    header->addAction(m_printAction);
    header->addAction(m_makeAction, true);
    return header;
}

QWidget *WorkOrdersPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Work order, order no. or customer"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Widgets::Theme::icon(Widgets::IconKind::Search),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &WorkOrdersPage::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &WorkOrdersPage::applyFilter);

    m_statusChoice = new QComboBox(bar);
    m_statusChoice->addItem(tr("All statuses"), QStringList());
    m_statusChoice->addItem(tr("Not made yet"), QStringList{QStringLiteral("planned"),
                                                            QStringLiteral("released"),
                                                            QStringLiteral("started")});
    for (const WorkOrderStatus s : {WorkOrderStatus::Planned, WorkOrderStatus::Released,
                                    WorkOrderStatus::Started, WorkOrderStatus::Made,
                                    WorkOrderStatus::Packed, WorkOrderStatus::Cancelled}) {
        m_statusChoice->addItem(WorkOrderStatuses::title(s),
                                QStringList{WorkOrderStatuses::code(s)});
    }

    m_workshop = new QComboBox(bar);
    loadWorkshops();

    m_due = new QComboBox(bar);
    m_due->addItem(tr("Any due date"), AnyDue);
    m_due->addItem(tr("Due before today"), Overdue);
    m_due->addItem(tr("Due today"), DueToday);
    m_due->addItem(tr("Due in 7 days"), DueWeek);
    m_due->addItem(tr("Due in 30 days"), DueMonth);
    m_due->addItem(tr("Due between…"), DueRange);
    m_dueFrom = new QDateEdit(m_today, bar);
    m_dueTo = new QDateEdit(m_today.addDays(13), bar);
    for (QDateEdit *edit : {m_dueFrom, m_dueTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &WorkOrdersPage::applyFilter);
    }
    auto *dash = new QLabel(QStringLiteral("–"), bar);
    dash->setVisible(false);
    connect(m_due, &QComboBox::currentIndexChanged, this, [this, dash] {
        const bool range = m_due->currentData().toInt() == DueRange;
        m_dueFrom->setVisible(range);
        m_dueTo->setVisible(range);
        dash->setVisible(range);
        applyFilter();
    });
    connect(m_statusChoice, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::applyFilter);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::applyFilter);

    row->addWidget(m_search, 2);
    row->addWidget(m_statusChoice);
    row->addWidget(m_workshop);
    row->addWidget(m_due);
    row->addWidget(m_dueFrom);
    row->addWidget(dash);
    row->addWidget(m_dueTo);
    row->addStretch(1);
    return bar;
}

QWidget *WorkOrdersPage::buildEmptyState()
{
    auto *empty = new QWidget(m_listStack);
    auto *layout = new QVBoxLayout(empty);
    auto *icon = new QLabel(empty);
    icon->setPixmap(Widgets::Theme::icon(Widgets::IconKind::Grid, Widgets::Theme::mutedText())
                        .pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyMake = new QPushButton(tr("Make work orders"), empty);
    m_emptyMake->setProperty("primary", true);
    m_emptyClear = new QPushButton(tr("Clear filters"), empty);
    connect(m_emptyMake, &QPushButton::clicked, this, &WorkOrdersPage::makeWorkOrders);
    connect(m_emptyClear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_statusChoice), b(m_workshop), c(m_due), d(m_search);
        m_statusChoice->setCurrentIndex(0);
        m_workshop->setCurrentIndex(0);
        m_due->setCurrentIndex(0);
        m_search->clear();
        m_dueFrom->setVisible(false);
        m_dueTo->setVisible(false);
        applyFilter();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyMake);
    buttons->addWidget(m_emptyClear);
    buttons->addStretch(1);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_emptyText);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return empty;
}

QWidget *WorkOrdersPage::buildJobBar()
{
    m_jobBar = new QWidget(this);
    auto *row = new QHBoxLayout(m_jobBar);
    row->setContentsMargins(0, 0, 0, 0);
    m_jobText = new QLabel(m_jobBar);
    m_jobProgress = new QProgressBar(m_jobBar);
    m_jobProgress->setMaximumWidth(260);
    m_jobProgress->setTextVisible(false);
    m_jobCancel = new QPushButton(tr("Cancel"), m_jobBar);
    connect(m_jobCancel, &QPushButton::clicked, this, &WorkOrdersPage::cancelJob);
    row->addWidget(m_jobText);
    row->addWidget(m_jobProgress, 1);
    row->addWidget(m_jobCancel);
    row->addStretch(1);
    m_jobBar->setVisible(false);
    return m_jobBar;
}

QWidget *WorkOrdersPage::buildProblemsPanel()
{
    m_problemsPanel = new QFrame(this);
    m_problemsPanel->setObjectName(QStringLiteral("problemsPanel"));
    m_problemsPanel->setFrameShape(QFrame::StyledPanel);
    m_problemsPanel->setStyleSheet(QStringLiteral(
        "#problemsPanel { background: #fff7ed; border: 1px solid #fdba74; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(m_problemsPanel);
    layout->setContentsMargins(10, 6, 10, 8);
    m_problemsTitle = new QLabel(m_problemsPanel);
    m_problemsTitle->setWordWrap(true);
    m_problemsTitle->setStyleSheet(QStringLiteral("color: #7c2d12;"));
    auto *close = new QPushButton(tr("Close"), m_problemsPanel);
    connect(close, &QPushButton::clicked, m_problemsPanel, &QWidget::hide);
    auto *top = new QHBoxLayout;
    top->addWidget(m_problemsTitle, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_problems = new QTreeWidget(m_problemsPanel);
    m_problems->setRootIsDecorated(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->setHeaderLabels({tr("File or order"), tr("Row"), tr("Column"), tr("Problem")});
    m_problems->header()->setStretchLastSection(true);
    m_problems->setMaximumHeight(fontMetrics().height() * 9);
    layout->addWidget(m_problems);
    m_problemsPanel->setVisible(false);
    return m_problemsPanel;
}

void WorkOrdersPage::setupView()
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
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics(m_view->font());
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    for (int c = 0; c < WorkOrderListModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(sampleText(c)) + 12,
                                   headerMetrics.horizontalAdvance(title) + 18);
        header->resizeSection(c, width + 8);
    }
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (WorkOrderListModel::isSortable(column))
            return;
        QTimer::singleShot(0, this, [this] {
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                         m_model->sortOrder());
        });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkOrdersPage::currentChanged);
}

void WorkOrdersPage::loadWorkshops()
{
    const QString current = m_workshop->currentData().toString();
    const QSignalBlocker blocker(m_workshop);
    m_workshop->clear();
    m_workshop->addItem(tr("All workshops"), QString());
    if (Storage::Database::isOpen()) {
        for (const auto &[code, name] :
             WorkOrderListModel::workshops(Storage::Database::connection()))
            m_workshop->addItem(name.isEmpty() ? code : name, code);
    }
    m_workshop->setCurrentIndex(std::max(0, m_workshop->findData(current)));
}

WorkOrderListFilter WorkOrdersPage::currentFilter() const
{
    WorkOrderListFilter f;
    f.statuses = m_statusChoice->currentData().toStringList();
    f.workshop = m_workshop->currentData().toString();
    f.search = m_search->text().trimmed();
    switch (m_due->currentData().toInt()) {
    case Overdue:
        f.dueTo = m_today.addDays(-1);
        break;
    case DueToday:
        f.dueFrom = m_today;
        f.dueTo = m_today;
        break;
    case DueWeek:
        f.dueFrom = m_today;
        f.dueTo = m_today.addDays(6);
        break;
    case DueMonth:
        f.dueFrom = m_today;
        f.dueTo = m_today.addDays(29);
        break;
    case DueRange:
        f.dueFrom = std::min(m_dueFrom->date(), m_dueTo->date());
        f.dueTo = std::max(m_dueFrom->date(), m_dueTo->date());
        break;
    default:
        break;
    }
    return f;
}

void WorkOrdersPage::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    applyFilter();
}

void WorkOrdersPage::applyFilter()
{
    m_searchDelay->stop();
    const WorkOrderListFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    const QString current = currentWorkOrderId();
    m_model->setFilter(filter);
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        selectWorkOrder(current);
    else if (m_model->rowCount() > 0)
        selectWorkOrder(m_model->workOrderId(0));
}

void WorkOrdersPage::refresh()
{
    const QString current = currentWorkOrderId().isEmpty() ? m_detail->workOrderId()
                                                           : currentWorkOrderId();
    loadWorkshops();
    m_model->refresh();
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        selectWorkOrder(current);
    else if (m_model->rowCount() > 0)
        selectWorkOrder(m_model->workOrderId(0));
    m_detail->reload();
}

void WorkOrdersPage::onReloaded()
{
    const bool empty = m_model->rowCount() == 0;
    const bool filtering = !(m_model->filter() == WorkOrderListFilter());
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    m_emptyText->setText(filtering ? tr("No work orders match these filters.")
                                   : tr("No work orders yet. Orders get them once they are "
                                        "split: make them now, or let the planner do it."));
    m_emptyClear->setVisible(filtering);
    m_emptyMake->setVisible(!filtering && m_canWrite);
    m_detail->setVisible(!empty);
    if (empty)
        m_detail->showWorkOrder({});
    updateActions();
    if (m_model->isComplete()) {
        ++m_countGeneration;
        setStatus(tr("%Ln work order(s)", nullptr, m_model->rowCount()));
        return;
    }
    startCount();
}

void WorkOrdersPage::startCount()
{
    // More rows than one page: count on a worker thread with its own connection.
    setStatus(tr("Counting work orders…"));
    const int generation = ++m_countGeneration;
    const WorkOrderListFilter filter = m_model->filter();
    m_count.setProperty("generation", generation);
    m_count.setFuture(QtConcurrent::run([filter] {
        return WorkOrderListModel::count(Storage::Database::connection(), filter);
    }));
}

void WorkOrdersPage::setStatus(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    m_statusLine->setText(text);
    emit statusTextChanged(text);
}

QString WorkOrdersPage::currentWorkOrderId() const
{
    return m_model->workOrderId(m_view->currentIndex().row());
}

void WorkOrdersPage::selectWorkOrder(const QString &workOrderId)
{
    const int row = m_model->rowOf(workOrderId);
    if (row < 0) {
        m_view->clearSelection();
        m_detail->showWorkOrder(workOrderId);
        updateActions();
        return;
    }
    const QModelIndex index = m_model->index(row, WorkOrderListModel::WoNo);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void WorkOrdersPage::currentChanged()
{
    const QString id = currentWorkOrderId();
    if (id != m_detail->workOrderId())
        m_detail->showWorkOrder(id);
    updateActions();
}

void WorkOrdersPage::updateActions()
{
    m_canWrite = !Widgets::Session::isSignedIn()
                 || Widgets::Session::can(QLatin1String(WritePermission));
    const bool selected = !m_detail->workOrderId().isEmpty();
    m_makeAction->setVisible(m_canWrite);
    m_importAction->setVisible(m_canWrite);
    m_makeAction->setEnabled(!m_busy);
    m_importAction->setEnabled(!m_busy);
    m_exportAction->setEnabled(!m_busy);
    m_printAction->setEnabled(!m_busy && selected);
    m_pdfAction->setEnabled(!m_busy && selected);
    m_emptyMake->setEnabled(!m_busy);
}

QString WorkOrdersPage::messageText() const
{
    return m_message->text();
}

void WorkOrdersPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                   : QStringLiteral("color: #1e6b3a;"));
    m_message->setVisible(!text.isEmpty());
}

bool WorkOrdersPage::problemsShown() const
{
    return !m_problemsPanel->isHidden();
}

void WorkOrdersPage::showProblems(const QString &title, const QList<Orders::RowError> &rows,
                                  const QList<Core::Error> &others)
{
    m_problems->clear();
    for (const Core::Error &e : others) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, e.where);
        item->setText(3, e.message);
    }
    for (const Orders::RowError &e : rows) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, QFileInfo(e.file).fileName());
        item->setToolTip(0, e.file);
        item->setText(1, e.row > 0 ? QString::number(e.row) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, e.column);
        item->setText(3, e.message);
        item->setToolTip(3, e.message);
    }
    for (int c = 0; c < 3; ++c)
        m_problems->resizeColumnToContents(c);
    m_problemsTitle->setText(title);
    m_problemsPanel->setVisible(m_problems->topLevelItemCount() > 0);
}

template<typename T>
bool WorkOrdersPage::runJob(const QString &text, std::function<T()> work,
                            std::function<void(const T &)> done)
{
    if (m_busy || !Storage::Database::isOpen())
        return false;
    m_busy = true;
    m_jobText->setText(text);
    m_jobProgress->setRange(0, 0);
    m_jobCancel->setVisible(false);
    m_jobBar->setVisible(true);
    showMessage({}, false);
    updateActions();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        const T result = watcher->result();
        watcher->deleteLater();
        QApplication::restoreOverrideCursor();
        m_busy = false;
        m_jobBar->setVisible(false);
        updateActions();
        done(result);
    });
    const QFuture<T> future = QtConcurrent::run(std::move(work));
    m_job = QFuture<void>(future);
    watcher->setFuture(future);
    return true;
}

void WorkOrdersPage::finishJob(bool ok)
{
    emit jobFinished(ok);
}

void WorkOrdersPage::cancelJob()
{
    if (m_importer)
        m_importer->cancel();
    m_jobCancel->setEnabled(false);
}

bool WorkOrdersPage::makeWorkOrders()
{
    if (!m_canWrite)
        return false;
    return runJob<JobOutcome>(
        tr("Making work orders and planning the new ones…"), [] { return makeAndPlace(); },
        [this](const JobOutcome &o) {
            showMessage(o.message, !o.ok && o.problems.isEmpty());
            showProblems(tr("%n problem(s) while making work orders; the rest were made.",
                            nullptr, int(o.problems.size())),
                         {}, o.problems);
            refresh();
            emit workOrdersChanged();
            finishJob(o.ok);
        });
}

bool WorkOrdersPage::saveSheetPdf(const QString &path)
{
    const QString id = m_detail->workOrderId();
    if (id.isEmpty() || path.isEmpty() || m_busy)
        return false;
    const auto document = WorkOrderDocumentBuilder::document(Storage::Database::connection(), id,
                                                             Widgets::SiteTime::zone());
    if (!document) {
        showMessage(document.error().toString(), true);
        return false;
    }
    const Printing::WorkOrderDocument d = document.value();
    return runJob<JobOutcome>(
        tr("Saving %1 as PDF…").arg(d.orderNo),
        [d, path] {
            const auto sheet = Printing::WorkOrderSheet::layOut(d, SheetPdfDpi);
            if (!sheet)
                return failed(sheet.error());
            if (const Core::Status s = sheet->writePdf(path); !s)
                return failed(s.error());
            return JobOutcome{true,
                              tr("Saved %1 (%n page(s)).", nullptr, sheet->pageCount()).arg(path),
                              {}};
        },
        [this](const JobOutcome &o) {
            showMessage(o.message, !o.ok);
            finishJob(o.ok);
        });
}

bool WorkOrdersPage::saveLabelsPdf(const QString &path)
{
    const QString id = m_detail->workOrderId();
    if (id.isEmpty() || path.isEmpty() || m_busy)
        return false;
    const auto labels = WorkOrderDocumentBuilder::partLabels(Storage::Database::connection(), id);
    if (!labels) {
        showMessage(labels.error().toString(), true);
        return false;
    }
    if (labels->isEmpty()) {
        showMessage(tr("The work order has no panels to label."), true);
        return false;
    }
    QList<Printing::Label> all;
    for (const Printing::PartLabel &l : labels.value())
        all.append(l);
    const Printing::LabelStock stock = m_detail->labelStock();
    return runJob<JobOutcome>(
        tr("Saving %n label(s) as PDF…", nullptr, int(all.size())),
        [all, stock, path] {
            if (const Core::Status s = Printing::LabelPrinter::writePdf(all, stock, path); !s)
                return failed(s.error());
            return JobOutcome{true, tr("Saved %n label(s) to %1.", nullptr, int(all.size()))
                                        .arg(path),
                              {}};
        },
        [this](const JobOutcome &o) {
            showMessage(o.message, !o.ok);
            finishJob(o.ok);
        });
}

bool WorkOrdersPage::exportForMes(const QString &path, MesFormat format)
{
    if (path.isEmpty())
        return false;
    const WorkOrderListFilter f = m_model->filter();
    MesExportFilter filter;
    filter.statuses = f.statuses;
    filter.workshop = f.workshop;
    filter.dueFrom = f.dueFrom;
    filter.dueTo = f.dueTo;
    const QTimeZone zone = Widgets::SiteTime::zone();
    return runJob<JobOutcome>(
        tr("Exporting work orders for the MES…"),
        [filter, format, path, zone] {
            const auto out = MesExporter::toFile(Storage::Database::connection(), filter, format,
                                                 path, zone);
            if (!out)
                return failed(out.error());
            return JobOutcome{true,
                              tr("Exported %1 work order(s) with %2 operation(s) to %3.")
                                  .arg(out->workOrders)
                                  .arg(out->operations)
                                  .arg(path),
                              {}};
        },
        [this](const JobOutcome &o) {
            showMessage(o.message, !o.ok);
            finishJob(o.ok);
        });
}

bool WorkOrdersPage::importProgress(const QStringList &files, bool dryRun)
{
    if (files.isEmpty() || !m_canWrite || m_busy)
        return false;
    delete m_importer;
    m_importer = new MesImporter;
    MesImporter *importer = m_importer;
    connect(importer, &MesImporter::progress, this, [this](int permille, const QString &stage) {
        m_jobProgress->setRange(0, 1000);
        m_jobProgress->setValue(permille);
        m_jobText->setText(stage);
    });
    MesImportOptions options;
    options.files = files;
    options.siteZone = Widgets::SiteTime::zone();
    options.dryRun = dryRun;
    const bool started = runJob<MesImportReport>(
        tr("Importing progress from the MES…"),
        [importer, options] { return importer->run(Storage::Database::connection(), options); },
        [this, dryRun](const MesImportReport &r) {
            showMessage(r.summary(), !r.ok());
            showProblems(r.summary(), r.errors, r.unreadable);
            if (!dryRun && r.eventsWritten > 0) {
                refresh();
                emit workOrdersChanged();
            }
            finishJob(r.ok());
        });
    if (started) {
        m_jobCancel->setVisible(true);
        m_jobCancel->setEnabled(true);
    }
    return started;
}

QString WorkOrdersPage::saveFileName(const QString &caption, const QString &filter,
                                     const QString &suffix, const QString &name)
{
    QFileDialog dialog(this, caption);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(name);
    dialog.resize(820, 500);
    Widgets::FileDialog::localise(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

void WorkOrdersPage::printSheet()
{
    const QString id = m_detail->workOrderId();
    if (id.isEmpty() || m_busy)
        return;
    const auto document = WorkOrderDocumentBuilder::document(Storage::Database::connection(), id,
                                                             Widgets::SiteTime::zone());
    if (!document) {
        showMessage(document.error().toString(), true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Work order %1").arg(m_detail->titleText()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the work order"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Core::Status printed = Printing::WorkOrderSheet::print(document.value(), &printer);
    QApplication::restoreOverrideCursor();
    showMessage(printed ? tr("Sent %1 to the printer.").arg(m_detail->titleText())
                        : printed.error().toString(),
                !printed);
}

void WorkOrdersPage::printLabels()
{
    const QString id = m_detail->workOrderId();
    if (id.isEmpty() || m_busy)
        return;
    const auto labels = WorkOrderDocumentBuilder::partLabels(Storage::Database::connection(), id);
    if (!labels || labels->isEmpty()) {
        showMessage(labels ? tr("The work order has no panels to label.")
                           : labels.error().toString(),
                    true);
        return;
    }
    QList<Printing::Label> all;
    for (const Printing::PartLabel &l : labels.value())
        all.append(l);
    const Printing::LabelStock stock = m_detail->labelStock();
    // Every label is laid out before the printer is asked for, so a code that cannot fit the
    // stock is refused before anything is sent.
    for (const Printing::Label &l : all) {
        if (const Core::Status s = Printing::LabelPrinter::check(l, stock); !s) {
            showMessage(s.error().toString(), true);
            return;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Part labels %1").arg(m_detail->titleText()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print part labels"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Core::Status printed = Printing::LabelPrinter::print(all, stock, &printer);
    QApplication::restoreOverrideCursor();
    showMessage(printed ? tr("Sent %n label(s) to the printer.", nullptr, int(all.size()))
                        : printed.error().toString(),
                !printed);
}

void WorkOrdersPage::saveSheetPdfWithDialog()
{
    if (m_detail->workOrderId().isEmpty() || m_busy)
        return;
    const QString path = saveFileName(tr("Save the work order as PDF"),
                                      tr("PDF documents (*.pdf)"), QStringLiteral("pdf"),
                                      m_detail->titleText() + QStringLiteral(".pdf"));
    if (!path.isEmpty())
        saveSheetPdf(path);
}

void WorkOrdersPage::saveLabelsPdfWithDialog()
{
    if (m_detail->workOrderId().isEmpty() || m_busy)
        return;
    const QString path = saveFileName(tr("Save the part labels as PDF"),
                                      tr("PDF documents (*.pdf)"), QStringLiteral("pdf"),
                                      tr("%1 labels").arg(m_detail->titleText())
                                          + QStringLiteral(".pdf"));
    if (!path.isEmpty())
        saveLabelsPdf(path);
}

void WorkOrdersPage::exportWithDialog()
{
    if (m_busy)
        return;
    QFileDialog dialog(this, tr("Export work orders for the MES"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QString csv = tr("CSV for Excel and most MES (*.csv)");
    const QString json = tr("JSON (*.json)");
    dialog.setNameFilters({csv, json});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.selectFile(tr("work-orders") + QStringLiteral(".csv"));
    dialog.resize(820, 500);
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, json](const QString &f) {
        dialog.setDefaultSuffix(f == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    Widgets::FileDialog::localise(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const bool isJson = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    exportForMes(path, isJson ? MesFormat::Json : MesFormat::Csv);
}

void WorkOrdersPage::importWithDialog()
{
    if (m_busy || !m_canWrite)
        return;
    const QStringList files = Widgets::FileDialog::openFileNames(
        this, tr("Import progress from the MES"), QString(),
        tr("MES progress files (*.csv *.json)"));
    if (!files.isEmpty())
        importProgress(files);
}

} // namespace Hearth::Production
