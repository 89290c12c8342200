#pragma once

#include "salesorder.h"

#include <QJsonObject>
#include <QList>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace Hearth::Orders::Internal {

/// Builds the outbox and audit documents of written orders (OrderRepository::toJson) on its
/// own thread, a batch at a time and in the order asked, while the importing thread writes on.
class DocumentMaker
{
public:
    DocumentMaker() : m_thread([this] { run(); }) {}
    ~DocumentMaker();
    DocumentMaker(const DocumentMaker &) = delete;
    DocumentMaker &operator=(const DocumentMaker &) = delete;

    std::future<QList<QJsonObject>> make(QList<SalesOrder> orders);

private:
    struct Job
    {
        QList<SalesOrder> orders;
        std::promise<QList<QJsonObject>> documents;
    };

    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_idle = false;
    bool m_stop = false;
    std::thread m_thread;  // last: it starts once the rest is set up
};

} // namespace Hearth::Orders::Internal
