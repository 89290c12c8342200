#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace Hearth::Widgets {

/// Qt's file dialog as Hearth shows it. Qt writes the dialog's dates and sizes in the
/// computer's locale (often C, so "4 Dec 2025 17:16:09" in a Chinese window) and its "Folder"
/// under a context that the shipped qtbase translation lacks; these show them in the
/// interface language and the site's time zone instead.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Widgets::FileDialog)

public:
    static QString openFileName(QWidget *parent, const QString &caption,
                                const QString &directory = {}, const QString &filter = {});
    static QStringList openFileNames(QWidget *parent, const QString &caption,
                                     const QString &directory = {}, const QString &filter = {});
    /// Gives a dialog the columns as above (a proxy model over Qt's file system model).
    static void localise(QFileDialog *dialog);
};

} // namespace Hearth::Widgets
