#pragma once

#include "warehouse/scanhandler.h"

#include <QWidget>

#include <map>
#include <memory>

class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Hearth::Warehouse {

class ScanInput;
class ScannerSettingsPanel;
class SerialScanner;
struct ScannerSettings;
class StockScanHandler;

/// The warehouse's scanning page (仓库扫码), one frame for every job: receive, issue,
/// transfer, count, pack, load. People scan without touching the screen: each read, from a
/// keyboard-wedge scanner wherever the focus is, from a serial scanner, or typed into the
/// entry field, goes to the job's ScanHandler, and the answer shows at once in a big line
/// coloured by its outcome (green ok, red wrong, amber duplicate) with a sound, and on top of
/// the running list. Nothing opens a dialog and the entry field keeps the focus.
class ScanPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, JobColumn, CodeColumn, ResultColumn, MessageColumn, ColumnCount };

    explicit ScanPage(QWidget *parent = nullptr);
    ~ScanPage() override;

    ScanJob job() const { return m_job; }
    void setJob(ScanJob job);
    /// Replaces the handler of job (the page owns it); the page starts with
    /// ScanHandler::create() for each job.
    void setHandler(ScanJob job, std::unique_ptr<ScanHandler> handler);
    ScanHandler *handler(ScanJob job) const;

    ScanInput *scanInput() const { return m_input; }
    /// Listens to a serial scanner as well (not owned).
    void addSerialScanner(SerialScanner *scanner);
    QLineEdit *entryField() const { return m_entry; }
    /// The context bar's quantity for the next goods read of a stock job (receive, issue,
    /// transfer, count); taken when Enter is pressed in it or when the next read arrives.
    QLineEdit *quantityField() const { return m_quantity; }
    /// What the context bar shows, one "label: value" a line; empty for jobs without one.
    QString contextText() const;
    /// The bar's warehouse choice: bins of other warehouses are refused while one is chosen.
    QComboBox *warehouseChoice() const { return m_warehouse; }
    QStandardItemModel *history() const { return m_history; }

    /// The last answer; outcome Wrong and empty texts before the first read.
    ScanResult lastResult() const { return m_last; }
    bool hasResult() const { return m_hasResult; }
    int count(ScanResult::Outcome outcome) const;
    QString lastCodeText() const;
    QString messageText() const;
    QString detailText() const;
    /// The background colour of the big line for outcome.
    static QColor colour(ScanResult::Outcome outcome);
    /// Beeps per outcome: 1 ok, 2 duplicate, 3 wrong.
    static int beeps(ScanResult::Outcome outcome);
    void setSoundEnabled(bool enabled) { m_sound = enabled; }
    bool soundEnabled() const { return m_sound; }

    /// The strip with the desk's scanner settings, hidden until "Scanner settings" is pressed.
    ScannerSettingsPanel *settingsPanel() const { return m_settingsPanel; }
    /// Uses the settings: the keyboard scanner's timing, the sound, the serial scanner (opened
    /// on its port, or closed when none is named); keep also stores them in the desk's
    /// database. A port that will not open is said in the strip and the source line.
    void applyScannerSettings(const ScannerSettings &settings, bool keep);
    /// The serial scanner the page opened from its settings; nullptr when none is open.
    SerialScanner *serialScanner() const { return m_serial; }
    QString sourceText() const;

public slots:
    void handleScan(const Hearth::Warehouse::ScanEvent &event);
    /// Forgets the job's reads: a new delivery, pallet or truck.
    void startOver();

signals:
    void scanHandled(const Hearth::Warehouse::ScanEvent &event,
                     const Hearth::Warehouse::ScanResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildJobRow();
    QWidget *buildResultPanel();
    QWidget *buildCounters();
    QWidget *buildEntryRow();
    QWidget *buildContextBar();
    void updateContext();
    /// Hands a typed quantity to the stock job; false (and says why) when it is no quantity.
    bool takeTypedQuantity();
    /// Fills the warehouse choice from the database once stock jobs are installed.
    void loadWarehouses();
    void chooseWarehouse(int index);
    StockScanHandler *stockHandler() const;
    void onEntered();
    void present(const ScanEvent &event, const ScanResult &result);
    void addToHistory(const ScanEvent &event, const ScanResult &result);
    void updateCounters();
    void showIdle();
    void sound(ScanResult::Outcome outcome);
    void refocus();

    ScanJob m_job = ScanJob::Receive;
    std::map<ScanJob, std::unique_ptr<ScanHandler>> m_handlers;
    ScanResult m_last;
    bool m_hasResult = false;
    bool m_sound = true;
    std::map<ScanResult::Outcome, int> m_counts;

    ScanInput *m_input = nullptr;
    QButtonGroup *m_jobs = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_prompt = nullptr;
    QFrame *m_panel = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_okCount = nullptr;
    QLabel *m_wrongCount = nullptr;
    QLabel *m_duplicateCount = nullptr;
    QTableView *m_list = nullptr;
    QStandardItemModel *m_history = nullptr;
    QLineEdit *m_entry = nullptr;
    QFrame *m_context = nullptr;
    QList<QLabel *> m_contextFields;  // caption and value of each field
    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLabel *m_quantityNote = nullptr;
    QPushButton *m_learn = nullptr;
    ScannerSettingsPanel *m_settingsPanel = nullptr;
    SerialScanner *m_serial = nullptr;
};

} // namespace Hearth::Warehouse
