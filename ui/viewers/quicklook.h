#pragma once

// Quick Look: Space in the browser shows the current file large in a frameless window over
// the main window, without taking the keyboard from the grid, so the arrow keys move on and the
// preview follows. Space or Esc closes it (from the grid, or here when it has the focus, also
// when the player inside has it). A clip shows its poster (its cover) with a Play button, as in
// the viewer: a click plays it.

#include <QFrame>

class QLabel;

namespace ad::ui
{

class ImageLoader;
class MediaView;

class QuickLook : public QFrame
{
    Q_OBJECT
public:
    QuickLook(ImageLoader *loader, QWidget *window);
    void showFile(const QString &path); // shows the window too, sized over its parent window
    QString path() const;
    MediaView *view() const { return m_view; }

Q_SIGNALS:
    void step(int delta); // an arrow key while this window has the focus
    void shown(bool visible);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void place();

    MediaView *m_view;
    QLabel *m_caption;
};

} // namespace ad::ui
