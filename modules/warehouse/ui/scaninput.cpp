#include "scaninput.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QWidget>

namespace Hearth::Warehouse {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

} // namespace

ScanInput::ScanInput(QWidget *page) : QObject(page), m_page(page)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScanInput::checkTimeouts);
    qApp->installEventFilter(this);
}

ScanInput::~ScanInput()
{
    qApp->removeEventFilter(this);
}

void ScanInput::setSettings(const WedgeDetector::Settings &settings)
{
    m_detector.setSettings(settings);
}

void ScanInput::learnNextScan()
{
    m_detector.learnNextScan();
}

void ScanInput::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 ScanInput::now() const
{
    return m_clock ? m_clock() : monotonicMs();
}

bool ScanInput::isOurs(QObject *watched) const
{
    if (!m_enabled || !m_page || !m_page->isVisible() || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // A dialog or popup over the page has its own window: its keys are its own.
    return widget->window() == m_page->window();
}

bool ScanInput::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::InputMethod
        && type != QEvent::ShortcutOverride) {
        return false;
    }
    if (m_replaying || !isOurs(watched))
        return false;
    if (event == m_lastEvent && m_lastReceiver && watched != m_lastReceiver
        && static_cast<QWidget *>(watched)->isAncestorOf(
            qobject_cast<QWidget *>(m_lastReceiver.data()))) {
        return false;  // the same key offered again to a parent
    }
    m_lastEvent = event;
    m_lastReceiver = watched;

    if (type == QEvent::ShortcutOverride) {
        // While keys are held no shortcut may fire on a scanner's letters or Alt codes.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool altDigit = (key->modifiers() & Qt::AltModifier) && key->key() >= Qt::Key_0
                              && key->key() <= Qt::Key_9;
        if (m_detector.isHolding() || altDigit) {
            event->accept();
            return true;
        }
        return false;
    }

    WedgeDetector::Key key;
    key.ms = now();
    if (type == QEvent::InputMethod) {
        const auto *im = static_cast<QInputMethodEvent *>(event);
        if (!im->commitString().isEmpty()) {
            key.type = WedgeDetector::Key::Type::Commit;
            key.text = im->commitString();
        } else {
            key.type = WedgeDetector::Key::Type::Preedit;
            key.text = im->preeditString();
        }
    } else {
        const auto *k = static_cast<QKeyEvent *>(event);
        key.type = type == QEvent::KeyPress ? WedgeDetector::Key::Type::Press
                                            : WedgeDetector::Key::Type::Release;
        key.key = k->key();
        key.modifiers = k->modifiers();
        key.text = k->text();
        key.autoRepeat = k->isAutoRepeat();
    }

    const WedgeDetector::Result result = m_detector.feed(key);
    apply(result.outputs);
    bool consumed = false;
    switch (result.decision) {
    case WedgeDetector::Decision::Hold:
        m_held.push_back({std::unique_ptr<QEvent>(event->clone()), watched});
        consumed = true;
        break;
    case WedgeDetector::Decision::Swallow:
        consumed = true;
        break;
    case WedgeDetector::Decision::Pass:
        break;
    }
    arm();
    return consumed;
}

void ScanInput::apply(const QList<WedgeDetector::Output> &outputs)
{
    for (const WedgeDetector::Output &o : outputs) {
        switch (o.kind) {
        case WedgeDetector::Output::Kind::Replay:
            for (int i = 0; i < o.count && !m_held.empty(); ++i) {
                Held held = std::move(m_held.front());
                m_held.pop_front();
                // To the widget it was meant for, or where the focus went meanwhile.
                QObject *target = held.receiver ? held.receiver.data()
                                                : static_cast<QObject *>(qApp->focusWidget());
                if (!target)
                    continue;
                m_replaying = true;
                QCoreApplication::sendEvent(target, held.event.get());
                m_replaying = false;
            }
            break;
        case WedgeDetector::Output::Kind::Drop:
            for (int i = 0; i < o.count && !m_held.empty(); ++i)
                m_held.pop_front();
            break;
        case WedgeDetector::Output::Kind::Scan: {
            ScanEvent event = o.scan;
            event.at = QDateTime::currentDateTimeUtc();
            emit scanned(event);
            break;
        }
        case WedgeDetector::Output::Kind::Learned:
            emit learned(o.settings);
            break;
        }
    }
}

void ScanInput::arm()
{
    const qint64 deadline = m_detector.deadline();
    if (deadline < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(1, deadline - now())));
}

void ScanInput::checkTimeouts()
{
    apply(m_detector.expire(now()));
    arm();
}

} // namespace Hearth::Warehouse
