#pragma once

#include "workflow/dryrun.h"
#include "workflow/ruleset.h"

#include <QDate>
#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Hearth::Workflow {

class DryRunModel;

/// What a dry run on the worker thread brings back.
struct DryRunOutcome
{
    bool cancelled = false;
    QString error;
    DryRunReport report;
};

/// The dry run (试运行) of the rules page: a period (the last 30 days at first), Run and Cancel
/// with a progress bar, and order by order how review and tasks would differ, with a pane that
/// lists each change. DryRun::run works on a worker thread, reading through that thread's own
/// database connection.
class DryRunPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultPeriodDays = 30;

    explicit DryRunPanel(QWidget *parent = nullptr);
    ~DryRunPanel() override;

    /// Says what is compared with what: "v3, in use" and "v5 with your edits".
    void setComparison(const QString &current, const QString &candidate);
    /// Starts replaying the orders signed in the period through both rule sets.
    bool start(const QDate &from, const QDate &to, const RuleSet &current,
               const RuleSet &candidate);
    /// Shows why a dry run does not start.
    void refuse(const QString &reason);
    void cancel();
    bool isRunning() const;

    QDate from() const;
    QDate to() const;
    DryRunModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summary() const;
    QString details() const;

signals:
    /// The user asked for a run of the period; the page decides what to compare.
    void runRequested(const QDate &from, const QDate &to);
    void runningChanged(bool running);
    void finished();

private:
    void done();
    void showDetail();
    void setSummary(const QString &text, const QString &style);

    QLabel *m_compare = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    DryRunModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QFutureWatcher<DryRunOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QDate m_runFrom;
    QDate m_runTo;
};

} // namespace Hearth::Workflow
