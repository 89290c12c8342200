#pragma once

#include "salesorder.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace Hearth::Orders::Internal {

/// The orders of a run read so far: where each was first seen, its order-level fields and its
/// channel line numbers, so that a line listed twice, or a row that contradicts its order's
/// first row, is a bad row before anything is written. Keeps about 200 bytes an order.
class SeenOrders
{
public:
    struct Line
    {
        size_t hash = 0;  // of the channel line number
        int file = 0;
        int row = 0;
    };
    struct Order
    {
        int file = -1;  // -1: not seen before
        int row = 0;
        Channel channel = Channel::Other;
        size_t customer = 0;  // hash of the customer's name and code
        QDate signedOn;
        QVarLengthArray<Line, 2> lines;
    };

    /// Starts a file of the run; rows are then from it.
    void setFile(const QString &fileName);
    int file() const { return int(m_files.size()) - 1; }
    QString fileName(int file) const { return m_files.value(file); }

    /// The order as seen so far (file -1 when it was not); the caller fills in a new one.
    Order &find(const QString &channelOrderNo);

private:
    QStringList m_files;
    QHash<QString, Order> m_orders;
    QString m_lastNo;
    Order m_last;
};

} // namespace Hearth::Orders::Internal
