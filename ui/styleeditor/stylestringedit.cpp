#include "styleeditor/stylestringedit.h"

#include <QFontDatabase>
#include <QKeyEvent>

namespace ad::ui
{

StyleStringEdit::StyleStringEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrapMode(QTextOption::WrapAnywhere);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    setPlaceholderText(tr("imageMogr2/thumbnail/800x/quality/80|watermark/2/text/…"));
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_programmatic) Q_EMIT textEdited();
    });
}

QSize StyleStringEdit::sizeHint() const
{
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(),
            fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 8};
}

void StyleStringEdit::keyPressEvent(QKeyEvent *event)
{
    // One line of text: Enter does not add a line break.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->ignore();
        return;
    }
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void StyleStringEdit::insertFromMimeData(const QMimeData *source)
{
    // The window takes a pasted URL apart more readily than one typed a character at a time.
    m_pasting = true;
    QPlainTextEdit::insertFromMimeData(source);
    m_pasting = false;
}

void StyleStringEdit::setProcessing(const QString &text)
{
    if (text == toPlainText()) return;
    m_programmatic = true;
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor c = textCursor();
    c.setPosition(std::min(position, int(text.size())));
    setTextCursor(c);
    m_programmatic = false;
}

void StyleStringEdit::setError(int offset, int length)
{
    m_errorOffset = offset;
    m_errorLength = std::max(1, length);
    updateSelections();
}

void StyleStringEdit::setHighlight(int offset, int length)
{
    m_highlightOffset = offset;
    m_highlightLength = length;
    updateSelections();
}

void StyleStringEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int size = int(toPlainText().size());
    const auto make = [&](int offset, int length, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        const int from = std::clamp(offset, 0, size);
        // An error at the very end (a missing value) marks the last character.
        const int start = from == size && size > 0 ? size - 1 : from;
        s.cursor.setPosition(start);
        s.cursor.setPosition(std::min(size, start + length), QTextCursor::KeepAnchor);
        s.format = format;
        selections << s;
    };
    if (m_highlightOffset >= 0 && m_highlightLength > 0) {
        QTextCharFormat f;
        f.setBackground(palette().color(QPalette::Highlight).lighter(170));
        make(m_highlightOffset, m_highlightLength, f);
    }
    if (m_errorOffset >= 0) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
        f.setForeground(QColor(0xb0, 0x00, 0x20));
        f.setBackground(QColor(0xb0, 0x00, 0x20, 40));
        make(m_errorOffset, m_errorLength, f);
    }
    setExtraSelections(selections);
}

} // namespace ad::ui
