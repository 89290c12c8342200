#include "scanpage.h"

#include "scaninput.h"
#include "scannersettingspanel.h"
#include "serialscanner.h"
#include "storage/database.h"
#include "warehouse/stockscanhandler.h"
#include "warehouse/warehousestore.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Hearth::Warehouse {

namespace {

constexpr int MaxHistory = 500;
constexpr int BeepSpacingMs = 160;
constexpr int MaxCodeShown = 48;
constexpr int MaxContextFields = 4;

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

struct Palette
{
    const char *background;
    const char *text;
    const char *border;
};

Palette paletteOf(ScanResult::Outcome outcome)
{
    switch (outcome) {
    case ScanResult::Outcome::Ok:
        return {"#dcfce7", "#14532d", "#22c55e"};
    case ScanResult::Outcome::Duplicate:
        return {"#fef3c7", "#78350f", "#f59e0b"};
    case ScanResult::Outcome::Wrong:
        break;
    }
    return {"#fee2e2", "#7f1d1d", "#ef4444"};
}

QString outcomeName(ScanResult::Outcome outcome)
{
    switch (outcome) {
    case ScanResult::Outcome::Ok:
        return ScanPage::tr("OK");
    case ScanResult::Outcome::Duplicate:
        return ScanPage::tr("Duplicate");
    case ScanResult::Outcome::Wrong:
        break;
    }
    return ScanPage::tr("Wrong");
}

} // namespace

ScanPage::ScanPage(QWidget *parent) : QWidget(parent)
{
    for (ScanJob job : ScanHandler::jobs())
        m_handlers[job] = ScanHandler::create(job);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    auto *header = new Widgets::PageHeader(tr("Warehouse scanning"), this);
    header->setSubtitle(tr("Scan one label after another: each read answers at once with a "
                           "colour and a sound, and never opens a dialog"));
    layout->addWidget(header);
    layout->addWidget(buildJobRow());
    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setFont(scaled(font(), 1.2));
    m_prompt->setObjectName(QStringLiteral("scanPrompt"));
    layout->addWidget(m_prompt);
    layout->addWidget(buildContextBar());
    layout->addWidget(buildResultPanel());
    layout->addWidget(buildCounters());

    m_history = new QStandardItemModel(0, ColumnCount, this);
    m_history->setHorizontalHeaderLabels(
        {tr("Time"), tr("Job"), tr("Code read"), tr("Result"), tr("What happened")});
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("scanHistory"));
    m_list->setModel(m_history);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics(m_list->font());
    m_list->setColumnWidth(TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    m_list->setColumnWidth(JobColumn, metrics.horizontalAdvance(QStringLiteral("盘点")) * 2 + 16);
    m_list->setColumnWidth(CodeColumn, metrics.horizontalAdvance(QLatin1Char('0')) * 34);
    m_list->setColumnWidth(ResultColumn,
                           metrics.horizontalAdvance(QStringLiteral("重复")) * 2 + 16);
    layout->addWidget(m_list, 1);
    layout->addWidget(buildEntryRow());
    m_settingsPanel = new ScannerSettingsPanel(this);
    m_settingsPanel->hide();
    connect(m_settingsPanel, &ScannerSettingsPanel::applied, this,
            [this](const ScannerSettings &settings) { applyScannerSettings(settings, true); });
    layout->addWidget(m_settingsPanel);

    m_input = new ScanInput(this);
    connect(m_input, &ScanInput::scanned, this, &ScanPage::handleScan);
    connect(m_input, &ScanInput::learned, this, [this](const WedgeDetector::Settings &s) {
        m_learn->setEnabled(true);
        m_source->setText(tr("Keyboard scanner: timing learned (%1 ms between keys)")
                              .arg(s.maxGapMs));
        // What was learned stays for the next start of this desk.
        ScannerSettings kept = m_settingsPanel->settings();
        kept.wedge = s;
        m_settingsPanel->setSettings(kept);
        if (Storage::Database::isOpen()) {
            if (Core::Status st = ScannerSettings::save(Storage::Database::connection(), kept);
                !st)
                m_settingsPanel->setStatus(st.error().message, true);
        }
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // The entry field keeps the focus: any other widget of the page gives it back, but
        // the scanner settings, which are typed into.
        if (now && now != m_entry && now != m_quantity && isAncestorOf(now)
            && !m_settingsPanel->isAncestorOf(now))
            QTimer::singleShot(0, this, &ScanPage::refocus);
    });
    setJob(ScanJob::Receive);
    if (Storage::Database::isOpen())
        applyScannerSettings(ScannerSettings::load(Storage::Database::connection()), false);
}

ScanPage::~ScanPage() = default;

QWidget *ScanPage::buildJobRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_jobs = new QButtonGroup(row);
    m_jobs->setExclusive(true);
    for (ScanJob job : ScanHandler::jobs()) {
        auto *button = new QPushButton(ScanHandler::jobName(job), row);
        button->setObjectName(QStringLiteral("job_") + ScanHandler::jobId(job));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setFont(scaled(font(), 1.25, true));
        button->setMinimumSize(104, 44);
        button->setStyleSheet(QStringLiteral("QPushButton:checked { background: %1; color: white; "
                                             "border: 1px solid %1; }")
                                  .arg(Widgets::Theme::accent().name()));
        m_jobs->addButton(button, int(job));
        layout->addWidget(button);
    }
    connect(m_jobs, &QButtonGroup::idClicked, this, [this](int id) { setJob(ScanJob(id)); });
    layout->addStretch(1);
    m_source = new QLabel(tr("Keyboard scanner: ready"), row);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_source);
    return row;
}

QWidget *ScanPage::buildResultPanel()
{
    m_panel = new QFrame(this);
    m_panel->setObjectName(QStringLiteral("scanResult"));
    m_panel->setMinimumHeight(170);
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(4);
    m_code = new QLabel(m_panel);
    m_code->setObjectName(QStringLiteral("lastScan"));
    m_code->setTextFormat(Qt::PlainText);
    QFont codeFont = scaled(font(), 2.6, true);
    codeFont.setStyleHint(QFont::TypeWriter);
    m_code->setFont(codeFont);
    layout->addWidget(m_code);
    m_message = new QLabel(m_panel);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setFont(scaled(font(), 1.6, true));
    layout->addWidget(m_message);
    m_detail = new QLabel(m_panel);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setFont(scaled(font(), 1.15));
    layout->addWidget(m_detail);
    layout->addStretch(1);
    return m_panel;
}

QWidget *ScanPage::buildCounters()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    const auto tile = [row, layout, this](const QString &caption, ScanResult::Outcome outcome) {
        auto *frame = new QFrame(row);
        frame->setObjectName(QStringLiteral("countTile"));
        const Palette p = paletteOf(outcome);
        frame->setStyleSheet(QStringLiteral("#countTile { background: #f8fafc; border: 1px solid "
                                            "#e2e8f0; border-left: 6px solid %1; "
                                            "border-radius: 6px; }")
                                 .arg(QLatin1StringView(p.border)));
        auto *line = new QHBoxLayout(frame);
        line->setContentsMargins(12, 4, 12, 4);
        auto *title = new QLabel(caption, frame);
        title->setFont(scaled(font(), 1.15));
        auto *value = new QLabel(QStringLiteral("0"), frame);
        value->setFont(scaled(font(), 1.9, true));
        value->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1StringView(p.text)));
        line->addWidget(title);
        line->addStretch(1);
        line->addWidget(value);
        layout->addWidget(frame, 1);
        return value;
    };
    m_okCount = tile(tr("OK"), ScanResult::Outcome::Ok);
    m_wrongCount = tile(tr("Wrong"), ScanResult::Outcome::Wrong);
    m_duplicateCount = tile(tr("Duplicate"), ScanResult::Outcome::Duplicate);
    return row;
}

QWidget *ScanPage::buildEntryRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entry = new QLineEdit(row);
    m_entry->setObjectName(QStringLiteral("scanEntry"));
    m_entry->setFont(scaled(font(), 1.3));
    m_entry->setMinimumHeight(40);
    m_entry->setPlaceholderText(tr("A label that will not scan: type its code and press Enter"));
    connect(m_entry, &QLineEdit::returnPressed, this, &ScanPage::onEntered);
    layout->addWidget(m_entry, 1);
    m_learn = new QPushButton(tr("Learn scanner timing"), row);
    m_learn->setFocusPolicy(Qt::NoFocus);
    m_learn->setToolTip(tr("Scan any label once after this: the page measures how fast your "
                           "scanner types and which key ends its reads"));
    connect(m_learn, &QPushButton::clicked, this, [this] {
        m_input->learnNextScan();
        m_learn->setEnabled(false);
        m_source->setText(tr("Keyboard scanner: scan any label to learn its timing"));
    });
    layout->addWidget(m_learn);
    auto *over = new QPushButton(tr("Start over"), row);
    over->setObjectName(QStringLiteral("startOver"));
    over->setFocusPolicy(Qt::NoFocus);
    over->setToolTip(tr("Forget this job's reads: a new delivery, pallet or truck"));
    connect(over, &QPushButton::clicked, this, &ScanPage::startOver);
    layout->addWidget(over);
    auto *settings = new QPushButton(tr("Scanner settings"), row);
    settings->setObjectName(QStringLiteral("scannerSettingsButton"));
    settings->setFocusPolicy(Qt::NoFocus);
    settings->setCheckable(true);
    settings->setToolTip(tr("The serial scanner's port, the keyboard scanner's timing and the "
                            "sound of this desk"));
    connect(settings, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_settingsPanel->reloadPorts();
        m_settingsPanel->setVisible(on);
        if (!on)
            refocus();
    });
    layout->addWidget(settings);
    return row;
}

QWidget *ScanPage::buildContextBar()
{
    m_context = new QFrame(this);
    m_context->setObjectName(QStringLiteral("scanContext"));
    m_context->setStyleSheet(QStringLiteral("#scanContext { background: #f8fafc; border: 1px "
                                            "solid #e2e8f0; border-radius: 6px; }"));
    auto *layout = new QHBoxLayout(m_context);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(6);
    for (int i = 0; i < MaxContextFields; ++i) {
        auto *caption = new QLabel(m_context);
        caption->setTextFormat(Qt::PlainText);
        caption->setFont(scaled(font(), 1.15));
        auto *value = new QLabel(m_context);
        value->setTextFormat(Qt::PlainText);
        value->setFont(scaled(font(), 1.15, true));
        m_contextFields.append(caption);
        m_contextFields.append(value);
        layout->addWidget(caption);
        layout->addWidget(value);
        layout->addSpacing(14);
    }
    layout->addStretch(1);
    m_warehouse = new QComboBox(m_context);
    m_warehouse->setObjectName(QStringLiteral("scanWarehouse"));
    m_warehouse->setFocusPolicy(Qt::NoFocus);
    m_warehouse->setFont(scaled(font(), 1.1));
    m_warehouse->setToolTip(tr("The warehouse this desk scans for: bins of other warehouses "
                               "are refused"));
    connect(m_warehouse, &QComboBox::activated, this, &ScanPage::chooseWarehouse);
    layout->addWidget(m_warehouse);
    layout->addSpacing(12);
    auto *caption = new QLabel(tr("Quantity"), m_context);
    caption->setFont(scaled(font(), 1.15));
    layout->addWidget(caption);
    m_quantity = new QLineEdit(m_context);
    m_quantity->setObjectName(QStringLiteral("scanQuantity"));
    m_quantity->setFont(scaled(font(), 1.15));
    m_quantity->setMaximumWidth(120);
    m_quantity->setPlaceholderText(tr("1 per read"));
    m_quantity->setToolTip(tr("A quantity for the next read: type it, then scan (or press "
                              "Enter); the read after that counts 1 again"));
    m_quantity->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,9}([.][0-9]{0,3})?")), m_quantity));
    connect(m_quantity, &QLineEdit::returnPressed, this, [this] {
        takeTypedQuantity();
        refocus();
    });
    layout->addWidget(m_quantity);
    m_quantityNote = new QLabel(m_context);
    m_quantityNote->setObjectName(QStringLiteral("scanQuantityNote"));
    m_quantityNote->setTextFormat(Qt::PlainText);
    m_quantityNote->setMinimumWidth(140);
    layout->addWidget(m_quantityNote);
    return m_context;
}

void ScanPage::loadWarehouses()
{
    if (m_warehouse->count() > 0 || !Storage::Database::isOpen())
        return;
    m_warehouse->addItem(tr("All warehouses"), QString());
    const auto warehouses = WarehouseStore::list(Storage::Database::connection());
    if (warehouses) {
        for (const Warehouse &w : *warehouses)
            m_warehouse->addItem(w.code + QLatin1Char(' ') + w.name, w.id);
    }
    const StockScanHandler *stock = stockHandler();
    const int index = stock ? m_warehouse->findData(stock->warehouseId()) : 0;
    m_warehouse->setCurrentIndex(index < 0 ? 0 : index);
}

void ScanPage::chooseWarehouse(int index)
{
    const QString id = m_warehouse->itemData(index).toString();
    for (const auto &[job, h] : m_handlers) {
        if (auto *stock = dynamic_cast<StockScanHandler *>(h.get()))
            stock->setWarehouse(id);
    }
    if (Storage::Database::isOpen()) {
        Storage::Connection &c = Storage::Database::connection();
        const auto w = WarehouseStore::find(c, id);
        if (const auto s = StockScanHandler::setDeskWarehouseCode(c, w ? w->code : QString());
            !s) {
            m_source->setText(s.error().message);
        }
    }
    refocus();
}

StockScanHandler *ScanPage::stockHandler() const
{
    return dynamic_cast<StockScanHandler *>(handler(m_job));
}

bool ScanPage::takeTypedQuantity()
{
    StockScanHandler *stock = stockHandler();
    const QString text = m_quantity->text().trimmed();
    if (!stock || text.isEmpty())
        return true;
    const auto quantity = Core::Decimal::parse(text);
    if (!quantity || quantity->micros() <= 0) {
        m_quantityNote->setText(tr("not a quantity"));
        return false;
    }
    stock->setNextQuantity(*quantity);
    m_quantity->clear();
    updateContext();
    return true;
}

void ScanPage::updateContext()
{
    StockScanHandler *stock = stockHandler();
    m_context->setVisible(stock != nullptr);
    if (!stock)
        return;
    loadWarehouses();
    const QList<ScanContextField> fields = stock->context();
    for (int i = 0; i < MaxContextFields; ++i) {
        QLabel *caption = m_contextFields.at(2 * i);
        QLabel *value = m_contextFields.at(2 * i + 1);
        const bool shown = i < fields.size();
        caption->setVisible(shown);
        value->setVisible(shown);
        if (!shown)
            continue;
        const ScanContextField &f = fields.at(i);
        caption->setText(tr("%1:", "a field of the scanning bar").arg(f.label));
        value->setText(f.value.isEmpty() ? QStringLiteral("—") : f.value);
        value->setStyleSheet(f.value.isEmpty() ? QStringLiteral("color: #94a3b8;") : QString());
        value->setProperty("fieldId", f.id);
    }
    const auto next = stock->nextQuantity();
    m_quantityNote->setText(next ? tr("next read: %1").arg(next->toString()) : QString());
    // The bar is laid out at once, so that a grab right after a read shows the new values.
    m_context->layout()->activate();
}

QString ScanPage::contextText() const
{
    StockScanHandler *stock = stockHandler();
    if (!stock)
        return QString();
    QStringList lines;
    for (const ScanContextField &f : stock->context())
        lines.append(f.label + QStringLiteral(": ") + f.value);
    return lines.join(u'\n');
}

void ScanPage::setJob(ScanJob job)
{
    m_job = job;
    if (QAbstractButton *button = m_jobs->button(int(job)))
        button->setChecked(true);
    m_prompt->setText(handler(job) ? handler(job)->prompt() : QString());
    if (!m_hasResult)
        showIdle();
    updateContext();
    refocus();
}

void ScanPage::setHandler(ScanJob job, std::unique_ptr<ScanHandler> handler)
{
    m_handlers[job] = std::move(handler);
    if (job == m_job) {
        m_prompt->setText(m_handlers[job] ? m_handlers[job]->prompt() : QString());
        updateContext();
    }
}

ScanHandler *ScanPage::handler(ScanJob job) const
{
    const auto it = m_handlers.find(job);
    return it == m_handlers.end() ? nullptr : it->second.get();
}

void ScanPage::addSerialScanner(SerialScanner *scanner)
{
    connect(scanner, &SerialScanner::scanned, this, &ScanPage::handleScan);
    connect(scanner, &SerialScanner::failed, this, [this](const QString &message) {
        m_source->setText(message);
    });
    m_source->setText(tr("Keyboard scanner: ready · serial scanner on %1")
                          .arg(scanner->settings().portName));
}

void ScanPage::applyScannerSettings(const ScannerSettings &settings, bool keep)
{
    m_settingsPanel->setSettings(settings);
    m_input->setSettings(settings.wedge);
    m_sound = settings.sound;
    QString status;
    bool problem = false;
    if (keep && Storage::Database::isOpen()) {
        if (Core::Status st = ScannerSettings::save(Storage::Database::connection(), settings);
            !st) {
            m_settingsPanel->setStatus(st.error().message, true);
            return;
        }
        status = tr("Kept for this desk.");
    }

    SerialScanner::Settings serial;
    serial.portName = settings.serialPort;
    serial.baudRate = settings.baudRate;
    const QString &suffix = settings.suffix;
    serial.suffix = suffix == u"cr"    ? SerialScanner::Suffix::CarriageReturn
                    : suffix == u"lf"  ? SerialScanner::Suffix::LineFeed
                    : suffix == u"tab" ? SerialScanner::Suffix::Tab
                    : suffix == u"none" ? SerialScanner::Suffix::None
                                        : SerialScanner::Suffix::Any;
    const bool same = m_serial && m_serial->isOpen()
                      && m_serial->settings().portName == serial.portName
                      && m_serial->settings().baudRate == serial.baudRate
                      && m_serial->settings().suffix == serial.suffix;
    if (!same) {
        delete m_serial;
        m_serial = nullptr;
        if (serial.portName.isEmpty()) {
            m_source->setText(tr("Keyboard scanner: ready"));
        } else {
            auto *scanner = new SerialScanner(this);
            if (Core::Status opened = scanner->open(serial); !opened) {
                delete scanner;
                problem = true;
                status = (status.isEmpty() ? QString() : status + u' ')
                         + opened.error().toString();
                m_source->setText(tr("Keyboard scanner: ready · serial scanner: %1")
                                      .arg(opened.error().toString()));
            } else {
                m_serial = scanner;
                addSerialScanner(scanner);
                status = (status.isEmpty() ? QString() : status + u' ')
                         + tr("Serial scanner on %1 is listening.").arg(serial.portName);
            }
        }
    }
    m_settingsPanel->setStatus(status, problem);
    refocus();
}

QString ScanPage::sourceText() const
{
    return m_source->text();
}

int ScanPage::count(ScanResult::Outcome outcome) const
{
    const auto it = m_counts.find(outcome);
    return it == m_counts.end() ? 0 : it->second;
}

QString ScanPage::lastCodeText() const
{
    return m_code->text();
}

QString ScanPage::messageText() const
{
    return m_message->text();
}

QString ScanPage::detailText() const
{
    return m_detail->text();
}

QColor ScanPage::colour(ScanResult::Outcome outcome)
{
    return QColor(QLatin1StringView(paletteOf(outcome).background));
}

int ScanPage::beeps(ScanResult::Outcome outcome)
{
    switch (outcome) {
    case ScanResult::Outcome::Ok:
        return 1;
    case ScanResult::Outcome::Duplicate:
        return 2;
    case ScanResult::Outcome::Wrong:
        break;
    }
    return 3;
}

void ScanPage::onEntered()
{
    const QString text = m_entry->text();
    m_entry->clear();
    if (text.trimmed().isEmpty())
        return;
    handleScan(ScanEvent::fromRead(text, ScanEvent::Source::Typed, ScanEvent::Suffix::Enter));
}

void ScanPage::handleScan(const ScanEvent &event)
{
    if (event.code.kind() == ScanCode::Kind::Empty && !event.inputMethod)
        return;
    ScanHandler *h = handler(m_job);
    ScanResult result;
    if (!takeTypedQuantity()) {
        result.outcome = ScanResult::Outcome::Wrong;
        result.message = tr("The quantity \"%1\" is no number").arg(m_quantity->text());
        result.detail = tr("Type a quantity such as 12 or 2.5 in the bar, or clear it; nothing "
                           "changed");
    } else if (h) {
        result = h->handle(event);
    } else {
        result.outcome = ScanResult::Outcome::Wrong;
        result.message = ScanCode::visible(event.read);
        result.detail = tr("No job logic for %1 on this desk").arg(ScanHandler::jobName(m_job));
    }
    m_last = result;
    m_hasResult = true;
    ++m_counts[result.outcome];
    present(event, result);
    addToHistory(event, result);
    updateCounters();
    sound(result.outcome);
    m_prompt->setText(h ? h->prompt() : QString());
    updateContext();
    emit scanHandled(event, result);
    refocus();
}

void ScanPage::present(const ScanEvent &event, const ScanResult &result)
{
    QString code = ScanCode::visible(event.code.aim().isPresent() ? event.code.text()
                                                                   : event.read.trimmed());
    if (code.size() > MaxCodeShown)
        code = code.left(MaxCodeShown) + QChar(0x2026);
    m_code->setText(code);
    m_message->setText(result.message);
    m_detail->setText(result.detail);
    const Palette p = paletteOf(result.outcome);
    m_panel->setStyleSheet(QStringLiteral("#scanResult { background: %1; border: 3px solid %2; "
                                          "border-radius: 8px; } #scanResult QLabel { color: "
                                          "%3; }")
                               .arg(QLatin1StringView(p.background), QLatin1StringView(p.border),
                                    QLatin1StringView(p.text)));
}

void ScanPage::addToHistory(const ScanEvent &event, const ScanResult &result)
{
    const QDateTime at = event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc();
    QList<QStandardItem *> row;
    row.append(new QStandardItem(at.toTimeZone(Widgets::SiteTime::zone())
                                     .toString(QStringLiteral("HH:mm:ss"))));
    row.append(new QStandardItem(ScanHandler::jobName(m_job)));
    row.append(new QStandardItem(ScanCode::visible(event.read.trimmed())));
    row.append(new QStandardItem(outcomeName(result.outcome)));
    row.append(new QStandardItem(result.detail.isEmpty()
                                     ? result.message
                                     : result.message + QStringLiteral(" — ") + result.detail));
    const QColor tint = colour(result.outcome);
    for (QStandardItem *item : row) {
        item->setBackground(tint);
        item->setData(int(result.outcome), Qt::UserRole);
    }
    m_history->insertRow(0, row);
    if (m_history->rowCount() > MaxHistory)
        m_history->removeRows(MaxHistory, m_history->rowCount() - MaxHistory);
}

void ScanPage::updateCounters()
{
    m_okCount->setText(QString::number(count(ScanResult::Outcome::Ok)));
    m_wrongCount->setText(QString::number(count(ScanResult::Outcome::Wrong)));
    m_duplicateCount->setText(QString::number(count(ScanResult::Outcome::Duplicate)));
}

void ScanPage::showIdle()
{
    m_code->setText(tr("Ready to scan"));
    m_message->setText(handler(m_job) ? handler(m_job)->prompt() : QString());
    m_detail->setText(tr("Works with the Chinese input method off; any field may have the "
                         "focus"));
    m_panel->setStyleSheet(QStringLiteral("#scanResult { background: #f3f4f6; border: 3px solid "
                                          "#e5e7eb; border-radius: 8px; } #scanResult QLabel { "
                                          "color: #374151; }"));
}

void ScanPage::startOver()
{
    if (ScanHandler *h = handler(m_job))
        h->reset();
    m_counts.clear();
    m_history->removeRows(0, m_history->rowCount());
    m_hasResult = false;
    m_last = ScanResult();
    updateCounters();
    showIdle();
    m_prompt->setText(handler(m_job) ? handler(m_job)->prompt() : QString());
    updateContext();
    refocus();
}

void ScanPage::sound(ScanResult::Outcome outcome)
{
    if (!m_sound)
        return;
    for (int i = 0; i < beeps(outcome); ++i)
        QTimer::singleShot(i * BeepSpacingMs, this, [] { QApplication::beep(); });
}

void ScanPage::refocus()
{
    if (m_entry && isVisible())
        m_entry->setFocus(Qt::OtherFocusReason);
}

void ScanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ScanPage::refocus);
}

} // namespace Hearth::Warehouse
