#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Hearth::Workflow {

/// Asks for the text an action on a task carries: the result of a completed task, the comment
/// of an approval or of a rejection. OK stays disabled while a required text is empty.
class TaskTextDialog : public QDialog
{
    Q_OBJECT

public:
    TaskTextDialog(const QString &title, const QString &prompt, const QString &okText,
                   bool required, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    QPushButton *okButton() const;

private:
    void updateState();

    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_required = false;
};

} // namespace Hearth::Workflow
