#include "problemlist.h"

#include <QHeaderView>

namespace Hearth::Workflow {

ProblemList::ProblemList(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Place"), tr("Problem")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(Place, QHeaderView::Interactive);
    header()->resizeSection(Place, 170);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row < m_problems.size())
            emit problemActivated(m_problems.at(row));
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row < m_problems.size())
            emit problemActivated(m_problems.at(row));
    });
}

void ProblemList::setProblems(const QList<EditorProblem> &problems)
{
    m_problems = problems;
    clear();
    for (const EditorProblem &p : problems) {
        const QString place = p.file.isEmpty() || p.place.isEmpty()
            ? (p.place.isEmpty() ? p.file : p.place)
            : p.file + QStringLiteral(" · ") + p.place;
        auto *item = new QTreeWidgetItem(this, {place, p.message});
        item->setToolTip(Place, place);
        item->setToolTip(Message, p.message);
        item->setForeground(Message, QColor(0xb91c1c));
    }
}

QStringList ProblemList::lines() const
{
    QStringList out;
    for (const EditorProblem &p : m_problems)
        out.append(p.place.isEmpty() ? p.message : p.place + QStringLiteral(": ") + p.message);
    return out;
}

} // namespace Hearth::Workflow
