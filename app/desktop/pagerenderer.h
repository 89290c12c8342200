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
/// "resetpassword", "about") and every page that a registered module offers. Rendering only
/// reads the database: without users it signs in an administrator that exists only in the
/// process, and a database file that does not exist is not created.
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
    /// The password the page "welcome" shows: the open database's first administrator
    /// password while it waits to be shown, else empty.
    static QString initialPasswordToShow();
    /// Runs the command line's --render and returns the process's exit code; messages go to
    /// standard output and standard error.
    static int run(const CommandLine &commandLine);

    /// Shows widget offscreen at size (a dialog keeps its own size and is centred on a canvas
    /// of size), waits until ready() or a few seconds have passed, and takes its picture.
    static QImage capture(QWidget *widget, const QSize &size, const std::function<bool()> &ready);
};

} // namespace Hearth::Desktop
