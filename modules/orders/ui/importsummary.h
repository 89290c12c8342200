#pragma once

#include "orders/importer.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTextBrowser;

namespace Hearth::Orders {

/// The last step of an import: what happened in a sentence, the counts, and the orders that
/// changed in the file but were not updated because they had moved on. Its words are its
/// own, built from the report's numbers, so that they follow the interface language.
class ImportSummary : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSummary(QWidget *parent = nullptr);

    /// Shows a finished run.
    void showReport(const ImportReport &report);
    /// Shows that the user chose to import nothing after bad rows were found.
    void showNothingImported(const ImportReport &checked);
    QString title() const;
    QString text() const;
    QString flaggedTitle() const;
    /// The flagged orders, one a line.
    QString flaggedText() const;

    /// The sentence for a finished run, from its numbers.
    static QString describe(const ImportReport &report);

signals:
    void importMoreRequested();

private:
    void showFigures(const ImportReport &report);
    void showFlagged(const ImportReport &report);

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QGridLayout *m_figures = nullptr;
    QLabel *m_flaggedTitle = nullptr;
    QTextBrowser *m_flagged = nullptr;
};

} // namespace Hearth::Orders
