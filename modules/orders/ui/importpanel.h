#pragma once

#include "orders/importer.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace Hearth::Orders {

class ImportSummary;
class MappingEditor;

/// Imports channel files step by step: choose files and a channel mapping, preview the rows as
/// the mapping reads them (and edit the mapping), run the import on a worker thread with
/// progress and Cancel, answer the date-order question, choose what to do with bad rows, and
/// read the summary. Shown in the import dialog and as the page "orders.import".
class ImportPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Setup, Running, DateOrder, Errors, Done };

    explicit ImportPanel(QWidget *parent = nullptr);
    ~ImportPanel() override;

    /// Sets the files; when the first one is new, the mapping that fits its headers best
    /// (ChannelMapping::guessFor) is chosen, unless the mapping in use was edited.
    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    /// Puts a button at the right end of the bottom row, beside Import (the dialog's Close).
    void addButton(QPushButton *button);
    bool canStart() const;
    /// Chooses a shipped or saved mapping by name; false when there is none.
    bool selectMapping(const QString &name);
    /// Uses a mapping that is not saved (it shows as edited).
    void setMapping(const ChannelMapping &mapping);
    ChannelMapping mapping() const;
    MappingEditor *mappingEditor() const { return m_mappingEditor; }
    /// Saves the mapping as edited under a new name and selects it.
    Core::Status saveMappingAs(const QString &name);

    Step step() const { return m_step; }
    bool isRunning() const { return m_running; }
    const ImportReport &lastReport() const { return m_report; }
    /// The preview of the first file: rows shown and what was wrong, for tests and --render.
    int previewRowCount() const;
    bool isPreviewBusy() const
    {
        return m_previewRunning || m_previewPending || m_guessRunning;
    }
    QString previewMessage() const;
    QString doneText() const;
    ImportSummary *summary() const { return m_summary; }

public slots:
    void start();
    void cancel();
    void answerDateOrder(Hearth::Orders::DateOrder order);
    void importGoodRows();
    void importNothing();
    /// Back to choosing files, keeping the files and mapping.
    void backToSetup();

signals:
    /// An import wrote to the database: the orders list should reload.
    void imported(const Hearth::Orders::ImportReport &report);
    void stepChanged(Hearth::Orders::ImportPanel::Step step);

private:
    QWidget *buildSetup();
    QWidget *buildRunning();
    QWidget *buildDateOrder();
    QWidget *buildErrors();
    QWidget *buildDone();
    void setStep(Step step);
    void reloadMappings(const QString &select);
    void mappingChosen();
    void chooseFiles();
    void schedulePreview();
    void runPreview();
    void previewFinished();
    void run(const ImportOptions &options);
    void runFinished();
    void guessFinished();
    /// The mapping as the importer gets it: format "auto" (each file read as its name says)
    /// when every file has a name that says it.
    ChannelMapping mappingForFiles() const;
    void showSetupMessage(const QString &text, bool error);
    void updateStartButton();

    Step m_step = Step::Setup;
    QStringList m_files;
    ChannelMapping m_mapping;
    bool m_mappingEdited = false;
    ImportOptions m_options;
    ImportReport m_report;
    QPointer<Importer> m_importer;
    QFutureWatcher<ImportReport> m_run;
    QFutureWatcher<ImportPreview> m_preview;
    QFutureWatcher<QString> m_guess;
    bool m_previewPending = false;
    bool m_previewRunning = false;  // until its result is shown, not only computed
    bool m_previewFailed = false;   // the first file cannot be read with the mapping
    bool m_guessRunning = false;
    QString m_guessedFile;
    bool m_running = false;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_cancelTimer = nullptr;

    QStackedWidget *m_stack = nullptr;
    QListWidget *m_fileList = nullptr;
    QPushButton *m_removeFile = nullptr;
    QComboBox *m_mappingCombo = nullptr;
    QPushButton *m_editMapping = nullptr;
    QPushButton *m_saveMapping = nullptr;
    MappingEditor *m_mappingEditor = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_setupMessage = nullptr;
    QPushButton *m_start = nullptr;
    QHBoxLayout *m_bottomRow = nullptr;
    QLabel *m_runTitle = nullptr;
    QLabel *m_runStage = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_dateText = nullptr;
    QButtonGroup *m_dateChoice = nullptr;
    QLabel *m_errorsText = nullptr;
    QTableWidget *m_errors = nullptr;
    ImportSummary *m_summary = nullptr;
};

} // namespace Hearth::Orders
