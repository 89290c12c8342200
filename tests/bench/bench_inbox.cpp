// bench_inbox: the task inbox (任务箱) over 100,000 tasks of 201 people, as a desk holds them
// after a year: the first page of "mine" and "my team", page 100 of "all", the count of "all"
// and the navigation's counts, each the mean of --runs reads, beside the same page read by a
// plain SQLite statement on the same table ordered by the due date.
//
//   bench_inbox [--tasks N] [--runs N]
//
// Figures: inbox_mine_page_ms, inbox_team_page_ms, inbox_all_page100_ms, inbox_all_count_ms,
// inbox_counts_ms, each vs raw_sqlite_page_ms.

#include "benchreport.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/taskquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>
#include <functional>

using namespace Hearth;
using Bench::Report::note;
using Bench::Report::versus;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString addUser(int n, const char *role)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, QStringLiteral("u%1").arg(n)).bind(3, QStringLiteral("User %1").arg(n));
    q.bind(4, QLatin1String(role));
    q.exec();
    q.reset();
    return id;
}

/// Mean milliseconds of runs calls; the last result in *rows.
double meanMs(int runs, const std::function<qint64()> &read, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        *rows = read();
    return double(timer.nsecsElapsed()) / 1e6 / runs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int tasks = 100000;
    int runs = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--tasks"))
            tasks = std::max(1000, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir dir;
    if (!Storage::Database::open(dir.filePath(QStringLiteral("inbox.db")))) {
        std::fprintf(stderr, "bench_inbox: cannot open the database\n");
        return 1;
    }
    QStringList users;
    for (int i = 0; i < 200; ++i)
        users.append(addUser(i, i % 2 ? "finance" : "planner"));
    const QString me = addUser(999, "finance");
    users.append(me);
    const QDateTime now(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc());
    {
        Storage::Transaction tx(db());
        Storage::Statement &q = db().prepare(
            "INSERT INTO tasks(id, hlc, order_id, task_key, kind, title, status, role, unit_id, "
            "assignee_id, due_at, created_at, updated_at) "
            "VALUES (?, 'h', NULL, ?, 'work_order', ?, ?, 'finance', NULL, ?, ?, 'c', 'c')");
        const char *statuses[] = {"open", "claimed", "started", "done", "cancelled"};
        for (int i = 0; i < tasks; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const bool pooled = i % 10 == 0;
            q.bind(1, id).bind(2, id).bind(3, QStringLiteral("task %1").arg(i));
            q.bind(4, QLatin1String(statuses[pooled ? 0 : i % 5]));
            q.bind(5, pooled ? QString() : users[i % users.size()]);
            q.bind(6, now.addSecs(qint64(i % 2000 - 1000) * 3600).toString(Qt::ISODateWithMs));
            q.exec();
            q.reset();
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "bench_inbox: cannot write the tasks\n");
            return 1;
        }
    }
    note(QStringLiteral("%1 tasks of %2 people, %3 reads each").arg(tasks).arg(users.size())
             .arg(runs));

    Workflow::InboxFilter filter;
    filter.now = now;
    using Workflow::InboxScope;
    using Workflow::TaskQuery;
    qint64 rows = 0;
    // The reference: a page of one user's active tasks by due date, as plain SQL.
    const double raw = meanMs(runs, [&] {
        Storage::Statement &q = db().prepare(
            "SELECT id, title, status, due_at FROM tasks WHERE assignee_id = ? AND status IN "
            "('open', 'claimed', 'started') AND deleted = 0 ORDER BY due_at LIMIT 100");
        q.bind(1, me);
        qint64 n = 0;
        while (q.next())
            ++n;
        q.reset();
        return n;
    }, &rows);
    const struct
    {
        const char *name;
        std::function<qint64()> read;
    } cases[] = {
        {"inbox_mine_page_ms",
         [&] {
             return qint64(TaskQuery::inbox(db(), me, InboxScope::Mine, filter, 0, 100).size());
         }},
        {"inbox_team_page_ms",
         [&] {
             return qint64(TaskQuery::inbox(db(), me, InboxScope::Team, filter, 0, 100).size());
         }},
        {"inbox_all_page100_ms",
         [&] {
             return qint64(TaskQuery::inbox(db(), me, InboxScope::All, filter, 9900, 100).size());
         }},
        {"inbox_all_count_ms",
         [&] { return TaskQuery::count(db(), me, InboxScope::All, filter); }},
        {"inbox_counts_ms", [&] { return TaskQuery::counts(db(), me, now).mine; }},
    };
    for (const auto &c : cases) {
        const double ms = meanMs(runs, c.read, &rows);
        if (rows <= 0) {
            std::fprintf(stderr, "bench_inbox: %s read nothing\n", c.name);
            return 1;
        }
        versus(QLatin1String(c.name), ms, QStringLiteral("raw_sqlite_page_ms"), raw,
               QStringLiteral("ms"));
    }
    Storage::Database::close();
    return 0;
}
