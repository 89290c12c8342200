#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Hearth::Widgets {

/// The languages of the user interface: Chinese (zh_CN) first, English second. The choice is
/// kept in QSettings under "ui/language"; the translations are in the program's resources.
class Language
{
public:
    struct Option
    {
        QString code;  // "zh_CN"
        QString name;  // in its own language: "简体中文"
    };

    static QList<Option> available();
    static bool isKnown(const QString &code);
    static QString defaultCode();

    /// The language saved in the settings, or the default.
    static QString saved();
    static void save(const QString &code);

    /// Installs Hearth's and Qt's translations for code, replacing those installed before;
    /// false when Hearth's translation is missing from the resources.
    static bool install(const QString &code);
    static QString installed();
};

} // namespace Hearth::Widgets
