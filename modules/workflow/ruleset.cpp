#include "ruleset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Hearth::Workflow {

namespace {

Core::Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{RuleSet::tr("cannot read the file: %1").arg(file.errorString()), path};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Core::Error{RuleSet::tr("not valid JSON at character %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString()),
                           path};
    }
    if (!doc.isObject())
        return Core::Error{RuleSet::tr("expected a JSON object"), path};
    return doc.object();
}

Core::Result<RuleSet> readLayout(const QString &rulesDir, const QString &templatesDir)
{
    RuleSet set;
    auto review = readObject(rulesDir + QStringLiteral("/review.json"));
    if (!review)
        return review.error();
    auto split = readObject(rulesDir + QStringLiteral("/split.json"));
    if (!split)
        return split.error();
    set.review = review.value();
    set.split = split.value();
    const QDir dir(templatesDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto t = readObject(dir.filePath(name));
        if (!t)
            return t.error();
        const QString id = t.value().value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return Core::Error{RuleSet::tr("the template has no \"id\""), dir.filePath(name)};
        if (set.templates.contains(id)) {
            return Core::Error{RuleSet::tr("a second template with the id \"%1\"").arg(id),
                               dir.filePath(name)};
        }
        set.templates.insert(id, t.value());
    }
    return set;
}

} // namespace

Core::Result<RuleSet> RuleSet::builtIn()
{
    return readLayout(QStringLiteral(":/hearth/rules"), QStringLiteral(":/hearth/templates"));
}

Core::Result<RuleSet> RuleSet::fromDirectory(const QString &path)
{
    if (!QDir(path).exists())
        return Core::Error{tr("no such folder"), path};
    return readLayout(path, path + QStringLiteral("/templates"));
}

Core::Result<RuleSet> RuleSet::fromJson(const QJsonObject &json)
{
    RuleSet set;
    set.review = json.value(QLatin1String("review")).toObject();
    set.split = json.value(QLatin1String("split")).toObject();
    const QJsonObject templates = json.value(QLatin1String("templates")).toObject();
    for (auto it = templates.begin(); it != templates.end(); ++it) {
        if (!it->isObject()) {
            return Core::Error{tr("the template \"%1\" is not a JSON object").arg(it.key()),
                               QStringLiteral("templates")};
        }
        set.templates.insert(it.key(), it->toObject());
    }
    if (set.review.isEmpty() || set.split.isEmpty())
        return Core::Error{tr("a rule set needs \"review\" and \"split\""), QString()};
    return set;
}

QJsonObject RuleSet::toJson() const
{
    QJsonObject templatesJson;
    for (auto it = templates.begin(); it != templates.end(); ++it)
        templatesJson.insert(it.key(), it.value());
    return {{QStringLiteral("review"), review},
            {QStringLiteral("split"), split},
            {QStringLiteral("templates"), templatesJson}};
}

Core::Status RuleSet::writeDirectory(const QString &path) const
{
    if (!QDir().mkpath(path + QStringLiteral("/templates")))
        return Core::Error{tr("cannot create the folder"), path};
    auto write = [](const QString &file, const QJsonObject &object) -> Core::Status {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Core::Error{tr("cannot write the file: %1").arg(f.errorString()), file};
        f.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return {};
    };
    if (auto s = write(path + QStringLiteral("/review.json"), review); !s)
        return s;
    if (auto s = write(path + QStringLiteral("/split.json"), split); !s)
        return s;
    for (auto it = templates.begin(); it != templates.end(); ++it) {
        const QString file = path + QStringLiteral("/templates/") + it.key()
                             + QStringLiteral(".json");
        if (auto s = write(file, it.value()); !s)
            return s;
    }
    return {};
}

QString RuleSet::fingerprint() const
{
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace Hearth::Workflow
