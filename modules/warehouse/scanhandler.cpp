#include "scanhandler.h"

#include "codecheckhandler.h"

namespace Hearth::Warehouse {

namespace {

ScanHandler::Factory &factory()
{
    static ScanHandler::Factory f;
    return f;
}

} // namespace

QList<ScanJob> ScanHandler::jobs()
{
    return {ScanJob::Receive, ScanJob::Issue, ScanJob::Transfer,
            ScanJob::Count,   ScanJob::Pack,  ScanJob::Load};
}

QString ScanHandler::jobName(ScanJob job)
{
    switch (job) {
    case ScanJob::Receive:
        return tr("Receive");
    case ScanJob::Issue:
        return tr("Issue");
    case ScanJob::Transfer:
        return tr("Transfer");
    case ScanJob::Count:
        return tr("Count");
    case ScanJob::Pack:
        return tr("Pack");
    case ScanJob::Load:
        return tr("Load");
    }
    return QString();
}

QString ScanHandler::jobId(ScanJob job)
{
    switch (job) {
    case ScanJob::Receive:
        return QStringLiteral("receive");
    case ScanJob::Issue:
        return QStringLiteral("issue");
    case ScanJob::Transfer:
        return QStringLiteral("transfer");
    case ScanJob::Count:
        return QStringLiteral("count");
    case ScanJob::Pack:
        return QStringLiteral("pack");
    case ScanJob::Load:
        return QStringLiteral("load");
    }
    return QString();
}

void ScanHandler::setFactory(Factory f)
{
    factory() = std::move(f);
}

std::unique_ptr<ScanHandler> ScanHandler::create(ScanJob job)
{
    if (factory()) {
        if (std::unique_ptr<ScanHandler> handler = factory()(job))
            return handler;
    }
    return std::make_unique<CodeCheckHandler>(job);
}

} // namespace Hearth::Warehouse
