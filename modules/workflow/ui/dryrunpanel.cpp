#include "dryrunpanel.h"

#include "dryrunmodel.h"
#include "logging.h"

#include "widgets/sitetime.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Workflow {

namespace {

const QString errorStyle = QStringLiteral("color: #b91c1c;");
const QString warningStyle = QStringLiteral("color: #92400e;");

} // namespace

DryRunPanel::DryRunPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    m_compare = new QLabel(this);
    m_compare->setWordWrap(true);
    m_compare->setStyleSheet(QStringLiteral("QLabel { background: #eef4ff; color: #1e3a8a; "
                                            "border: 1px solid #c7d7fb; border-radius: 6px; "
                                            "padding: 6px 8px; }"));
    layout->addWidget(m_compare);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Orders signed from"), this));
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(Widgets::SiteTime::zone()).date();
    m_from = new QDateEdit(today.addDays(-DefaultPeriodDays), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(8);
    m_run = new QPushButton(tr("Run Dry Run"), this);
    m_run->setProperty("primary", true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    bar->addWidget(m_progress, 1);
    layout->addLayout(bar);

    m_summary = new QLabel(tr("Choose a period and run the dry run: nothing is written."), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_model = new DryRunModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DryRunModel::SortRole);
    m_view = new QTableView(splitter);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->sortByColumn(DryRunModel::Signed, Qt::AscendingOrder);
    m_detail = new QTextBrowser(splitter);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an order to see what would change."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_watcher = new QFutureWatcher<DryRunOutcome>(this);
    connect(m_watcher, &QFutureWatcher<DryRunOutcome>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcher<DryRunOutcome>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<DryRunOutcome>::finished, this, &DryRunPanel::done);
    connect(m_run, &QPushButton::clicked, this,
            [this] { emit runRequested(m_from->date(), m_to->date()); });
    connect(m_cancel, &QPushButton::clicked, this, &DryRunPanel::cancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DryRunPanel::showDetail);
}

DryRunPanel::~DryRunPanel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher->waitForFinished();
}

void DryRunPanel::setComparison(const QString &current, const QString &candidate)
{
    m_compare->setText(tr("Replays the orders signed in the period through %1 and through %2, "
                          "and lists the orders whose review or tasks would differ. Nothing is "
                          "written.")
                           .arg(current, candidate));
}

QDate DryRunPanel::from() const
{
    return m_from->date();
}

QDate DryRunPanel::to() const
{
    return m_to->date();
}

bool DryRunPanel::isRunning() const
{
    return m_watcher->isRunning();
}

void DryRunPanel::setSummary(const QString &text, const QString &style)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(style);
}

void DryRunPanel::refuse(const QString &reason)
{
    setSummary(reason, errorStyle);
}

bool DryRunPanel::start(const QDate &from, const QDate &to, const RuleSet &current,
                        const RuleSet &candidate)
{
    if (isRunning())
        return false;
    if (!from.isValid() || !to.isValid() || to < from) {
        refuse(tr("The period's end is before its start."));
        return false;
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_runFrom = from;
    m_runTo = to;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_model->clear();
    m_detail->clear();
    m_progress->setRange(0, 0);
    setSummary(tr("Replaying the orders signed from %1 to %2…")
                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
               QString());
    qCInfo(lcWorkflowUi) << "dry run from" << from << "to" << to << "against version"
                         << current.version;

    const std::shared_ptr<std::atomic_bool> flag = m_cancelFlag;
    // The worker reads through its own connection: Storage::Database::connection() is one per
    // thread.
    m_watcher->setFuture(QtConcurrent::run(
        [from, to, current, candidate, flag](QPromise<DryRunOutcome> &promise) {
            int lastTotal = -1;
            const auto progress = [&promise, &lastTotal](int done, int total) {
                if (total != lastTotal) {
                    promise.setProgressRange(0, std::max(total, 1));
                    lastTotal = total;
                }
                promise.setProgressValue(done);
            };
            const auto report = DryRun::run(from, to, current, candidate, progress, flag.get());
            DryRunOutcome outcome;
            outcome.cancelled = flag->load();
            if (report)
                outcome.report = report.value();
            else
                outcome.error = report.error().toString();
            promise.addResult(outcome);
        }));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    emit runningChanged(true);
    return true;
}

void DryRunPanel::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
}

void DryRunPanel::done()
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    const QFuture<DryRunOutcome> future = m_watcher->future();
    if (future.resultCount() == 0) {
        m_progress->setValue(0);
        setSummary(tr("The dry run stopped without a result."), errorStyle);
    } else if (const DryRunOutcome outcome = future.result(); outcome.cancelled) {
        m_progress->setValue(0);
        setSummary(tr("The dry run was cancelled."), warningStyle);
    } else if (!outcome.error.isEmpty()) {
        m_progress->setValue(0);
        setSummary(tr("The dry run failed: %1").arg(outcome.error), errorStyle);
    } else {
        m_progress->setValue(1);
        m_model->setReport(outcome.report);
        const QString period = tr("from %1 to %2")
                                   .arg(m_runFrom.toString(Qt::ISODate),
                                        m_runTo.toString(Qt::ISODate));
        const QString changed = outcome.report.changed == 0
            ? tr("None would be reviewed or split differently.")
            : tr("%n would be reviewed or split differently:", nullptr, outcome.report.changed);
        setSummary(tr("%n order(s) signed %1 replayed.", nullptr, outcome.report.orders)
                           .arg(period)
                       + u' ' + changed,
                   QString());
        qCInfo(lcWorkflowUi) << "dry run replayed" << outcome.report.orders << "orders,"
                             << outcome.report.changed << "would change";
        if (m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    }
    emit runningChanged(false);
    emit finished();
}

void DryRunPanel::showDetail()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const OrderDryRun *r =
        rows.isEmpty() ? nullptr : m_model->result(m_proxy->mapToSource(rows.first()).row());
    if (r)
        m_detail->setHtml(DryRunModel::describe(*r));
    else
        m_detail->clear();
}

QString DryRunPanel::summary() const
{
    return m_summary->text();
}

QString DryRunPanel::details() const
{
    return m_detail->toPlainText();
}

} // namespace Hearth::Workflow
