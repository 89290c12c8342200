#pragma once

#include "widgets/module.h"

#include <QCoreApplication>
#include <QPointer>

class QAction;

namespace Hearth::Orders {

class OrdersPage;

/// Registers the orders module (订单) with the shell: the orders list and import pages, the
/// New order, Import, Undo and Redo actions, and the permissions they need.
class OrdersModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Orders::OrdersModule)

public:
    static constexpr char ListPage[] = "orders.list";
    static constexpr char ImportPage[] = "orders.import";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QList<QAction *> actions(QWidget *window) override;
    QStringList permissions() const override;
    bool isPageReady(QWidget *page) const override;

    /// The orders page the actions work on: the one created last that still exists.
    OrdersPage *currentPage() const { return m_page; }

private:
    void followPage(OrdersPage *page);

    QPointer<OrdersPage> m_page;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
};

} // namespace Hearth::Orders

/// Called by the shell at start; adds the orders module to Widgets::ModuleRegistry.
void hearthRegisterModule_orders();
