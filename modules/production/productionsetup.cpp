#include "productionsetup.h"

#include "logging.h"
#include "routingstore.h"
#include "storage/database.h"
#include "workcenterstore.h"
#include "workflow/writescope.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hearth::Production {

using Storage::Connection;

namespace {

Core::Result<QJsonArray> readList(const char *file, const char *key)
{
    const QString path = QStringLiteral(":/hearth/production/") + QLatin1String(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Core::Error{ProductionSetup::tr("the default production data is missing"), path};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    const QJsonValue list = doc.object().value(QLatin1String(key));
    if (error.error != QJsonParseError::NoError || !list.isArray())
        return Core::Error{ProductionSetup::tr("not a list of \"%1\"").arg(QLatin1String(key)),
                           path};
    return list.toArray();
}

QString where(const char *file, const char *key, qsizetype i)
{
    return QStringLiteral("resources/production/%1: %2[%3]")
        .arg(QLatin1String(file), QLatin1String(key))
        .arg(i);
}

Core::Result<QHash<QString, QString>> seedCalendars(Connection &c)
{
    const auto list = readList("calendars.json", "calendars");
    if (!list)
        return list.error();
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject o = list->at(i).toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        auto id = WorkCenterStore::createCalendar(
            c, code, o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("name_en")).toString(),
            o.value(QLatin1String("time_zone")).toString(),
            o.value(QLatin1String("working_days")).toString(),
            o.value(QLatin1String("hours")).toString(),
            o.value(QLatin1String("site_holidays")).toBool(true),
            Workflow::Internal::keyedId(QStringLiteral("work_calendars"), code));
        if (!id)
            return Core::Error{id.error().message, where("calendars.json", "calendars", i)};
        const QJsonArray days = o.value(QLatin1String("days")).toArray();
        for (const QJsonValue &d : days) {
            const QJsonObject day = d.toObject();
            const QDate date = QDate::fromString(day.value(QLatin1String("date")).toString(),
                                                 Qt::ISODate);
            if (auto s = WorkCenterStore::setCalendarDay(
                    c, id.value(), date, day.value(QLatin1String("hours")).toString(),
                    day.value(QLatin1String("name")).toString());
                !s)
                return Core::Error{s.error().message, where("calendars.json", "calendars", i)};
        }
        ids.insert(code, id.value());
    }
    return ids;
}

Core::Result<QHash<QString, QString>> seedCenters(Connection &c,
                                                  const QHash<QString, QString> &calendars)
{
    const auto list = readList("work_centers.json", "work_centers");
    if (!list)
        return list.error();
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject o = list->at(i).toObject();
        WorkCenter w;
        w.code = o.value(QLatin1String("code")).toString();
        w.id = Workflow::Internal::keyedId(QStringLiteral("work_centers"), w.code);
        w.name = o.value(QLatin1String("name")).toString();
        w.nameEn = o.value(QLatin1String("name_en")).toString();
        w.kind = o.value(QLatin1String("kind")).toString();
        w.capacity = o.value(QLatin1String("capacity")).toInt(1);
        const QString calendar = o.value(QLatin1String("calendar")).toString();
        if (!calendar.isEmpty() && !calendars.contains(calendar))
            return Core::Error{ProductionSetup::tr("no calendar \"%1\" in calendars.json")
                                   .arg(calendar),
                               where("work_centers.json", "work_centers", i)};
        w.calendarId = calendars.value(calendar);
        w.setupSeconds = o.value(QLatin1String("setup_seconds")).toInteger();
        w.changeoverSeconds = o.value(QLatin1String("changeover_seconds")).toInteger();
        w.setupByMaterial = o.value(QLatin1String("setup_by_material")).toBool();
        w.rateFenPerHour = o.value(QLatin1String("rate_fen_per_hour")).toInteger();
        auto created = WorkCenterStore::create(c, w, ProductionSetup::tr("default work centers"));
        if (!created)
            return Core::Error{created.error().message,
                               where("work_centers.json", "work_centers", i)};
        ids.insert(w.code, created->id);
    }
    return ids;
}

Core::Status seedRoutings(Connection &c, const QHash<QString, QString> &centers)
{
    const auto list = readList("routings.json", "routings");
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject o = list->at(i).toObject();
        Routing r;
        r.code = o.value(QLatin1String("code")).toString();
        r.id = Workflow::Internal::keyedId(QStringLiteral("routings"), r.code);
        r.name = o.value(QLatin1String("name")).toString();
        r.nameEn = o.value(QLatin1String("name_en")).toString();
        r.workshop = o.value(QLatin1String("workshop")).toString();
        for (const QJsonValue &t : o.value(QLatin1String("product_types")).toArray())
            r.productTypes.append(t.toString());
        const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
        for (qsizetype k = 0; k < steps.size(); ++k) {
            const QJsonObject s = steps[k].toObject();
            const QString center = s.value(QLatin1String("work_center")).toString();
            if (!centers.contains(center))
                return Core::Error{ProductionSetup::tr("step %1: no work center \"%2\"")
                                       .arg(k + 1)
                                       .arg(center),
                                   where("routings.json", "routings", i)};
            r.steps.append({int(k + 1) * 10, centers.value(center),
                            s.value(QLatin1String("name")).toString(),
                            s.value(QLatin1String("name_en")).toString(),
                            s.value(QLatin1String("run_seconds_per_part")).toInteger(),
                            s.value(QLatin1String("run_seconds_per_m2")).toInteger(),
                            s.value(QLatin1String("setup_seconds")).toInteger()});
        }
        if (auto created = RoutingStore::create(c, r); !created)
            return Core::Error{created.error().message, where("routings.json", "routings", i)};
    }
    return {};
}

} // namespace

Core::Status ProductionSetup::ensure(Connection &c)
{
    Storage::Statement &count = c.prepare("SELECT COUNT(*) FROM work_centers");
    const bool empty = count.next() && count.int64(0) == 0;
    count.reset();
    if (!empty)
        return {};
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    const auto calendars = seedCalendars(c);
    if (!calendars)
        return calendars.error();
    const auto centers = seedCenters(c, calendars.value());
    if (!centers)
        return centers.error();
    if (auto s = seedRoutings(c, centers.value()); !s)
        return s;
    if (auto s = scope.finish(); !s)
        return s;
    qCInfo(lcProduction) << "default production data written:" << centers->size()
                         << "work centers";
    return {};
}

} // namespace Hearth::Production
