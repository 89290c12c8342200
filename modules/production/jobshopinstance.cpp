#include "jobshopinstance.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <climits>

namespace Hearth::Production {

namespace {

// Sums of durations must stay well inside an int, the solver's time type.
constexpr qint64 maxTotalWork = INT_MAX / 4;
constexpr qint64 maxOperations = 4'000'000;

struct Line
{
    int number = 0;
    QByteArray text;
};

bool isBlankOrComment(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

// The size line starts with a number; a header line before it (an OR-Library title such as
// "instance ft06" or a row of "+++") starts with anything else.
bool startsWithNumber(const QByteArray &text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

QByteArray withoutComment(const QByteArray &text)
{
    const qsizetype hash = text.indexOf('#');
    return (hash < 0 ? text : text.left(hash)).trimmed();
}

QList<QByteArray> tokens(const QByteArray &text)
{
    QList<QByteArray> result;
    for (QByteArray part : text.simplified().split(' ')) {
        if (!part.isEmpty())
            result.append(part);
    }
    return result;
}

bool toInt(const QByteArray &token, qint64 *value)
{
    const char *first = token.constData();
    const char *last = first + token.size();
    if (first != last && *first == '+')
        ++first;
    const auto [end, ec] = std::from_chars(first, last, *value);
    return ec == std::errc() && end == last;
}

} // namespace

Core::Result<JobShopInstance> JobShopInstance::fromJobs(
    const QString &name, int machines, const std::vector<std::vector<JobShopStep>> &jobs)
{
    if (jobs.empty() || machines <= 0)
        return Core::Error{tr("a job-shop problem needs at least one job and one machine"), name};
    const size_t steps = jobs.front().size();
    if (steps == 0)
        return Core::Error{tr("job 1 has no steps"), name};
    if (qint64(jobs.size()) * qint64(steps) > maxOperations)
        return Core::Error{tr("more than %1 operations").arg(maxOperations), name};
    JobShopInstance instance;
    instance.m_name = name;
    instance.m_jobs = int(jobs.size());
    instance.m_machines = machines;
    instance.m_steps = int(steps);
    instance.m_ops.reserve(jobs.size() * steps);
    qint64 total = 0;
    for (size_t j = 0; j < jobs.size(); ++j) {
        if (jobs[j].size() != steps) {
            return Core::Error{tr("job %1 has %2 steps where job 1 has %3")
                                   .arg(j + 1).arg(jobs[j].size()).arg(steps),
                               name};
        }
        for (size_t s = 0; s < steps; ++s) {
            const JobShopStep &step = jobs[j][s];
            if (step.machine < 0 || step.machine >= machines) {
                return Core::Error{tr("job %1, step %2: machine %3 is outside 0-%4")
                                       .arg(j + 1).arg(s + 1).arg(step.machine)
                                       .arg(machines - 1),
                                   name};
            }
            if (step.duration < 0) {
                return Core::Error{tr("job %1, step %2: the duration %3 is negative")
                                       .arg(j + 1).arg(s + 1).arg(step.duration),
                                   name};
            }
            total += step.duration;
            if (total > maxTotalWork)
                return Core::Error{tr("the durations add up to more than %1").arg(maxTotalWork),
                                   name};
            instance.m_ops.push_back(step);
        }
    }
    return instance;
}

Core::Result<JobShopInstance> JobShopInstance::parse(const QByteArray &text, const QString &source)
{
    const auto where = [&source](int line) {
        return QStringLiteral("%1:%2").arg(source).arg(line);
    };

    QList<Line> lines;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        if (!isBlankOrComment(raw))
            lines.append(Line{number, withoutComment(raw)});
    }
    // The last line that holds text; a final line break opens no new line.
    const int endLine = std::max(1, text.endsWith('\n') ? number - 1 : number);

    qsizetype at = 0;
    while (at < lines.size() && !startsWithNumber(lines[at].text))
        ++at;
    if (at == lines.size()) {
        return Core::Error{tr("expected the size line \"jobs machines\" (two whole numbers); "
                              "the file has none"),
                           where(endLine)};
    }

    const Line &sizeLine = lines[at++];
    const QList<QByteArray> size = tokens(sizeLine.text);
    qint64 jobs = 0;
    qint64 machines = 0;
    if (size.size() != 2 || !toInt(size[0], &jobs) || !toInt(size[1], &machines)) {
        return Core::Error{tr("expected the size line \"jobs machines\" (two whole numbers), "
                              "found \"%1\"")
                               .arg(QString::fromUtf8(sizeLine.text)),
                           where(sizeLine.number)};
    }
    if (jobs < 1 || machines < 1 || jobs * machines > maxOperations) {
        return Core::Error{tr("expected at least one job and one machine and at most %1 "
                              "operations, found %2 jobs and %3 machines")
                               .arg(maxOperations).arg(jobs).arg(machines),
                           where(sizeLine.number)};
    }

    std::vector<std::vector<JobShopStep>> steps(static_cast<size_t>(jobs));
    for (qint64 j = 0; j < jobs; ++j) {
        if (at == lines.size()) {
            return Core::Error{tr("expected %1 job lines after the size line, found %2")
                                   .arg(jobs).arg(j),
                               where(endLine)};
        }
        const Line &line = lines[at++];
        const QList<QByteArray> items = tokens(line.text);
        if (items.size() != 2 * machines) {
            return Core::Error{tr("job %1: expected %2 numbers (a machine and a duration for "
                                  "each of the %3 machines), found %4")
                                   .arg(j + 1).arg(2 * machines).arg(machines).arg(items.size()),
                               where(line.number)};
        }
        steps[size_t(j)].reserve(size_t(machines));
        for (qint64 k = 0; k < machines; ++k) {
            qint64 machine = 0;
            qint64 duration = 0;
            const QByteArray &machineText = items[2 * k];
            const QByteArray &durationText = items[2 * k + 1];
            if (!toInt(machineText, &machine) || machine < 0 || machine >= machines) {
                return Core::Error{tr("job %1, step %2: expected a machine from 0 to %3, found "
                                      "\"%4\"")
                                       .arg(j + 1).arg(k + 1).arg(machines - 1)
                                       .arg(QString::fromUtf8(machineText)),
                                   where(line.number)};
            }
            if (!toInt(durationText, &duration) || duration < 0 || duration > maxTotalWork) {
                return Core::Error{tr("job %1, step %2: expected a duration (a whole number, "
                                      "0 or more), found \"%3\"")
                                       .arg(j + 1).arg(k + 1)
                                       .arg(QString::fromUtf8(durationText)),
                                   where(line.number)};
            }
            steps[size_t(j)].push_back(JobShopStep{int(machine), int(duration)});
        }
    }
    for (; at < lines.size(); ++at) {
        const Line &line = lines[at];
        const bool hasDigit = std::any_of(line.text.begin(), line.text.end(),
                                          [](char c) { return c >= '0' && c <= '9'; });
        if (hasDigit) {
            return Core::Error{tr("expected the end of the file after the %1 jobs, found \"%2\"")
                                   .arg(jobs).arg(QString::fromUtf8(line.text)),
                               where(line.number)};
        }
    }

    const QString name = QFileInfo(source).completeBaseName();
    auto instance = fromJobs(name, int(machines), steps);
    if (!instance)
        return Core::Error{instance.error().message, source};
    return instance;
}

Core::Result<JobShopInstance> JobShopInstance::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the file: %1").arg(file.errorString()), path};
    return parse(file.readAll(), path);
}

int JobShopInstance::trivialLowerBound() const
{
    std::vector<qint64> load(size_t(m_machines), 0);
    qint64 best = 0;
    for (int j = 0; j < m_jobs; ++j) {
        qint64 length = 0;
        for (int s = 0; s < m_steps; ++s) {
            const JobShopStep &step = m_ops[size_t(operation(j, s))];
            length += step.duration;
            load[size_t(step.machine)] += step.duration;
        }
        best = std::max(best, length);
    }
    for (qint64 l : load)
        best = std::max(best, l);
    return int(best);
}

qint64 JobShopInstance::totalWork() const
{
    qint64 total = 0;
    for (const JobShopStep &step : m_ops)
        total += step.duration;
    return total;
}

} // namespace Hearth::Production
