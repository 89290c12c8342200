#include "jobshopbounds.h"

#include <QFile>
#include <QStringList>

namespace Hearth::Production {

namespace {

// Splits one CSV record; quoted fields may hold commas and doubled quotes.
QStringList fields(const QString &line)
{
    QStringList result;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            result.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    result.append(current.trimmed());
    return result;
}

} // namespace

Core::Result<JobShopBounds> JobShopBounds::parse(const QByteArray &csv, const QString &source)
{
    const QStringList lines = QString::fromUtf8(csv).split(u'\n');
    const auto where = [&source](int line) {
        return QStringLiteral("%1:%2").arg(source).arg(line);
    };
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return Core::Error{tr("expected a header line"), where(1)};

    const QStringList header = fields(lines.first().trimmed());
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    const qsizetype bestColumn = header.indexOf(QStringLiteral("optimum_or_best_upper"));
    const qsizetype lowerColumn = header.indexOf(QStringLiteral("lower_bound"));
    const qsizetype jobsColumn = header.indexOf(QStringLiteral("jobs"));
    const qsizetype machinesColumn = header.indexOf(QStringLiteral("machines"));
    if (nameColumn < 0 || bestColumn < 0 || lowerColumn < 0) {
        return Core::Error{tr("expected the columns name, optimum_or_best_upper and "
                              "lower_bound in the header"),
                           where(1)};
    }

    JobShopBounds bounds;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int number = int(i + 1);
        const QStringList row = fields(line);
        if (row.size() <= std::max({nameColumn, bestColumn, lowerColumn})) {
            return Core::Error{
                tr("expected %1 columns, found %2").arg(header.size()).arg(row.size()),
                where(number)};
        }
        bool bestOk = false;
        bool lowerOk = false;
        const int best = row[bestColumn].toInt(&bestOk);
        const int lower = row[lowerColumn].toInt(&lowerOk);
        if (!bestOk || best <= 0) {
            return Core::Error{tr("optimum_or_best_upper: expected a positive whole number, found "
                                  "\"%1\"").arg(row[bestColumn]),
                               where(number)};
        }
        if (!lowerOk || lower <= 0 || lower > best) {
            return Core::Error{tr("lower_bound: expected a positive whole number no larger than "
                                  "%1, found \"%2\"").arg(best).arg(row[lowerColumn]),
                               where(number)};
        }
        if (row[nameColumn].isEmpty())
            return Core::Error{tr("name: expected an instance name"), where(number)};
        const int jobs = jobsColumn >= 0 ? row.value(jobsColumn).toInt() : 0;
        const int machines = machinesColumn >= 0 ? row.value(machinesColumn).toInt() : 0;
        bounds.m_bounds.insert(row[nameColumn], JobShopBound{best, lower, jobs, machines});
    }
    return bounds;
}

Core::Result<JobShopBounds> JobShopBounds::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the file: %1").arg(file.errorString()), path};
    return parse(file.readAll(), path);
}

} // namespace Hearth::Production
