#include "benchreport.h"

#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Hearth::Bench::Report {

namespace {

QString number(double value)
{
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QString::number(value, 'f', decimals);
}

void emitLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

void figure(const QString &name, double value, const QString &unit)
{
    emitLine(QStringLiteral("bench: %1 %2 %3").arg(name, number(value), unit));
}

void versus(const QString &name, double value, const QString &refName, double refValue,
            const QString &unit)
{
    const double ratio = refValue != 0 ? value / refValue : 0;
    emitLine(QStringLiteral("bench: %1 %2 %3 vs %4 %5 %3 ratio %6")
                 .arg(name, number(value), unit, refName, number(refValue),
                      QString::number(ratio, 'f', 2)));
}

void note(const QString &text)
{
    emitLine(QStringLiteral("# ") + text);
}

namespace {
double seconds(const rusage &usage)
{
    const auto of = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return of(usage.ru_utime) + of(usage.ru_stime);
}
} // namespace

double threadCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return seconds(usage);
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage);
}

double residentMegabytes()
{
    // /proc files report no size, so read them whole rather than line by line.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

} // namespace Hearth::Bench::Report
