#include "seenorders.h"

namespace Hearth::Orders::Internal {

void SeenOrders::setFile(const QString &fileName)
{
    m_files.append(fileName);
}

SeenOrders::Order &SeenOrders::find(const QString &channelOrderNo)
{
    if (channelOrderNo == m_lastNo && !m_lastNo.isEmpty())
        return m_last;
    // The rows of an order usually follow each other: the last order stays out of the hash.
    if (!m_lastNo.isEmpty())
        m_orders.insert(m_lastNo, std::move(m_last));
    m_lastNo = channelOrderNo;
    m_last = m_orders.take(channelOrderNo);
    return m_last;
}

} // namespace Hearth::Orders::Internal
