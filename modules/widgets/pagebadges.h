#pragma once

#include <QObject>

namespace Hearth::Widgets {

/// Tells the shell that a module's page badges (Module::pageBadge) may have changed, so that
/// the navigation asks again at once instead of at its next minute.
class PageBadges : public QObject
{
    Q_OBJECT

public:
    static PageBadges *instance();
    /// Emits changed(). The shell asks the modules after the current event, once however many
    /// notifications came, so a module may call it in the middle of an action.
    static void notify();

signals:
    void changed();

private:
    PageBadges() = default;
};

} // namespace Hearth::Widgets
