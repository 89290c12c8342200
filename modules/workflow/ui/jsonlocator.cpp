#include "jsonlocator.h"

#include <algorithm>

namespace Hearth::Workflow {

/// A recursive-descent reader that records the span of every value it passes.
class JsonScanner
{
public:
    explicit JsonScanner(JsonLocator &locator) : m_l(locator), m_text(locator.m_text) {}

    bool scan()
    {
        skipSpace();
        if (!value(QString(), -1))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    static constexpr int MaxDepth = 200;

    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    bool value(const QString &path, int keyStart)
    {
        if (m_depth > MaxDepth)
            return false;
        JsonLocator::Span span;
        span.keyStart = keyStart;
        span.start = int(m_pos);
        const QChar c = peek();
        bool ok = false;
        ++m_depth;
        if (c == u'{')
            ok = object(path);
        else if (c == u'[')
            ok = array(path);
        else if (c == u'"')
            ok = string(nullptr);
        else
            ok = scalar();
        --m_depth;
        if (!ok)
            return false;
        span.end = int(m_pos);
        if (!m_l.m_spans.contains(path))
            m_l.m_spans.insert(path, span);
        return true;
    }

    bool object(const QString &path)
    {
        ++m_pos;
        skipSpace();
        QStringList keys;
        if (peek() == u'}') {
            ++m_pos;
            m_l.m_keys.insert(path, keys);
            return true;
        }
        for (;;) {
            skipSpace();
            const int keyStart = int(m_pos);
            QString key;
            if (peek() != u'"' || !string(&key))
                return false;
            skipSpace();
            if (peek() != u':')
                return false;
            ++m_pos;
            skipSpace();
            if (!value(JsonLocator::childPath(path, key), keyStart))
                return false;
            if (!keys.contains(key))
                keys.append(key);
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u'}') {
                ++m_pos;
                break;
            }
            return false;
        }
        if (!m_l.m_keys.contains(path))
            m_l.m_keys.insert(path, keys);
        return true;
    }

    bool array(const QString &path)
    {
        ++m_pos;
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            return true;
        }
        for (int index = 0;; ++index) {
            skipSpace();
            if (!value(JsonLocator::itemPath(path, index), -1))
                return false;
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u']') {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    bool string(QString *decoded)
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c == u'\\') {
                if (m_pos + 1 >= m_text.size())
                    return false;
                const QChar e = m_text.at(m_pos + 1);
                if (e == u'u') {
                    if (m_pos + 6 > m_text.size())
                        return false;
                    bool ok = false;
                    const ushort code = m_text.mid(m_pos + 2, 4).toUShort(&ok, 16);
                    if (!ok)
                        return false;
                    if (decoded)
                        decoded->append(QChar(code));
                    m_pos += 6;
                    continue;
                }
                if (decoded) {
                    static const QString from = QStringLiteral("\"\\/bfnrt");
                    static const QString to = QStringLiteral("\"\\/\b\f\n\r\t");
                    const qsizetype i = from.indexOf(e);
                    decoded->append(i >= 0 ? to.at(i) : e);
                }
                m_pos += 2;
                continue;
            }
            if (decoded)
                decoded->append(c);
            ++m_pos;
        }
        return false;
    }

    bool scalar()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (!c.isLetterOrNumber() && c != u'-' && c != u'+' && c != u'.')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    JsonLocator &m_l;
    const QString &m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

JsonLocator::JsonLocator(const QString &text) : m_text(text)
{
    m_valid = JsonScanner(*this).scan();
}

std::optional<JsonLocator::Span> JsonLocator::find(const QString &path) const
{
    const auto it = m_spans.constFind(path);
    if (it == m_spans.cend())
        return std::nullopt;
    return it.value();
}

std::optional<JsonLocator::Span> JsonLocator::nearest(const QString &path, QString *found) const
{
    QString p = path;
    for (;;) {
        if (const auto span = find(p)) {
            if (found)
                *found = p;
            return span;
        }
        if (p.isEmpty())
            return std::nullopt;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
}

int JsonLocator::positionInString(const Span &span, int column) const
{
    if (span.start < 0 || span.start >= m_text.size() || m_text.at(span.start) != u'"')
        return span.start;
    int pos = span.start + 1;
    for (int c = 1; c < column; ++c) {
        if (pos >= span.end - 1)
            return span.start + 1;
        if (m_text.at(pos) == u'\\')
            pos += pos + 1 < m_text.size() && m_text.at(pos + 1) == u'u' ? 6 : 2;
        else
            ++pos;
    }
    return pos < span.end - 1 ? pos : span.start + 1;
}

QStringList JsonLocator::keys(const QString &objectPath) const
{
    return m_keys.value(objectPath);
}

namespace {

QString quotedKey(const QString &key)
{
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

std::optional<JsonLocator::Edit> JsonLocator::setMember(const QString &objectPath,
                                                        const QString &key,
                                                        const QString &valueJson) const
{
    const auto object = find(objectPath);
    if (!object || m_text.at(object->start) != u'{')
        return std::nullopt;
    if (const auto member = find(childPath(objectPath, key)))
        return Edit{member->start, member->end - member->start, valueJson};

    const QString member = quotedKey(key) + QStringLiteral(": ") + valueJson;
    const QStringList existing = keys(objectPath);
    if (existing.isEmpty())
        return Edit{object->start + 1, 0, member};

    const Span last = *find(childPath(objectPath, existing.last()));
    const int lineStart = int(m_text.lastIndexOf(u'\n', last.keyStart)) + 1;
    const bool ownLine = lineStart > object->start;
    if (!ownLine)
        return Edit{last.end, 0, QStringLiteral(", ") + member};
    QString indent;
    for (int i = lineStart; i < last.keyStart && m_text.at(i).isSpace(); ++i)
        indent.append(m_text.at(i));
    return Edit{last.end, 0, QStringLiteral(",\n") + indent + member};
}

std::optional<JsonLocator::Edit> JsonLocator::removeMember(const QString &objectPath,
                                                           const QString &key) const
{
    const auto object = find(objectPath);
    const auto member = find(childPath(objectPath, key));
    if (!object || !member)
        return std::nullopt;
    const QStringList existing = keys(objectPath);
    const qsizetype index = existing.indexOf(key);
    if (existing.size() == 1) {
        // The only member: the braces stay, with nothing between them.
        return Edit{object->start + 1, object->end - object->start - 2, QString()};
    }
    if (index > 0) {
        const Span before = *find(childPath(objectPath, existing.at(index - 1)));
        return Edit{before.end, member->end - before.end, QString()};
    }
    const Span after = *find(childPath(objectPath, existing.at(1)));
    return Edit{member->keyStart, after.keyStart - member->keyStart, QString()};
}

QString JsonLocator::apply(const QString &text, const Edit &edit)
{
    QString out = text;
    out.replace(edit.start, edit.length, edit.text);
    return out;
}

QString JsonLocator::childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString JsonLocator::itemPath(const QString &parent, int index)
{
    return parent + u'[' + QString::number(index) + u']';
}

} // namespace Hearth::Workflow
