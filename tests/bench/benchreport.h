#pragma once

#include <QList>
#include <QString>

namespace Hearth::Bench {

/// Prints benchmark figures in the one-line form the bench runner collects:
/// "bench: NAME VALUE UNIT" or, beside a reference measured in the same process,
/// "bench: NAME VALUE UNIT vs REFNAME VALUE UNIT ratio R" (R = value ÷ reference).
namespace Report {

void figure(const QString &name, double value, const QString &unit);
void versus(const QString &name, double value, const QString &refName, double refValue,
            const QString &unit);
/// A note for the reader, prefixed so that no tool takes it for a figure.
void note(const QString &text);

/// CPU seconds used so far by the calling thread and by the whole process (user + system).
double threadCpuSeconds();
double processCpuSeconds();

/// The process's resident memory now (VmRSS of /proc/self/status), in MB.
double residentMegabytes();
/// The p-th percentile (0–100) by nearest rank; 0 for no values.
double percentile(QList<double> values, double p);

} // namespace Report

} // namespace Hearth::Bench
