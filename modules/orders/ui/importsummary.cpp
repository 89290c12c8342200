#include "importsummary.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Orders {

ImportSummary::ImportSummary(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(24);
    m_figures->setVerticalSpacing(4);
    m_flaggedTitle = new QLabel(
        tr("Changed in the file but already past review, so not updated:"), this);
    m_flaggedTitle->setWordWrap(true);
    m_flagged = new QListWidget(this);
    auto *again = new QPushButton(tr("Import more files"), this);
    again->setAutoDefault(false);
    connect(again, &QPushButton::clicked, this, &ImportSummary::importMoreRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(8);
    column->addLayout(m_figures);
    column->addSpacing(8);
    column->addWidget(m_flaggedTitle);
    column->addWidget(m_flagged, 1);
    column->addWidget(again, 0, Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void ImportSummary::showReport(const ImportReport &report)
{
    m_title->setText(report.written ? tr("Import finished") : tr("Nothing was imported"));
    m_text->setText(report.summary());
    m_flagged->clear();
    m_flagged->addItems(report.flagged);
    showFigures(report);
}

void ImportSummary::showNothingImported(const ImportReport &checked)
{
    m_title->setText(tr("Nothing was imported"));
    m_text->setText(tr("The files were left as they are; %n row(s) had problems. Correct them "
                       "and import the files again.",
                       nullptr, checked.rowsRejected));
    m_flagged->clear();
    ImportReport nothing;
    nothing.rowsRead = checked.rowsRead;
    nothing.ordersRejected = checked.ordersRejected;
    showFigures(nothing);
}

QString ImportSummary::text() const
{
    return m_text->text();
}

void ImportSummary::showFigures(const ImportReport &r)
{
    while (QLayoutItem *item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::pair<QString, int> figures[] = {
        {tr("Rows read"), r.rowsRead},
        {tr("New orders"), r.ordersNew},
        {tr("Orders updated"), r.ordersUpdated},
        {tr("Orders unchanged"), r.ordersUnchanged},
        {tr("Lines written"), r.linesWritten},
        {tr("Orders not updated (in progress)"), r.ordersFlagged},
        {tr("Orders skipped for bad rows"), r.ordersRejected},
        {tr("Orders marked returned"), r.returnsMarked},
    };
    int shown = 0;
    for (int i = 0; i < int(std::size(figures)); ++i) {
        // The first five always; the others only when they happened.
        const auto &[label, value] = figures[i];
        if (i >= 5 && value == 0)
            continue;
        auto *name = new QLabel(label, this);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *number = new QLabel(QLocale().toString(value), this);
        QFont bold = number->font();
        bold.setBold(true);
        number->setFont(bold);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->addWidget(name, shown % 4, shown / 4 * 2);
        m_figures->addWidget(number, shown % 4, shown / 4 * 2 + 1);
        ++shown;
    }
    m_figures->setColumnStretch(4, 1);
    m_flaggedTitle->setVisible(!r.flagged.isEmpty());
    m_flagged->setVisible(!r.flagged.isEmpty());
}

} // namespace Hearth::Orders
