#include "jsoneditor.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QToolTip>

namespace Hearth::Workflow {

namespace {

constexpr int IndentWidth = 2;
const QColor markerColour(0xdc2626);
const QColor markerLine(0xfdecec);
const QColor gutterBackground(0xf3f4f6);
const QColor gutterText(0x9aa1ab);

// The margin with the line numbers; the editor paints it.
class Gutter : public QWidget
{
public:
    explicit Gutter(JsonEditor *editor) : QWidget(editor), m_editor(editor) {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        auto *help = static_cast<QHelpEvent *>(event);
        const QStringList messages = m_editor->messagesOnLine(m_editor->lineAt(help->pos().y()));
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
        return true;
    }

private:
    JsonEditor *m_editor;
};

} // namespace

JsonEditor::JsonEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), 9.5));
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QString(IndentWidth, u' ')));
    m_highlighter = new JsonHighlighter(document());
    m_gutter = new Gutter(this);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonEditor::updateGutter);
    updateGutterWidth();
}

void JsonEditor::setJson(const QString &text)
{
    m_markers.clear();
    setPlainText(text);
    document()->setModified(false);
    showMarkers();
}

void JsonEditor::setMarkers(const QList<EditorMarker> &markers)
{
    m_markers = markers;
    showMarkers();
    m_gutter->update();
}

QStringList JsonEditor::messagesOnLine(int line) const
{
    QStringList messages;
    for (const EditorMarker &m : m_markers) {
        if (lineOf(m.start) == line && !messages.contains(m.message))
            messages.append(m.message);
    }
    return messages;
}

int JsonEditor::lineOf(int position) const
{
    return document()->findBlock(position).blockNumber() + 1;
}

void JsonEditor::jumpTo(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void JsonEditor::replaceText(int start, int length, const QString &text)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.insertText(text);
}

void JsonEditor::replaceAll(const QString &text)
{
    const QString old = toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix)) {
        ++suffix;
    }
    replaceText(int(prefix), int(old.size() - prefix - suffix),
                text.mid(prefix, text.size() - prefix - suffix));
}

int JsonEditor::gutterWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 22 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 2);
}

void JsonEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void JsonEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void JsonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void JsonEditor::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), gutterBackground);
    QSet<int> marked;
    for (const EditorMarker &m : std::as_const(m_markers))
        marked.insert(lineOf(m.start));

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    p.setRenderHint(QPainter::Antialiasing);
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            if (marked.contains(line)) {
                p.setPen(Qt::NoPen);
                p.setBrush(markerColour);
                const int d = std::min(8, lineHeight - 4);
                p.drawEllipse(QRect(4, top + (lineHeight - d) / 2, d, d));
            }
            p.setPen(marked.contains(line) ? markerColour : gutterText);
            p.drawText(QRect(0, top, m_gutter->width() - 6, lineHeight),
                       Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void JsonEditor::showMarkers()
{
    QList<QTextEdit::ExtraSelection> selections;
    QSet<int> lines;
    for (const EditorMarker &m : std::as_const(m_markers)) {
        const QTextBlock block = document()->findBlock(m.start);
        if (!block.isValid() || lines.contains(block.blockNumber()))
            continue;
        lines.insert(block.blockNumber());
        QTextEdit::ExtraSelection line;
        line.format.setBackground(markerLine);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections.append(line);
    }
    for (const EditorMarker &m : std::as_const(m_markers)) {
        QTextEdit::ExtraSelection underline;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(markerColour);
        underline.cursor = QTextCursor(document());
        const int last = document()->characterCount() - 1;
        underline.cursor.setPosition(std::clamp(m.start, 0, last));
        underline.cursor.setPosition(std::clamp(m.start + std::max(m.length, 1), 0, last),
                                     QTextCursor::KeepAnchor);
        selections.append(underline);
    }
    setExtraSelections(selections);
}

void JsonEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        textCursor().insertText(QString(IndentWidth, u' '));
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString line = textCursor().block().text();
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        const QString before = line.left(textCursor().positionInBlock()).trimmed();
        if (before.endsWith(u'{') || before.endsWith(u'['))
            indent += IndentWidth;
        textCursor().insertText(u'\n' + QString(indent, u' '));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

int JsonEditor::lineAt(int y) const
{
    return cursorForPosition(QPoint(0, y)).blockNumber() + 1;
}

bool JsonEditor::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int position = cursorForPosition(help->pos()).position();
    QStringList messages;
    for (const EditorMarker &m : std::as_const(m_markers)) {
        if (position >= m.start && position <= m.start + std::max(m.length, 1))
            messages.append(m.message);
    }
    if (messages.isEmpty())
        messages = messagesOnLine(lineAt(help->pos().y()));
    if (messages.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), messages.join(u'\n'), viewport());
    return true;
}

} // namespace Hearth::Workflow
