#pragma once

#include "workorder.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hearth::Production {

/// Codes (as stored) and translated titles of the statuses.
class WorkOrderStatuses
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::WorkOrderStatuses)

public:
    static QString code(WorkOrderStatus status);
    static std::optional<WorkOrderStatus> fromCode(const QString &code);
    /// 已计划, 已下达, 生产中, 已完工, 已包装, 已取消
    static QString title(WorkOrderStatus status);
    static QString code(OperationStatus status);
    static std::optional<OperationStatus> operationFromCode(const QString &code);
    /// 待加工, 加工中, 已完成, 已取消
    static QString title(OperationStatus status);
};

} // namespace Hearth::Production
