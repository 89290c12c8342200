#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace Hearth::Widgets {

/// The band at the top of a page: a title, a line that says what the page holds, and the
/// page's main actions as buttons on the right.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    /// Adds a button for action; primary makes it the page's highlighted action.
    void addAction(QAction *action, bool primary = false);

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Hearth::Widgets
