#pragma once

#include "taskactions.h"
#include "workflow/taskstore.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace Hearth::Workflow {

/// The right side of the inbox: one task's header, the buttons for what the signed-in user may
/// do with it, its details (lines, parts, amounts), its approval steps, comments and its part
/// of the order's timeline. The page carries the actions out.
class TaskDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Action { Claim, Start, Complete, HandOver, Approve, Reject, OpenOrder, ActionCount };
    enum Field { DueField, AssigneeField, PoolField, AmountField, CreatedField, ResultField,
                 FieldCount };

    explicit TaskDetailPane(QWidget *parent = nullptr);

    /// Loads and shows the task; an empty id shows the "select a task" hint.
    void showTask(const QString &taskId);
    /// Loads the shown task again (after an action).
    void reload();
    QString taskId() const { return m_task.id; }
    const Task &task() const { return m_task; }
    /// The approval step of a shown approval task.
    const std::optional<Approval> &approval() const { return m_approval; }
    TaskAbilities abilities() const { return m_abilities; }
    /// The time overdue is measured against; invalid for the current time.
    void setNow(const QDateTime &now) { m_now = now; }

    QPushButton *button(Action action) const { return m_buttons.value(action); }
    QString titleText() const;
    QString fieldText(Field field) const;
    QString detailsText() const;
    QString commentsText() const;
    QString timelineText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *commentEdit() const { return m_commentEdit; }

signals:
    void actionTriggered(TaskDetailPane::Action action);
    void commentSubmitted(const QString &text);

private:
    void buildHeader(QWidget *page);
    void buildButtons(QWidget *page);
    void showHeader();
    void showDetails();
    void showComments();
    void showTimeline();
    void updateButtons();
    QString personName(const QString &userId) const;
    QDateTime now() const;

    Task m_task;
    std::optional<Approval> m_approval;
    TaskAbilities m_abilities;
    QDateTime m_now;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusChip = nullptr;
    QLabel *m_subtitle = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QList<QPushButton *> m_buttons;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_details = nullptr;
    QTextBrowser *m_comments = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QPushButton *m_addComment = nullptr;
    QTextBrowser *m_timeline = nullptr;
};

} // namespace Hearth::Workflow
