#pragma once

#include <QDialog>

namespace Hearth::Desktop {

/// Help → About: what Hearth is, its version and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Hearth::Desktop
