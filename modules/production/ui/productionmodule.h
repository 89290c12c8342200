#pragma once

#include "widgets/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace Hearth::Production {

class PlanLateBadge;
class PlanPage;

/// Registers production (生产) with the shell: the plan on the Gantt chart (排产), the work
/// orders (工单) and the shop floor's scanning station (车间扫码报工), with the late work
/// orders counted beside the plan in the navigation.
class ProductionModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::ProductionModule)

public:
    static constexpr char PlanPageId[] = "production.plan";
    static constexpr char WorkOrdersPageId[] = "production.workorders";
    static constexpr char ShopfloorPageId[] = "production.shopfloor";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QStringList permissions() const override;
    /// The plan page is ready once its first plan is loaded (or failed to load).
    bool isPageReady(QWidget *page) const override;
    /// The plan: its work orders that end after their deadline, urgent when there are any;
    /// the last count, made again off the GUI thread when it is old (PlanLateBadge).
    Widgets::PageBadge pageBadge(const QString &pageId) const override;
    /// "Plan forward" and "Reschedule" for the production menu; they open the plan page.
    QList<QAction *> actions(QWidget *window) override;

private:
    PlanLateBadge *lateBadge() const;

    QPointer<PlanPage> m_plan;
    mutable QPointer<PlanLateBadge> m_late;
};

} // namespace Hearth::Production

/// Called by the shell at start; adds the production module to Widgets::ModuleRegistry.
void hearthRegisterModule_production();
