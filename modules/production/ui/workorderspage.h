#pragma once

#include "core/result.h"
#include "production/mesexporter.h"

#include <QDate>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Hearth::Orders {
struct RowError;
}

namespace Hearth::Production {

class MesImporter;
class WorkOrderDetailPane;
class WorkOrderListModel;
struct WorkOrderListFilter;

/// The work orders page (工单, page "production.workorders"): every workshop's work orders,
/// filtered by status, workshop, due date and number, with the plan's start, finish and
/// lateness; the detail pane shows a work order's operations, panels and hardware. Actions:
/// make work orders from the split now (the new ones go into the plan's gaps), print the work
/// order or save it as PDF, print or save its part labels, export work orders for an MES and
/// import its progress. Long work runs off the GUI thread, one job at a time, on the worker's
/// own connection; row errors of an import are listed in a panel, not in dialogs.
class WorkOrdersPage : public QWidget
{
    Q_OBJECT

public:
    /// The due date choices of the filter bar.
    enum DueChoice { AnyDue, Overdue, DueToday, DueWeek, DueMonth, DueRange };

    explicit WorkOrdersPage(QWidget *parent = nullptr);
    ~WorkOrdersPage() override;

    WorkOrderListModel *model() const { return m_model; }
    WorkOrderDetailPane *detailPane() const { return m_detail; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_statusChoice; }
    QComboBox *workshopFilter() const { return m_workshop; }
    QComboBox *dueFilter() const { return m_due; }
    QDateEdit *dueFromEdit() const { return m_dueFrom; }
    QDateEdit *dueToEdit() const { return m_dueTo; }
    QLineEdit *searchField() const { return m_search; }
    /// The located problems of the last import or make, one row each.
    QTreeWidget *problemsList() const { return m_problems; }
    bool problemsShown() const;

    /// The filter the bar's fields give now.
    WorkOrderListFilter currentFilter() const;
    /// "N work orders" for the filter, once counted.
    QString statusText() const { return m_statusText; }
    /// The last job's outcome or error, as the message line shows it.
    QString messageText() const;
    QString currentWorkOrderId() const;
    void selectWorkOrder(const QString &workOrderId);
    bool isBusy() const { return m_busy; }
    /// Today in the site's zone, from which the due choices count; tests set it.
    void setToday(const QDate &today);

public slots:
    void refresh();
    /// Makes work orders for every split order that lacks them and plans the new ones.
    bool makeWorkOrders();
    /// Saves the selected work order's sheet; false when no work order is selected or a job
    /// runs. The outcome comes with jobFinished.
    bool saveSheetPdf(const QString &path);
    /// Saves one label per piece of the selected work order's panels at the chosen stock.
    bool saveLabelsPdf(const QString &path);
    /// Exports the work orders of the status, workshop and due filters.
    bool exportForMes(const QString &path, Hearth::Production::MesFormat format);
    bool importProgress(const QStringList &files, bool dryRun = false);
    void cancelJob();

    void printSheet();
    void printLabels();
    void saveSheetPdfWithDialog();
    void saveLabelsPdfWithDialog();
    void exportWithDialog();
    void importWithDialog();

signals:
    /// A job ended; ok is false when it failed or found errors.
    void jobFinished(bool ok);
    void statusTextChanged(const QString &text);
    /// Work orders were made or progress imported: the plan and the orders may reload.
    void workOrdersChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildFilterBar();
    QWidget *buildEmptyState();
    QWidget *buildJobBar();
    QWidget *buildProblemsPanel();
    void setupView();
    void loadWorkshops();
    void applyFilter();
    void onReloaded();
    void startCount();
    void setStatus(const QString &text);
    void currentChanged();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void showProblems(const QString &title, const QList<Orders::RowError> &rows,
                      const QList<Core::Error> &others);
    QString saveFileName(const QString &caption, const QString &filter, const QString &suffix,
                         const QString &name);
    /// Runs work on a worker thread; done gets its result on the GUI thread.
    template<typename T>
    bool runJob(const QString &text, std::function<T()> work, std::function<void(const T &)> done);
    void finishJob(bool ok);

    WorkOrderListModel *m_model = nullptr;
    WorkOrderDetailPane *m_detail = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyMake = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QComboBox *m_statusChoice = nullptr;
    QComboBox *m_workshop = nullptr;
    QComboBox *m_due = nullptr;
    QDateEdit *m_dueFrom = nullptr;
    QDateEdit *m_dueTo = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QAction *m_makeAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QWidget *m_jobBar = nullptr;
    QLabel *m_jobText = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    QPushButton *m_jobCancel = nullptr;
    QFrame *m_problemsPanel = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_statusLine = nullptr;
    QLabel *m_message = nullptr;
    QString m_statusText;
    QDate m_today;
    bool m_canWrite = true;
    bool m_busy = false;
    bool m_splitterSized = false;
    QPointer<MesImporter> m_importer;
    QFuture<void> m_job;
    QFutureWatcher<qint64> m_count;
    int m_countGeneration = 0;
};

} // namespace Hearth::Production
