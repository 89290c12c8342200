#pragma once

#include "rowerror.h"
#include "salesorder.h"

#include <QList>
#include <QString>

namespace Hearth::Orders::Internal {

/// One row, read into the fields of an order and of one line.
struct ParsedRow
{
    int row = 0;
    SalesOrder order;  // header fields; lines holds exactly this row's line
    QString key;       // channel + channel order number
    QString note;      // the order's note (订单备注), kept as an order note on a new order
    QList<RowError> errors;
    // The row's text dates: how many were read, failed, and of those read month or day first.
    quint8 datesRead = 0;
    quint8 datesFailed = 0;
    quint8 datesMonthFirst = 0;
    quint8 datesDayFirst = 0;
};

} // namespace Hearth::Orders::Internal
