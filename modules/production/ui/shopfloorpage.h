#pragma once

#include "production/progressrecorder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Hearth::Production {

class ProgressEventsModel;

/// The scanning page of a station (车间扫码报工): the desk picks its station (work center),
/// then the operator scans without touching the screen. A work order code shows the order, the
/// operation here and its parts made and left; start, report and finish go by the buttons or by
/// scanned command codes (CMD:START, CMD:REPORT, CMD:FINISH, CMD:CLEAR), with the good and scrap
/// counts in the spin boxes; a part code reports that part, starting the operation when it was
/// waiting. Each read answers in colour (green done, amber done with a warning, red refused)
/// with a short sound, never with a dialog, and the scan field keeps the focus.
class ShopfloorPage : public QWidget
{
    Q_OBJECT

public:
    enum class Feedback { None, Ok, Warning, Refused };

    /// Works on this thread's connection of the open database (Storage::Database); userId is
    /// who reports from this desk, empty for the signed-in user.
    explicit ShopfloorPage(const QString &userId = QString(), QWidget *parent = nullptr);
    ~ShopfloorPage() override;

    QComboBox *stationPicker() const { return m_station; }
    QLineEdit *scanField() const { return m_scan; }
    QSpinBox *goodBox() const { return m_good; }
    QSpinBox *scrapBox() const { return m_scrap; }
    ProgressEventsModel *recentEvents() const { return m_events; }

    QString stationId() const;
    /// Picks the station by work center id or code; false when there is no such station.
    bool setStation(const QString &idOrCode);
    QString userId() const { return m_userId; }
    /// The work order shown, empty when none.
    QString workOrderId() const { return m_target.workOrder.id; }
    const ScanTarget &target() const { return m_target; }

    Feedback feedback() const { return m_feedback; }
    QString messageText() const;
    /// The warnings of the last read, one per line.
    QString warningText() const;

    /// The instant events are recorded at; invalid (the default) for the time of each read.
    void setNow(const QDateTime &now) { m_now = now; }
    /// Sounds on each read (QApplication::beep); tests turn them off.
    void setSoundEnabled(bool enabled) { m_sound = enabled; }

public slots:
    /// One read, as the scanner types it and ends it with Enter.
    void handleScan(const QString &text);
    bool start();
    bool report();
    bool finish();
    /// Forgets the shown work order.
    void clear();
    /// Reloads the stations and this station's recent events.
    void refresh();

signals:
    /// Progress was recorded on a work order here (the Gantt chart and order pages may reload).
    void progressRecorded(const QString &workOrderId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildStationRow();
    QWidget *buildWorkOrderPanel();
    QWidget *buildRecentPanel();
    void loadStations();
    void loadRecent();
    void onStationChanged();
    void onScanEntered();
    bool record(ProgressKind kind, const QString &code, bool part);
    void setTarget(const ScanTarget &target);
    void showTarget();
    void say(Feedback feedback, const QString &message, const QStringList &warnings = {});
    void refocus();
    QDateTime now() const;
    QString nextScanId();

    QString m_userId;
    QString m_userName;
    ScanTarget m_target;
    QDateTime m_now;
    Feedback m_feedback = Feedback::None;
    bool m_sound = true;
    QString m_lastRead;
    QElapsedTimer m_lastReadTime;

    QComboBox *m_station = nullptr;
    QLabel *m_operator = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_woNo = nullptr;
    QLabel *m_woDetails = nullptr;
    QLabel *m_operation = nullptr;
    QLabel *m_parts = nullptr;
    QLabel *m_madeGood = nullptr;
    QLabel *m_madeScrap = nullptr;
    QLabel *m_left = nullptr;
    QLabel *m_route = nullptr;
    QProgressBar *m_progress = nullptr;
    QSpinBox *m_good = nullptr;
    QSpinBox *m_scrap = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_recentTitle = nullptr;
    QTableView *m_recent = nullptr;
    ProgressEventsModel *m_events = nullptr;
};

} // namespace Hearth::Production
