#pragma once

#include "warehouse/wedgedetector.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QEvent;
class QWidget;

namespace Hearth::Warehouse {

/// Catches keyboard-wedge scanners on one page: an application event filter that looks at
/// the key and input-method events of the page's window, whatever widget has the focus (a
/// QLineEdit, a table, nothing), holds them while WedgeDetector says they may be a scan, and
/// gives one scanned() per read. Keys that turn out to be a person's typing are given back to
/// the widget they were meant for, in order; a scan never reaches a widget. Works while the
/// page is visible.
class ScanInput : public QObject
{
    Q_OBJECT

public:
    explicit ScanInput(QWidget *page);
    ~ScanInput() override;

    WedgeDetector::Settings settings() const { return m_detector.settings(); }
    void setSettings(const WedgeDetector::Settings &settings);
    /// The next read sets the timing and suffix (WedgeDetector::learnNextScan).
    void learnNextScan();
    bool isLearning() const { return m_detector.isLearning(); }

    /// The milliseconds each event is stamped with; a monotonic clock by default. Tests set a
    /// clock they move themselves and call checkTimeouts().
    void setClock(std::function<qint64()> clock);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

public slots:
    /// Ends held keys whose pause is over (called by a timer; tests call it after moving their
    /// clock).
    void checkTimeouts();

signals:
    void scanned(const Hearth::Warehouse::ScanEvent &event);
    void learned(const Hearth::Warehouse::WedgeDetector::Settings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Held
    {
        std::unique_ptr<QEvent> event;
        QPointer<QObject> receiver;
    };

    bool isOurs(QObject *watched) const;
    void apply(const QList<WedgeDetector::Output> &outputs);
    void arm();
    qint64 now() const;

    QPointer<QWidget> m_page;
    WedgeDetector m_detector;
    std::function<qint64()> m_clock;
    std::deque<Held> m_held;
    QTimer m_timer;
    bool m_enabled = true;
    bool m_replaying = false;
    // The event last looked at and where: Qt offers a key event to the filter again for each
    // parent it propagates to; only the first offer counts.
    const QEvent *m_lastEvent = nullptr;
    QPointer<QObject> m_lastReceiver;
};

} // namespace Hearth::Warehouse
