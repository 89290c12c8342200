#include "routingstore.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/writescope.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Hearth::Production {

using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;

Core::Result<QList<Routing>> RoutingStore::list(Connection &c)
{
    QList<Routing> routings;
    QHash<QString, qsizetype> byId;
    Statement &q = c.prepare("SELECT id, code, name, COALESCE(name_en, ''), "
                             "COALESCE(workshop, ''), product_types FROM routings "
                             "WHERE deleted = 0 ORDER BY code");
    while (q.next()) {
        Routing r;
        r.id = q.text(0);
        r.code = q.text(1);
        r.name = q.text(2);
        r.nameEn = q.text(3);
        r.workshop = q.text(4);
        for (const QString &t : q.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.productTypes.append(t.trimmed());
        byId.insert(r.id, routings.size());
        routings.append(r);
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "routings");
    q.reset();

    Statement &steps = c.prepare(
        "SELECT routing_id, seq, work_center_id, name, COALESCE(name_en, ''), "
        "run_seconds_per_part, run_seconds_per_m2, setup_seconds FROM routing_steps "
        "ORDER BY routing_id, seq");
    while (steps.next()) {
        const auto it = byId.constFind(steps.text(0));
        if (it == byId.constEnd())
            continue;
        routings[*it].steps.append({int(steps.int64(1)), steps.text(2), steps.text(3),
                                    steps.text(4), steps.int64(5), steps.int64(6),
                                    steps.int64(7)});
    }
    if (Workflow::Internal::stepFailed(steps))
        return dbError(steps, "routing_steps");
    steps.reset();
    return routings;
}

Core::Result<Routing> RoutingStore::create(Connection &c, Routing r)
{
    const QString where = tr("routing %1").arg(r.code);
    if (r.code.trimmed().isEmpty() || r.name.trimmed().isEmpty())
        return Core::Error{tr("a routing needs a code and a name"), where};
    if (r.steps.isEmpty())
        return Core::Error{tr("a routing needs at least one step"), where};
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    if (r.id.isEmpty())
        r.id = Workflow::Internal::newId();
    const QString now = Workflow::Internal::nowIso();
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "INSERT INTO routings(id, code, name, name_en, workshop, product_types, created_at, "
        "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.id)
        .bind(2, r.code)
        .bind(3, r.name)
        .bind(4, r.nameEn.isEmpty() ? QString() : r.nameEn)
        .bind(5, r.workshop.isEmpty() ? QString() : r.workshop)
        .bind(6, r.productTypes.isEmpty() ? QStringLiteral("")
                                          : r.productTypes.join(QLatin1Char(',')))
        .bind(7, now)
        .bind(8, now)
        .bind(9, hlc);
    if (!q.exec())
        return dbError(q, "routings");
    QJsonArray stepsJson;
    for (qsizetype i = 0; i < r.steps.size(); ++i) {
        RoutingStep &s = r.steps[i];
        if (s.seq <= 0)
            s.seq = int(i + 1) * 10;
        if (s.workCenterId.isEmpty() || s.name.trimmed().isEmpty())
            return Core::Error{tr("step %1 needs a work center and a name").arg(i + 1), where};
        if (s.runSecondsPerPart < 0 || s.runSecondsPerM2 < 0 || s.setupSeconds < 0)
            return Core::Error{tr("step %1: times cannot be negative").arg(i + 1), where};
        // A step's id is its routing's and its number, the same on every desk.
        Statement &step = c.prepare(
            "INSERT INTO routing_steps(routing_id, seq, work_center_id, name, name_en, "
            "run_seconds_per_part, run_seconds_per_m2, setup_seconds, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        step.bind(1, r.id)
            .bind(2, s.seq)
            .bind(3, s.workCenterId)
            .bind(4, s.name)
            .bind(5, s.nameEn.isEmpty() ? QString() : s.nameEn)
            .bind(6, s.runSecondsPerPart)
            .bind(7, s.runSecondsPerM2)
            .bind(8, s.setupSeconds)
            .bind(9, r.id + u'/' + QString::number(s.seq));
        if (!step.exec())
            return dbError(step, "routing_steps");
        stepsJson.append(QJsonObject{{QStringLiteral("seq"), s.seq},
                                     {QStringLiteral("work_center_id"), s.workCenterId},
                                     {QStringLiteral("name"), s.name}});
    }
    const QJsonObject after{{QStringLiteral("id"), r.id},
                            {QStringLiteral("code"), r.code},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("workshop"), r.workshop},
                            {QStringLiteral("product_types"),
                             r.productTypes.join(QLatin1Char(','))},
                            {QStringLiteral("steps"), stepsJson}};
    using Storage::ChangeLog;
    if (Core::Status s = ChangeLog::record(
            c, {QStringLiteral("routings"), r.id, ChangeLog::Op::Insert, {}, after, hlc, {}});
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return r;
}

const Routing *RoutingStore::choose(const QList<Routing> &routings, const QString &workshop,
                                    const QStringList &productTypes)
{
    for (const QString &type : productTypes) {
        for (const Routing &r : routings) {
            if (r.workshop == workshop && r.productTypes.contains(type))
                return &r;
        }
    }
    for (const Routing &r : routings) {
        if (r.workshop == workshop && r.productTypes.isEmpty())
            return &r;
    }
    return nullptr;
}

} // namespace Hearth::Production
