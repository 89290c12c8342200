#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Workflow {

/// Finds where each member of a JSON text is written, by path ("transitions[5].when",
/// "states[2].ui"; "" is the whole document), so that an editor can mark a problem at its place
/// and change one member without rewriting the user's layout of the rest.
class JsonLocator
{
public:
    struct Span
    {
        int keyStart = -1;  // the member's key; -1 for array items and the document
        int start = -1;     // the value, from its first character
        int end = -1;       // to just after its last
    };

    /// One replacement in the text.
    struct Edit
    {
        int start = 0;
        int length = 0;
        QString text;
    };

    explicit JsonLocator(const QString &text);

    /// True when the whole text was read as one JSON value.
    bool isValid() const { return m_valid; }
    std::optional<Span> find(const QString &path) const;
    /// The span of path or of its longest parent that is written; found gets that parent's path.
    std::optional<Span> nearest(const QString &path, QString *found = nullptr) const;
    /// The position of character column (counted from 1, escapes decoded) of the string value
    /// at span; the string's first character for a column past its end.
    int positionInString(const Span &span, int column) const;
    /// An object's keys in the order they are written.
    QStringList keys(const QString &objectPath) const;

    /// Gives the object at objectPath the member key = valueJson: replaces the value when the
    /// key is there, else adds the member after the last one, indented like it.
    std::optional<Edit> setMember(const QString &objectPath, const QString &key,
                                  const QString &valueJson) const;
    /// Takes the member out of the object with the comma that joins it to the others.
    std::optional<Edit> removeMember(const QString &objectPath, const QString &key) const;

    static QString apply(const QString &text, const Edit &edit);
    static QString childPath(const QString &parent, const QString &key);
    static QString itemPath(const QString &parent, int index);

private:
    friend class JsonScanner;

    QString m_text;
    QHash<QString, Span> m_spans;
    QHash<QString, QStringList> m_keys;
    bool m_valid = false;
};

} // namespace Hearth::Workflow
