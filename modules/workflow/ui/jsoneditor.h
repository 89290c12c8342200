#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>

namespace Hearth::Workflow {

class JsonHighlighter;

/// A problem marked in the editor: the text it is about and what is wrong.
struct EditorMarker
{
    int start = 0;
    int length = 1;
    QString message;
};

/// A plain-text JSON editor: line numbers, colours, problems underlined in red with a dot in
/// the margin and the message as a tool tip, and the indentation of the line above kept.
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);

    /// Replaces the text; undo starts from here and the document counts as unmodified.
    void setJson(const QString &text);
    void setMarkers(const QList<EditorMarker> &markers);
    const QList<EditorMarker> &markers() const { return m_markers; }
    /// The messages of the markers on a line (from 1).
    QStringList messagesOnLine(int line) const;
    /// The line (from 1) shown at y in the viewport.
    int lineAt(int y) const;
    /// Puts the cursor at position, shows it in the middle and takes the focus.
    void jumpTo(int position);
    /// Replaces text as an edit the user can undo.
    void replaceText(int start, int length, const QString &text);
    /// Changes the text to text as one edit the user can undo, touching only what differs.
    void replaceAll(const QString &text);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void showMarkers();
    int lineOf(int position) const;

    QWidget *m_gutter = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QList<EditorMarker> m_markers;
};

} // namespace Hearth::Workflow
