#include "financemodule.h"

#include "costanalysispage.h"
#include "dashboardpage.h"
#include "dealerspage.h"
#include "marginwatchpage.h"
#include "monthclosepage.h"
#include "orderprofitpage.h"
#include "storage/database.h"
#include "widgets/links.h"
#include "widgets/module.h"
#include "widgets/theme.h"

namespace Hearth::Finance {

namespace {

const QString readPermission = QStringLiteral("finance.read");
const QString writePermission = QStringLiteral("finance.write");

} // namespace

QString FinanceModule::id() const
{
    return QStringLiteral("finance");
}

QString FinanceModule::name() const
{
    return tr("Finance");
}

QIcon FinanceModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Money);
}

QList<Widgets::PageInfo> FinanceModule::pages() const
{
    return {
        {QLatin1String(DashboardPage::PageId), tr("Business overview"),
         Widgets::Theme::icon(Widgets::IconKind::Grid), readPermission},
        {QLatin1String(OrderProfitPageId), tr("Order profit"),
         Widgets::Theme::icon(Widgets::IconKind::Money), readPermission},
        {QLatin1String(MarginPageId), tr("Orders below margin"),
         Widgets::Theme::icon(Widgets::IconKind::Orders), readPermission},
        {QLatin1String(DealersPage::PageId), tr("Dealer statements"),
         Widgets::Theme::icon(Widgets::IconKind::Users), readPermission},
        {QLatin1String(CostAnalysisPage::PageId), tr("Cost accounting"),
         Widgets::Theme::icon(Widgets::IconKind::Grid), readPermission},
        {QLatin1String(MonthClosePage::PageId), tr("Month close"),
         Widgets::Theme::icon(Widgets::IconKind::Calendar), readPermission},
    };
}

QWidget *FinanceModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId == QLatin1String(OrderProfitPageId)) {
        auto *page = new OrderProfitPage(parent);
        // The page opens on the latest signed order rather than empty; the order box changes it.
        if (Storage::Database::isOpen()) {
            Storage::Statement &latest = Storage::Database::connection().prepare(
                "SELECT id FROM sales_orders WHERE deleted = 0 AND status <> 'cancelled' "
                "ORDER BY signed_on DESC, order_no DESC LIMIT 1");
            const QString id = latest.next() ? latest.text(0) : QString();
            latest.reset();
            if (!id.isEmpty())
                page->showOrder(id);
        }
        return page;
    }
    // The lists open an order on its profit page.
    const auto openProfit = [](const QString &orderId) {
        auto *profit = qobject_cast<OrderProfitPage *>(
            Widgets::Links::openPage(QLatin1String(OrderProfitPageId)));
        if (profit)
            profit->showOrder(orderId);
    };
    if (pageId == QLatin1String(MarginPageId)) {
        auto *page = new MarginWatchPage(parent);
        QObject::connect(page, &MarginWatchPage::orderActivated, page, openProfit);
        return page;
    }
    if (pageId == QLatin1String(CostAnalysisPage::PageId)) {
        auto *page = new CostAnalysisPage(parent);
        QObject::connect(page, &CostAnalysisPage::orderActivated, page, openProfit);
        return page;
    }
    if (pageId == QLatin1String(MonthClosePage::PageId)) {
        auto *page = new MonthClosePage(parent);
        QObject::connect(page, &MonthClosePage::orderActivated, page, openProfit);
        return page;
    }
    if (pageId == QLatin1String(DealersPage::PageId))
        return new DealersPage(parent);
    if (pageId == QLatin1String(DashboardPage::PageId)) {
        auto *page = new DashboardPage(parent);
        QObject::connect(page, &DashboardPage::orderActivated, page, openProfit);
        QObject::connect(page, &DashboardPage::statementActivated, page,
                         [](const QString &dealerUnitId, QDate from, QDate to) {
                             auto *dealers = qobject_cast<DealersPage *>(
                                 Widgets::Links::openPage(QLatin1String(DealersPage::PageId)));
                             if (dealers)
                                 dealers->showStatement(dealerUnitId, from, to);
                         });
        QObject::connect(page, &DashboardPage::monthCloseActivated, page,
                         [](const QString &month) {
                             auto *close = qobject_cast<MonthClosePage *>(Widgets::Links::openPage(
                                 QLatin1String(MonthClosePage::PageId)));
                             if (close)
                                 close->setMonth(month);
                         });
        return page;
    }
    return nullptr;
}

QStringList FinanceModule::permissions() const
{
    return {readPermission, writePermission};
}

} // namespace Hearth::Finance

void hearthRegisterModule_finance()
{
    Hearth::Widgets::ModuleRegistry::add(new Hearth::Finance::FinanceModule);
}
