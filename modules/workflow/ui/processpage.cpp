#include "processpage.h"

#include "jsoneditor.h"
#include "jsonformatter.h"
#include "jsonlocator.h"
#include "logging.h"
#include "problemlist.h"
#include "processdisplay.h"
#include "processgraphview.h"
#include "processtext.h"

#include "storage/database.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hearth::Workflow {

using Widgets::IconKind;
using Widgets::Theme;

namespace {

constexpr int ParseDelayMs = 350;
constexpr int CodeRole = Qt::UserRole;
constexpr int MaxListRows = 8;

QString errorStyle()
{
    return QStringLiteral("color: #b91c1c;");
}

QString okStyle()
{
    return QStringLiteral("color: #047857;");
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; color: #374151;"));
    return label;
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

ProcessPage::ProcessPage(QWidget *parent) : QWidget(parent)
{
    m_validateAction = new QAction(Theme::icon(IconKind::Search), tr("Validate"), this);
    m_validateAction->setToolTip(tr("Check the definition and list every problem"));
    m_saveAction = new QAction(Theme::icon(IconKind::Database, Qt::white), tr("Save Version"),
                               this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setToolTip(tr("Store the definition as a new version that new orders start "
                                "with"));
    m_activateAction = new QAction(Theme::icon(IconKind::Unlock), tr("Make Active"), this);
    m_activateAction->setToolTip(tr("New orders start with this version again"));
    m_revertAction = new QAction(Theme::icon(IconKind::Refresh), tr("Revert"), this);
    m_revertAction->setToolTip(tr("Forget the edits and show the stored text again"));
    addAction(m_saveAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    m_header = new Widgets::PageHeader(tr("Process Definitions"), this);
    m_header->setSubtitle(tr("New orders start with the active version of their process; an "
                             "order keeps the version it started with."));
    m_header->addAction(m_revertAction);
    m_header->addAction(m_activateAction);
    m_header->addAction(m_validateAction);
    m_header->addAction(m_saveAction, true);
    layout->addWidget(m_header);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // The processes.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(sectionTitle(tr("Processes"), left));
    m_list = new QTreeWidget(left);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Process"), tr("Active"), tr("Orders")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_list);
    m_details = new QLabel(left);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setStyleSheet(QStringLiteral("QLabel { background: #ffffff; border: 1px solid "
                                            "#e5e7eb; border-radius: 6px; padding: 8px; }"));
    leftLayout->addWidget(m_details, 1);

    // The graph.
    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 0, 6, 0);
    auto *graphBar = new QHBoxLayout;
    graphBar->setSpacing(4);
    graphBar->addWidget(sectionTitle(tr("State graph"), centre));
    graphBar->addSpacing(8);
    auto *zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"), centre);
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"), centre);
    auto *fit = toolButton(tr("Fit"), tr("Show the whole graph"), centre);
    auto *arrange = toolButton(tr("Arrange"), tr("Lay the states out automatically again and "
                                                 "forget the places they were dragged to"),
                               centre);
    for (QToolButton *b : {zoomOut, zoomIn, fit, arrange})
        graphBar->addWidget(b);
    graphBar->addStretch(1);
    auto *legend = new QLabel(centre);
    legend->setTextFormat(Qt::RichText);
    legend->setText(
        QStringLiteral("<span style=\"color:#16a34a\">●</span> %1 &nbsp; "
                       "<span style=\"color:#374151\">◉</span> %2 &nbsp; "
                       "<span style=\"color:#2563eb\">━</span> %3 &nbsp; "
                       "<span style=\"color:#7b8494\">━</span> %4 &nbsp; "
                       "<span style=\"color:#7b8494\">┅</span> %5")
            .arg(tr("initial"), tr("final"), tr("on an event"), tr("automatic"),
                 tr("back")));
    legend->setStyleSheet(QStringLiteral("color: #4b5563;"));
    graphBar->addWidget(legend);
    centreLayout->addLayout(graphBar);
    m_graph = new ProcessGraphView(centre);
    m_graph->setToolTip(tr("Drag states to arrange them; their places are kept in the "
                           "definition (\"ui\"). Double-click a state or an arrow to find it "
                           "in the text. Ctrl+wheel zooms."));
    m_graph->setStyleSheet(QStringLiteral("QGraphicsView { border: 1px solid #e5e7eb; "
                                          "border-radius: 6px; }"));
    centreLayout->addWidget(m_graph, 1);
    m_graphNote = new QLabel(centre);
    m_graphNote->setWordWrap(true);
    m_graphNote->hide();
    centreLayout->addWidget(m_graphNote);

    // The definition's text.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *versionBar = new QHBoxLayout;
    versionBar->addWidget(sectionTitle(tr("Definition"), right));
    versionBar->addStretch(1);
    m_readOnlyBadge = new QLabel(tr("Read-only"), right);
    m_readOnlyBadge->setStyleSheet(QStringLiteral(
        "background: #fef3c7; color: #92400e; border-radius: 4px; padding: 1px 6px;"));
    versionBar->addWidget(m_readOnlyBadge);
    versionBar->addWidget(new QLabel(tr("Version:"), right));
    m_versionPicker = new QComboBox(right);
    m_versionPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    versionBar->addWidget(m_versionPicker);
    rightLayout->addLayout(versionBar);
    m_notice = new QLabel(right);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #eef4ff; color: #1e3a8a; "
                                           "border: 1px solid #c7d7fb; border-radius: 6px; "
                                           "padding: 6px 8px; }"));
    rightLayout->addWidget(m_notice);
    auto *textSplitter = new QSplitter(Qt::Vertical, right);
    textSplitter->setChildrenCollapsible(false);
    m_editor = new JsonEditor(textSplitter);
    auto *problemsBox = new QWidget(textSplitter);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    problemsLayout->setSpacing(4);
    m_problemsTitle = sectionTitle(QString(), problemsBox);
    problemsLayout->addWidget(m_problemsTitle);
    m_problems = new ProblemList(problemsBox);
    problemsLayout->addWidget(m_problems);
    textSplitter->setStretchFactor(0, 3);
    textSplitter->setStretchFactor(1, 1);
    textSplitter->setSizes({420, 130});
    rightLayout->addWidget(textSplitter, 1);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({270, 540, 460});

    m_parseTimer = new QTimer(this);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(ParseDelayMs);

    connect(m_parseTimer, &QTimer::timeout, this, [this] { reparse(false); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_parseTimer->start();
        updateActions();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &ProcessPage::listSelectionChanged);
    connect(m_versionPicker, &QComboBox::activated, this, &ProcessPage::versionPicked);
    connect(m_problems, &ProblemList::problemActivated, this, [this](const EditorProblem &p) {
        if (p.position >= 0)
            m_editor->jumpTo(p.position);
    });
    connect(m_graph, &ProcessGraphView::stateMoved, this, &ProcessPage::stateMoved);
    connect(m_graph, &ProcessGraphView::stateActivated, this, [this](const QString &id) {
        if (!m_parsed)
            return;
        const QList<ProcessState> &states = m_parsed->states();
        for (int i = 0; i < states.size(); ++i) {
            if (states.at(i).id == id)
                jumpToPath(JsonLocator::itemPath(QStringLiteral("states"), i));
        }
    });
    connect(m_graph, &ProcessGraphView::transitionActivated, this, [this](int index) {
        jumpToPath(JsonLocator::itemPath(QStringLiteral("transitions"), index));
    });
    connect(zoomIn, &QToolButton::clicked, m_graph, &ProcessGraphView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_graph, &ProcessGraphView::zoomOut);
    connect(fit, &QToolButton::clicked, m_graph, &ProcessGraphView::fitAll);
    connect(arrange, &QToolButton::clicked, this, &ProcessPage::arrange);
    connect(m_validateAction, &QAction::triggered, this, &ProcessPage::validate);
    connect(m_saveAction, &QAction::triggered, this, &ProcessPage::save);
    connect(m_activateAction, &QAction::triggered, this, &ProcessPage::activateShown);
    connect(m_revertAction, &QAction::triggered, this, &ProcessPage::revert);

    reload();
}

const ProcessPage::Entry *ProcessPage::entry(const QString &code) const
{
    return ProcessCatalog::find(m_entries, code);
}

void ProcessPage::reload()
{
    m_entries = ProcessCatalog::load(Storage::Database::connection());
    const QString code = m_code;
    const QString id = m_versionId;
    fillList();
    const Entry *shown = entry(code);
    if (!shown && !m_entries.isEmpty())
        shown = &m_entries.first();
    if (!shown) {
        m_graph->showMessage(tr("There is no process definition."));
        updateActions();
        return;
    }
    QString versionId = shown->code == code ? id : QString();
    if (versionId.isEmpty() && shown->active())
        versionId = shown->active()->id;
    display(shown->code, versionId, shown->code != code || versionId != id);
}

void ProcessPage::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Entry &e : std::as_const(m_entries)) {
        const DefinitionStore::Version *active = e.active();
        QStringList perVersion;
        qint64 total = 0;
        for (const DefinitionStore::Version &v : e.versions) {
            perVersion.append(QStringLiteral("v%1: %2").arg(v.version).arg(v.orders));
            total += v.orders;
        }
        const QString activeText = active ? QStringLiteral("v%1").arg(active->version)
                                          : tr("shipped");
        const QString ordersText = perVersion.isEmpty() ? tr("not stored yet")
                                                        : perVersion.join(QStringLiteral(" · "));
        auto *item = new QTreeWidgetItem(m_list, {e.name, activeText, ordersText});
        item->setData(0, CodeRole, e.code);
        item->setToolTip(0, QStringLiteral("%1 (%2)").arg(e.name, e.code));
        item->setToolTip(2, tr("%n order(s) in all", nullptr, int(total)));
        if (!active)
            item->setForeground(1, Theme::mutedText());
    }
    // As tall as its rows, so that the process's details get the rest.
    const int rows = std::clamp(int(m_list->topLevelItemCount()), 1, MaxListRows);
    const int rowHeight = m_list->topLevelItemCount() > 0 ? m_list->sizeHintForRow(0) : 24;
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight
                           + 2 * m_list->frameWidth() + 4);
}

void ProcessPage::listSelectionChanged()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString code = selected.first()->data(0, CodeRole).toString();
    if (code == m_code)
        return;
    const Entry *e = entry(code);
    if (!e || !showVersion(code, e->active() ? e->active()->id : QString())) {
        // Stay on what is shown (the user kept the edits).
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            item->setSelected(item->data(0, CodeRole).toString() == m_code);
        }
    }
}

bool ProcessPage::confirmDiscard()
{
    if (m_readOnly || !m_editor->document()->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Edits"),
        tr("The definition shown has edits that are not saved. Discard them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool ProcessPage::showVersion(const QString &code, const QString &id)
{
    const bool same = code == m_code && id == m_versionId;
    if (!same && !confirmDiscard())
        return false;
    return display(code, id, !same);
}

bool ProcessPage::display(const QString &code, const QString &id, bool fit)
{
    const Entry *e = entry(code);
    if (!e)
        return false;

    std::optional<ProcessDefinition> definition;
    bool active = false;
    if (id.isEmpty()) {
        if (!e->shipped)
            return false;
        definition = e->shipped;
    } else {
        const DefinitionStore::Version *version = e->version(id);
        if (!version)
            return false;
        auto loaded = DefinitionStore::load(Storage::Database::connection(), id);
        if (!loaded) {
            setStatus(loaded.error().toString(), true);
            return false;
        }
        definition = loaded.value();
        active = version->active;
    }

    m_code = code;
    m_versionId = id;
    m_readOnly = !id.isEmpty() && !active;
    m_loading = true;
    m_editor->setJson(JsonFormatter::format(definition->rawJson()));
    m_loading = false;
    m_editor->setReadOnly(m_readOnly);
    m_editor->setStyleSheet(m_readOnly ? QStringLiteral("QPlainTextEdit { background: #f6f7f9; }")
                                       : QString());
    m_graph->setMovable(!m_readOnly);
    m_readOnlyBadge->setVisible(m_readOnly);
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            item->setSelected(item->data(0, CodeRole).toString() == code);
        }
    }
    fillVersionPicker();
    updateDetails();
    updateNotice();
    m_parseTimer->stop();
    reparse(fit);
    setStatus(QString(), false);
    return true;
}

void ProcessPage::fillVersionPicker()
{
    const QSignalBlocker blocker(m_versionPicker);
    m_versionPicker->clear();
    const Entry *e = entry(m_code);
    if (!e)
        return;
    if (e->versions.isEmpty()) {
        m_versionPicker->addItem(tr("v%1 (shipped, not stored yet)")
                                     .arg(e->shipped ? e->shipped->version() : 0),
                                 QString());
    }
    for (const DefinitionStore::Version &v : e->versions) {
        const QString text = tr("%1 · %n order(s) · %2", nullptr, int(v.orders))
                                 .arg(ProcessDisplay::versionText(v.version, v.active),
                                      Widgets::SiteTime::formatIso(v.createdAt).left(10));
        m_versionPicker->addItem(text, v.id);
    }
    m_versionPicker->setCurrentIndex(std::max(0, m_versionPicker->findData(m_versionId)));
    m_versionPicker->setEnabled(m_versionPicker->count() > 1);
}

void ProcessPage::versionPicked(int index)
{
    const QString id = m_versionPicker->itemData(index).toString();
    if (id == m_versionId)
        return;
    if (!showVersion(m_code, id)) {
        const QSignalBlocker blocker(m_versionPicker);
        m_versionPicker->setCurrentIndex(std::max(0, m_versionPicker->findData(m_versionId)));
    }
}

void ProcessPage::updateDetails()
{
    const Entry *e = entry(m_code);
    if (!e) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines.append(QStringLiteral("<b style=\"font-size:12pt\">%1</b> "
                                "<span style=\"color:#6b7280\">%2</span>")
                     .arg(e->name.toHtmlEscaped(), e->code.toHtmlEscaped()));
    if (!e->description.isEmpty())
        lines.append(e->description.toHtmlEscaped());
    if (m_parsed && !m_parsed->appliesWhenText().isEmpty()) {
        lines.append(tr("Applies when: %1")
                         .arg(QStringLiteral("<code>%1</code>")
                                  .arg(m_parsed->appliesWhenText().toHtmlEscaped())));
    }
    if (m_parsed) {
        lines.append(tr("Priority: %1").arg(m_parsed->priority()));
        int automatic = 0;
        for (const ProcessTransition &t : m_parsed->transitions())
            automatic += t.isAutomatic() ? 1 : 0;
        const int transitions = int(m_parsed->transitions().size());
        lines.append(tr("%n state(s)", nullptr, int(m_parsed->states().size()))
                     + QStringLiteral(" · ")
                     + tr("%n transition(s): %1 automatic, %2 on an event", nullptr, transitions)
                           .arg(automatic)
                           .arg(transitions - automatic));
    }
    QStringList versions;
    for (const DefinitionStore::Version &v : e->versions) {
        const QString text = tr("%1: %n order(s), %2 by %3", nullptr, int(v.orders))
                                 .arg(ProcessDisplay::versionText(v.version, v.active),
                                      Widgets::SiteTime::formatIso(v.createdAt),
                                      v.createdBy.toHtmlEscaped());
        versions.append(QStringLiteral("<li>%1</li>").arg(text));
    }
    if (!versions.isEmpty()) {
        lines.append(tr("Versions:") + QStringLiteral("<ul style=\"margin-left:-24px\">%1</ul>")
                                           .arg(versions.join(QString())));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void ProcessPage::updateNotice()
{
    const Entry *e = entry(m_code);
    if (!e) {
        m_notice->clear();
        return;
    }
    const DefinitionStore::Version *active = e->active();
    if (m_versionId.isEmpty()) {
        m_notice->setText(tr("This is the shipped definition; this database has not stored it "
                             "yet. Saving stores it with your edits as a new version, and new "
                             "orders start with that."));
        return;
    }
    const DefinitionStore::Version *shown = e->version(m_versionId);
    if (!shown || !active)
        return;
    if (m_readOnly) {
        m_notice->setText(tr("v%1 is shown read-only. %n order(s) started with it and keep "
                             "it; new orders start with v%2. \"Make Active\" lets new orders "
                             "start with v%1 again.",
                             nullptr, int(shown->orders))
                              .arg(shown->version)
                              .arg(active->version));
        return;
    }
    qint64 older = 0;
    for (const DefinitionStore::Version &v : e->versions) {
        if (v.id != shown->id)
            older += v.orders;
    }
    QString text = tr("New orders start with v%1, the active version; %n order(s) run on it.",
                      nullptr, int(shown->orders))
                       .arg(shown->version);
    if (older > 0) {
        text += u' '
            + tr("%n order(s) on other versions keep the version they started with.", nullptr,
                 int(older));
    }
    text += u' '
        + tr("Saving stores your edits as v%1 and makes it active.").arg(e->newestVersion() + 1);
    m_notice->setText(text);
}

void ProcessPage::updateActions()
{
    const bool modified = m_editor->document()->isModified();
    m_saveAction->setEnabled(!m_readOnly && (modified || m_versionId.isEmpty()));
    m_validateAction->setEnabled(!m_code.isEmpty());
    m_activateAction->setEnabled(m_readOnly);
    m_activateAction->setVisible(m_readOnly);
    m_revertAction->setEnabled(!m_readOnly && modified);
}

void ProcessPage::reparse(bool fit)
{
    const QString text = m_editor->toPlainText();
    const QByteArray bytes = text.toUtf8();
    QList<EditorProblem> problems;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        EditorProblem p;
        p.position = ProblemPlace::syntaxErrorPosition(text, parseError);
        p.length = 1;
        const int line = int(text.left(p.position).count(u'\n')) + 1;
        p.place = tr("line %1").arg(line);
        p.message = tr("not valid JSON: %1").arg(parseError.errorString());
        problems.append(p);
        m_graphNote->setText(tr("The text is not valid JSON, so the graph shows it as it was "
                                "last read."));
        m_graphNote->setStyleSheet(errorStyle());
        m_graphNote->show();
        m_parsed.reset();
    } else if (!document.isObject()) {
        problems.append({QString(), QString(), tr("expected a JSON object"), 0, 1});
        m_parsed.reset();
    } else {
        const auto definition = ProcessDefinition::fromJson(document.object(), QString());
        if (!definition) {
            problems.append({QString(), QString(), definition.error().message, 0, 1});
            m_parsed.reset();
        } else {
            m_parsed = definition.value();
            const JsonLocator locator(text);
            for (const Core::Error &e : m_parsed->validate())
                problems.append(ProblemPlace::locate(e, locator, text, m_parsed->label()));
            if (m_parsed->states().isEmpty())
                m_graph->showMessage(tr("The process has no states yet."));
            else
                m_graph->showDefinition(*m_parsed, fit);
            m_graphNote->clear();
            m_graphNote->hide();
        }
    }

    QList<EditorMarker> markers;
    for (const EditorProblem &p : std::as_const(problems)) {
        if (p.position >= 0)
            markers.append({p.position, p.length, p.message});
    }
    m_editor->setMarkers(markers);
    m_problems->setProblems(problems);
    m_problemsTitle->setText(problems.isEmpty()
                                 ? tr("No problems")
                                 : tr("Problems (%n)", nullptr, int(problems.size())));
    m_problemsTitle->setStyleSheet(QStringLiteral("font-weight: 600; ")
                                   + (problems.isEmpty() ? okStyle() : errorStyle()));
    updateDetails();
    updateActions();
}

bool ProcessPage::validate()
{
    m_parseTimer->stop();
    reparse(false);
    const QList<EditorProblem> &problems = m_problems->problems();
    if (problems.isEmpty()) {
        setStatus(tr("No problems: the definition can be saved."), false);
        return true;
    }
    setStatus(tr("%n problem(s); click one to see its place in the text.", nullptr,
                 int(problems.size())),
              true);
    if (problems.first().position >= 0)
        m_editor->jumpTo(problems.first().position);
    return false;
}

bool ProcessPage::save()
{
    if (m_readOnly || m_code.isEmpty())
        return false;
    if (!validate()) {
        setStatus(tr("Not saved: the definition has %n problem(s). Fix them first.", nullptr,
                     int(m_problems->problems().size())),
                  true);
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    const QString code = json.value(QLatin1String("code")).toString();
    Storage::Connection &c = Storage::Database::connection();
    const Entry *e = entry(code);
    if (!e || e->versions.isEmpty()) {
        // The shipped versions go in first, so that the site's edit comes after them.
        if (const Core::Status s = DefinitionStore::installBuiltIns(c); !s) {
            setStatus(tr("Not saved: %1").arg(s.error().toString()), true);
            return false;
        }
    }
    const auto saved = DefinitionStore::save(c, json);
    if (!saved) {
        setStatus(tr("Not saved: %1").arg(saved.error().toString()), true);
        return false;
    }
    qCInfo(lcWorkflowUi) << "process definition saved as" << saved.value();
    m_editor->document()->setModified(false);
    m_code = code;
    m_versionId = saved.value();
    reload();
    const Entry *now = entry(code);
    int version = 0;
    qint64 running = 0;
    if (now) {
        for (const DefinitionStore::Version &v : now->versions) {
            if (v.id == saved.value())
                version = v.version;
            else
                running += v.orders;
        }
    }
    QString text = tr("Saved as v%1 of %2. New orders start with v%1.")
                       .arg(version)
                       .arg(now ? now->name : code);
    if (running > 0) {
        text += u' '
            + tr("The %n order(s) already started keep the version they started with.",
                 nullptr, int(running));
    }
    setStatus(text, false);
    return true;
}

bool ProcessPage::activateVersion(const QString &id)
{
    const Core::Status s = DefinitionStore::activate(Storage::Database::connection(), id);
    if (!s) {
        setStatus(tr("Not made active: %1").arg(s.error().toString()), true);
        return false;
    }
    qCInfo(lcWorkflowUi) << "process version" << id << "made active";
    m_versionId = id;
    reload();
    setStatus(tr("New orders now start with this version; orders already started keep "
                 "theirs."),
              false);
    return true;
}

void ProcessPage::activateShown()
{
    const Entry *e = entry(m_code);
    if (!e || m_versionId.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Make Active"),
        tr("New orders of %1 will start with the version shown. Orders already started keep "
           "their version. Go on?")
            .arg(e->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        activateVersion(m_versionId);
}

void ProcessPage::revert()
{
    if (!confirmDiscard())
        return;
    display(m_code, m_versionId, false);
}

void ProcessPage::stateMoved(const QString &id, const QPoint &topLeft)
{
    if (m_readOnly || !m_parsed)
        return;
    const QList<ProcessState> &states = m_parsed->states();
    for (int i = 0; i < states.size(); ++i) {
        if (states.at(i).id != id)
            continue;
        if (const auto text = ProcessText::withPosition(m_editor->toPlainText(), i, topLeft)) {
            m_editor->replaceAll(*text);
            setStatus(tr("The place of %1 is kept in the definition; save to store it.")
                          .arg(ProcessDisplay::stateName(states.at(i))),
                      false);
        }
        return;
    }
}

void ProcessPage::arrange()
{
    if (m_readOnly) {
        m_graph->arrangeAutomatically();
        return;
    }
    const QString text = m_editor->toPlainText();
    const QString arranged = ProcessText::withoutPositions(text);
    if (arranged == text) {
        m_graph->arrangeAutomatically();
        return;
    }
    m_editor->replaceAll(arranged);
    m_parseTimer->stop();
    reparse(true);
}

void ProcessPage::jumpToPath(const QString &path)
{
    const JsonLocator locator(m_editor->toPlainText());
    if (const auto span = locator.find(path))
        m_editor->jumpTo(span->keyStart >= 0 ? span->keyStart : span->start);
}

void ProcessPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? errorStyle() : okStyle());
    m_status->setVisible(!text.isEmpty());
}

QString ProcessPage::statusText() const
{
    return m_status->text();
}

QString ProcessPage::noticeText() const
{
    return m_notice->text();
}

} // namespace Hearth::Workflow
