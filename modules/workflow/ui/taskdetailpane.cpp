#include "taskdetailpane.h"

#include "storage/database.h"
#include "taskdetailsformat.h"
#include "taskdisplay.h"
#include "taskparts.h"
#include "tasktimeline.h"
#include "users/ui/userdisplay.h"
#include "users/userstore.h"
#include "widgets/links.h"
#include "widgets/session.h"
#include "widgets/sitetime.h"
#include "workflow/orgunits.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Hearth::Workflow {

namespace {

enum Tab { DetailsTab, CommentsTab, TimelineTab };

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString grey(const QString &text)
{
    return QStringLiteral("<p style='color:#6b7280'>%1</p>").arg(text.toHtmlEscaped());
}

// The order's number and customer, for the pane's second line.
std::pair<QString, QString> orderLabel(const QString &orderId)
{
    if (orderId.isEmpty() || !Storage::Database::isOpen())
        return {};
    QSqlQuery q(Storage::Database::connection().sql());
    q.prepare(QStringLiteral("SELECT o.order_no, c.name FROM sales_orders o "
                             "LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

} // namespace

TaskDetailPane::TaskDetailPane(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *hint = new QLabel(tr("Select a task to see what it needs and what happened to it."),
                            m_stack);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(hint);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 4, 0);
    layout->setSpacing(6);
    buildHeader(page);
    buildButtons(page);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_details = new QTextBrowser(m_tabs);
    m_details->setOpenLinks(false);
    m_tabs->addTab(m_details, tr("Details"));

    auto *commentsPage = new QWidget(m_tabs);
    auto *commentsLayout = new QVBoxLayout(commentsPage);
    commentsLayout->setContentsMargins(0, 4, 0, 0);
    m_comments = new QTextBrowser(commentsPage);
    m_comments->setOpenLinks(false);
    m_commentEdit = new QPlainTextEdit(commentsPage);
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setPlaceholderText(tr("Write a comment for everyone who works on this task"));
    m_commentEdit->setMaximumHeight(fontMetrics().height() * 4);
    m_addComment = new QPushButton(tr("Add comment"), commentsPage);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentEdit, 1);
    commentRow->addWidget(m_addComment, 0, Qt::AlignBottom);
    commentsLayout->addWidget(m_comments, 1);
    commentsLayout->addLayout(commentRow);
    m_tabs->addTab(commentsPage, tr("Comments"));
    connect(m_addComment, &QPushButton::clicked, this,
            [this] { emit commentSubmitted(m_commentEdit->toPlainText().trimmed()); });
    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, &TaskDetailPane::updateButtons);

    m_timeline = new QTextBrowser(m_tabs);
    m_timeline->setOpenLinks(false);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    updateButtons();
}

void TaskDetailPane::buildHeader(QWidget *page)
{
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusChip = new QLabel(page);
    m_statusChip->setStyleSheet(QStringLiteral(
        "QLabel { background: #e7eef8; color: #1d4f91; border-radius: 8px; padding: 2px 8px; }"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_statusChip, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

    m_subtitle = new QLabel(page);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextFormat(Qt::RichText);
    connect(m_subtitle, &QLabel::linkActivated, this, [this] {
        if (m_abilities.openOrder)
            emit actionTriggered(OpenOrder);
    });
    layout->addWidget(m_subtitle);

    const QString labels[FieldCount] = {tr("Due"),    tr("Assignee"), tr("Pool"),
                                        tr("Amount"), tr("Created"),  tr("Result")};
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(labels[i], page);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels.append(label);
        m_values.append(value);
        if (i == ResultField) {
            value->setWordWrap(true);
            m_grid->addWidget(label, 3, 0, Qt::AlignTop);
            m_grid->addWidget(value, 3, 1, 1, 3);
        } else {
            m_grid->addWidget(label, i / 2, (i % 2) * 2);
            m_grid->addWidget(value, i / 2, (i % 2) * 2 + 1);
        }
    }
    layout->addLayout(m_grid);
}

void TaskDetailPane::buildButtons(QWidget *page)
{
    const QString texts[ActionCount] = {tr("Claim"),       tr("Start"),    tr("Complete…"),
                                        tr("Hand over…"),  tr("Approve…"), tr("Reject…"),
                                        tr("Open order")};
    const QString tips[ActionCount] = {
        tr("Take the task from your team's pool: it becomes yours"),
        tr("Say that you are working on it"),
        tr("Mark the task done and say what was done"),
        tr("Give the task to someone else, with the reason"),
        tr("Approve this step of the order's approval"),
        tr("Reject the order at this step; the comment says why"),
        tr("Show the order this task belongs to"),
    };
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (int i = 0; i < ActionCount; ++i) {
        auto *button = new QPushButton(texts[i], page);
        button->setToolTip(tips[i]);
        button->setAutoDefault(false);
        const auto action = Action(i);
        connect(button, &QPushButton::clicked, this, [this, action] {
            emit actionTriggered(action);
        });
        m_buttons.append(button);
        if (i == OpenOrder)
            row->addStretch(1);
        row->addWidget(button);
    }
    qobject_cast<QVBoxLayout *>(page->layout())->addLayout(row);
}

QDateTime TaskDetailPane::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void TaskDetailPane::showTask(const QString &taskId)
{
    if (taskId != m_task.id)
        m_commentEdit->clear();
    m_task = Task();
    m_task.id = taskId;
    reload();
}

void TaskDetailPane::reload()
{
    const QString id = m_task.id;
    m_approval.reset();
    m_abilities = {};
    if (id.isEmpty() || !Storage::Database::isOpen()) {
        m_task = Task();
        m_stack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    Storage::Connection &c = Storage::Database::connection();
    const Core::Result<Task> found = TaskStore::find(c, id);
    if (!found) {
        m_task = Task();
        m_stack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    m_task = found.value();
    m_approval = TaskActions::approvalOf(c, m_task);
    const bool orderLinks = Widgets::Links::canOpen(QLatin1String(Widgets::Links::Order))
        && (!Widgets::Session::isSignedIn()
            || Widgets::Session::can(QStringLiteral("orders.read")));
    m_abilities = TaskActions::abilities(c, m_task, TaskActions::currentActor(), orderLinks);
    showHeader();
    showDetails();
    showComments();
    showTimeline();
    updateButtons();
    m_stack->setCurrentIndex(1);
}

QString TaskDetailPane::personName(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    const std::optional<Users::User> user = Users::UserStore::findById(userId);
    return user ? Users::UserDisplay::name(*user) : userId;
}

void TaskDetailPane::showHeader()
{
    const Task &t = m_task;
    m_title->setText(t.title);
    m_statusChip->setText(TaskDisplay::statusText(t));

    const auto [orderNo, customer] = orderLabel(t.orderId);
    QStringList parts{TaskDisplay::kindTitle(t.kind).toHtmlEscaped()};
    if (!orderNo.isEmpty()) {
        const QString order = m_abilities.openOrder
            ? QStringLiteral("<a href='order'>%1</a>").arg(orderNo.toHtmlEscaped())
            : orderNo.toHtmlEscaped();
        parts.append(customer.isEmpty() ? order
                                        : tr("%1 · %2").arg(order, customer.toHtmlEscaped()));
    }
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));

    QString due = Widgets::SiteTime::format(t.dueAt);
    if (t.isOverdue(now()))
        due = tr("%1 (overdue %2)").arg(due, TaskDisplay::overdueText(t.dueAt, now()));
    QStringList pool;
    if (!t.role.isEmpty())
        pool.append(TaskDisplay::roleTitle(t.role));
    if (!t.unitId.isEmpty() && Storage::Database::isOpen()) {
        const std::optional<OrgUnit> unit = OrgUnits::find(Storage::Database::connection(),
                                                           t.unitId);
        pool.append(unit ? unit->name : t.unitId);
    }
    QString assignee = personName(t.assigneeId);
    if (assignee.isEmpty())
        assignee = tr("Nobody yet: waiting in the pool");
    if (t.escalatedAt.isValid())
        assignee = tr("%1 (escalated to %2)").arg(assignee, personName(t.escalatedTo));

    const QString values[FieldCount] = {
        t.dueAt.isValid() ? due : tr("No deadline"),
        assignee,
        pool.join(QStringLiteral(" · ")),
        TaskDisplay::money(t.amountFen),
        Widgets::SiteTime::format(t.createdAt),
        t.result,
    };
    for (int i = 0; i < FieldCount; ++i)
        m_values[i]->setText(orDash(values[i]));
    m_values[DueField]->setStyleSheet(t.isOverdue(now()) ? QStringLiteral("color: #b91c1c;")
                                                         : QString());
    // Fields the task has no use for take no room.
    const bool hasAmount = t.amountFen != 0;
    const bool hasResult = !t.result.isEmpty();
    m_labels[AmountField]->setVisible(hasAmount);
    m_values[AmountField]->setVisible(hasAmount);
    m_labels[ResultField]->setVisible(hasResult);
    m_values[ResultField]->setVisible(hasResult);
}

void TaskDetailPane::showDetails()
{
    QString html;
    if (m_approval) {
        const Approval &a = *m_approval;
        html += QStringLiteral("<p style='margin:4px 0'><b>%1</b></p>")
                    .arg(tr("Approval step %1 of the order: %2")
                             .arg(QString::number(a.step), TaskDisplay::roleTitle(a.role))
                             .toHtmlEscaped());
        if (!a.reason.isEmpty()) {
            html += QStringLiteral("<p style='margin:0 0 6px 0'>%1</p>")
                        .arg(tr("Why: %1").arg(a.reason).toHtmlEscaped());
        }
    }
    m_details->setHtml(html
                       + TaskDetailsFormat::html(
                           TaskParts::details(Storage::Database::connection(), m_task)));
}

void TaskDetailPane::showComments()
{
    const QList<TaskComment> comments =
        TaskStore::comments(Storage::Database::connection(), m_task.id);
    m_tabs->setTabText(CommentsTab, comments.isEmpty()
                                        ? tr("Comments")
                                        : tr("Comments (%1)").arg(comments.size()));
    if (comments.isEmpty()) {
        m_comments->setHtml(grey(tr("No comments yet.")));
        return;
    }
    QHash<QString, QString> names;
    QString html;
    for (const TaskComment &c : comments) {
        if (!names.contains(c.author)) {
            const std::optional<Users::User> user = Users::UserStore::find(c.author);
            names.insert(c.author, user ? Users::UserDisplay::name(*user) : c.author);
        }
        html += QStringLiteral("<p><span style='color:#6b7280'>%1 · %2</span><br>%3</p>")
                    .arg(Widgets::SiteTime::format(c.createdAt).toHtmlEscaped(),
                         names.value(c.author).toHtmlEscaped(), paragraphs(c.body));
    }
    m_comments->setHtml(html);
}

void TaskDetailPane::showTimeline()
{
    const QList<TaskEvent> events =
        TaskTimeline::read(m_task, m_approval ? m_approval->request : QString());
    m_tabs->setTabText(TimelineTab, events.isEmpty()
                                        ? tr("Timeline")
                                        : tr("Timeline (%1)").arg(events.size()));
    QString html;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        html += QStringLiteral("<p style='margin-bottom:2px'><span style='color:#6b7280'>"
                               "%1 · %2</span><br><b>%3</b>")
                    .arg(it->when.toHtmlEscaped(), it->who.toHtmlEscaped(),
                         it->what.toHtmlEscaped());
        if (!it->note.isEmpty())
            html += QStringLiteral("<br>%1").arg(paragraphs(it->note));
        html += QStringLiteral("</p>");
    }
    m_timeline->setHtml(html.isEmpty() ? grey(tr("Nothing recorded yet.")) : html);
}

void TaskDetailPane::updateButtons()
{
    const bool approval = m_task.kind == QLatin1String(TaskActions::ApprovalKind);
    const bool shown = !m_task.id.isEmpty();
    const bool enabled[ActionCount] = {m_abilities.claim,    m_abilities.start,
                                       m_abilities.complete, m_abilities.handOver,
                                       m_abilities.decide,   m_abilities.decide,
                                       m_abilities.openOrder};
    // An approval is decided, not started or completed; other tasks have nothing to decide.
    const bool visible[ActionCount] = {true,     !approval, !approval, true,
                                       approval, approval,  !m_task.orderId.isEmpty()};
    for (int i = 0; i < ActionCount; ++i) {
        m_buttons[i]->setVisible(shown && visible[i]);
        m_buttons[i]->setEnabled(enabled[i]);
    }
    // The next step the user would take is highlighted: claim, then start, then complete.
    int next = -1;
    for (const Action a : {Claim, Start, Complete, Approve}) {
        if (next < 0 && visible[a] && enabled[a])
            next = a;
    }
    for (int i = 0; i < ActionCount; ++i) {
        if (m_buttons[i]->property("primary").toBool() == (i == next))
            continue;
        m_buttons[i]->setProperty("primary", i == next);
        m_buttons[i]->style()->unpolish(m_buttons[i]);
        m_buttons[i]->style()->polish(m_buttons[i]);
    }
    m_commentEdit->setEnabled(m_abilities.comment);
    m_addComment->setEnabled(m_abilities.comment
                             && !m_commentEdit->toPlainText().trimmed().isEmpty());
}

QString TaskDetailPane::titleText() const
{
    return m_title->text();
}

QString TaskDetailPane::fieldText(Field field) const
{
    return field >= 0 && field < m_values.size() ? m_values.at(field)->text() : QString();
}

QString TaskDetailPane::detailsText() const
{
    return m_details->toPlainText();
}

QString TaskDetailPane::commentsText() const
{
    return m_comments->toPlainText();
}

QString TaskDetailPane::timelineText() const
{
    return m_timeline->toPlainText();
}

} // namespace Hearth::Workflow
