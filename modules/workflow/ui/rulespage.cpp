#include "rulespage.h"

#include "dryrunmodel.h"
#include "dryrunpanel.h"
#include "jsoneditor.h"
#include "jsonformatter.h"
#include "jsonlocator.h"
#include "logging.h"
#include "problemlist.h"
#include "processdisplay.h"

#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hearth::Workflow {

using Widgets::IconKind;
using Widgets::Theme;

namespace {

constexpr int ValidateDelayMs = 500;
constexpr int VersionRole = Qt::UserRole;
const QString reviewFile = QStringLiteral("review.json");
const QString splitFile = QStringLiteral("split.json");
const QString templatePrefix = QStringLiteral("templates/");

QString templateFile(const QString &id)
{
    return templatePrefix + id + QStringLiteral(".json");
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; color: #374151;"));
    return label;
}

QString named(const QJsonObject &json, const QString &fallback)
{
    const QString chinese = json.value(QLatin1String("name")).toString();
    const QString english = json.value(QLatin1String("name_en")).toString();
    if (ProcessDisplay::english() && !english.isEmpty())
        return english;
    return chinese.isEmpty() ? fallback : chinese;
}

} // namespace

RulesPage::RulesPage(QWidget *parent) : QWidget(parent)
{
    m_validateAction = new QAction(Theme::icon(IconKind::Search), tr("Validate"), this);
    m_validateAction->setToolTip(tr("Check the edited rules and templates and list every "
                                    "problem"));
    m_saveAction = new QAction(Theme::icon(IconKind::Database, Qt::white),
                               tr("Save as New Version…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setToolTip(tr("Store the edited rules as a new version; it is not used until "
                                "you activate it"));
    m_activateAction = new QAction(Theme::icon(IconKind::Unlock), tr("Activate…"), this);
    m_revertAction = new QAction(Theme::icon(IconKind::Refresh), tr("Revert"), this);
    m_revertAction->setToolTip(tr("Forget the edits and show the stored version again"));
    addAction(m_saveAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    m_header = new Widgets::PageHeader(tr("Review and Split Rules"), this);
    m_header->addAction(m_revertAction);
    m_header->addAction(m_activateAction);
    m_header->addAction(m_validateAction);
    m_header->addAction(m_saveAction, true);
    layout->addWidget(m_header);

    m_pageTabs = new QTabWidget(this);
    m_pageTabs->setDocumentMode(true);
    auto *rulesTab = new QWidget(m_pageTabs);
    m_dryRun = new DryRunPanel(m_pageTabs);
    m_pageTabs->addTab(rulesTab, tr("Rules"));
    m_pageTabs->addTab(m_dryRun, tr("Dry Run"));
    layout->addWidget(m_pageTabs, 1);
    buildRulesTab(rulesTab);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &RulesPage::revalidate);
    connect(m_validateAction, &QAction::triggered, this, &RulesPage::validate);
    connect(m_saveAction, &QAction::triggered, this, &RulesPage::saveShown);
    connect(m_activateAction, &QAction::triggered, this, &RulesPage::activateSelected);
    connect(m_revertAction, &QAction::triggered, this, [this] {
        if (confirmDiscard())
            showVersion(m_version);
    });

    connect(m_dryRun, &DryRunPanel::runRequested, this, &RulesPage::startDryRun);
    connect(m_dryRun, &DryRunPanel::runningChanged, this, &RulesPage::updateActions);
    connect(m_dryRun, &DryRunPanel::finished, this, &RulesPage::dryRunFinished);

    reload();
}

RulesPage::~RulesPage() = default;

void RulesPage::buildRulesTab(QWidget *tab)
{
    auto *layout = new QHBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(sectionTitle(tr("Versions"), left));
    m_versionList = new QTreeWidget(left);
    m_versionList->setColumnCount(3);
    m_versionList->setHeaderLabels({tr("Version"), tr("Saved"), tr("Comment")});
    m_versionList->setRootIsDecorated(false);
    m_versionList->setUniformRowHeights(true);
    m_versionList->setAllColumnsShowFocus(true);
    m_versionList->header()->setStretchLastSection(true);
    m_versionList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_versionList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_versionList, 2);
    leftLayout->addWidget(sectionTitle(tr("What the rules shown hold"), left));
    m_contents = new QLabel(left);
    m_contents->setWordWrap(true);
    m_contents->setTextFormat(Qt::RichText);
    m_contents->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_contents->setStyleSheet(QStringLiteral("QLabel { background: #ffffff; border: 1px solid "
                                             "#e5e7eb; border-radius: 6px; padding: 8px; }"));
    leftLayout->addWidget(m_contents, 3);
    auto *hint = new QLabel(tr("A saved version is not used until you activate it. Try the "
                               "edited rules in Dry Run first."),
                            left);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("pageSubtitle"));
    leftLayout->addWidget(hint);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *textSplitter = new QSplitter(Qt::Vertical, right);
    textSplitter->setChildrenCollapsible(false);
    m_fileTabs = new QTabWidget(textSplitter);
    m_fileTabs->setUsesScrollButtons(true);
    auto *problemsBox = new QWidget(textSplitter);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    problemsLayout->setSpacing(4);
    m_problemsTitle = sectionTitle(QString(), problemsBox);
    problemsLayout->addWidget(m_problemsTitle);
    m_problems = new ProblemList(problemsBox);
    m_problems->header()->resizeSection(ProblemList::Place, 260);
    problemsLayout->addWidget(m_problems);
    textSplitter->setStretchFactor(0, 3);
    textSplitter->setStretchFactor(1, 1);
    textSplitter->setSizes({460, 130});
    rightLayout->addWidget(textSplitter, 1);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 890});

    connect(m_versionList, &QTreeWidget::itemSelectionChanged, this,
            &RulesPage::versionSelected);
    connect(m_problems, &ProblemList::problemActivated, this, &RulesPage::showProblem);
}

void RulesPage::reload()
{
    m_versions = RuleSetStore::versions();
    fillVersions();
    int version = m_version;
    const bool known = std::any_of(m_versions.cbegin(), m_versions.cend(),
                                   [version](const auto &v) { return v.version == version; });
    if (!known)
        version = activeVersion();
    m_version = -1;
    showVersion(version);
}

int RulesPage::activeVersion() const
{
    for (const RuleSetStore::Version &v : m_versions) {
        if (v.active)
            return v.version;
    }
    return 0;
}

QString RulesPage::versionLabel(int version) const
{
    return version == 0 ? tr("the shipped rules") : tr("v%1").arg(version);
}

void RulesPage::fillVersions()
{
    const QSignalBlocker blocker(m_versionList);
    m_versionList->clear();
    if (m_versions.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_versionList, {tr("shipped"), QString(),
                                                         tr("not stored yet; in use")});
        item->setData(0, VersionRole, 0);
    }
    for (const RuleSetStore::Version &v : std::as_const(m_versions)) {
        auto *item = new QTreeWidgetItem(
            m_versionList, {ProcessDisplay::versionText(v.version, v.active),
                            Widgets::SiteTime::formatIso(v.createdAt), v.comment});
        item->setData(0, VersionRole, v.version);
        item->setToolTip(1, tr("Saved %1 by %2")
                                .arg(Widgets::SiteTime::formatIso(v.createdAt), v.createdBy));
        item->setToolTip(2, v.comment);
        if (v.active) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setForeground(0, QColor(0x047857));
        }
    }
}

int RulesPage::selectedVersion() const
{
    const QList<QTreeWidgetItem *> items = m_versionList->selectedItems();
    return items.isEmpty() ? m_version : items.first()->data(0, VersionRole).toInt();
}

void RulesPage::versionSelected()
{
    const int version = selectedVersion();
    if (version != m_version && !showVersion(version)) {
        const QSignalBlocker blocker(m_versionList);
        for (int i = 0; i < m_versionList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_versionList->topLevelItem(i);
            item->setSelected(item->data(0, VersionRole).toInt() == m_version);
        }
    }
    updateActions();
}

bool RulesPage::confirmDiscard()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Edits"),
        tr("The rules shown have edits that are not saved. Discard them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool RulesPage::showVersion(int version)
{
    if (version != m_version && !confirmDiscard())
        return false;
    auto set = version == 0 ? RuleSet::builtIn() : RuleSetStore::load(version);
    if (!set) {
        setStatus(set.error().toString(), true);
        return false;
    }
    m_version = version;
    loadEditors(set.value());
    {
        const QSignalBlocker blocker(m_versionList);
        for (int i = 0; i < m_versionList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_versionList->topLevelItem(i);
            item->setSelected(item->data(0, VersionRole).toInt() == version);
        }
    }
    m_validateTimer->stop();
    revalidate();
    updateHeader();
    setStatus(QString(), false);
    return true;
}

void RulesPage::loadEditors(const RuleSet &set)
{
    m_loading = true;
    const int current = m_fileTabs->currentIndex();
    QStringList files{reviewFile, splitFile};
    QList<std::pair<QString, QJsonObject>> texts{{reviewFile, set.review},
                                                 {splitFile, set.split}};
    for (auto it = set.templates.cbegin(); it != set.templates.cend(); ++it) {
        files.append(templateFile(it.key()));
        texts.append({templateFile(it.key()), it.value()});
    }
    if (files != m_files) {
        while (m_fileTabs->count() > 0) {
            QWidget *page = m_fileTabs->widget(0);
            m_fileTabs->removeTab(0);
            delete page;
        }
        m_editors.clear();
        m_files = files;
        for (const QString &file : std::as_const(m_files)) {
            auto *editor = new JsonEditor(m_fileTabs);
            connect(editor, &QPlainTextEdit::textChanged, this, [this] {
                if (m_loading)
                    return;
                m_validateTimer->start();
                updateActions();
            });
            connect(editor, &QPlainTextEdit::modificationChanged, this,
                    &RulesPage::updateHeader);
            m_editors.append(editor);
            m_fileTabs->addTab(editor, file);
        }
    }
    for (int i = 0; i < texts.size(); ++i) {
        const QJsonObject &json = texts.at(i).second;
        m_editors.at(i)->setJson(JsonFormatter::format(json));
        QString title;
        if (texts.at(i).first == reviewFile)
            title = tr("Review rules");
        else if (texts.at(i).first == splitFile)
            title = tr("Split rules");
        else
            title = named(json, json.value(QLatin1String("id")).toString());
        m_fileTabs->setTabText(i, title);
        m_fileTabs->setTabToolTip(i, texts.at(i).first);
    }
    m_fileTabs->setCurrentIndex(std::clamp(current, 0, int(m_files.size()) - 1));
    m_loading = false;
}

JsonEditor *RulesPage::editor(const QString &file) const
{
    const qsizetype index = m_files.indexOf(file);
    return index < 0 ? nullptr : m_editors.at(index);
}

QStringList RulesPage::files() const
{
    return m_files;
}

bool RulesPage::isModified() const
{
    return std::any_of(m_editors.cbegin(), m_editors.cend(),
                       [](const JsonEditor *e) { return e->document()->isModified(); });
}

Core::Result<RuleSet> RulesPage::editedRules() const
{
    RuleSet set;
    for (int i = 0; i < m_files.size(); ++i) {
        QJsonParseError error;
        const QByteArray bytes = m_editors.at(i)->toPlainText().toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return Core::Error{tr("this file is not a JSON object; see the problems below"),
                               m_files.at(i)};
        }
        const QString &file = m_files.at(i);
        if (file == reviewFile)
            set.review = document.object();
        else if (file == splitFile)
            set.split = document.object();
        else
            set.templates.insert(file.mid(templatePrefix.size()).chopped(5), document.object());
    }
    return set;
}

void RulesPage::revalidate()
{
    QList<EditorProblem> problems;
    QList<QList<EditorMarker>> markers(m_files.size());
    bool allRead = true;
    for (int i = 0; i < m_files.size(); ++i) {
        const QString text = m_editors.at(i)->toPlainText();
        const QByteArray bytes = text.toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            continue;
        allRead = false;
        EditorProblem p;
        p.file = m_files.at(i);
        p.position = error.error == QJsonParseError::NoError
            ? 0
            : ProblemPlace::syntaxErrorPosition(text, error);
        p.length = 1;
        const int line = int(text.left(p.position).count(u'\n')) + 1;
        p.place = tr("line %1").arg(line);
        p.message = error.error == QJsonParseError::NoError
            ? tr("expected a JSON object")
            : tr("not valid JSON: %1").arg(error.errorString());
        problems.append(p);
    }
    if (allRead) {
        const auto set = editedRules();
        QList<JsonLocator> locators;
        QStringList texts;
        for (const JsonEditor *e : std::as_const(m_editors)) {
            texts.append(e->toPlainText());
            locators.append(JsonLocator(texts.last()));
        }
        for (const Core::Error &e : RuleSetStore::validate(set.value())) {
            const ProblemPlace place = ProblemPlace::parse(e.where);
            const qsizetype index = m_files.indexOf(place.file);
            if (index < 0) {
                problems.append({QString(), e.where, e.message, -1, 0});
                continue;
            }
            problems.append(
                ProblemPlace::locate(e, locators.at(index), texts.at(index), QString()));
        }
    }
    for (const EditorProblem &p : std::as_const(problems)) {
        const qsizetype index = m_files.indexOf(p.file);
        if (index >= 0 && p.position >= 0)
            markers[index].append({p.position, p.length, p.message});
    }
    for (int i = 0; i < m_files.size(); ++i) {
        m_editors.at(i)->setMarkers(markers.at(i));
        m_fileTabs->tabBar()->setTabTextColor(
            i, markers.at(i).isEmpty() ? palette().color(QPalette::WindowText)
                                       : QColor(0xb91c1c));
    }
    m_problems->setProblems(problems);
    m_problemsTitle->setText(problems.isEmpty()
                                 ? tr("No problems")
                                 : tr("Problems (%n)", nullptr, int(problems.size())));
    m_problemsTitle->setStyleSheet(problems.isEmpty()
                                       ? QStringLiteral("font-weight: 600; color: #047857;")
                                       : QStringLiteral("font-weight: 600; color: #b91c1c;"));
    updateContents();
    updateActions();
}

bool RulesPage::validate()
{
    m_validateTimer->stop();
    revalidate();
    const QList<EditorProblem> &problems = m_problems->problems();
    if (problems.isEmpty()) {
        setStatus(tr("No problems: the rules can be saved as a new version."), false);
        return true;
    }
    setStatus(tr("%n problem(s); click one to see its place.", nullptr, int(problems.size())),
              true);
    showProblem(problems.first());
    return false;
}

int RulesPage::saveVersion(const QString &comment)
{
    if (!validate()) {
        setStatus(tr("Not saved: the rules have %n problem(s). Fix them first.", nullptr,
                     int(m_problems->problems().size())),
                  true);
        return 0;
    }
    const auto set = editedRules();
    if (m_versions.isEmpty()) {
        // The shipped rules are stored first as the active version, so that the edit comes
        // after them and nothing changes until it is activated.
        if (const auto shipped = RuleSetStore::active(); !shipped) {
            setStatus(tr("Not saved: %1").arg(shipped.error().toString()), true);
            return 0;
        }
    }
    const auto saved = RuleSetStore::save(set.value(), comment);
    if (!saved) {
        setStatus(tr("Not saved: %1").arg(saved.error().toString()), true);
        return 0;
    }
    qCInfo(lcWorkflowUi) << "rule set saved as version" << saved.value();
    for (JsonEditor *e : std::as_const(m_editors))
        e->document()->setModified(false);
    m_version = saved.value();
    reload();
    setStatus(tr("Saved as v%1. It is not active: new orders are still reviewed and split "
                 "with %2 until you activate v%1.")
                  .arg(saved.value())
                  .arg(versionLabel(activeVersion())),
              false);
    return saved.value();
}

void RulesPage::saveShown()
{
    if (!validate()) {
        saveVersion(QString());
        return;
    }
    bool ok = false;
    const QString comment = QInputDialog::getText(
        this, tr("Save as New Version"),
        tr("What changed? (kept with the version)"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveVersion(comment.trimmed());
}

bool RulesPage::activateVersion(int version)
{
    const Core::Status s = RuleSetStore::activate(version);
    if (!s) {
        setStatus(tr("Not activated: %1").arg(s.error().toString()), true);
        return false;
    }
    qCInfo(lcWorkflowUi) << "rule set version" << version << "activated";
    m_versions = RuleSetStore::versions();
    fillVersions();
    {
        const QSignalBlocker blocker(m_versionList);
        for (int i = 0; i < m_versionList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_versionList->topLevelItem(i);
            item->setSelected(item->data(0, VersionRole).toInt() == m_version);
        }
    }
    updateHeader();
    updateActions();
    setStatus(tr("v%1 is active: new orders are reviewed and split with it.").arg(version),
              false);
    return true;
}

void RulesPage::activateSelected()
{
    const int version = selectedVersion();
    if (version <= 0 || version == activeVersion())
        return;
    QString text = tr("Activate v%1? Orders reviewed and split from now on use it; work "
                      "already created stays as it is.")
                       .arg(version);
    if (version == m_version && isModified())
        text += u'\n' + tr("The edits shown are not part of v%1.").arg(version);
    const auto answer = QMessageBox::question(this, tr("Activate Rules"), text,
                                              QMessageBox::Yes | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        activateVersion(version);
}

void RulesPage::updateHeader()
{
    const int active = activeVersion();
    QString subtitle = m_versions.isEmpty()
        ? tr("In use: the shipped rules (not stored yet).")
        : tr("In use: v%1.").arg(active);
    subtitle += u' ' + tr("Edits are saved as a new version and used only once you "
                          "activate it.");
    m_header->setSubtitle(subtitle);
    m_dryRun->setComparison(tr("%1, which is in use").arg(versionLabel(active)),
                            isModified() ? tr("%1 with your edits").arg(versionLabel(m_version))
                                         : tr("%1 in the editor").arg(versionLabel(m_version)));
}

void RulesPage::updateContents()
{
    const auto set = editedRules();
    if (!set) {
        m_contents->setText(tr("One of the files is not JSON yet."));
        return;
    }
    QStringList html;
    QStringList review;
    const QJsonArray rules = set->review.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        const QString name = named(rule, rule.value(QLatin1String("id")).toString());
        const QString outcome = rule.value(QLatin1String("outcome")).toString();
        QString text = name.toHtmlEscaped();
        if (outcome == QLatin1String("hold"))
            text += QStringLiteral(" <span style=\"color:#92400e\">%1</span>")
                        .arg(ProcessDisplay::outcomeTitle(ReviewFinding::Outcome::Hold));
        else if (outcome == QLatin1String("approval"))
            text += QStringLiteral(" <span style=\"color:#1d4ed8\">%1</span>")
                        .arg(ProcessDisplay::outcomeTitle(ReviewFinding::Outcome::Approval));
        if (!rule.value(QLatin1String("enabled")).toBool(true))
            text = QStringLiteral("<s>%1</s> %2").arg(text, tr("(off)"));
        review.append(text);
    }
    html.append(QStringLiteral("<b>%1</b> %2")
                    .arg(tr("Review: %n rule(s)", nullptr, int(rules.size())),
                         review.join(QStringLiteral(" · "))));
    auto names = [](const QJsonArray &items) {
        QStringList out;
        for (const QJsonValue &v : items)
            out.append(named(v.toObject(), v[QLatin1String("code")].toString()).toHtmlEscaped());
        return out.join(QStringLiteral(" · "));
    };
    const QJsonArray workshops = set->split.value(QLatin1String("workshops")).toArray();
    const QJsonArray suppliers = set->split.value(QLatin1String("suppliers")).toArray();
    const int lines = int(set->split.value(QLatin1String("lines")).toArray().size());
    html.append(QStringLiteral("<b>%1</b> %2 · %3")
                    .arg(tr("Split: %n rule(s) for order lines", nullptr, lines),
                         tr("to %n workshop(s) (%1)", nullptr, int(workshops.size()))
                             .arg(names(workshops)),
                         tr("%n supplier(s) (%1)", nullptr, int(suppliers.size()))
                             .arg(names(suppliers))));
    QStringList templates;
    for (auto it = set->templates.cbegin(); it != set->templates.cend(); ++it)
        templates.append(named(it.value(), it.key()).toHtmlEscaped());
    html.append(QStringLiteral("<b>%1</b> %2")
                    .arg(tr("Cabinet templates: %n", nullptr, int(templates.size())),
                         templates.join(QStringLiteral(" · "))));
    m_contents->setText(html.join(QStringLiteral("<br><br>")));
}

QString RulesPage::contentsText() const
{
    QTextDocument document;
    document.setHtml(m_contents->text());
    return document.toPlainText();
}

void RulesPage::updateActions()
{
    const bool modified = isModified();
    const int selected = selectedVersion();
    m_saveAction->setEnabled(modified && !isDryRunning());
    m_revertAction->setEnabled(modified);
    m_activateAction->setEnabled(selected > 0 && selected != activeVersion());
    m_activateAction->setText(selected > 0 && selected != activeVersion()
                                  ? tr("Activate v%1…").arg(selected)
                                  : tr("Activate…"));
}

void RulesPage::showProblem(const EditorProblem &problem)
{
    const qsizetype index = m_files.indexOf(problem.file);
    if (index < 0)
        return;
    m_pageTabs->setCurrentIndex(0);
    m_fileTabs->setCurrentIndex(int(index));
    if (problem.position >= 0)
        m_editors.at(index)->jumpTo(problem.position);
}

void RulesPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;")
                                  : QStringLiteral("color: #047857;"));
    m_status->setVisible(!text.isEmpty());
}

QString RulesPage::statusText() const
{
    return m_status->text();
}

// ---------------------------------------------------------------------------------------------

bool RulesPage::isDryRunning() const
{
    return m_dryRun->isRunning();
}

bool RulesPage::startDryRun(const QDate &from, const QDate &to)
{
    if (isDryRunning())
        return false;
    if (!from.isValid() || !to.isValid() || to < from) {
        m_dryRun->refuse(tr("The period's end is before its start."));
        return false;
    }
    m_validateTimer->stop();
    revalidate();
    if (!m_problems->problems().isEmpty()) {
        m_dryRun->refuse(tr("The edited rules have %n problem(s); fix them in the Rules tab "
                            "first.",
                            nullptr, int(m_problems->problems().size())));
        return false;
    }
    const int active = activeVersion();
    const auto current = active == 0 ? RuleSet::builtIn() : RuleSetStore::load(active);
    if (!current) {
        m_dryRun->refuse(current.error().toString());
        return false;
    }
    return m_dryRun->start(from, to, current.value(), editedRules().value());
}

void RulesPage::cancelDryRun()
{
    m_dryRun->cancel();
}

DryRunModel *RulesPage::dryRunModel() const
{
    return m_dryRun->model();
}

QTableView *RulesPage::dryRunView() const
{
    return m_dryRun->view();
}

QString RulesPage::dryRunDetails() const
{
    return m_dryRun->details();
}

QString RulesPage::dryRunSummary() const
{
    return m_dryRun->summary();
}

} // namespace Hearth::Workflow
