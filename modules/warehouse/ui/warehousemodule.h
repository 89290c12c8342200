#pragma once

#include "widgets/module.h"

#include <QCoreApplication>

namespace Hearth::Warehouse {

/// Registers the warehouse (仓库) with the shell: the scanning page (扫码作业) for receive,
/// issue, transfer, count, pack and load; packages; shipping; stock (库存); purchasing (采购).
class WarehouseModule : public Widgets::Module
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::WarehouseModule)

public:
    static constexpr char ScanPageId[] = "warehouse.scan";

    QString id() const override;
    QString name() const override;
    QIcon icon() const override;
    QList<Widgets::PageInfo> pages() const override;
    QWidget *createPage(const QString &pageId, QWidget *parent) override;
    QStringList permissions() const override;
};

} // namespace Hearth::Warehouse

/// Called by the shell at start; adds the warehouse module to Widgets::ModuleRegistry.
void hearthRegisterModule_warehouse();
