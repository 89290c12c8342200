#include "importpanel.h"

#include "importsummary.h"
#include "logging.h"
#include "mappingeditor.h"
#include "orders/fieldparser.h"
#include "widgets/filedialog.h"
#include "widgets/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>
#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Orders {

namespace {

constexpr int previewRows = 50;
constexpr int previewDelayMs = 300;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A step that says one thing: its column in the middle, a little above the centre.
QWidget *centred(QWidget *page, QLayout *column)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

QString errorStyle()
{
    return QStringLiteral("color: #b3261e;");
}

bool isXlsx(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

// Whether a file's name says how to read it; the importer's format "auto" goes by the same.
bool namesItsFormat(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return isXlsx(file) || suffix == QLatin1String("csv") || suffix == QLatin1String("json");
}

// The mapping that reads file best, from the file's headers as each mapping would read them:
// a CSV's or a JSON file's own; for a workbook, those of the first sheet and of every sheet a
// mapping names, each candidate only for the sheet it would read. Runs on a worker thread.
QString guessMapping(const QString &file)
{
    struct Candidate
    {
        QString sheet;  // for a workbook: the sheet these headers are from
        QStringList headers;
    };
    QList<Candidate> candidates;
    QString firstSheet;
    if (isXlsx(file)) {
        const auto sheets = xlsxSheetNames(file);
        if (!sheets || sheets->isEmpty())
            return {};
        firstSheet = sheets->first();
        QStringList wanted{firstSheet};
        for (const QString &name : ChannelMapping::available()) {
            const auto m = ChannelMapping::load(name);
            if (m && sheets->contains(m->sheet) && !wanted.contains(m->sheet))
                wanted.append(m->sheet);
        }
        for (const QString &sheet : std::as_const(wanted)) {
            if (auto reader = openXlsx(file, sheet))
                candidates.append({sheet, reader.value()->headers()});
        }
    } else if (QFileInfo(file).suffix().toLower() == QLatin1String("json")) {
        if (auto reader = openJson(file))
            candidates.append({QString(), reader.value()->headers()});
    } else if (auto reader = openCsv(file)) {
        candidates.append({QString(), reader.value()->headers()});
    }

    QString best;
    qsizetype bestMatched = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        const QString name = ChannelMapping::guessFor(c.headers);
        if (name.isEmpty())
            continue;
        const auto mapping = ChannelMapping::load(name);
        if (!mapping)
            continue;
        // A mapping reads its own sheet, or the first one when it names none.
        if (isXlsx(file) && (mapping->sheet.isEmpty() ? firstSheet : mapping->sheet) != c.sheet)
            continue;
        qsizetype matched = 0;
        for (const QString &column : mapping->fields)
            matched += c.headers.contains(column.trimmed()) ? 1 : 0;
        if (matched > bestMatched) {
            best = name;
            bestMatched = matched;
        }
    }
    return best;
}

// A preview cell as a person reads it: the status, channel and unit by their names, not the
// codes the mapping turns the file's words into (or the file's own word for a status).
QString previewText(const QString &field, const QString &value)
{
    if (field == QLatin1String("status")) {
        if (const auto status = FieldParser::parseStatus(value))
            return statusName(*status);
    } else if (field == QLatin1String("channel")) {
        if (const auto channel = channelFromCode(value))
            return channelName(*channel);
    } else if (field == QLatin1String("unit")) {
        if (const auto unit = unitFromCode(value))
            return unitName(*unit);
    }
    return value;
}

} // namespace

ImportPanel::ImportPanel(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildSetup());
    m_stack->addWidget(buildRunning());
    m_stack->addWidget(buildDateOrder());
    m_stack->addWidget(buildErrors());
    m_stack->addWidget(buildDone());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(m_bottomRow);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportPanel::runPreview);
    connect(&m_preview, &QFutureWatcher<ImportPreview>::finished, this,
            &ImportPanel::previewFinished);
    connect(&m_run, &QFutureWatcher<ImportReport>::finished, this, &ImportPanel::runFinished);
    connect(&m_guess, &QFutureWatcher<QString>::finished, this, &ImportPanel::guessFinished);
    m_cancelTimer = new QTimer(this);
    m_cancelTimer->setInterval(20);
    connect(m_cancelTimer, &QTimer::timeout, this, [this] {
        if (m_importer && isRunning())
            m_importer->cancel();
    });

    reloadMappings({});
    setFiles({});
    setStep(Step::Setup);
}

ImportPanel::~ImportPanel()
{
    // The worker uses the importer and its own database connection: stop it and wait, so that
    // nothing is left half-written (a cancelled import writes nothing).
    if (m_importer)
        m_importer->cancel();
    m_run.waitForFinished();
    m_preview.waitForFinished();
    m_guess.waitForFinished();
}

QWidget *ImportPanel::buildSetup()
{
    auto *page = new QWidget(this);

    m_fileList = new QListWidget(page);
    m_fileList->setMaximumHeight(fontMetrics().height() * 4);
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFiles = new QPushButton(tr("Add files…"), page);
    m_removeFile = new QPushButton(tr("Remove"), page);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch(1);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addLayout(fileButtons);
    connect(addFiles, &QPushButton::clicked, this, &ImportPanel::chooseFiles);
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        QStringList kept;
        for (int i = 0; i < m_fileList->count(); ++i) {
            if (!m_fileList->item(i)->isSelected())
                kept.append(m_files.value(i));
        }
        setFiles(kept);
    });

    m_mappingCombo = new QComboBox(page);
    m_mappingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mappingCombo->setMinimumContentsLength(16);
    m_editMapping = new QPushButton(tr("Edit mapping"), page);
    m_editMapping->setCheckable(true);
    m_saveMapping = new QPushButton(tr("Save as new mapping…"), page);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(new QLabel(tr("Channel mapping"), page));
    mappingRow->addWidget(m_mappingCombo, 1);
    mappingRow->addWidget(m_editMapping);
    mappingRow->addWidget(m_saveMapping);
    connect(m_mappingCombo, &QComboBox::currentIndexChanged, this, &ImportPanel::mappingChosen);
    connect(m_saveMapping, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save mapping"),
            tr("A name for the new mapping (letters, digits, - and _):"), QLineEdit::Normal,
            m_mapping.name + QStringLiteral("-custom"), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        const Core::Status saved = saveMappingAs(name.trimmed());
        showSetupMessage(saved ? tr("Saved the mapping “%1”.").arg(name.trimmed())
                               : tr("The mapping was not saved: %1").arg(saved.error().message),
                         !saved);
    });

    m_mappingEditor = new MappingEditor(page);
    m_mappingEditor->setVisible(false);
    connect(m_editMapping, &QPushButton::toggled, m_mappingEditor, &QWidget::setVisible);
    connect(m_mappingEditor, &MappingEditor::mappingChanged, this, [this] {
        m_mapping = m_mappingEditor->mapping();
        m_mappingEdited = true;
        schedulePreview();
    });

    m_previewModel = new QStandardItemModel(this);
    m_previewView = new QTableView(page);
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_previewLabel = paragraph(page);

    // Before any file is chosen the preview's place says what to do instead of staying blank.
    auto *noFiles = new QWidget(page);
    auto *noFilesLayout = new QVBoxLayout(noFiles);
    auto *noFilesIcon = new QLabel(noFiles);
    noFilesIcon->setPixmap(Widgets::Theme::icon(Widgets::IconKind::Import,
                                                Widgets::Theme::mutedText())
                               .pixmap(48, 48));
    noFilesIcon->setAlignment(Qt::AlignCenter);
    auto *noFilesText = new QLabel(tr("Choose the files a shop, dealer or designer exported: "
                                      "CSV (UTF-8 or GBK), Excel .xlsx or JSON."),
                                   noFiles);
    noFilesText->setAlignment(Qt::AlignCenter);
    noFilesText->setWordWrap(true);
    auto *chooseFiles = new QPushButton(tr("Choose files…"), noFiles);
    chooseFiles->setProperty("primary", true);
    chooseFiles->setAutoDefault(false);
    connect(chooseFiles, &QPushButton::clicked, this, &ImportPanel::chooseFiles);
    noFilesLayout->addStretch(1);
    noFilesLayout->addWidget(noFilesIcon);
    noFilesLayout->addWidget(noFilesText);
    noFilesLayout->addWidget(chooseFiles, 0, Qt::AlignHCenter);
    noFilesLayout->addStretch(2);
    m_previewStack = new QStackedWidget(page);
    m_previewStack->addWidget(noFiles);
    m_previewStack->addWidget(m_previewView);

    auto *previewBox = new QWidget(page);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_previewStack, 1);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(previewBox);
    split->addWidget(m_mappingEditor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    // The bottom row belongs to the panel, below every step: what the setup step says and
    // Import, and at its right end the buttons a host adds (the dialog's Close).
    m_setupMessage = paragraph(this);
    m_setupMessage->setVisible(false);
    m_start = new QPushButton(tr("Import"), this);
    m_start->setDefault(true);
    m_start->setProperty("primary", true);
    connect(m_start, &QPushButton::clicked, this, &ImportPanel::start);
    m_bottomRow = new QHBoxLayout;
    m_bottomRow->addWidget(m_setupMessage, 1);
    m_bottomRow->addStretch(0);
    m_bottomRow->addWidget(m_start, 0, Qt::AlignRight | Qt::AlignBottom);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Files to import"), page));
    layout->addLayout(filesRow);
    layout->addLayout(mappingRow);
    layout->addWidget(split, 1);
    return page;
}

QWidget *ImportPanel::buildRunning()
{
    auto *page = new QWidget(this);
    m_runTitle = heading(QString(), page);
    m_runStage = paragraph(page);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), page);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancel);
    auto *note = paragraph(page);
    note->setText(tr("Nothing is written until every row has been checked; a cancelled import "
                     "leaves the orders as they were."));
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->addWidget(m_runTitle);
    column->addWidget(m_runStage);
    column->addWidget(m_progress);
    column->addWidget(note);
    column->addWidget(m_cancel, 0, Qt::AlignRight);
    return centred(page, column);
}

QWidget *ImportPanel::buildDateOrder()
{
    auto *page = new QWidget(this);
    m_dateText = paragraph(page);
    m_dateChoice = new QButtonGroup(page);
    auto *monthFirst = new QRadioButton(page);
    auto *dayFirst = new QRadioButton(page);
    monthFirst->setObjectName(QStringLiteral("monthFirst"));
    dayFirst->setObjectName(QStringLiteral("dayFirst"));
    m_dateChoice->addButton(monthFirst, int(DateOrder::MonthDayYear));
    m_dateChoice->addButton(dayFirst, int(DateOrder::DayMonthYear));
    auto *back = new QPushButton(tr("Back"), page);
    auto *go = new QPushButton(tr("Continue"), page);
    go->setProperty("primary", true);
    go->setEnabled(false);
    connect(m_dateChoice, &QButtonGroup::idClicked, go, [go] { go->setEnabled(true); });
    connect(back, &QPushButton::clicked, this, &ImportPanel::backToSetup);
    connect(go, &QPushButton::clicked, this, [this] {
        answerDateOrder(DateOrder(m_dateChoice->checkedId()));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(go);

    auto *column = new QVBoxLayout;
    column->addWidget(heading(tr("Which way are the dates written?"), page));
    column->addWidget(m_dateText);
    column->addSpacing(8);
    column->addWidget(monthFirst);
    column->addWidget(dayFirst);
    column->addSpacing(8);
    column->addLayout(buttons);
    return centred(page, column);
}

QWidget *ImportPanel::buildErrors()
{
    auto *page = new QWidget(this);
    m_errorsText = paragraph(page);
    m_errors = new QTableWidget(0, 4, page);
    m_errors->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_errors->verticalHeader()->setVisible(false);
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setWordWrap(false);

    auto *back = new QPushButton(tr("Back"), page);
    auto *none = new QPushButton(tr("Import nothing"), page);
    auto *good = new QPushButton(tr("Import the good rows"), page);
    good->setProperty("primary", true);
    connect(back, &QPushButton::clicked, this, &ImportPanel::backToSetup);
    connect(none, &QPushButton::clicked, this, &ImportPanel::importNothing);
    connect(good, &QPushButton::clicked, this, &ImportPanel::importGoodRows);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(none);
    buttons->addWidget(good);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Some rows cannot be imported"), page));
    layout->addWidget(m_errorsText);
    layout->addWidget(m_errors, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *ImportPanel::buildDone()
{
    m_summary = new ImportSummary(this);
    connect(m_summary, &ImportSummary::importMoreRequested, this, [this] {
        setFiles({});
        backToSetup();
    });
    return m_summary;
}

void ImportPanel::setStep(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    m_start->setVisible(step == Step::Setup);
    m_setupMessage->setVisible(step == Step::Setup && !m_setupMessage->text().isEmpty());
    emit stepChanged(step);
}

void ImportPanel::addButton(QPushButton *button)
{
    button->setParent(this);
    button->setAutoDefault(false);
    m_bottomRow->addWidget(button, 0, Qt::AlignRight | Qt::AlignBottom);
}

void ImportPanel::reloadMappings(const QString &select)
{
    const QSignalBlocker block(m_mappingCombo);
    m_mappingCombo->clear();
    for (const QString &name : ChannelMapping::available()) {
        const auto loaded = ChannelMapping::load(name);
        m_mappingCombo->addItem(loaded ? loaded->title() : tr("%1 (cannot be read)").arg(name),
                                name);
    }
    const int index = m_mappingCombo->findData(select);
    m_mappingCombo->setCurrentIndex(index >= 0 ? index : 0);
    mappingChosen();
}

void ImportPanel::mappingChosen()
{
    const QString name = m_mappingCombo->currentData().toString();
    if (name.isEmpty()) {
        m_mapping = {};
        updateStartButton();
        return;
    }
    const auto loaded = ChannelMapping::load(name);
    if (!loaded) {
        showSetupMessage(loaded.error().toString(), true);
        m_mapping = {};
    } else {
        m_mapping = loaded.value();
        showSetupMessage({}, false);
    }
    m_mappingEdited = false;
    m_mappingEditor->setMapping(m_mapping);
    schedulePreview();
}

bool ImportPanel::selectMapping(const QString &name)
{
    const int index = m_mappingCombo->findData(name);
    if (index < 0)
        return false;
    m_mappingCombo->setCurrentIndex(index);
    mappingChosen();
    return true;
}

void ImportPanel::setMapping(const ChannelMapping &mapping)
{
    m_mapping = mapping;
    m_mappingEdited = true;
    m_mappingEditor->setMapping(mapping);
    schedulePreview();
}

ChannelMapping ImportPanel::mapping() const
{
    return m_mapping;
}

Core::Status ImportPanel::saveMappingAs(const QString &name)
{
    ChannelMapping copy = m_mapping;
    copy.name = name;
    copy.titleZh = name;
    copy.titleEn = name;
    copy.sourcePath.clear();
    // The same checks as loading it again: required fields and known names.
    const auto checked = ChannelMapping::fromJson(copy.toJson(), name);
    if (!checked)
        return checked.error();
    const Core::Status saved = copy.save();
    if (!saved)
        return saved;
    reloadMappings(name);
    return {};
}

void ImportPanel::chooseFiles()
{
    const QStringList chosen = Widgets::FileDialog::openFileNames(
        this, tr("Choose channel export files"), QString(),
        tr("Channel exports (*.csv *.xlsx *.json);;All files (*)"));
    if (chosen.isEmpty())
        return;
    QStringList all = m_files;
    for (const QString &f : chosen) {
        if (!all.contains(f))
            all.append(f);
    }
    setFiles(all);
}

void ImportPanel::setFiles(const QStringList &files)
{
    const QString first = files.value(0);
    const bool newFirst = !first.isEmpty() && first != m_files.value(0);
    m_files = files;
    m_fileList->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_fileList);
        item->setToolTip(f);
    }
    m_removeFile->setEnabled(!files.isEmpty());
    m_previewStack->setCurrentIndex(files.isEmpty() ? 0 : 1);
    m_previewLabel->setVisible(!files.isEmpty());
    // A mapping someone edited is theirs to keep; otherwise the file's headers choose one.
    if (newFirst && !m_mappingEdited) {
        m_guessRunning = true;
        m_guessedFile = first;
        m_guess.setFuture(QtConcurrent::run([first] { return guessMapping(first); }));
    }
    schedulePreview();
}

void ImportPanel::guessFinished()
{
    m_guessRunning = false;
    const QString name = m_guess.result();
    if (m_guessedFile == m_files.value(0) && !m_mappingEdited && !name.isEmpty()
        && name != m_mappingCombo->currentData().toString()) {
        qCInfo(lcOrdersUi) << "mapping chosen from the file's headers:" << name;
        selectMapping(name);
    }
    schedulePreview();
}

ChannelMapping ImportPanel::mappingForFiles() const
{
    ChannelMapping mapping = m_mapping;
    if (std::all_of(m_files.begin(), m_files.end(), namesItsFormat))
        mapping.format = QStringLiteral("auto");
    return mapping;
}

bool ImportPanel::canStart() const
{
    // Not while the first file cannot be read with the mapping (the preview says why), nor
    // before the preview has looked at it.
    return !m_files.isEmpty() && !m_mapping.name.isEmpty() && !isRunning() && !isPreviewBusy()
        && !m_previewFailed;
}

void ImportPanel::updateStartButton()
{
    m_start->setEnabled(canStart());
    m_saveMapping->setEnabled(!m_mapping.name.isEmpty());
}

void ImportPanel::showSetupMessage(const QString &text, bool error)
{
    m_setupMessage->setText(text);
    m_setupMessage->setStyleSheet(error ? errorStyle() : QString());
    m_setupMessage->setVisible(!text.isEmpty() && m_step == Step::Setup);
}

void ImportPanel::schedulePreview()
{
    updateStartButton();
    m_previewPending = true;
    m_previewTimer->start();
}

void ImportPanel::runPreview()
{
    // Wait for a running preview, and for the guess, which may choose another mapping.
    if (m_previewRunning || m_guessRunning) {
        m_previewTimer->start();
        return;
    }
    m_previewPending = false;
    m_previewFailed = false;
    m_previewStack->setCurrentIndex(m_files.isEmpty() ? 0 : 1);
    m_previewLabel->setVisible(!m_files.isEmpty());
    if (m_files.isEmpty() || m_mapping.name.isEmpty()) {
        m_previewModel->clear();
        m_previewLabel->setStyleSheet(QString());
        m_previewLabel->setText(tr("Choose how the files' columns are read."));
        updateStartButton();
        return;
    }
    m_previewLabel->setStyleSheet(QString());
    m_previewLabel->setText(tr("Reading %1…").arg(QFileInfo(m_files.first()).fileName()));
    const ChannelMapping mapping = mappingForFiles();
    const QString file = m_files.first();
    m_previewRunning = true;
    m_preview.setFuture(QtConcurrent::run([mapping, file] {
        return Importer::preview(mapping, file, previewRows);
    }));
}

void ImportPanel::previewFinished()
{
    m_previewRunning = false;
    if (m_previewPending)
        return;
    const ImportPreview p = m_preview.result();
    if (!p.fileHeaders.isEmpty())
        m_mappingEditor->setFileHeaders(p.fileHeaders);
    m_previewModel->clear();
    m_previewFailed = p.fatal.has_value();
    updateStartButton();
    if (p.fatal) {
        m_previewLabel->setStyleSheet(errorStyle());
        m_previewLabel->setText(tr("This file cannot be read with this mapping: %1")
                                    .arg(p.fatal->toString()));
        return;
    }
    // Columns in the order a person reads an order (number, date, customer, then the line),
    // not in the alphabetical order the mapping keeps its fields in.
    const QStringList known = ChannelMapping::knownFields();
    QList<qsizetype> order(p.fields.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return known.indexOf(p.fields[a]) < known.indexOf(p.fields[b]);
    });
    QStringList headers;
    for (qsizetype i : order)
        headers.append(MappingEditor::fieldLabel(p.fields[i]));
    m_previewModel->setHorizontalHeaderLabels(headers);
    for (const QStringList &row : p.rows) {
        QList<QStandardItem *> items;
        for (qsizetype i : order)
            items.append(new QStandardItem(previewText(p.fields[i], row.value(i))));
        m_previewModel->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    const int maxWidth = fontMetrics().averageCharWidth() * 28;
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_previewView->setColumnWidth(c, std::min(m_previewView->columnWidth(c), maxWidth));

    QString text = tr("The first %n row(s) of %1 as this mapping reads them.", nullptr,
                      int(p.rows.size()))
                       .arg(QFileInfo(m_files.first()).fileName());
    if (!p.errors.isEmpty()) {
        QStringList shown;
        for (const RowError &e : p.errors.mid(0, 3))
            shown.append(tr("row %1, %2: %3").arg(e.row).arg(e.column, e.message));
        text += u' ' + tr("%n problem(s) in these rows, e.g. %1.", nullptr,
                          int(p.errors.size()))
                           .arg(shown.join(QStringLiteral("; ")));
    }
    m_previewLabel->setStyleSheet(p.errors.isEmpty() ? QString() : errorStyle());
    m_previewLabel->setText(text);
}

int ImportPanel::previewRowCount() const
{
    return m_previewModel->rowCount();
}

QString ImportPanel::previewMessage() const
{
    return m_previewLabel->text();
}

QString ImportPanel::doneText() const
{
    return m_summary->text();
}

void ImportPanel::start()
{
    if (!canStart())
        return;
    ImportOptions options;
    options.mapping = mappingForFiles();
    options.files = m_files;
    options.badRows = BadRowPolicy::Stop;
    run(options);
}

void ImportPanel::run(const ImportOptions &options)
{
    m_options = options;
    m_report = {};
    m_importer = new Importer(this);
    connect(m_importer, &Importer::progress, this, [this](int permille, const QString &stage) {
        m_progress->setValue(permille);
        m_runStage->setText(stage);
    });
    m_runTitle->setText(tr("Importing %n file(s) with “%1”", nullptr, int(options.files.size()))
                            .arg(options.mapping.title()));
    m_runStage->setText(tr("Starting"));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    setStep(Step::Running);
    qCInfo(lcOrdersUi) << "import started:" << options.files.size() << "files, mapping"
                       << options.mapping.name;

    Importer *importer = m_importer;
    m_running = true;
    m_run.setFuture(QtConcurrent::run([importer, options] { return importer->run(options); }));
}

void ImportPanel::cancel()
{
    if (!isRunning() || !m_importer)
        return;
    // Importer::run() clears its flag when it starts; until the worker has picked the run up,
    // a single cancel could be lost, so it is repeated until the run ends.
    m_importer->cancel();
    m_cancelTimer->start();
    m_cancel->setEnabled(false);
    m_runStage->setText(tr("Stopping…"));
}

void ImportPanel::runFinished()
{
    m_report = m_run.result();
    m_running = false;
    m_cancelTimer->stop();
    if (m_importer)
        m_importer->deleteLater();
    updateStartButton();
    qCInfo(lcOrdersUi) << "import finished: written" << m_report.written << "new"
                       << m_report.ordersNew << "updated" << m_report.ordersUpdated
                       << "rejected rows" << m_report.rowsRejected;

    if (m_report.fatal) {
        showSetupMessage(tr("The import stopped: %1").arg(m_report.fatal->toString()), true);
        setStep(Step::Setup);
        return;
    }
    if (m_report.cancelled) {
        showSetupMessage(tr("The import was cancelled; nothing was written."), false);
        setStep(Step::Setup);
        return;
    }
    if (m_report.needsDateOrder) {
        const QString sample = m_report.dateSamples.value(0);
        m_dateText->setText(
            tr("Dates such as %1 can be read month-first or day-first, and nothing in the "
               "files tells which. Every date of the import is read the same way.")
                .arg(m_report.dateSamples.mid(0, 5).join(QStringLiteral(", "))));
        const auto asDate = [&sample](DateOrder order) {
            const auto d = FieldParser::parseDate(sample, order);
            return d ? QLocale().toString(*d, QLocale::LongFormat) : QStringLiteral("?");
        };
        m_dateChoice->button(int(DateOrder::MonthDayYear))
            ->setText(tr("Month first: %1 is %2").arg(sample, asDate(DateOrder::MonthDayYear)));
        m_dateChoice->button(int(DateOrder::DayMonthYear))
            ->setText(tr("Day first: %1 is %2").arg(sample, asDate(DateOrder::DayMonthYear)));
        setStep(Step::DateOrder);
        return;
    }
    if (!m_report.written && m_report.rowsRejected > 0
        && m_options.badRows == BadRowPolicy::Stop) {
        m_errorsText->setText(
            tr("%n row(s) have problems, in %1 order(s). Nothing has been written yet. Import "
               "the good rows to skip those orders and import the rest, or import nothing and "
               "correct the file first.",
               nullptr, m_report.rowsRejected)
                .arg(m_report.ordersRejected));
        m_errors->setRowCount(int(m_report.errors.size()));
        for (int i = 0; i < m_report.errors.size(); ++i) {
            const RowError &e = m_report.errors[i];
            m_errors->setItem(i, 0, new QTableWidgetItem(QFileInfo(e.file).fileName()));
            auto *row = new QTableWidgetItem(QString::number(e.row));
            row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_errors->setItem(i, 1, row);
            m_errors->setItem(i, 2, new QTableWidgetItem(e.column));
            m_errors->setItem(i, 3, new QTableWidgetItem(e.message));
        }
        setStep(Step::Errors);
        return;
    }

    m_summary->showReport(m_report);
    setStep(Step::Done);
    if (m_report.written)
        emit imported(m_report);
}

void ImportPanel::answerDateOrder(DateOrder order)
{
    if (m_step != Step::DateOrder)
        return;
    ImportOptions options = m_options;
    options.dateOrder = order;
    run(options);
}

void ImportPanel::importGoodRows()
{
    if (m_step != Step::Errors)
        return;
    ImportOptions options = m_options;
    options.badRows = BadRowPolicy::ImportGood;
    run(options);
}

void ImportPanel::importNothing()
{
    if (m_step != Step::Errors)
        return;
    m_summary->showNothingImported(m_report);
    setStep(Step::Done);
}

void ImportPanel::backToSetup()
{
    if (isRunning())
        return;
    setStep(Step::Setup);
    schedulePreview();
}

} // namespace Hearth::Orders
