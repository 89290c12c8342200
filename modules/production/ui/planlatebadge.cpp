#include "planlatebadge.h"

#include "planlatecount.h"
#include "production/logging.h"
#include "production/progressquery.h"
#include "storage/database.h"
#include "widgets/pagebadges.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Production {

PlanLateBadge::PlanLateBadge(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Core::Result<int>>::finished, this, &PlanLateBadge::done);
}

PlanLateBadge::~PlanLateBadge()
{
    m_watcher.waitForFinished();
}

int PlanLateBadge::count()
{
    if (!Storage::Database::isOpen())
        return 0;
    const bool otherFile = m_database != Storage::Database::path();
    if (otherFile || !m_age.isValid() || m_age.hasExpired(MaxAgeMs))
        start();
    return otherFile ? 0 : m_count;
}

void PlanLateBadge::setCount(int count)
{
    const QString database = Storage::Database::path();
    const bool changed = count != m_count || database != m_database;
    m_database = database;
    m_count = count;
    m_age.start();
    if (changed)
        Widgets::PageBadges::notify();
}

void PlanLateBadge::start()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([]() -> Core::Result<int> {
        if (!Storage::Database::isOpen())
            return 0;
        Storage::Connection &c = Storage::Database::connection();
        return PlanLateCount::count(c, ProgressQuery::siteZone(c));
    }));
}

void PlanLateBadge::done()
{
    const Core::Result<int> counted = m_watcher.result();
    if (!counted) {
        qCWarning(lcProduction) << counted.error().toString();
        // Asked again at the next look, not at every one.
        m_age.start();
        return;
    }
    setCount(counted.value());
}

} // namespace Hearth::Production
