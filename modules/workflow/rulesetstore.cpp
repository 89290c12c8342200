#include "rulesetstore.h"

#include "reviewer.h"
#include "splitter.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Hearth::Workflow {

using Storage::Connection;
using Storage::Statement;

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Core::Result<RuleSet> parseStored(const QString &body, int version)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8());
    auto set = RuleSet::fromJson(doc.object());
    if (!set)
        return Core::Error{set.error().message, QStringLiteral("rule_sets v%1").arg(version)};
    set.value().version = version;
    return set;
}

Core::Status insertVersion(Connection &c, const RuleSet &set, int version, bool active,
                           const QString &comment)
{
    Statement &q = c.prepare(
        "INSERT INTO rule_sets(version, body, sha256, active, created_at, created_by, comment) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, version)
        .bind(2, QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact)))
        .bind(3, set.fingerprint())
        .bind(4, qint64(active))
        .bind(5, nowText())
        .bind(6, Storage::Database::currentUser())
        .bind(7, comment);
    if (!q.exec())
        return Core::Error{q.error(), QStringLiteral("rule_sets")};
    return {};
}

} // namespace

Core::Result<RuleSet> RuleSetStore::active()
{
    Connection &c = Storage::Database::connection();
    Statement &q = c.prepare("SELECT version, body FROM rule_sets WHERE active = 1");
    if (q.next()) {
        const int version = int(q.int64(0));
        const QString body = q.text(1);
        q.reset();
        return parseStored(body, version);
    }
    q.reset();

    auto shipped = RuleSet::builtIn();
    if (!shipped)
        return shipped.error();
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    Statement &count = c.prepare("SELECT COALESCE(MAX(version), 0) FROM rule_sets");
    int version = 1;
    if (count.next())
        version = int(count.int64(0)) + 1;
    count.reset();
    if (auto s = insertVersion(c, shipped.value(), version, true, tr("shipped rules")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    shipped.value().version = version;
    return shipped;
}

Core::Result<RuleSet> RuleSetStore::load(int version)
{
    Statement &q = Storage::Database::connection().prepare(
        "SELECT body FROM rule_sets WHERE version = ?");
    q.bind(1, version);
    if (!q.next()) {
        q.reset();
        return Core::Error{tr("there is no rule set version %1").arg(version), QString()};
    }
    const QString body = q.text(0);
    q.reset();
    return parseStored(body, version);
}

QList<RuleSetStore::Version> RuleSetStore::versions()
{
    QList<Version> list;
    Statement &q = Storage::Database::connection().prepare(
        "SELECT version, active, created_at, created_by, comment FROM rule_sets "
        "ORDER BY version DESC");
    while (q.next())
        list.append({int(q.int64(0)), q.int64(1) != 0, q.text(2), q.text(3), q.text(4)});
    q.reset();
    return list;
}

QList<Core::Error> RuleSetStore::validate(const RuleSet &set)
{
    QList<Core::Error> errors = Reviewer::validate(set);
    errors.append(Splitter::validate(set));
    return errors;
}

Core::Result<int> RuleSetStore::save(const RuleSet &set, const QString &comment)
{
    const QList<Core::Error> errors = validate(set);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const Core::Error &e : errors)
            lines.append(e.toString());
        return Core::Error{tr("the rules have %n problem(s):\n%1", nullptr, int(errors.size()))
                               .arg(lines.join(u'\n')),
                           QString()};
    }
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    Statement &count = c.prepare("SELECT COALESCE(MAX(version), 0) FROM rule_sets");
    int version = 1;
    if (count.next())
        version = int(count.int64(0)) + 1;
    count.reset();
    if (auto s = insertVersion(c, set, version, false, comment); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return version;
}

Core::Status RuleSetStore::activate(int version)
{
    auto set = load(version);
    if (!set)
        return set.error();
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    Statement &off = c.prepare("UPDATE rule_sets SET active = 0 WHERE active = 1");
    Statement &on = c.prepare("UPDATE rule_sets SET active = 1 WHERE version = ?");
    on.bind(1, version);
    if (!off.exec() || !on.exec())
        return Core::Error{off.error() + on.error(), QStringLiteral("rule_sets")};
    return tx.commit();
}

} // namespace Hearth::Workflow
