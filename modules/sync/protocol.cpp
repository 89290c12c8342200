#include "protocol.h"

#include "synctables.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace Hearth::Sync {

namespace {

constexpr qsizetype MaxIdLength = 64;

const QStringList &ops()
{
    static const QStringList names{QStringLiteral("insert"), QStringLiteral("update"),
                                   QStringLiteral("delete")};
    return names;
}

std::optional<Outcome> outcomeOf(const QString &name)
{
    for (Outcome o : {Outcome::Applied, Outcome::Duplicate, Outcome::Conflict, Outcome::Refused,
                      Outcome::StatusRefused}) {
        if (Protocol::outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

bool isPlainValue(const QJsonValue &value)
{
    if (value.isString() || value.isBool() || value.isNull())
        return true;
    // Numbers are whole: money and quantities travel as integer micros or fen.
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= 9007199254740992.0;
    }
    return false;
}

} // namespace

qint64 Protocol::hlcMillis(const QString &hlc)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{13})-\\d{5}-[A-Za-z0-9._-]{1,40}$"));
    const QRegularExpressionMatch match = form.match(hlc);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QString Protocol::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::StatusRefused:
        return QStringLiteral("status_refused");
    }
    return {};
}

QJsonObject Protocol::pushJson(const QList<PushEntry> &entries)
{
    QJsonArray list;
    for (const PushEntry &e : entries) {
        QJsonObject entry{{QStringLiteral("change_id"), e.changeId},
                          {QStringLiteral("table"), e.table},
                          {QStringLiteral("row_id"), e.rowId},
                          {QStringLiteral("op"), e.op},
                          {QStringLiteral("hlc"), e.hlc},
                          {QStringLiteral("fields"), e.fields}};
        if (!e.nextStatuses.isEmpty())
            entry.insert(QStringLiteral("next_statuses"),
                         QJsonArray::fromStringList(e.nextStatuses));
        list.append(entry);
    }
    return {{QStringLiteral("entries"), list}};
}

QList<PushEntry> Protocol::readPush(const QJsonObject &body, QList<Problem> *problems)
{
    QList<PushEntry> entries;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("entries"))
            problems->append({it.key(), tr("unknown field")});
    }
    const QJsonValue list = body.value(QStringLiteral("entries"));
    if (!list.isArray()) {
        problems->append({QStringLiteral("entries"), tr("must be an array of changes")});
        return entries;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > MaxEntries) {
        problems->append({QStringLiteral("entries"),
                          tr("holds %1 changes; send at most %2 at a time")
                              .arg(array.size()).arg(MaxEntries)});
        return entries;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("entries[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems->append({at, tr("must be an object")});
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        static const QStringList known{QStringLiteral("change_id"), QStringLiteral("table"),
                                       QStringLiteral("row_id"), QStringLiteral("op"),
                                       QStringLiteral("hlc"), QStringLiteral("fields"),
                                       QStringLiteral("next_statuses")};
        for (auto f = o.begin(); f != o.end(); ++f) {
            if (!known.contains(f.key()))
                problems->append({at + u'.' + f.key(), tr("unknown field")});
        }
        PushEntry e;
        const auto text = [&](const QString &name, QString *out) {
            const QJsonValue v = o.value(name);
            if (!v.isString() || v.toString().isEmpty() || v.toString().size() > MaxIdLength) {
                problems->append({at + u'.' + name,
                                  tr("must be a text of 1 to %1 characters").arg(MaxIdLength)});
                return;
            }
            *out = v.toString();
        };
        text(QStringLiteral("change_id"), &e.changeId);
        text(QStringLiteral("row_id"), &e.rowId);
        text(QStringLiteral("hlc"), &e.hlc);
        text(QStringLiteral("op"), &e.op);
        if (!e.hlc.isEmpty() && hlcMillis(e.hlc) < 0) {
            problems->append({at + QStringLiteral(".hlc"),
                              tr("must be a hybrid clock time (milliseconds-counter-node)")});
        }
        if (!e.op.isEmpty() && !ops().contains(e.op)) {
            problems->append({at + QStringLiteral(".op"),
                              tr("must be insert, update or delete")});
        }
        e.table = o.value(QStringLiteral("table")).toString();
        if (!SyncTables::isSynced(e.table)) {
            problems->append({at + QStringLiteral(".table"),
                              tr("is not a table that syncs (%1)")
                                  .arg(SyncTables::tables().join(QStringLiteral(", ")))});
        }
        const QJsonValue next = o.value(QStringLiteral("next_statuses"));
        if (!next.isUndefined()) {
            const QJsonArray steps = next.toArray();
            bool good = next.isArray() && steps.size() <= MaxEntries;
            for (const QJsonValue &step : steps) {
                good = good && step.isString() && !step.toString().isEmpty()
                    && step.toString().size() <= MaxIdLength;
                e.nextStatuses.append(step.toString());
            }
            if (!good) {
                problems->append({at + QStringLiteral(".next_statuses"),
                                  tr("must be an array of statuses (texts of 1 to %1 "
                                     "characters)").arg(MaxIdLength)});
            }
        }
        const QJsonValue fields = o.value(QStringLiteral("fields"));
        const bool isDelete = e.op == QLatin1String("delete");
        if (!fields.isObject() && (!isDelete || !fields.isUndefined())) {
            problems->append({at + QStringLiteral(".fields"),
                              tr("must be an object of the row's fields")});
        }
        e.fields = fields.toObject();
        for (auto f = e.fields.begin(); f != e.fields.end(); ++f) {
            const QString where = at + QStringLiteral(".fields.") + f.key();
            if (SyncTables::isSynced(e.table) && !SyncTables::hasField(e.table, f.key()))
                problems->append({where, tr("is not a field of %1 that syncs").arg(e.table)});
            else if (!isPlainValue(f.value()))
                problems->append({where, tr("must be a text, a whole number, true, false or "
                                            "null")});
            else if (const QString wrong = SyncTables::valueProblem(e.table, f.key(), f.value());
                     !wrong.isEmpty())
                problems->append({where, wrong});
        }
        entries.append(e);
    }
    return entries;
}

QJsonObject Protocol::answerJson(const QList<PushResult> &results)
{
    QJsonArray list;
    for (const PushResult &r : results) {
        QJsonObject o{{QStringLiteral("change_id"), r.changeId},
                      {QStringLiteral("outcome"), outcomeName(r.outcome)},
                      {QStringLiteral("revision"), r.revision}};
        if (!r.serverFields.isEmpty())
            o.insert(QStringLiteral("server_fields"), r.serverFields);
        if (!r.detail.isEmpty())
            o.insert(QStringLiteral("detail"), r.detail);
        list.append(o);
    }
    return {{QStringLiteral("results"), list}};
}

bool Protocol::readAnswer(const QJsonObject &body, QList<PushResult> *results)
{
    const QJsonValue list = body.value(QStringLiteral("results"));
    if (!list.isArray())
        return false;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<Outcome> outcome =
            outcomeOf(o.value(QStringLiteral("outcome")).toString());
        const QString changeId = o.value(QStringLiteral("change_id")).toString();
        if (!outcome || changeId.isEmpty())
            return false;
        results->append({changeId, *outcome, o.value(QStringLiteral("revision")).toInteger(),
                         o.value(QStringLiteral("server_fields")).toObject(),
                         o.value(QStringLiteral("detail")).toString()});
    }
    return true;
}

QJsonObject Protocol::pageJson(const PullPage &page)
{
    QJsonArray list;
    for (const PulledChange &c : page.changes) {
        QJsonObject o{{QStringLiteral("revision"), c.revision},
                      {QStringLiteral("table"), c.table},
                      {QStringLiteral("row_id"), c.rowId},
                      {QStringLiteral("hlc"), c.hlc},
                      {QStringLiteral("deleted"), c.deleted},
                      {QStringLiteral("fields"), c.fields}};
        if (!c.fieldHlc.isEmpty())
            o.insert(QStringLiteral("field_hlc"), c.fieldHlc);
        if (c.gone)
            o.insert(QStringLiteral("gone"), true);
        list.append(o);
    }
    return {{QStringLiteral("changes"), list},
            {QStringLiteral("next"), page.next},
            {QStringLiteral("more"), page.more},
            {QStringLiteral("head"), page.head}};
}

bool Protocol::readPage(const QJsonObject &body, PullPage *page)
{
    const QJsonValue list = body.value(QStringLiteral("changes"));
    if (!list.isArray() || !body.value(QStringLiteral("next")).isDouble())
        return false;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        PulledChange c;
        c.revision = o.value(QStringLiteral("revision")).toInteger();
        c.table = o.value(QStringLiteral("table")).toString();
        c.rowId = o.value(QStringLiteral("row_id")).toString();
        c.hlc = o.value(QStringLiteral("hlc")).toString();
        c.deleted = o.value(QStringLiteral("deleted")).toBool();
        c.fields = o.value(QStringLiteral("fields")).toObject();
        c.fieldHlc = o.value(QStringLiteral("field_hlc")).toObject();
        c.gone = o.value(QStringLiteral("gone")).toBool();
        if (c.revision <= 0 || c.rowId.isEmpty() || c.hlc.isEmpty())
            return false;
        page->changes.append(c);
    }
    page->next = body.value(QStringLiteral("next")).toInteger();
    page->more = body.value(QStringLiteral("more")).toBool();
    // A server from before "head" sends none: the download then shows no fraction.
    page->head = body.value(QStringLiteral("head")).toInteger();
    return true;
}

} // namespace Hearth::Sync
