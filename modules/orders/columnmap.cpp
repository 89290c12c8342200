#include "columnmap.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Hearth::Orders::Internal {

namespace {

int columnFromLetters(const QString &spec)
{
    if (spec.isEmpty() || spec.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : spec) {
        if (c < u'A' || c > u'Z')
            return -1;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

} // namespace

Core::Result<ColumnMap> ColumnMap::resolve(const ChannelMapping &m, const QStringList &headers,
                                           const QString &file)
{
    ColumnMap map;
    map.headers = headers;
    QStringList missing;
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        int found = -1;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (headers[i].trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0) {
                found = int(i);
                break;
            }
        }
        if (found < 0) {
            const int letter = columnFromLetters(it.value());
            if (letter >= 0 && letter < headers.size())
                found = letter;
        }
        if (found < 0) {
            if (ChannelMapping::requiredFields().contains(it.key())
                || it.key() == QLatin1String("amount") || it.key() == QLatin1String("unit_price"))
                missing.append(QStringLiteral("\"%1\" (%2)").arg(it.value(), it.key()));
            continue;
        }
        map.index.insert(it.key(), found);
    }
    if (!missing.isEmpty()) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the header has no column %1; it has: %2")
                               .arg(missing.join(QStringLiteral(", ")),
                                    headers.join(QStringLiteral(", "))),
                           QFileInfo(file).fileName()};
    }
    if (map.of(QStringLiteral("amount")) < 0 && map.of(QStringLiteral("unit_price")) < 0
        && !m.defaults.contains(QStringLiteral("unit_price"))) {
        return Core::Error{QCoreApplication::translate(
                               "Hearth::Orders",
                               "the file has neither an amount nor a unit price column"),
                           QFileInfo(file).fileName()};
    }
    return map;
}

} // namespace Hearth::Orders::Internal
