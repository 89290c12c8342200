#pragma once

#include "orders/importer.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;

namespace Hearth::Orders {

/// The last step of an import: what happened in a sentence, the counts, and the orders that
/// changed in the file but were not updated because they had moved on.
class ImportSummary : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSummary(QWidget *parent = nullptr);

    /// Shows a finished run.
    void showReport(const ImportReport &report);
    /// Shows that the user chose to import nothing after bad rows were found.
    void showNothingImported(const ImportReport &checked);
    QString text() const;

signals:
    void importMoreRequested();

private:
    void showFigures(const ImportReport &report);

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QGridLayout *m_figures = nullptr;
    QLabel *m_flaggedTitle = nullptr;
    QListWidget *m_flagged = nullptr;
};

} // namespace Hearth::Orders
