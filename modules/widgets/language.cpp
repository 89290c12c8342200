#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Hearth::Widgets {

namespace {

constexpr char SettingsKey[] = "ui/language";

struct Installed
{
    QString code;
    std::unique_ptr<QTranslator> hearth;
    std::unique_ptr<QTranslator> qt;
};

Installed &installedState()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> load(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (!QFile::exists(path))
            continue;
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(path))
            return translator;
    }
    return nullptr;
}

} // namespace

QList<Language::Option> Language::available()
{
    return {{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("en"), QStringLiteral("English")}};
}

bool Language::isKnown(const QString &code)
{
    for (const Option &o : available()) {
        if (o.code == code)
            return true;
    }
    return false;
}

QString Language::defaultCode()
{
    return QStringLiteral("zh_CN");
}

QString Language::saved()
{
    const QString code = QSettings().value(QLatin1String(SettingsKey)).toString();
    return isKnown(code) ? code : defaultCode();
}

void Language::save(const QString &code)
{
    if (isKnown(code))
        QSettings().setValue(QLatin1String(SettingsKey), code);
}

bool Language::install(const QString &code)
{
    Installed &state = installedState();
    if (state.hearth)
        QCoreApplication::removeTranslator(state.hearth.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.hearth.reset();
    state.qt.reset();
    state.code = code;

    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));

    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtFile = QStringLiteral("qtbase_%1.qm").arg(code);
    state.qt = load({QStringLiteral(":/i18n/") + qtFile, qtDir + QLatin1Char('/') + qtFile});
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());

    state.hearth = load({QStringLiteral(":/i18n/hearth_%1.qm").arg(code)});
    if (!state.hearth)
        return false;
    QCoreApplication::installTranslator(state.hearth.get());
    return true;
}

QString Language::installed()
{
    return installedState().code;
}

} // namespace Hearth::Widgets
