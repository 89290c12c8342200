#pragma once

#include "salesorder.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Hearth::Orders::Internal {

/// The document of an order that goes to the outbox and the audit trail: header, customer and
/// lines (OrderRepository::toJson).
class OrderDocument
{
public:
    static QJsonObject build(const SalesOrder &order);
    /// "YYYY-MM-DD" as Qt::ISODate gives it, quicker; empty for an invalid date.
    static QString dateText(const QDate &date);
};

} // namespace Hearth::Orders::Internal
