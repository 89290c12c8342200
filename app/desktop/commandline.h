#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Hearth::Desktop {

/// What `hearth` was asked to do:
///   hearth [--db FILE] [--lang zh_CN|en]
///   hearth --render PAGE|list --out FILE.png [--db FILE] [--lang zh_CN|en] [--size WxH]
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Desktop::CommandLine)

public:
    QString database;  // empty: the default database
    QString language;  // empty: the one saved in the settings
    QString renderPage;
    QString output;
    QSize size;  // invalid: the page's own size
    bool help = false;
    bool version = false;

    bool isRender() const { return !renderPage.isEmpty(); }
    bool listPages() const { return renderPage == QLatin1String("list"); }

    /// Reads arguments (with the program name first); the error says what was wrong.
    static Core::Result<CommandLine> parse(const QStringList &arguments);
    static QString usage();
    /// A quick look at argv, before QApplication exists: true for --render, --help and
    /// --version, which need no display and so run on the offscreen platform.
    static bool runsWithoutDisplay(int argc, char **argv);
};

} // namespace Hearth::Desktop
