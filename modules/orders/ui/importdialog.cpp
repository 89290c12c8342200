#include "importdialog.h"

#include "importpanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Orders {

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import orders"));
    m_panel = new ImportPanel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_panel, &ImportPanel::imported, this, &ImportDialog::imported);
    connect(m_panel, &ImportPanel::stepChanged, this, [buttons](ImportPanel::Step step) {
        buttons->button(QDialogButtonBox::Close)->setEnabled(step != ImportPanel::Step::Running);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(1040, 680);
}

void ImportDialog::reject()
{
    // Closing while an import runs cancels it; the panel waits for the worker to stop.
    if (m_panel->isRunning())
        m_panel->cancel();
    QDialog::reject();
}

} // namespace Hearth::Orders
