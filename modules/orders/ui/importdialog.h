#pragma once

#include "orders/importer.h"

#include <QDialog>

class QPushButton;

namespace Hearth::Orders {

class ImportPanel;

/// "Import orders…": the import panel in a dialog of its own.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    ImportPanel *panel() const { return m_panel; }
    QPushButton *closeButton() const { return m_close; }

    void reject() override;

signals:
    void imported(const Hearth::Orders::ImportReport &report);

private:
    ImportPanel *m_panel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Hearth::Orders
