#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace Hearth::Desktop {

class CommandLine;

/// `hearth --render`: draws one page offscreen, signed in as the administrator, into a PNG.
/// Pages are the shell's own ("main", "login", "welcome", "settings", "newuser",
/// "resetpassword", "about") and every page that a registered module offers.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Desktop::PageRenderer)

public:
    struct Page
    {
        QString id;
        QString title;
    };

    static constexpr int DefaultWidth = 1280;
    static constexpr int DefaultHeight = 800;

    static QList<Page> pages();
    /// Runs the command line's --render and returns the process's exit code; messages go to
    /// standard output and standard error.
    static int run(const CommandLine &commandLine);

    /// Shows widget offscreen at size (a dialog keeps its own size and is centred on a canvas
    /// of size), waits until ready() or a few seconds have passed, and takes its picture.
    static QImage capture(QWidget *widget, const QSize &size, const std::function<bool()> &ready);
};

} // namespace Hearth::Desktop
