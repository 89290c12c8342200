#include "workflowcommands.h"

#include "cliutil.h"
#include "commands.h"
#include "core/money.h"
#include "orders/orderrepository.h"
#include "progressbar.h"
#include "storage/database.h"
#include "users/roles.h"
#include "users/userstore.h"
#include "workflow/approvalstore.h"
#include "workflow/defaultsetup.h"
#include "workflow/definitionstore.h"
#include "workflow/processdefinition.h"
#include "workflow/dryrun.h"
#include "workflow/orderremoval.h"
#include "workflow/orgunits.h"
#include "workflow/processengine.h"
#include "workflow/rulesetstore.h"
#include "workflow/taskquery.h"
#include "workflow/taskstore.h"
#include "workflow/workcalendar.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Hearth::Cli {

namespace {

using Workflow::ProcessEngine;

bool prepareEngine(ProcessEngine &engine, const QString &now, int *code)
{
    if (!now.isEmpty()) {
        const QDateTime at = QDateTime::fromString(now, Qt::ISODate);
        if (!at.isValid()) {
            err() << tr("hearthctl: --now takes a time such as 2026-12-04T09:00:00+08:00")
                  << "\n";
            *code = Usage;
            return false;
        }
        engine.setNow(at.toUTC());
    }
    if (const Core::Status s = engine.prepare(); !s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        *code = Failed;
        return false;
    }
    return true;
}

void printStep(const Workflow::OrderStep &step)
{
    out() << step.orderNo << ": " << (step.fromState.isEmpty() ? QStringLiteral("-")
                                                                : step.fromState)
          << " → " << step.toState << "\n";
    for (const QString &e : step.events)
        out() << "  " << e << "\n";
}

std::optional<Users::User> userNamed(const QString &name, int *code)
{
    const auto user = Users::UserStore::find(name);
    if (!user || !user->active) {
        err() << tr("hearthctl: there is no active user \"%1\"").arg(name) << "\n";
        *code = NotFound;
        return std::nullopt;
    }
    return user;
}

} // namespace

int cmdOrderRemoval(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = QStringLiteral("orders ") + sub;
    Parsed p;
    QCommandLineOption reason(QStringLiteral("reason"),
                              tr("Why, for the timeline and the audit trail (required)."),
                              QStringLiteral("TEXT"));
    p.parser.addOptions({reason});
    p.parser.addPositionalArgument(QStringLiteral("ORDER_NO"), tr("The order's number."));
    int code = Ok;
    if (!parse(p, rest, sub == QLatin1String("delete")
                            ? tr("hearthctl orders delete ORDER_NO --reason TEXT: delete an "
                                 "order entered by mistake (nothing done on it yet); it is "
                                 "deleted on every desk at the next sync.")
                            : tr("hearthctl orders cancel ORDER_NO --reason TEXT: cancel (作废) "
                                 "an order not yet in production; its open tasks are "
                                 "cancelled."),
               &code))
        return code;
    const QStringList numbers = p.parser.positionalArguments();
    if (numbers.size() != 1 || p.parser.value(reason).trimmed().isEmpty()) {
        err() << tr("hearthctl orders %1: give one order number and --reason").arg(sub) << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    const auto found = Orders::OrderRepository::loadByOrderNo(numbers.first());
    if (!found) {
        err() << tr("hearthctl: no order %1").arg(numbers.first()) << "\n";
        return NotFound;
    }
    ProcessEngine engine;
    if (!prepareEngine(engine, QString(), &code))
        return code;
    const Core::Result<QString> done =
        sub == QLatin1String("delete")
            ? Workflow::OrderRemoval::remove(engine, found->id, p.parser.value(reason))
            : Workflow::OrderRemoval::cancel(engine, found->id, p.parser.value(reason));
    if (!done) {
        err() << tr("hearthctl: %1").arg(done.error().message) << "\n";
        return Failed;
    }
    out() << *done << "\n";
    return Ok;
}

int cmdProcess(const QStringList &args)
{
    Parsed p;
    QCommandLineOption order(QStringLiteral("order"), tr("Only this order (its number)."),
                             QStringLiteral("NO"));
    QCommandLineOption event(QStringLiteral("event"),
                             tr("An event for the order: resubmit, cancel, production_done, "
                                "shipped, installed, paid, ..."),
                             QStringLiteral("EVENT"));
    QCommandLineOption reason(QStringLiteral("reason"), tr("Why, for the timeline."),
                              QStringLiteral("TEXT"));
    QCommandLineOption now(QStringLiteral("now"),
                           tr("Count deadlines from this time instead of the clock's."),
                           QStringLiteral("TIME"));
    p.parser.addOptions({order, event, reason, now});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl process: run the process engine over the orders that "
                           "wait for it (review, approvals, split into tasks, amendments), or "
                           "handle an event on one order."), &code))
        return code;
    if (p.parser.isSet(event) && !p.parser.isSet(order)) {
        err() << tr("hearthctl process: --event needs --order") << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    ProcessEngine engine;
    if (!prepareEngine(engine, p.parser.value(now), &code))
        return code;

    if (p.parser.isSet(order)) {
        const auto found = Orders::OrderRepository::loadByOrderNo(p.parser.value(order));
        if (!found) {
            err() << tr("hearthctl: no order %1").arg(p.parser.value(order)) << "\n";
            return NotFound;
        }
        const auto step = engine.fire(found->id, p.parser.value(event), p.parser.value(reason));
        if (!step) {
            err() << tr("hearthctl: %1").arg(step.error().toString()) << "\n";
            return Failed;
        }
        printStep(step.value());
        return Ok;
    }

    ProgressBar bar;
    const auto run = engine.runWaiting([&bar](int done, int total) {
        bar.update(total > 0 ? done * 1000 / total : 1000, tr("orders"));
    });
    bar.finish();
    if (!run) {
        err() << tr("hearthctl: %1").arg(run.error().toString()) << "\n";
        return Failed;
    }
    const Workflow::EngineRun &r = run.value();
    for (const Core::Error &e : r.errors)
        err() << e.toString() << "\n";
    out() << tr("%1 orders looked at: %2 moved on, %3 held by review, %4 waiting for approval, "
                "%5 split, %6 amended; %7 tasks created; %8 failed.")
                 .arg(r.orders).arg(r.moved).arg(r.held).arg(r.awaitingApproval).arg(r.split)
                 .arg(r.amended).arg(r.tasksCreated).arg(r.errors.size())
          << "\n";
    return r.errors.isEmpty() ? Ok : Failed;
}

int cmdRules(const QStringList &args)
{
    Parsed p;
    QCommandLineOption from(QStringLiteral("from"), tr("First signing date of the dry run."),
                            QStringLiteral("DATE"));
    QCommandLineOption to(QStringLiteral("to"), tr("Last signing date of the dry run."),
                          QStringLiteral("DATE"));
    QCommandLineOption rulesDir(QStringLiteral("rules"),
                                tr("The candidate rules: a folder with review.json, split.json "
                                   "and templates/ (default: the newest saved version)."),
                                QStringLiteral("DIR"));
    QCommandLineOption comment(QStringLiteral("comment"), tr("Why the rules changed."),
                               QStringLiteral("TEXT"));
    p.parser.addOptions({from, to, rulesDir, comment});
    p.parser.addPositionalArgument(QStringLiteral("action"),
                                   tr("list, export DIR, check DIR, save DIR, activate N or "
                                      "dry-run"));
    int code = Ok;
    if (!parse(p, args, tr("hearthctl rules: the review and split rules — list the versions, "
                           "export the active one to a folder to edit, check and save an "
                           "edited folder as a new version, activate a version, and dry-run a "
                           "candidate over the orders of a period."), &code))
        return code;
    const QStringList pos = p.parser.positionalArguments();
    const QString action = pos.value(0);
    const bool needsDir = action == QLatin1String("export") || action == QLatin1String("check")
        || action == QLatin1String("save");
    if (action.isEmpty() || (needsDir && pos.size() < 2)
        || (action == QLatin1String("activate") && pos.size() < 2)) {
        err() << tr("hearthctl rules: give list, export DIR, check DIR, save DIR, activate N or "
                    "dry-run --from DATE --to DATE")
              << "\n";
        return Usage;
    }
    if (action == QLatin1String("check")) {
        const auto set = Workflow::RuleSet::fromDirectory(pos[1]);
        if (!set) {
            err() << set.error().toString() << "\n";
            return Failed;
        }
        const QList<Core::Error> errors = Workflow::RuleSetStore::validate(set.value());
        for (const Core::Error &e : errors)
            err() << e.toString() << "\n";
        if (!errors.isEmpty())
            return Failed;
        out() << tr("%1: the rules are valid.").arg(pos[1]) << "\n";
        return Ok;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    const auto active = Workflow::RuleSetStore::active();
    if (!active) {
        err() << tr("hearthctl: %1").arg(active.error().toString()) << "\n";
        return Failed;
    }
    if (action == QLatin1String("list")) {
        for (const auto &v : Workflow::RuleSetStore::versions()) {
            out() << v.version << (v.active ? QStringLiteral(" *") : QStringLiteral("  ")) << '\t'
                  << v.createdAt << '\t' << v.createdBy << '\t' << v.comment << "\n";
        }
        return Ok;
    }
    if (action == QLatin1String("export")) {
        if (const Core::Status s = active->writeDirectory(pos[1]); !s) {
            err() << s.error().toString() << "\n";
            return Failed;
        }
        out() << tr("Rule set version %1 written to %2.").arg(active->version).arg(pos[1])
              << "\n";
        return Ok;
    }
    if (action == QLatin1String("save")) {
        const auto set = Workflow::RuleSet::fromDirectory(pos[1]);
        if (!set) {
            err() << set.error().toString() << "\n";
            return Failed;
        }
        const auto version = Workflow::RuleSetStore::save(set.value(), p.parser.value(comment));
        if (!version) {
            err() << version.error().toString() << "\n";
            return Failed;
        }
        out() << tr("Saved as rule set version %1; it is not active until 'hearthctl rules "
                    "activate %1'.").arg(version.value())
              << "\n";
        return Ok;
    }
    if (action == QLatin1String("activate")) {
        bool ok = false;
        const int version = pos[1].toInt(&ok);
        if (!ok) {
            err() << tr("hearthctl rules activate: give a version number") << "\n";
            return Usage;
        }
        if (const Core::Status s = Workflow::RuleSetStore::activate(version); !s) {
            err() << s.error().toString() << "\n";
            return Failed;
        }
        out() << tr("Rule set version %1 is active; new splits and reviews use it.").arg(version)
              << "\n";
        return Ok;
    }
    if (action != QLatin1String("dry-run")) {
        err() << tr("hearthctl rules: unknown action \"%1\"").arg(action) << "\n";
        return Usage;
    }
    const QDate fromDate = QDate::fromString(p.parser.value(from), Qt::ISODate);
    const QDate toDate = QDate::fromString(p.parser.value(to), Qt::ISODate);
    if (!fromDate.isValid() || !toDate.isValid()) {
        err() << tr("hearthctl rules dry-run: give --from and --to as YYYY-MM-DD") << "\n";
        return Usage;
    }
    if (fromDate > toDate) {
        err() << tr("hearthctl rules dry-run: --from (%1) is after --to (%2)")
                     .arg(fromDate.toString(Qt::ISODate), toDate.toString(Qt::ISODate))
              << "\n";
        return Usage;
    }
    Workflow::RuleSet candidate;
    if (p.parser.isSet(rulesDir)) {
        const auto set = Workflow::RuleSet::fromDirectory(p.parser.value(rulesDir));
        if (!set) {
            err() << tr("hearthctl: %1").arg(set.error().toString()) << "\n";
            return Failed;
        }
        candidate = set.value();
    } else {
        const auto versions = Workflow::RuleSetStore::versions();
        if (versions.isEmpty() || versions.first().active) {
            err() << tr("hearthctl rules dry-run: no saved version newer than the active one; "
                        "give --rules DIR")
                  << "\n";
            return Usage;
        }
        const auto set = Workflow::RuleSetStore::load(versions.first().version);
        if (!set) {
            err() << tr("hearthctl: %1").arg(set.error().toString()) << "\n";
            return Failed;
        }
        candidate = set.value();
    }
    ProgressBar bar;
    const auto report = Workflow::DryRun::run(
        fromDate, toDate, active.value(), candidate, [&bar](int done, int total) {
            bar.update(total > 0 ? done * 1000 / total : 1000, tr("orders"));
        });
    bar.finish();
    if (!report) {
        err() << tr("hearthctl: %1").arg(report.error().toString()) << "\n";
        return Failed;
    }
    out() << Workflow::DryRun::toText(report.value());
    return Ok;
}

int cmdProcesses(const QStringList &args)
{
    Parsed p;
    p.parser.addPositionalArgument(QStringLiteral("action"),
                                   tr("list, export CODE FILE, check FILE, save FILE or "
                                      "activate ID"));
    int code = Ok;
    if (!parse(p, args, tr("hearthctl processes: the process definitions — list the stored "
                           "versions, export the active one of a code to a file to edit, check "
                           "and save an edited file as the next version (new orders start with "
                           "it; orders already started keep theirs), activate an older "
                           "version."), &code))
        return code;
    const QStringList pos = p.parser.positionalArguments();
    const QString action = pos.value(0);
    const int needs = action == QLatin1String("export") ? 3
        : action == QLatin1String("list")                ? 1
                                                         : 2;
    if (action.isEmpty() || pos.size() < needs) {
        err() << tr("hearthctl processes: give list, export CODE FILE, check FILE, save FILE or "
                    "activate ID")
              << "\n";
        return Usage;
    }
    if (action == QLatin1String("check")) {
        const auto definition = Workflow::ProcessDefinition::fromFile(pos[1]);
        if (!definition) {
            err() << definition.error().toString() << "\n";
            return Failed;
        }
        const QList<Core::Error> errors = definition->validate();
        for (const Core::Error &e : errors)
            err() << e.toString() << "\n";
        if (!errors.isEmpty())
            return Failed;
        out() << tr("%1: %2 is valid.").arg(pos[1], definition->label()) << "\n";
        return Ok;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    Storage::Connection &c = Storage::Database::connection();
    if (const Core::Status s = Workflow::DefinitionStore::installBuiltIns(c); !s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        return Failed;
    }
    if (action == QLatin1String("list")) {
        for (const auto &v : Workflow::DefinitionStore::versions(c)) {
            out() << v.id << (v.active ? QStringLiteral(" *") : QStringLiteral("  ")) << '\t'
                  << QCoreApplication::translate("Hearth::Cli", "%n order(s)", nullptr,
                                                 int(v.orders))
                  << '\t' << v.createdAt << '\t'
                  << v.createdBy << "\n";
        }
        return Ok;
    }
    if (action == QLatin1String("export")) {
        const auto active = Workflow::DefinitionStore::active(c);
        if (!active) {
            err() << active.error().toString() << "\n";
            return Failed;
        }
        for (const Workflow::ProcessDefinition &d : active.value()) {
            if (d.code() != pos[1])
                continue;
            QFile file(pos[2]);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                err() << tr("%1: %2").arg(pos[2], file.errorString()) << "\n";
                return Failed;
            }
            file.write(QJsonDocument(d.rawJson()).toJson(QJsonDocument::Indented));
            out() << tr("%1 written to %2.").arg(d.label(), pos[2]) << "\n";
            return Ok;
        }
        err() << tr("hearthctl processes: no process \"%1\"").arg(pos[1]) << "\n";
        return NotFound;
    }
    if (action == QLatin1String("save")) {
        QFile file(pos[1]);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("%1: %2").arg(pos[1], file.errorString()) << "\n";
            return Failed;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            err() << tr("%1: not a JSON object (%2)").arg(pos[1], error.errorString()) << "\n";
            return Failed;
        }
        const auto id = Workflow::DefinitionStore::save(c, doc.object());
        if (!id) {
            err() << id.error().toString() << "\n";
            return Failed;
        }
        out() << tr("Saved as %1; new orders start with it.").arg(id.value()) << "\n";
        return Ok;
    }
    if (action == QLatin1String("activate")) {
        if (const Core::Status s = Workflow::DefinitionStore::activate(c, pos[1]); !s) {
            err() << s.error().toString() << "\n";
            return Failed;
        }
        out() << tr("%1 is active; new orders start with it.").arg(pos[1]) << "\n";
        return Ok;
    }
    err() << tr("hearthctl processes: unknown action \"%1\"").arg(action) << "\n";
    return Usage;
}

int cmdTasks(const QStringList &args)
{
    Parsed p;
    QCommandLineOption user(QStringLiteral("user"),
                            tr("Only the tasks of this user (their own and their pools')."),
                            QStringLiteral("NAME"));
    QCommandLineOption overdue(QStringLiteral("overdue"), tr("Only overdue tasks."));
    QCommandLineOption order(QStringLiteral("order"), tr("Only the tasks of this order."),
                             QStringLiteral("NO"));
    QCommandLineOption all(QStringLiteral("all"), tr("Done and cancelled tasks too."));
    QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 100)."),
                             QStringLiteral("N"), QStringLiteral("100"));
    p.parser.addOptions({user, overdue, order, all, limit});
    p.parser.addPositionalArgument(QStringLiteral("escalate"),
                                   tr("Escalate overdue tasks to their leads."));
    int code = Ok;
    if (!parse(p, args, tr("hearthctl tasks: list tasks, due and overdue first; "
                           "'tasks escalate' sends overdue tasks to their owners' leads."),
               &code))
        return code;
    if (!openDatabase(p, &code, MustExist))
        return code;
    Storage::Connection &c = Storage::Database::connection();
    if (p.parser.positionalArguments().value(0) == QLatin1String("escalate")) {
        const auto calendar = Workflow::WorkCalendar::load(c);
        if (!calendar) {
            err() << calendar.error().toString() << "\n";
            return Failed;
        }
        const auto report = Workflow::TaskStore::escalateOverdue(
            c, calendar.value(), QDateTime::currentDateTimeUtc());
        if (!report) {
            err() << report.error().toString() << "\n";
            return Failed;
        }
        for (const QString &s : report->skipped)
            err() << s << "\n";
        out() << tr("%1 task(s) escalated.").arg(report->escalated.size()) << "\n";
        return Ok;
    }
    Workflow::InboxFilter filter;
    filter.now = QDateTime::currentDateTimeUtc();
    filter.overdueOnly = p.parser.isSet(overdue);
    filter.includeClosed = p.parser.isSet(all);
    if (p.parser.isSet(order)) {
        const auto found = Orders::OrderRepository::loadByOrderNo(p.parser.value(order));
        if (!found) {
            err() << tr("hearthctl: no order %1").arg(p.parser.value(order)) << "\n";
            return NotFound;
        }
        filter.orderId = found->id;
    }
    QString userId;
    Workflow::InboxScope scope = Workflow::InboxScope::All;
    if (p.parser.isSet(user)) {
        const auto u = userNamed(p.parser.value(user), &code);
        if (!u)
            return code;
        userId = u->id;
        scope = Workflow::InboxScope::Mine;
    }
    const int max = p.parser.value(limit).toInt();
    QList<Workflow::Task> tasks = Workflow::TaskQuery::inbox(c, userId, scope, filter, 0, max);
    if (scope == Workflow::InboxScope::Mine)
        tasks += Workflow::TaskQuery::inbox(c, userId, Workflow::InboxScope::Team, filter, 0, max);
    const QTimeZone zone = Workflow::WorkCalendar::load(c).value_or(Workflow::WorkCalendar())
                               .timeZone();
    for (const Workflow::Task &t : tasks) {
        QString assignee = t.role;
        if (!t.assigneeId.isEmpty()) {
            const auto u = Users::UserStore::findById(t.assigneeId);
            assignee = u ? u->userName : t.assigneeId;
        }
        const QString due = t.dueAt.isValid()
            ? t.dueAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QStringLiteral("-");
        out() << due << (t.isOverdue(filter.now) ? QStringLiteral(" !") : QStringLiteral("  "))
              << '\t' << Workflow::TaskStore::statusCode(t.status) << '\t' << t.kind << '\t'
              << assignee << '\t' << t.title;
        if (t.amountFen != 0)
            out() << '\t' << Core::Money(t.amountFen).toString();
        out() << '\t' << t.id << "\n";
    }
    return Ok;
}

int cmdApprove(const QStringList &args)
{
    Parsed p;
    QCommandLineOption as(QStringLiteral("as"), tr("The user who decides."),
                          QStringLiteral("NAME"));
    QCommandLineOption reject(QStringLiteral("reject"), tr("Reject instead of approving."));
    QCommandLineOption comment(QStringLiteral("comment"),
                               tr("Why (required for a rejection)."), QStringLiteral("TEXT"));
    p.parser.addOptions({as, reject, comment});
    p.parser.addPositionalArgument(QStringLiteral("id"),
                                   tr("The approval task's id as 'hearthctl tasks' lists it, or "
                                      "the approval step's id."));
    int code = Ok;
    if (!parse(p, args, tr("hearthctl approve: approve or reject a pending approval step as a "
                           "user; the order moves on when every step is approved."), &code))
        return code;
    if (p.parser.positionalArguments().isEmpty() || !p.parser.isSet(as)) {
        err() << tr("hearthctl approve: give the approval id and --as USER") << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    const auto u = userNamed(p.parser.value(as), &code);
    if (!u)
        return code;
    Storage::Database::setCurrentUser(u->userName);
    ProcessEngine engine;
    if (!prepareEngine(engine, QString(), &code))
        return code;
    // The id of the approval step, or of its task as 'hearthctl tasks' lists it.
    QString approvalId = p.parser.positionalArguments().first();
    if (!Workflow::ApprovalStore::get(Storage::Database::connection(), approvalId)) {
        const auto task = Workflow::TaskStore::find(Storage::Database::connection(), approvalId);
        if (!task || task->kind != QLatin1String("approval")) {
            err() << tr("hearthctl approve: there is no approval step or approval task with the "
                        "id %1; 'hearthctl tasks' lists the pending ones")
                         .arg(approvalId)
                  << "\n";
            return NotFound;
        }
        approvalId = task->details.value(QLatin1String("approval_id")).toString();
    }
    const auto step = engine.decide(approvalId, u->id,
                                    Users::Roles::code(u->role), !p.parser.isSet(reject),
                                    p.parser.value(comment));
    if (!step) {
        err() << tr("hearthctl: %1").arg(step.error().toString()) << "\n";
        return Failed;
    }
    printStep(step.value());
    return Ok;
}

int demoWorkflow()
{
    struct Person
    {
        const char *userName;
        const char16_t *displayName;
        Users::Role role;
        const char *unit;
    };
    const Person staff[] = {
        {"zhang", u"张敏（跟单）", Users::Role::Clerk, "SALES"},
        {"li", u"李强（销售经理）", Users::Role::SalesManager, "SALES"},
        {"zhao", u"赵总", Users::Role::GeneralManager, "HQ"},
        {"wu", u"吴磊（计划）", Users::Role::Planner, "WS-CAB"},
        {"wu2", u"吴芳（计划）", Users::Role::Planner, "WS-WARD"},
        {"qian", u"钱丽（财务）", Users::Role::Finance, "FINANCE"},
        {"sun", u"孙杰（采购）", Users::Role::Purchaser, "PURCHASING"},
        {"zhou", u"周洋（仓库）", Users::Role::Warehouse, "WAREHOUSE"},
        {"chen", u"陈师傅", Users::Role::Installer, "INSTALL-ZJ"},
        {"lin", u"林师傅", Users::Role::Installer, "INSTALL-JS"},
    };
    Storage::Connection &c = Storage::Database::connection();
    if (const Core::Status s = Workflow::DefaultSetup::ensure(
            c, QDate::currentDate().year());
        !s) {
        err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
        return Failed;
    }
    QString password = qEnvironmentVariable("HEARTH_ADMIN_PASSWORD");
    bool created = false;
    for (const Person &p : staff) {
        const QString name = QLatin1String(p.userName);
        if (Users::UserStore::find(name))
            continue;
        if (password.isEmpty())
            password = QStringLiteral("hearth-demo-%1").arg(QDateTime::currentSecsSinceEpoch()
                                                            % 100000);
        const auto user = Users::UserStore::create(
            {name, QString::fromUtf16(p.displayName), p.role, password});
        if (!user) {
            err() << tr("hearthctl: %1").arg(user.error().toString()) << "\n";
            return Failed;
        }
        created = true;
        if (const auto unit = Workflow::OrgUnits::findByCode(c, QLatin1String(p.unit))) {
            if (const Core::Status s = Workflow::OrgUnits::addMember(c, unit->id, user->id); !s) {
                err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
                return Failed;
            }
        }
    }
    if (created) {
        out() << tr("Demo staff (zhang, li, zhao, wu, wu2, qian, sun, zhou, chen, lin) sign in "
                    "with the password %1.").arg(password)
              << "\n";
    }
    ProcessEngine engine;
    int code = Ok;
    if (!prepareEngine(engine, QString(), &code))
        return code;
    const auto run = engine.runWaiting();
    if (!run) {
        err() << tr("hearthctl: %1").arg(run.error().toString()) << "\n";
        return Failed;
    }
    for (const Core::Error &e : run->errors)
        err() << e.toString() << "\n";
    out() << tr("Process engine: %1 orders looked at, %2 held by review, %3 waiting for "
                "approval, %4 split; %5 tasks created.")
                 .arg(run->orders).arg(run->held).arg(run->awaitingApproval).arg(run->split)
                 .arg(run->tasksCreated)
          << "\n";
    return run->errors.isEmpty() ? Ok : Failed;
}

} // namespace Hearth::Cli
