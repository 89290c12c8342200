#pragma once

#include "problemplace.h"

#include <QList>
#include <QString>
#include <QTreeWidget>

namespace Hearth::Workflow {

/// The list under an editor of every problem its text has; clicking one shows its place.
class ProblemList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { Place, Message, ColumnCount };

    explicit ProblemList(QWidget *parent = nullptr);

    void setProblems(const QList<EditorProblem> &problems);
    const QList<EditorProblem> &problems() const { return m_problems; }
    /// The messages, one a line, as a user would read them ("place: message").
    QStringList lines() const;

signals:
    void problemActivated(const EditorProblem &problem);

private:
    QList<EditorProblem> m_problems;
};

} // namespace Hearth::Workflow
