#include "tasktextdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Workflow {

TaskTextDialog::TaskTextDialog(const QString &title, const QString &prompt,
                               const QString &okText, bool required, QWidget *parent)
    : QDialog(parent), m_required(required)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);

    m_prompt = new QLabel(prompt, this);
    m_prompt->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().height() * 5);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TaskTextDialog::updateState);
    setMinimumWidth(420);
    updateState();
}

QString TaskTextDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

void TaskTextDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void TaskTextDialog::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

QPushButton *TaskTextDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TaskTextDialog::updateState()
{
    okButton()->setEnabled(!m_required || !text().isEmpty());
}

} // namespace Hearth::Workflow
