#include "aboutdialog.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth::Desktop {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Hearth"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 16);
    layout->setSpacing(14);

    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    auto *logo = new QLabel(this);
    logo->setPixmap(Widgets::Theme::logo(72));
    logo->setAlignment(Qt::AlignTop);
    top->addWidget(logo);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    auto *title = new QLabel(tr("Hearth"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *version = new QLabel(tr("Version %1").arg(QApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("pageSubtitle"));
    auto *description = new QLabel(
        tr("Follows each order of a custom-furniture maker from every channel — own stores, "
           "dealers, online shops and designers — through review, splitting, production, "
           "delivery and installation to payment, and shows what each order earned."),
        this);
    description->setWordWrap(true);
    description->setMinimumWidth(380);
    auto *qt = new QLabel(tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())), this);
    qt->setObjectName(QStringLiteral("pageSubtitle"));
    texts->addWidget(title);
    texts->addWidget(version);
    texts->addSpacing(6);
    texts->addWidget(description);
    texts->addWidget(qt);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace Hearth::Desktop
