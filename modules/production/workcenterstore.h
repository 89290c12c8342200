#pragma once

#include "core/result.h"
#include "workcenter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Work centers, their calendars and their outages in the database. Writes run in the caller's
/// transaction, or in their own when none is open. All of it syncs, so every write is recorded
/// with Storage::ChangeLog: work centers, calendars (a day set is a change of its calendar,
/// whose days travel inside it) and outages, under the row's own id.
class WorkCenterStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::WorkCenterStore)

public:
    static Core::Result<QList<WorkCenter>> list(Storage::Connection &c, bool activeOnly = true);
    static std::optional<WorkCenter> findByCode(Storage::Connection &c, const QString &code);
    /// Checks code, name, kind and capacity; the id is made here unless the center has one
    /// (a shipped default's, the same on every desk: ProductionSetup).
    static Core::Result<WorkCenter> create(Storage::Connection &c, WorkCenter center,
                                           const QString &reason);
    static Core::Status update(Storage::Connection &c, const WorkCenter &center,
                               const QString &reason);

    /// A work calendar (work_calendars); hours as CalendarRules::parseHours reads them.
    /// Returns its id: `id` when given (a shipped default's), else a new one.
    static Core::Result<QString> createCalendar(Storage::Connection &c, const QString &code,
                                                const QString &name, const QString &nameEn,
                                                const QString &timeZone,
                                                const QString &workingDays, const QString &hours,
                                                bool siteHolidays, const QString &id = {});
    static std::optional<QString> calendarIdByCode(Storage::Connection &c, const QString &code);
    /// A holiday (hours ""), short day or overtime day of a calendar; replaces that date's row.
    static Core::Status setCalendarDay(Storage::Connection &c, const QString &calendarId,
                                       QDate day, const QString &hours, const QString &name);

    /// Outages that overlap [from, to) (UTC seconds).
    static Core::Result<QList<Outage>> outages(Storage::Connection &c, qint64 from, qint64 to);
    static Core::Result<Outage> addOutage(Storage::Connection &c, Outage outage);
    /// Leaves a tombstone, so that the outage goes on every desk it synced to.
    static Core::Status removeOutage(Storage::Connection &c, const QString &outageId);
};

} // namespace Hearth::Production
