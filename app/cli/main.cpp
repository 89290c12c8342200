#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {

/// Writing a PDF lays text out with the system's fonts, which needs the GUI application; the
/// other commands stay a plain console program that starts without any display.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    // Chinese where the system speaks it (or HEARTH_LANG=zh_CN asks for it): what the engine
    // writes on tasks and timelines is in the language of the program that runs it. English
    // takes its plural forms ("1 task", "3 tasks") from its own catalogue.
    QTranslator translator;
    const QString language = qEnvironmentVariable("HEARTH_LANG", QLocale::system().name());
    const QString catalogue = language.startsWith(QLatin1String("zh"))
                                  ? QStringLiteral(":/i18n/hearth_zh_CN.qm")
                                  : QStringLiteral(":/i18n/hearth_en.qm");
    if (translator.load(catalogue))
        QCoreApplication::installTranslator(&translator);
    return Hearth::Cli::run(QCoreApplication::arguments());
}
