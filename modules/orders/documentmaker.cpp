#include "documentmaker.h"

#include "orderrepository.h"

namespace Hearth::Orders::Internal {

DocumentMaker::~DocumentMaker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_one();
    m_thread.join();
}

std::future<QList<QJsonObject>> DocumentMaker::make(QList<SalesOrder> orders)
{
    Job job{std::move(orders), {}};
    std::future<QList<QJsonObject>> documents = job.documents.get_future();
    bool wake = false;
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        wake = m_idle;
    }
    if (wake)
        m_changed.notify_one();
    return documents;
}

void DocumentMaker::run()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_idle = true;
        m_changed.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        m_idle = false;
        if (m_stop)
            return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        QList<QJsonObject> documents;
        documents.reserve(job.orders.size());
        for (const SalesOrder &order : std::as_const(job.orders))
            documents.append(OrderRepository::toJson(order));
        job.documents.set_value(std::move(documents));
    }
}

} // namespace Hearth::Orders::Internal
