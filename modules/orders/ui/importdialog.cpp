#include "importdialog.h"

#include "importpanel.h"

#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Hearth::Orders {

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import orders"));
    m_panel = new ImportPanel(this);
    // Close sits in the panel's bottom row, beside Import, not on a row of its own.
    m_close = new QPushButton(tr("Close"));
    m_panel->addButton(m_close);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_panel, &ImportPanel::imported, this, &ImportDialog::imported);
    connect(m_panel, &ImportPanel::stepChanged, this, [this](ImportPanel::Step step) {
        m_close->setEnabled(step != ImportPanel::Step::Running);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    // Room for the preview, but no taller than the screen leaves (a 1366 × 768 laptop).
    QSize size(1040, 680);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 48));
    resize(size);
}

void ImportDialog::reject()
{
    // Closing while an import runs cancels it; the panel waits for the worker to stop.
    if (m_panel->isRunning())
        m_panel->cancel();
    QDialog::reject();
}

} // namespace Hearth::Orders
