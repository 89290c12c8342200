#include "jsonhighlighter.h"

#include <QColor>

namespace Hearth::Workflow {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1d4ed8));
    m_string.setForeground(QColor(0x047857));
    m_number.setForeground(QColor(0xb45309));
    m_literal.setForeground(QColor(0x7c3aed));
    m_punctuation.setForeground(QColor(0x6b7280));
}

// JSON has no text across lines, so each line is coloured on its own.
void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, n);
            qsizetype next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            const bool isKey = next < n && text.at(next) == u':';
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isDigit() || text.at(end) == u'.'
                               || text.at(end) == u'e' || text.at(end) == u'E'
                               || text.at(end) == u'+' || text.at(end) == u'-')) {
                ++end;
            }
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace Hearth::Workflow
