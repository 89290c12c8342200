#include "problemplace.h"

#include "jsonlocator.h"

#include <QRegularExpression>

namespace Hearth::Workflow {

ProblemPlace ProblemPlace::parse(const QString &where, const QString &label)
{
    static const QRegularExpression filePattern(
        QStringLiteral("^(review\\.json|split\\.json|templates/[A-Za-z0-9_.\\-]+?\\.json)"
                       "(?::\\s*|\\s+|$)"));
    static const QRegularExpression groups(QStringLiteral("\\s*\\([^)]*\\)"));
    static const QRegularExpression pathPattern(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[\\d+\\])*(\\.[A-Za-z_][A-Za-z0-9_]*"
                       "(\\[\\d+\\])*)*"));
    static const QRegularExpression number(QStringLiteral("\\d+"));

    ProblemPlace place;
    QString rest = where.trimmed();
    const bool labelled = !label.isEmpty() && rest.startsWith(label)
        && (rest.size() == label.size() || rest.at(label.size()) == u':');
    if (labelled) {
        rest = rest.mid(label.size() + 1).trimmed();
    } else if (const QRegularExpressionMatch m = filePattern.match(rest); m.hasMatch()) {
        place.file = m.captured(1);
        rest = rest.mid(m.capturedLength());
    } else if (const qsizetype colon = rest.indexOf(QStringLiteral(": ")); colon >= 0) {
        rest = rest.mid(colon + 2);  // a process's label: "cabinetry v1: ..."
    }
    rest.remove(groups);
    const QRegularExpressionMatch path = pathPattern.match(rest);
    if (!path.hasMatch())
        return place;
    place.path = path.captured(0);
    const QString after = rest.mid(path.capturedLength());
    if (after.startsWith(u',')) {
        if (const QRegularExpressionMatch n = number.match(after); n.hasMatch())
            place.column = n.captured(0).toInt();
    }
    return place;
}

ProblemPlace::Range ProblemPlace::range(const JsonLocator &locator, const QString &text) const
{
    QString found;
    const auto span = locator.nearest(path, &found);
    if (!span)
        return {};
    if (column > 0 && found == path && span->start < text.size()
        && text.at(span->start) == u'"') {
        return {locator.positionInString(*span, column), 1};
    }
    const int start = span->keyStart >= 0 ? span->keyStart : span->start;
    qsizetype lineEnd = text.indexOf(u'\n', start);
    if (lineEnd < 0 || lineEnd > span->end)
        lineEnd = span->end;
    return {start, int(std::max<qsizetype>(lineEnd - start, 1))};
}

int ProblemPlace::syntaxErrorPosition(const QString &text, const QJsonParseError &error)
{
    const QByteArray bytes = text.toUtf8();
    int position = int(QString::fromUtf8(bytes.left(error.offset)).size());
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator: {
        // Back over the space the parser skipped, the token it did not expect and the space
        // before that token: to just after the last thing that was right.
        auto skipSpace = [&] {
            while (position > 0 && text.at(position - 1).isSpace())
                --position;
        };
        skipSpace();
        if (position > 0)
            --position;
        skipSpace();
        return position;
    }
    default:
        return std::min(position, int(text.size()));
    }
}

EditorProblem ProblemPlace::locate(const Core::Error &error, const JsonLocator &locator,
                                   const QString &text, const QString &label)
{
    const ProblemPlace place = parse(error.where, label);
    EditorProblem problem;
    problem.file = place.file;
    problem.message = error.message;
    if (!place.path.isEmpty()) {
        problem.place = place.path;
        // Keep what the validator said about the column ("column 12", translated).
        if (place.column > 0)
            problem.place += QStringLiteral(", ")
                + error.where.mid(error.where.lastIndexOf(u',') + 1).trimmed();
    } else if (place.file.isEmpty() && error.where != label) {
        problem.place = error.where;
    }
    const Range r = place.range(locator, text);
    problem.position = r.start;
    problem.length = r.length;
    return problem;
}

} // namespace Hearth::Workflow
