#include "productionmodule.h"

#include "planlatebadge.h"
#include "planpage.h"
#include "shopfloorpage.h"
#include "storage/database.h"
#include "workorderspage.h"
#include "workorderstatusprovider.h"
#include "widgets/links.h"
#include "widgets/session.h"
#include "widgets/theme.h"

#include <QAction>

namespace Hearth::Production {

namespace {

const QString readPermission = QStringLiteral("production.read");
const QString writePermission = QStringLiteral("production.write");
const QString reportPermission = QStringLiteral("production.report");

} // namespace

QString ProductionModule::id() const
{
    return QStringLiteral("production");
}

QString ProductionModule::name() const
{
    return tr("Production");
}

QIcon ProductionModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Calendar);
}

QList<Widgets::PageInfo> ProductionModule::pages() const
{
    return {
        {QLatin1String(PlanPageId), tr("Production plan"),
         Widgets::Theme::icon(Widgets::IconKind::Calendar), readPermission},
        {QLatin1String(WorkOrdersPageId), tr("Work orders"),
         Widgets::Theme::icon(Widgets::IconKind::Orders), readPermission},
        {QLatin1String(ShopfloorPageId), tr("Shop-floor scanning"),
         Widgets::Theme::icon(Widgets::IconKind::Search), reportPermission},
    };
}

QWidget *ProductionModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId == QLatin1String(PlanPageId)) {
        auto *page = new PlanPage(parent);
        m_plan = page;
        // The page's own plan counts its late work orders exactly, at no cost.
        const auto handOver = [this, page] {
            if (page->hasLoaded())
                lateBadge()->setCount(int(page->plan().lateJobs().size()));
        };
        QObject::connect(page, &PlanPage::planLoaded, page, handOver);
        QObject::connect(page, &PlanPage::planSaved, page, handOver);
        return page;
    }
    if (pageId == QLatin1String(WorkOrdersPageId))
        return new WorkOrdersPage(parent);
    if (pageId == QLatin1String(ShopfloorPageId))
        return new ShopfloorPage(QString(), parent);
    return nullptr;
}

QStringList ProductionModule::permissions() const
{
    return {readPermission, writePermission, reportPermission};
}

bool ProductionModule::isPageReady(QWidget *page) const
{
    if (auto *plan = qobject_cast<PlanPage *>(page))
        return plan->isReady();
    if (auto *workOrders = qobject_cast<WorkOrdersPage *>(page))
        return !workOrders->isBusy();
    return true;
}

Widgets::PageBadge ProductionModule::pageBadge(const QString &pageId) const
{
    if (pageId != QLatin1String(PlanPageId) || !Storage::Database::isOpen()
        || !Widgets::Session::isSignedIn() || !Widgets::Session::can(readPermission)) {
        return {};
    }
    Widgets::PageBadge badge;
    badge.count = lateBadge()->count();
    badge.urgent = badge.count > 0;
    badge.toolTip = tr("%n work order(s) planned to end after their due date", nullptr,
                       badge.count);
    return badge;
}

PlanLateBadge *ProductionModule::lateBadge() const
{
    if (!m_late)
        m_late = new PlanLateBadge(QCoreApplication::instance());
    return m_late;
}

QList<QAction *> ProductionModule::actions(QWidget *window)
{
    const auto add = [this, window](PlanRunner::Task task, const QString &text) {
        auto *a = new QAction(text, window);
        a->setProperty(Widgets::ActionPermissionProperty, writePermission);
        QObject::connect(a, &QAction::triggered, window, [this, task] {
            // The plan page shows the run and its outcome.
            Widgets::Links::openPage(QLatin1String(PlanPageId));
            if (m_plan)
                m_plan->runTask(task);
        });
        return a;
    };
    return {add(PlanRunner::Task::MakeWorkOrders, tr("Make work orders")),
            add(PlanRunner::Task::PlanForward, tr("Plan forward from now")),
            add(PlanRunner::Task::PlanBackward, tr("Plan backward from due dates")),
            add(PlanRunner::Task::Reschedule, tr("Reschedule"))};
}

} // namespace Hearth::Production

void hearthRegisterModule_production()
{
    Hearth::Widgets::ModuleRegistry::add(new Hearth::Production::ProductionModule);
    // The orders list and detail show each order's production status (生产状态).
    Hearth::Production::registerProductionStatusProvider();
}
