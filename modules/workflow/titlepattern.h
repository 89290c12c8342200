#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <initializer_list>

// The task titles of the split (拆单). Not for use elsewhere.
namespace Hearth::Workflow::Internal {

/// A title pattern of split.json ("{order_no} {workshop}：{lines}"), read once into its literal
/// text and the names it uses, so that each title is made in one pass.
class TitlePattern
{
public:
    TitlePattern() = default;
    /// The names are given with their braces ("{order_no}"), in the order fill() takes values.
    TitlePattern(const QString &pattern, std::initializer_list<const char *> names);

    /// The title with each name replaced in turn by the value given in its place.
    QString fill(std::initializer_list<QStringView> values) const;

private:
    struct Piece
    {
        qsizetype from = 0;
        qsizetype size = 0;
        int name = -1;  // the name's index, or -1 for literal text
    };

    QString m_pattern;
    QVarLengthArray<QLatin1StringView, 4> m_names;
    QVarLengthArray<Piece, 8> m_pieces;
    bool m_onePass = false;  // every brace of the pattern belongs to one of the names
};

} // namespace Hearth::Workflow::Internal
