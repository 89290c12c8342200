#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hearth::Server {

/// The commands of `hearth-server`: init, serve, gen-cert and channel-key. Messages go to
/// stdout and stderr; the result is the process's exit code.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::ServerCommands)

public:
    /// arguments as QCoreApplication::arguments() gives them, program name first. serve runs
    /// the application's event loop until it quits.
    static int run(const QStringList &arguments);

private:
    static int init(const QStringList &arguments);
    static int serve(const QStringList &arguments);
    static int genCert(const QStringList &arguments);
    static int channelKey(const QStringList &arguments);
    static int usage(int code);
};

} // namespace Hearth::Server
