#include "defaultsetup.h"

#include "catalogue.h"
#include "orgunits.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workcalendar.h"
#include "writescope.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hearth::Workflow {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Hearth::Workflow::DefaultSetup", source);
}

bool isEmpty(Storage::Connection &c, const char *sql)
{
    Storage::Statement &q = c.prepare(sql);
    const bool empty = q.next() && q.int64(0) == 0;
    q.reset();
    return empty;
}

Core::Status seedUnits(Storage::Connection &c)
{
    const QString path = QStringLiteral(":/hearth/org/units.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{text(QT_TRANSLATE_NOOP("Hearth::Workflow::DefaultSetup",
                                               "the default organisation is missing")),
                           path};
    const QJsonArray units =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("units")).toArray();
    QHash<QString, QString> idByCode;
    for (int i = 0; i < units.size(); ++i) {
        const QJsonObject o = units[i].toObject();
        OrgUnit unit;
        const auto kind = OrgUnits::kindFromCode(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return Core::Error{text(QT_TRANSLATE_NOOP("Hearth::Workflow::DefaultSetup",
                                                   "unknown unit kind")),
                               QStringLiteral("%1: units[%2].kind").arg(path).arg(i)};
        unit.kind = *kind;
        unit.code = o.value(QLatin1String("code")).toString();
        unit.name = o.value(QLatin1String("name")).toString();
        unit.parentId = idByCode.value(o.value(QLatin1String("parent")).toString());
        const QString why = text(QT_TRANSLATE_NOOP("Hearth::Workflow::DefaultSetup",
                                                   "default organisation"));
        auto created = OrgUnits::create(c, unit, why);
        if (!created)
            return created.error();
        idByCode.insert(unit.code, created->id);
    }
    return {};
}

} // namespace

Core::Status DefaultSetup::ensure(Storage::Connection &c, int year)
{
    const bool noUnits = isEmpty(c, "SELECT COUNT(*) FROM org_units");
    const bool noCatalogue = isEmpty(c, "SELECT COUNT(*) FROM catalogue_entries");
    const bool noDays = isEmpty(c, "SELECT COUNT(*) FROM calendar_days");
    if (!noUnits && !noCatalogue && !noDays)
        return {};
    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    if (noUnits) {
        if (auto s = seedUnits(c); !s)
            return s;
    }
    if (noCatalogue) {
        if (auto seeded = Catalogue::importDirectory(c); !seeded)
            return seeded.error();
    }
    if (noDays) {
        for (int y : {year, year + 1}) {
            const QByteArray days = WorkCalendar::builtInHolidays(y);
            if (days.isEmpty())
                continue;
            if (auto imported = WorkCalendar::importHolidays(c, days); !imported)
                return imported.error();
        }
    }
    return scope.finish();
}

} // namespace Hearth::Workflow
