#pragma once

// The processing string as text: monospace, wrapped, with the parser's error underlined at the
// offending token and the selected operation's span highlighted. textEdited() fires only for
// the user's typing, not for setProcessing().

#include <QPlainTextEdit>

namespace ad::ui
{

class StyleStringEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit StyleStringEdit(QWidget *parent = nullptr);
    QString processing() const { return toPlainText(); }
    void setProcessing(const QString &text); // keeps the cursor where it can
    void setError(int offset, int length);   // offset -1: none
    void setHighlight(int offset, int length);
    bool hasError() const { return m_errorOffset >= 0; }
    bool isPasting() const { return m_pasting; } // true while a paste or drop edits the text
    QSize sizeHint() const override;

Q_SIGNALS:
    void textEdited();
    // The window keeps one history for typing and form edits, so Undo goes there.
    void undoRequested();
    void redoRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateSelections();

    bool m_programmatic = false;
    bool m_pasting = false;
    int m_errorOffset = -1, m_errorLength = 0;
    int m_highlightOffset = -1, m_highlightLength = 0;
};

} // namespace ad::ui
