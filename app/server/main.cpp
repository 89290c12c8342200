#include "server/servercommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    // The request log is for operators: time and level in front of each line.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: "
                                      "%{message}"));
    return Hearth::Server::ServerCommands::run(QCoreApplication::arguments());
}
