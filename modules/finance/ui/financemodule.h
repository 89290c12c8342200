#pragma once

#include "widgets/module.h"

#include <QCoreApplication>

namespace Hearth::Finance {

/// Registers finance (财务) with the shell: the business overview (经营概览), an order's
/// settlement (单单清算), the orders below the margin, dealer statements, cost accounting and
/// month close (月结).
class FinanceModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::FinanceModule)

public:
    static constexpr char OrderProfitPageId[] = "finance.orderprofit";
    static constexpr char MarginPageId[] = "finance.margin";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QStringList permissions() const override;
};

} // namespace Hearth::Finance

/// Called by the shell at start; adds the finance module to Widgets::ModuleRegistry.
void hearthRegisterModule_finance();
