#include "shopfloorpage.h"

#include "production/shopfloorcode.h"
#include "progresseventsmodel.h"
#include "storage/database.h"
#include "widgets/pageheader.h"
#include "widgets/session.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace Hearth::Production {

namespace {

constexpr char StationKey[] = "production/shopfloorStation";
// A scanner that sends one read twice sends the second within this many milliseconds.
constexpr int DoubleReadMs = 800;
constexpr int RecentEvents = 50;
constexpr int MaxParts = 99999;

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QString bannerStyle(ShopfloorPage::Feedback feedback)
{
    switch (feedback) {
    case ShopfloorPage::Feedback::Ok:
        return QStringLiteral("background: #dcfce7; color: #14532d; border: 1px solid #86efac;");
    case ShopfloorPage::Feedback::Warning:
        return QStringLiteral("background: #fef3c7; color: #78350f; border: 1px solid #fcd34d;");
    case ShopfloorPage::Feedback::Refused:
        return QStringLiteral("background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5;");
    case ShopfloorPage::Feedback::None:
        break;
    }
    return QStringLiteral("background: #f3f4f6; color: #4b5563; border: 1px solid #e5e7eb;");
}

bool isSpinBoxPart(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        if (qobject_cast<QSpinBox *>(o))
            return true;
    }
    return false;
}

} // namespace

ShopfloorPage::ShopfloorPage(const QString &userId, QWidget *parent)
    : QWidget(parent), m_userId(userId)
{
    if (m_userId.isEmpty() && Widgets::Session::isSignedIn())
        m_userId = Widgets::Session::user().id;
    m_events = new ProgressEventsModel(this);
    m_events->setTimeZone(Widgets::SiteTime::zone());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);
    auto *header = new Widgets::PageHeader(tr("Shop-floor scanning"), this);
    header->setSubtitle(tr("Scan work order and part codes at this station to report start, "
                           "quantities and finish"));
    layout->addWidget(header);
    layout->addWidget(buildStationRow());

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setFont(scaled(font(), 1.6));
    m_scan->setMinimumHeight(48);
    m_scan->setPlaceholderText(tr("Scan a work order, part or command code here"));
    m_scan->setClearButtonEnabled(true);
    m_scan->addAction(Widgets::Theme::icon(Widgets::IconKind::Search),
                      QLineEdit::LeadingPosition);
    connect(m_scan, &QLineEdit::returnPressed, this, &ShopfloorPage::onScanEntered);
    layout->addWidget(m_scan);

    m_banner = new QLabel(this);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("scanFeedback"));
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(56);
    m_banner->setFont(scaled(font(), 1.25, true));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_banner);
    m_warnings = new QLabel(this);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #92400e;"));
    m_warnings->hide();
    layout->addWidget(m_warnings);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(buildWorkOrderPanel(), 1);
    body->addWidget(buildRecentPanel(), 1);
    layout->addLayout(body, 1);

    auto *commands = new QLabel(tr("Command codes: CMD:START start · CMD:REPORT report the counts "
                                   "· CMD:FINISH finish · CMD:CLEAR clear · WC:<code> change "
                                   "station"),
                                this);
    commands->setTextFormat(Qt::PlainText);
    commands->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(commands);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // Keep the scanner's keystrokes in the scan field: any other widget of this page that
        // takes the focus gives it back, except the counts while they are typed.
        if (now && now != m_scan && isAncestorOf(now) && !isSpinBoxPart(now))
            QTimer::singleShot(0, this, &ShopfloorPage::refocus);
    });

    say(Feedback::None, tr("Ready: scan a work order or part"));
    refresh();
    showTarget();
}

ShopfloorPage::~ShopfloorPage() = default;

QWidget *ShopfloorPage::buildStationRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Station"), row);
    label->setFont(scaled(font(), 1.15, true));
    layout->addWidget(label);
    m_station = new QComboBox(row);
    m_station->setObjectName(QStringLiteral("stationPicker"));
    m_station->setFont(scaled(font(), 1.15));
    m_station->setMinimumWidth(280);
    m_station->setFocusPolicy(Qt::NoFocus);
    connect(m_station, &QComboBox::currentIndexChanged, this, &ShopfloorPage::onStationChanged);
    layout->addWidget(m_station);
    layout->addStretch(1);
    m_operator = new QLabel(row);
    m_operator->setFont(scaled(font(), 1.15));
    layout->addWidget(m_operator);
    return row;
}

QWidget *ShopfloorPage::buildWorkOrderPanel()
{
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setObjectName(QStringLiteral("workOrderPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    m_woNo = new QLabel(panel);
    m_woNo->setTextFormat(Qt::PlainText);
    m_woNo->setFont(scaled(font(), 1.9, true));
    layout->addWidget(m_woNo);
    m_woDetails = new QLabel(panel);
    m_woDetails->setTextFormat(Qt::PlainText);
    m_woDetails->setWordWrap(true);
    m_woDetails->setFont(scaled(font(), 1.1));
    layout->addWidget(m_woDetails);
    m_operation = new QLabel(panel);
    m_operation->setTextFormat(Qt::PlainText);
    m_operation->setFont(scaled(font(), 1.35, true));
    m_operation->setWordWrap(true);
    layout->addWidget(m_operation);
    // Big counts, readable from the machine: parts, good, scrap, left.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    const auto tile = [panel, tiles, this](const QString &caption, const char *colour) {
        auto *frame = new QFrame(panel);
        frame->setObjectName(QStringLiteral("countTile"));
        frame->setStyleSheet(QStringLiteral("#countTile { background: #f8fafc; border: 1px solid "
                                            "#e2e8f0; border-radius: 6px; }"));
        auto *column = new QVBoxLayout(frame);
        column->setContentsMargins(12, 6, 12, 6);
        column->setSpacing(0);
        auto *title = new QLabel(caption, frame);
        title->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(frame);
        value->setFont(scaled(font(), 2.6, true));
        value->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
        column->addWidget(title);
        column->addWidget(value);
        tiles->addWidget(frame, 1);
        return value;
    };
    m_parts = tile(tr("Parts"), "#1f2937");
    m_madeGood = tile(tr("Good"), "#15803d");
    m_madeScrap = tile(tr("Scrap"), "#b91c1c");
    m_left = tile(tr("Left"), "#1d4ed8");
    layout->addLayout(tiles);
    m_progress = new QProgressBar(panel);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    layout->addWidget(m_progress);
    m_route = new QLabel(panel);
    m_route->setTextFormat(Qt::RichText);
    m_route->setWordWrap(true);
    m_route->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_route);
    layout->addStretch(1);

    auto *quantities = new QHBoxLayout;
    const auto spin = [panel, this](const QString &title, QSpinBox **box) {
        auto *label = new QLabel(title, panel);
        label->setFont(scaled(font(), 1.2));
        *box = new QSpinBox(panel);
        (*box)->setRange(0, MaxParts);
        (*box)->setFont(scaled(font(), 1.6));
        (*box)->setMinimumSize(140, 48);
        (*box)->setFocusPolicy(Qt::ClickFocus);
        (*box)->installEventFilter(this);
        connect(*box, &QSpinBox::editingFinished, this, &ShopfloorPage::refocus);
        auto *column = new QVBoxLayout;
        column->addWidget(label);
        column->addWidget(*box);
        return column;
    };
    quantities->addLayout(spin(tr("Good"), &m_good));
    quantities->addSpacing(12);
    quantities->addLayout(spin(tr("Scrap"), &m_scrap));
    quantities->addStretch(1);
    layout->addLayout(quantities);

    auto *buttons = new QHBoxLayout;
    const auto button = [panel, this](const QString &title, bool primary) {
        auto *b = new QPushButton(title, panel);
        b->setFont(scaled(font(), 1.3, true));
        b->setMinimumSize(132, 52);
        b->setFocusPolicy(Qt::NoFocus);
        if (primary)
            b->setProperty("primary", true);
        return b;
    };
    m_start = button(tr("Start"), false);
    m_report = button(tr("Report"), false);
    m_finish = button(tr("Finish"), true);
    m_clear = button(tr("Clear"), false);
    connect(m_start, &QPushButton::clicked, this, &ShopfloorPage::start);
    connect(m_report, &QPushButton::clicked, this, &ShopfloorPage::report);
    connect(m_finish, &QPushButton::clicked, this, &ShopfloorPage::finish);
    connect(m_clear, &QPushButton::clicked, this, &ShopfloorPage::clear);
    buttons->addWidget(m_start);
    buttons->addWidget(m_report);
    buttons->addWidget(m_finish);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);
    return panel;
}

QWidget *ShopfloorPage::buildRecentPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_recentTitle = new QLabel(panel);
    m_recentTitle->setFont(scaled(font(), 1.1, true));
    layout->addWidget(m_recentTitle);
    m_recent = new QTableView(panel);
    m_recent->setModel(m_events);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setAlternatingRowColors(true);
    m_recent->setWordWrap(false);
    m_recent->verticalHeader()->hide();
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->setColumnHidden(ProgressEventsModel::Source, true);
    layout->addWidget(m_recent);
    return panel;
}

QString ShopfloorPage::stationId() const
{
    return m_station->currentData().toString();
}

bool ShopfloorPage::setStation(const QString &idOrCode)
{
    for (int i = 0; i < m_station->count(); ++i) {
        if (m_station->itemData(i).toString() == idOrCode
            || m_station->itemData(i, Qt::UserRole + 1).toString().compare(idOrCode,
                                                                            Qt::CaseInsensitive)
                   == 0) {
            m_station->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString ShopfloorPage::messageText() const
{
    return m_banner->text();
}

QString ShopfloorPage::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void ShopfloorPage::refresh()
{
    loadStations();
    if (Storage::Database::isOpen() && !m_userId.isEmpty()) {
        Storage::Statement &q = Storage::Database::connection().prepare(
            "SELECT display_name FROM users WHERE id = ?");
        q.bind(1, m_userId);
        m_userName = q.next() ? q.text(0) : QString();
        q.reset();
    }
    m_operator->setText(m_userName.isEmpty() ? tr("Operator: not signed in")
                                             : tr("Operator: %1").arg(m_userName));
    loadRecent();
}

void ShopfloorPage::loadStations()
{
    const QString current = stationId().isEmpty()
                                ? QSettings().value(QLatin1String(StationKey)).toString()
                                : stationId();
    const QSignalBlocker block(m_station);
    m_station->clear();
    if (!Storage::Database::isOpen())
        return;
    Storage::Statement &q = Storage::Database::connection().prepare(
        "SELECT id, code, name FROM work_centers WHERE deleted = 0 AND active = 1 ORDER BY code");
    while (q.next()) {
        m_station->addItem(QStringLiteral("%1  %2").arg(q.text(1), q.text(2)), q.text(0));
        m_station->setItemData(m_station->count() - 1, q.text(1), Qt::UserRole + 1);
    }
    q.reset();
    const int index = m_station->findData(current);
    m_station->setCurrentIndex(index >= 0 ? index : 0);
}

void ShopfloorPage::loadRecent()
{
    const QString code = m_station->currentData(Qt::UserRole + 1).toString();
    m_recentTitle->setText(code.isEmpty() ? tr("Recent events")
                                          : tr("Recent events at %1").arg(code));
    if (!Storage::Database::isOpen() || code.isEmpty()) {
        m_events->setEvents({});
        return;
    }
    auto events = ProgressQuery::stationEvents(Storage::Database::connection(), code,
                                               RecentEvents);
    m_events->setEvents(events ? events.value() : QList<ProgressEventRow>());
    if (!events)
        say(Feedback::Refused, tr("Cannot read the station's events: %1")
                                   .arg(events.error().toString()));
}

void ShopfloorPage::onStationChanged()
{
    QSettings().setValue(QLatin1String(StationKey), stationId());
    m_lastRead.clear();
    m_target = ScanTarget();
    showTarget();
    loadRecent();
    say(Feedback::Ok, tr("Station %1: scan a work order or part").arg(m_station->currentText()));
}

void ShopfloorPage::onScanEntered()
{
    const QString text = m_scan->text();
    m_scan->clear();
    handleScan(text);
}

void ShopfloorPage::handleScan(const QString &text)
{
    const ShopfloorCode code = ShopfloorCode::parse(text);
    if (code.kind() == ShopfloorCode::Kind::Empty)
        return;
    if (code.text() == m_lastRead && m_lastReadTime.isValid()
        && m_lastReadTime.elapsed() < DoubleReadMs) {
        return;  // the scanner sent the same read twice
    }
    m_lastRead = code.text();
    m_lastReadTime.start();

    switch (code.kind()) {
    case ShopfloorCode::Kind::Empty:
    case ShopfloorCode::Kind::Unknown:
        say(Feedback::Refused, code.error());
        return;
    case ShopfloorCode::Kind::Station: {
        const QString before = stationId();
        if (!setStation(code.value()))
            say(Feedback::Refused, tr("no station with the code %1").arg(code.value()));
        else if (stationId() == before)  // no change, but the read deserves an answer
            onStationChanged();
        return;
    }
    case ShopfloorCode::Kind::Command:
        switch (code.command()) {
        case ShopfloorCode::Command::Start:
            start();
            break;
        case ShopfloorCode::Command::Report:
            report();
            break;
        case ShopfloorCode::Command::Finish:
            finish();
            break;
        case ShopfloorCode::Command::Clear:
            clear();
            break;
        case ShopfloorCode::Command::None:
            break;
        }
        return;
    case ShopfloorCode::Kind::WorkOrder: {
        if (!Storage::Database::isOpen())
            return;
        ProgressRecorder recorder(Storage::Database::connection());
        auto target = recorder.resolve(stationId(), text);
        if (!target) {
            say(Feedback::Refused, target.error().message);
            return;
        }
        setTarget(target.value());
        const OperationProgress *op = m_target.operation();
        if (op && op->status == u"done") {
            say(Feedback::Warning, tr("%1: operation %2 %3 is already finished here")
                                       .arg(m_target.workOrder.woNo)
                                       .arg(op->seq)
                                       .arg(op->name));
        } else if (op) {
            say(Feedback::Ok, tr("%1: operation %2 %3, %4 of %5 parts left")
                                  .arg(m_target.workOrder.woNo)
                                  .arg(op->seq)
                                  .arg(op->name)
                                  .arg(op->left())
                                  .arg(op->quantity));
        }
        return;
    }
    case ShopfloorCode::Kind::Part:
        record(ProgressKind::Report, text, true);
        return;
    }
}

bool ShopfloorPage::start()
{
    return record(ProgressKind::Start, QString(), false);
}

bool ShopfloorPage::report()
{
    return record(ProgressKind::Report, QString(), false);
}

bool ShopfloorPage::finish()
{
    return record(ProgressKind::Finish, QString(), false);
}

void ShopfloorPage::clear()
{
    m_target = ScanTarget();
    showTarget();
    say(Feedback::None, tr("Ready: scan a work order or part"));
}

bool ShopfloorPage::record(ProgressKind kind, const QString &code, bool part)
{
    if (!Storage::Database::isOpen())
        return false;
    if (!part)
        m_lastRead.clear();  // a read after an action is a new read, however soon
    if (!part && m_target.workOrder.id.isEmpty()) {
        say(Feedback::Refused, tr("scan a work order first"));
        return false;
    }
    ProgressScan scan;
    scan.scanId = nextScanId();
    scan.stationId = stationId();
    scan.code = part ? code : ShopfloorCode::forWorkOrder(m_target.workOrder.woNo);
    scan.kind = kind;
    scan.userId = m_userId;
    scan.at = now();
    scan.workOrderId = m_target.workOrder.id;
    if (part) {
        scan.good = 1;
        scan.startIfWaiting = true;
        scan.finishWhenComplete = true;
    } else if (kind != ProgressKind::Start) {
        scan.good = m_good->value();
        scan.scrap = m_scrap->value();
    }

    Storage::Connection &c = Storage::Database::connection();
    ProgressRecorder recorder(c);
    recorder.setTimeZone(Widgets::SiteTime::zone());
    auto outcome = recorder.record(scan);
    if (!outcome) {
        say(Feedback::Refused, outcome.error().message);
        return false;
    }
    // Show the work order as it is now, at the operation here that comes next.
    auto target = recorder.resolve(scan.stationId,
                                   ShopfloorCode::forWorkOrder(outcome->workOrder.woNo));
    if (target)
        setTarget(target.value());
    else
        m_target = ScanTarget();
    showTarget();
    loadRecent();
    say(outcome->warnings.isEmpty() ? Feedback::Ok : Feedback::Warning, outcome->message,
        outcome->warnings);
    emit progressRecorded(outcome->workOrder.id);
    return true;
}

void ShopfloorPage::setTarget(const ScanTarget &target)
{
    m_target = target;
    showTarget();
}

void ShopfloorPage::showTarget()
{
    const WorkOrderProgress &w = m_target.workOrder;
    const OperationProgress *op = m_target.operation();
    const bool shown = !w.id.isEmpty();
    m_woNo->setText(shown ? w.woNo : tr("No work order"));
    if (shown) {
        QStringList details{tr("Order %1").arg(w.orderNo), tr("Workshop %1").arg(w.workshop)};
        if (w.dueDate.isValid())
            details.append(tr("Due %1").arg(w.dueDate.toString(Qt::ISODate)));
        details.append(ProgressQuery::workOrderStatusLabel(w.status));
        m_woDetails->setText(details.join(QStringLiteral("  ·  ")));
    } else {
        m_woDetails->setText(tr("Scan the code on a work order sheet or a part label"));
    }
    if (op) {
        m_operation->setText(tr("Here: operation %1 %2 (%3)")
                                 .arg(op->seq)
                                 .arg(op->name, ProgressQuery::operationStatusLabel(op->status)));
        m_parts->setText(QString::number(op->quantity));
        m_madeGood->setText(QString::number(op->good));
        m_madeScrap->setText(QString::number(op->scrap));
        m_left->setText(QString::number(op->left()));
        m_progress->setRange(0, qMax(1, op->quantity));
        m_progress->setValue(qMin(op->quantity, op->good + op->scrap));
    } else {
        m_operation->clear();
        for (QLabel *count : {m_parts, m_madeGood, m_madeScrap, m_left})
            count->setText(QStringLiteral("–"));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    m_progress->setVisible(op != nullptr);

    QStringList route;
    for (const OperationProgress &o : w.operations) {
        if (o.status == u"cancelled")
            continue;
        QString step = QStringLiteral("%1 %2").arg(o.seq).arg(o.name);
        if (o.status == u"done")
            step += QStringLiteral(" \u2713");
        else if (o.status == u"started")
            step += QStringLiteral(" \u25B6");
        if (op && o.id == op->id)
            step = QStringLiteral("<b>%1</b>").arg(step.toHtmlEscaped());
        else
            step = step.toHtmlEscaped();
        route.append(step);
    }
    m_route->setText(route.isEmpty() ? QString()
                                     : tr("Route: %1").arg(route.join(QStringLiteral(" → "))));

    const QSignalBlocker goodBlock(m_good);
    const QSignalBlocker scrapBlock(m_scrap);
    m_good->setMaximum(op ? op->quantity : MaxParts);
    m_good->setValue(op ? op->left() : 0);
    m_scrap->setMaximum(op ? op->quantity : MaxParts);
    m_scrap->setValue(0);
    m_start->setEnabled(op && op->status == u"waiting");
    m_report->setEnabled(op && op->status == u"started");
    m_finish->setEnabled(op && op->status == u"started");
    m_clear->setEnabled(shown);
}

void ShopfloorPage::say(Feedback feedback, const QString &message, const QStringList &warnings)
{
    m_feedback = feedback;
    QString text = message;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    m_banner->setText(text);
    m_banner->setStyleSheet(bannerStyle(feedback)
                            + QStringLiteral("border-radius: 6px; padding: 10px 14px;"));
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    if (m_sound && feedback != Feedback::None) {
        QApplication::beep();
        if (feedback == Feedback::Refused)
            QTimer::singleShot(180, this, [] { QApplication::beep(); });
    }
    refocus();
}

void ShopfloorPage::refocus()
{
    if (m_scan && isVisible())
        m_scan->setFocus(Qt::OtherFocusReason);
}

QDateTime ShopfloorPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString ShopfloorPage::nextScanId()
{
    return QStringLiteral("%1-%2").arg(Storage::Database::nodeId(),
                                       QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void ShopfloorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ShopfloorPage::refocus);
}

bool ShopfloorPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isSpinBoxPart(watched)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        // A scanner typing into a count box: what is not a digit belongs to the scan field.
        if (!text.isEmpty() && !text[0].isDigit() && text[0].isPrint()) {
            m_scan->setFocus(Qt::OtherFocusReason);
            m_scan->insert(text);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            refocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth::Production
