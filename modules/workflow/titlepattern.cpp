#include "titlepattern.h"

#include <algorithm>

namespace Hearth::Workflow::Internal {

TitlePattern::TitlePattern(const QString &pattern, std::initializer_list<const char *> names)
    : m_pattern(pattern)
{
    for (const char *name : names)
        m_names.append(QLatin1StringView(name));
    // One pass gives what replacing the names in turn gives when every brace of the pattern
    // belongs to one of the names (and, as fill() checks, no value has a brace).
    m_onePass = true;
    qsizetype from = 0;
    while (from <= pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', from);
        const qsizetype end = open < 0 ? pattern.size() : open;
        if (QStringView(pattern).mid(from, end - from).contains(u'}')) {
            m_onePass = false;
            break;
        }
        if (end > from)
            m_pieces.append(Piece{from, end - from, -1});
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(u'}', open);
        const QStringView token = close < 0 ? QStringView()
                                            : QStringView(pattern).mid(open, close - open + 1);
        const auto name = std::find(m_names.cbegin(), m_names.cend(), token);
        if (close < 0 || name == m_names.cend()) {
            m_onePass = false;
            break;
        }
        m_pieces.append(Piece{open, close - open + 1, int(name - m_names.cbegin())});
        from = close + 1;
    }
}

QString TitlePattern::fill(std::initializer_list<QStringView> values) const
{
    if (m_pattern.isEmpty())
        return m_pattern;
    const bool braces = std::any_of(values.begin(), values.end(), [](QStringView v) {
        return v.contains(u'{') || v.contains(u'}');
    });
    if (m_onePass && !braces) {
        qsizetype size = 0;
        for (const Piece &piece : m_pieces)
            size += piece.name < 0 ? piece.size : values.begin()[piece.name].size();
        QString out;
        out.reserve(size);
        for (const Piece &piece : m_pieces) {
            if (piece.name < 0)
                out += QStringView(m_pattern).mid(piece.from, piece.size);
            else
                out += values.begin()[piece.name];
        }
        return out;
    }
    QString out = m_pattern;
    for (qsizetype i = 0; i < m_names.size() && i < qsizetype(values.size()); ++i)
        out.replace(m_names.at(i), values.begin()[i].toString());
    return out;
}

} // namespace Hearth::Workflow::Internal
