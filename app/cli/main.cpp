#include "commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    // Chinese where the system speaks it (or HEARTH_LANG=zh_CN asks for it): what the engine
    // writes on tasks and timelines is in the language of the program that runs it.
    QTranslator translator;
    const QString language = qEnvironmentVariable("HEARTH_LANG", QLocale::system().name());
    if (language.startsWith(QLatin1String("zh"))
        && translator.load(QStringLiteral(":/i18n/hearth_zh_CN.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }
    return Hearth::Cli::run(QCoreApplication::arguments());
}
