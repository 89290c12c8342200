#include "importreport.h"

namespace Hearth::Orders {

QString ImportReport::summary() const
{
    if (fatal)
        return fatal->toString();
    if (cancelled)
        return tr("Import cancelled; nothing was written.");
    if (needsDateOrder)
        return tr("The dates in the file can be read day-first or month-first (e.g. %1); "
                  "choose the order.")
            .arg(dateSamples.join(QStringLiteral(", ")));
    QString text = tr("%1 rows read: %2 new orders, %3 updated, %4 unchanged")
                       .arg(rowsRead)
                       .arg(ordersNew)
                       .arg(ordersUpdated)
                       .arg(ordersUnchanged);
    if (ordersFlagged > 0)
        text += tr(", %1 changed but already in progress (not updated)").arg(ordersFlagged);
    if (rowsRejected > 0)
        text += tr(", %1 bad rows (%2 orders skipped)").arg(rowsRejected).arg(ordersRejected);
    if (returnsMarked > 0)
        text += tr(", %1 orders marked returned").arg(returnsMarked);
    text += u'.';
    if (likelyDateOrder == DateOrder::DayMonthYear)
        text += u' ' + tr("The dates look day-first (day/month/year): import with that date "
                          "order.");
    else if (likelyDateOrder == DateOrder::MonthDayYear)
        text += u' ' + tr("The dates look month-first (month/day/year): import with that date "
                          "order.");
    if (written && ordersNew == 0 && ordersUpdated == 0 && ordersFlagged == 0
        && returnsMarked == 0)
        text += u' ' + tr("Nothing new: these orders were all imported before.");
    if (!written)
        text += u' ' + tr("Nothing was written.");
    return text;
}

} // namespace Hearth::Orders
