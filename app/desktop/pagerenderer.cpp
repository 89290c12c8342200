#include "pagerenderer.h"

#include "aboutdialog.h"
#include "commandline.h"
#include "desktopapp.h"
#include "mainwindow.h"

#include "storage/database.h"
#include "users/ui/initialpassworddialog.h"
#include "users/ui/logindialog.h"
#include "users/ui/resetpassworddialog.h"
#include "users/ui/settingsdialog.h"
#include "users/ui/usereditdialog.h"
#include "users/userstore.h"
#include "widgets/module.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace Hearth::Desktop {

namespace {

constexpr int MinSettleMs = 150;
constexpr int MaxSettleMs = 5000;
constexpr int TitleBarHeight = 30;
constexpr int PasswordPlaceholderLength = 12;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void settle(const std::function<bool()> &ready)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < MinSettleMs || (!ready() && timer.elapsed() < MaxSettleMs)) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    QApplication::processEvents();
}

// A dialog drawn as a window would show it: a title bar above it and a soft shadow around it,
// centred on a neutral backdrop of the asked size.
QImage framedDialog(const QImage &dialog, const QString &title, const QSize &canvasSize)
{
    QImage canvas(canvasSize, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(QColor(0xd9, 0xde, 0xe5));
    QPainter p(&canvas);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    const QSize framed(dialog.width(), dialog.height() + TitleBarHeight);
    const qreal scale = qMin(1.0, qMin(0.94 * canvasSize.width() / framed.width(),
                                       0.94 * canvasSize.height() / framed.height()));
    const QSizeF shown = QSizeF(framed) * scale;
    const QRectF frame(QPointF((canvasSize.width() - shown.width()) / 2,
                               (canvasSize.height() - shown.height()) / 2),
                       shown);
    for (int i = 12; i > 0; --i) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(15, 23, 42, 5));
        p.drawRoundedRect(frame.adjusted(-i, -i + 4, i, i + 4), 8 + i, 8 + i);
    }

    QPainterPath clip;
    clip.addRoundedRect(frame, 8, 8);
    p.setClipPath(clip);
    p.fillRect(frame, QColor(0xf3, 0xf4, 0xf6));
    const QRectF titleBar(frame.topLeft(), QSizeF(frame.width(), TitleBarHeight * scale));
    p.fillRect(titleBar, QColor(0xe9, 0xec, 0xf0));
    QFont font = QApplication::font();
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0x37, 0x41, 0x51));
    p.drawText(titleBar, Qt::AlignCenter, title);
    p.drawImage(QRectF(titleBar.bottomLeft(), QSizeF(frame.width(), dialog.height() * scale)),
                dialog);
    p.setClipping(false);
    p.setPen(QColor(0xb8, 0xc0, 0xcc));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(frame, 8, 8);
    return canvas;
}

// Offscreen, every top-level widget with a minimum or fixed size makes Qt say that the
// platform cannot pass size hints on; a picture has no window manager to pass them to.
QtMessageHandler previousHandler = nullptr;

void filterRenderMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (previousHandler)
        previousHandler(type, context, text);
}

std::optional<Users::User> renderUser()
{
    if (std::optional<Users::User> admin = Users::UserStore::firstActiveAdmin())
        return admin;
    if (Users::UserStore::count() > 0)
        return std::nullopt;
    // A database without users is drawn as its first administrator would see it, signed in as
    // an administrator that lives only in this process: rendering never writes a user (or
    // anything else) into the database it shows.
    Users::User transient;
    transient.userName = QLatin1String(Users::UserStore::InitialAdminName);
    transient.displayName = Users::UserStore::tr("System Administrator");
    transient.role = Users::Role::Admin;
    transient.createdAt = QDateTime::currentDateTimeUtc();
    return transient;
}

} // namespace

QString PageRenderer::initialPasswordToShow()
{
    return Users::UserStore::pendingInitialPassword();
}

QList<PageRenderer::Page> PageRenderer::pages()
{
    QList<Page> result = {{QStringLiteral("main"), tr("The main window with its first page")},
                          {QStringLiteral("login"), tr("Sign-in dialog")},
                          {QStringLiteral("welcome"), tr("First-start administrator password")},
                          {QStringLiteral("settings"), tr("Settings dialog")},
                          {QStringLiteral("newuser"), tr("New user dialog")},
                          {QStringLiteral("resetpassword"), tr("Reset password dialog")},
                          {QStringLiteral("about"), tr("About Hearth")}};
    for (Widgets::Module *module : Widgets::ModuleRegistry::modules()) {
        for (const Widgets::PageInfo &page : module->pages())
            result.append({page.id, page.title});
    }
    return result;
}

QImage PageRenderer::capture(QWidget *widget, const QSize &size,
                             const std::function<bool()> &ready)
{
    auto *dialog = qobject_cast<QDialog *>(widget);
    if (dialog) {
        dialog->adjustSize();
    } else {
        widget->resize(size.isValid() ? size : QSize(DefaultWidth, DefaultHeight));
    }
    widget->show();
    settle(ready);
    const QImage shot = widget->grab().toImage();
    if (dialog && size.isValid())
        return framedDialog(shot, dialog->windowTitle(), size);
    if (size.isValid() && shot.size() != size) {
        QImage fitted(size, QImage::Format_ARGB32_Premultiplied);
        fitted.fill(QApplication::palette().window().color());
        QPainter p(&fitted);
        p.drawImage(0, 0, shot);
        return fitted;
    }
    return shot;
}

int PageRenderer::run(const CommandLine &commandLine)
{
    if (commandLine.listPages()) {
        for (const Page &page : pages())
            out() << page.id << '\t' << page.title << Qt::endl;
        return DesktopApp::Ok;
    }

    const QString id = commandLine.renderPage;
    Widgets::Module *module = nullptr;
    bool known = false;
    for (const Page &page : pages())
        known = known || page.id == id;
    for (Widgets::Module *m : Widgets::ModuleRegistry::modules()) {
        for (const Widgets::PageInfo &page : m->pages()) {
            if (page.id == id)
                module = m;
        }
    }
    if (!known) {
        QStringList ids;
        for (const Page &page : pages())
            ids.append(page.id);
        err() << tr("hearth: unknown page \"%1\"; the pages are: %2")
                     .arg(id, ids.join(QStringLiteral(", ")))
              << Qt::endl;
        return DesktopApp::UnknownPage;
    }

    previousHandler = qInstallMessageHandler(filterRenderMessages);
    const QString databasePath = QFileInfo(commandLine.database.isEmpty()
                                               ? DesktopApp::defaultDatabasePath()
                                               : commandLine.database)
                                     .absoluteFilePath();
    // A path with no database behind it is drawn as a new, empty database made in a temporary
    // folder, so that a picture never leaves a database file behind; the pages still name the
    // path that was asked for.
    QTemporaryDir scratch;
    QString openedPath = databasePath;
    if (!QFileInfo::exists(databasePath)) {
        if (!scratch.isValid()) {
            err() << tr("hearth: cannot make a temporary folder: %1").arg(scratch.errorString())
                  << Qt::endl;
            return DesktopApp::RenderError;
        }
        openedPath = scratch.filePath(QStringLiteral("render.db"));
    }
    if (const Core::Status s = DesktopApp::openDatabase(openedPath); !s) {
        err() << tr("hearth: cannot open the database %1: %2")
                     .arg(QDir::toNativeSeparators(databasePath), s.error().message)
              << Qt::endl;
        return DesktopApp::DatabaseError;
    }
    const std::optional<Users::User> admin = renderUser();
    if (!admin) {
        err() << tr("hearth: the database has no active administrator to render as")
              << Qt::endl;
        return DesktopApp::DatabaseError;
    }
    DesktopApp::signIn(*admin);

    std::unique_ptr<QWidget> widget;
    std::function<bool()> ready = [] { return true; };
    if (id == QLatin1String("main")) {
        auto *window = new MainWindow(databasePath);
        window->setSavesSettings(false);
        const QString first = window->visiblePageIds().value(0);
        window->showPage(first);
        if (Widgets::Module *m = window->moduleOfPage(first))
            ready = [m, window, first] { return m->isPageReady(window->pageWidget(first)); };
        widget.reset(window);
    } else if (id == QLatin1String("login")) {
        auto *login = new Users::LoginDialog(databasePath);
        login->setUserName(admin->userName);
        widget.reset(login);
    } else if (id == QLatin1String("welcome")) {
        const QString password = initialPasswordToShow();
        if (password.isEmpty()) {
            err() << tr("hearth: no first password of this database is waiting to be shown; "
                        "the picture shows dots in its place")
                  << Qt::endl;
        }
        widget.reset(new Users::InitialPasswordDialog(
            QLatin1String(Users::UserStore::InitialAdminName),
            password.isEmpty() ? QString(PasswordPlaceholderLength, QChar(0x2022)) : password));
    } else if (id == QLatin1String("settings")) {
        widget.reset(new Users::SettingsDialog(databasePath));
    } else if (id == QLatin1String("newuser")) {
        widget.reset(new Users::UserEditDialog);
    } else if (id == QLatin1String("resetpassword")) {
        widget.reset(new Users::ResetPasswordDialog(*admin));
    } else if (id == QLatin1String("about")) {
        widget.reset(new AboutDialog);
    } else if (module) {
        QWidget *page = module->createPage(id, nullptr);
        if (!page) {
            err() << tr("hearth: the module \"%1\" did not create the page \"%2\"")
                         .arg(module->id(), id)
                  << Qt::endl;
            return DesktopApp::RenderError;
        }
        widget.reset(page);
        ready = [module, page] { return module->isPageReady(page); };
    }

    const QImage image = capture(widget.get(), commandLine.size, ready);
    widget.reset();
    Storage::Database::close();
    if (image.isNull() || !image.save(commandLine.output, "PNG")) {
        err() << tr("hearth: cannot write the picture to %1")
                     .arg(QDir::toNativeSeparators(commandLine.output))
              << Qt::endl;
        return DesktopApp::RenderError;
    }
    out() << tr("hearth: wrote %1 (%2×%3)")
                 .arg(QDir::toNativeSeparators(commandLine.output))
                 .arg(image.width())
                 .arg(image.height())
          << Qt::endl;
    return DesktopApp::Ok;
}

} // namespace Hearth::Desktop
