#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Hearth::Workflow {

/// Colours JSON: keys, text values, numbers, true/false/null and punctuation, each its own.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace Hearth::Workflow
