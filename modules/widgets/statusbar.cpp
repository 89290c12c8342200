#include "statusbar.h"

#include "module.h"
#include "theme.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>

namespace Hearth::Widgets {

namespace {
constexpr int IconSize = 14;
constexpr int MaxPathWidth = 420;
}

StatusBar::StatusBar(QWidget *parent) : QStatusBar(parent)
{
    setSizeGripEnabled(false);
    m_database = addField(&m_databaseIcon);
    m_user = addField(&m_userIcon);
    m_sync = addField(&m_syncIcon);
    m_databaseIcon->setPixmap(Theme::icon(IconKind::Database).pixmap(IconSize, IconSize));
    m_userIcon->setPixmap(Theme::icon(IconKind::Users).pixmap(IconSize, IconSize));
    setSyncState(QString(), false);
    m_syncField = m_sync->parentWidget();
    addModuleWidgets();
}

void StatusBar::addModuleWidgets()
{
    for (Module *module : ModuleRegistry::modules()) {
        QWidget *widget = module->createStatusWidget(this);
        if (!widget)
            continue;
        if (widget->property(StatusFieldProperty).toString() == QLatin1String("sync")
            && !m_moduleSync) {
            m_moduleSync = widget;
            m_syncField->hide();
        }
        addPermanentWidget(widget);
    }
}

QLabel *StatusBar::addField(QLabel **icon)
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(4);
    *icon = new QLabel(box);
    auto *text = new QLabel(box);
    text->setObjectName(QStringLiteral("statusField"));
    layout->addWidget(*icon);
    layout->addWidget(text);
    addPermanentWidget(box);
    return text;
}

void StatusBar::setDatabase(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    m_database->setText(m_database->fontMetrics().elidedText(shown, Qt::ElideMiddle,
                                                             MaxPathWidth));
    m_database->setToolTip(shown);
    m_database->setProperty("fullPath", shown);
}

void StatusBar::setUser(const QString &displayName, const QString &roleTitle)
{
    m_user->setText(roleTitle.isEmpty() ? displayName
                                        : tr("%1 (%2)", "user name (role)").arg(displayName,
                                                                                roleTitle));
}

void StatusBar::setSyncState(const QString &text, bool healthy)
{
    m_sync->setText(text);
    const QColor color = healthy ? QColor(0x16a34a) : QColor(0x9ca3af);
    m_syncIcon->setPixmap(Theme::icon(IconKind::Sync, color).pixmap(IconSize, IconSize));
}

QString StatusBar::databaseText() const
{
    return m_database->property("fullPath").toString();
}

QString StatusBar::userText() const
{
    return m_user->text();
}

QString StatusBar::syncText() const
{
    return m_moduleSync ? m_moduleSync->accessibleName() : m_sync->text();
}

} // namespace Hearth::Widgets
