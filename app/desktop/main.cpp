#include "commandline.h"
#include "desktopapp.h"
#include "pagerenderer.h"
#include "registermodules.h"

#include "widgets/language.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

using namespace Hearth;

int main(int argc, char *argv[])
{
    const bool headless = Desktop::CommandLine::runsWithoutDisplay(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hearth"));
    QApplication::setApplicationName(QStringLiteral("hearth"));
    QApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    const Core::Result<Desktop::CommandLine> parsed =
        Desktop::CommandLine::parse(QApplication::arguments());
    const QString language = parsed && !parsed->language.isEmpty() ? parsed->language
                                                                    : Widgets::Language::saved();
    Widgets::Language::install(language);

    QTextStream err(stderr);
    if (!parsed) {
        err << "hearth: " << parsed.error().message << Qt::endl
            << Desktop::CommandLine::usage();
        return Desktop::DesktopApp::Usage;
    }
    if (parsed->help) {
        QTextStream(stdout) << Desktop::CommandLine::usage();
        return Desktop::DesktopApp::Ok;
    }
    if (parsed->version) {
        QTextStream(stdout) << "hearth " << QApplication::applicationVersion() << Qt::endl;
        return Desktop::DesktopApp::Ok;
    }

    Widgets::Theme::apply(app);
    QApplication::setWindowIcon(QIcon(Widgets::Theme::logo(64)));
    Desktop::registerModules();

    if (parsed->isRender())
        return Desktop::PageRenderer::run(parsed.value());

    Desktop::DesktopApp desktop;
    const QString database = parsed->database.isEmpty()
                                 ? Desktop::DesktopApp::defaultDatabasePath()
                                 : parsed->database;
    if (!desktop.start(database))
        return desktop.exitCode();
    return QApplication::exec();
}
