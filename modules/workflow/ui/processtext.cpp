#include "processtext.h"

#include "jsonlocator.h"

namespace Hearth::Workflow {

namespace {

QString statePath(int index)
{
    return JsonLocator::itemPath(QStringLiteral("states"), index);
}

} // namespace

std::optional<QString> ProcessText::withPosition(const QString &text, int stateIndex,
                                                 const QPoint &topLeft)
{
    const JsonLocator locator(text);
    const QString state = statePath(stateIndex);
    const QString ui = JsonLocator::childPath(state, QStringLiteral("ui"));
    if (!locator.isValid() || !locator.find(state))
        return std::nullopt;
    const auto uiSpan = locator.find(ui);
    if (!uiSpan || text.at(uiSpan->start) != u'{') {
        const auto edit = locator.setMember(
            state, QStringLiteral("ui"),
            QStringLiteral("{\"x\": %1, \"y\": %2}").arg(topLeft.x()).arg(topLeft.y()));
        if (!edit)
            return std::nullopt;
        return JsonLocator::apply(text, *edit);
    }
    QString out = text;
    for (const auto &[key, value] : {std::pair{QStringLiteral("x"), topLeft.x()},
                                     std::pair{QStringLiteral("y"), topLeft.y()}}) {
        const auto edit = JsonLocator(out).setMember(ui, key, QString::number(value));
        if (!edit)
            return std::nullopt;
        out = JsonLocator::apply(out, *edit);
    }
    return out;
}

QString ProcessText::withoutPositions(const QString &text)
{
    QString out = text;
    // From the last state up, so that the places found earlier stay where they are.
    const JsonLocator first(out);
    int count = 0;
    while (first.find(statePath(count)))
        ++count;
    for (int i = count - 1; i >= 0; --i) {
        const QString ui = JsonLocator::childPath(statePath(i), QStringLiteral("ui"));
        for (const QString &key : {QStringLiteral("y"), QStringLiteral("x")}) {
            if (const auto edit = JsonLocator(out).removeMember(ui, key))
                out = JsonLocator::apply(out, *edit);
        }
        const JsonLocator after(out);
        const auto span = after.find(ui);
        if (span && out.at(span->start) == u'{' && after.keys(ui).isEmpty()) {
            if (const auto edit = after.removeMember(statePath(i), QStringLiteral("ui")))
                out = JsonLocator::apply(out, *edit);
        }
    }
    return out;
}

} // namespace Hearth::Workflow
