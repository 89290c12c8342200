#include "codecheckhandler.h"

namespace Hearth::Warehouse {

CodeCheckHandler::CodeCheckHandler(ScanJob job) : m_job(job) {}

QString CodeCheckHandler::keyOf(const ScanCode &code)
{
    if (code.kind() != ScanCode::Kind::Gs1)
        return QString::number(int(code.kind())) + u':' + code.value().toUpper() + u':'
               + QString::number(code.packageNumber());
    // The same goods read from a DataMatrix or a GS1-128 label are one code.
    QStringList parts;
    for (const Gs1Element &e : code.elements())
        parts.append(e.ai + u'=' + e.value);
    parts.sort();
    return parts.join(u';');
}

ScanResult CodeCheckHandler::handle(const ScanEvent &event)
{
    ScanResult result;
    const ScanCode &code = event.code;
    if (const QString problem = event.problem(); !problem.isEmpty()) {
        result.outcome = ScanResult::Outcome::Wrong;
        result.message = tr("Not accepted: nothing changed");
        result.detail = problem;
        return result;
    }
    if (code.kind() == ScanCode::Kind::Station || code.kind() == ScanCode::Kind::Command) {
        result.outcome = ScanResult::Outcome::Wrong;
        result.message = code.summary();
        result.detail = tr("A shop-floor station card: scan it on the shop-floor page, not in "
                           "the warehouse");
        return result;
    }
    int &times = m_seen[keyOf(code)];
    ++times;
    result.message = code.summary();
    if (times > 1) {
        result.outcome = ScanResult::Outcome::Duplicate;
        result.detail = tr("Already scanned for %1 (read %n time(s)); nothing changed", nullptr,
                           times)
                            .arg(jobName(m_job));
        return result;
    }
    result.outcome = ScanResult::Outcome::Ok;
    result.detail = tr("Code checked: %1. Nothing is booked yet").arg(
        code.aim().isPresent() ? code.aim().name() : tr("no symbology identifier"));
    return result;
}

QString CodeCheckHandler::prompt() const
{
    switch (m_job) {
    case ScanJob::Receive:
        return tr("Receive: scan the supplier's carton or pallet label");
    case ScanJob::Issue:
        return tr("Issue: scan the work order, then each item taken");
    case ScanJob::Transfer:
        return tr("Transfer: scan the bin it leaves, the goods, then the bin it goes to");
    case ScanJob::Count:
        return tr("Count: scan the bin, then every item in it");
    case ScanJob::Pack:
        return tr("Pack: scan each part, then the package label");
    case ScanJob::Load:
        return tr("Load: scan each package as it goes on the truck");
    }
    return QString();
}

void CodeCheckHandler::reset()
{
    m_seen.clear();
}

} // namespace Hearth::Warehouse
