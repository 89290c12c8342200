#pragma once

#include "widgets/module.h"

#include <QCoreApplication>

namespace Hearth::Workflow {

/// Registers the process engine's pages (流程) with the shell: "My tasks" (我的任务) with its
/// count in the navigation, the process definitions (流程定义) and the review and split rules
/// (审单与拆单规则).
class WorkflowModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::WorkflowModule)

public:
    static constexpr char TasksPageId[] = "workflow.tasks";
    static constexpr char ProcessesPageId[] = "workflow.processes";
    static constexpr char RulesPageId[] = "workflow.rules";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QStringList permissions() const override;
    bool isPageReady(QWidget *page) const override;
    /// "My tasks": the signed-in user's active tasks and the pool tasks they may claim, urgent
    /// when one of them is overdue.
    Widgets::PageBadge pageBadge(const QString &pageId) const override;
    /// "Run the process now" (F9); the engine also runs by itself every few minutes.
    QList<QAction *> actions(QWidget *window) override;
};

} // namespace Hearth::Workflow

/// Called by the shell at start; adds the workflow module to Widgets::ModuleRegistry.
void hearthRegisterModule_workflow();
