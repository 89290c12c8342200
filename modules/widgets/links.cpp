#include "links.h"

#include <QHash>

namespace Hearth::Widgets {

namespace {

struct Registry
{
    QHash<QString, Links::Handler> handlers;
    Links::PageOpener pageOpener;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void Links::setHandler(const QString &kind, Handler handler)
{
    if (handler)
        registry().handlers.insert(kind, std::move(handler));
    else
        registry().handlers.remove(kind);
}

bool Links::canOpen(const QString &kind)
{
    return registry().handlers.contains(kind);
}

bool Links::open(const QString &kind, const QString &id, QWidget *from)
{
    if (id.isEmpty())
        return false;
    // A copy: the handler may replace itself while it runs.
    const Handler handler = registry().handlers.value(kind);
    return handler && handler(id, from);
}

void Links::setPageOpener(PageOpener opener)
{
    registry().pageOpener = std::move(opener);
}

QWidget *Links::openPage(const QString &pageId)
{
    const PageOpener opener = registry().pageOpener;
    return opener ? opener(pageId) : nullptr;
}

} // namespace Hearth::Widgets
