#pragma once

// A window for looking at files one by one: the folder's files in view order, next and
// previous with the neighbours decoded ahead, a filmstrip of the folder, the picture turned
// for viewing (never the file), a slideshow and full screen.

#include <QWidget>

class QAction;
class QLabel;
class QTimer;
class QToolBar;

namespace ad::ui
{

class Filmstrip;
class ImageLoader;
class MediaView;
class VideoTools;

class ViewerWindow : public QWidget
{
    Q_OBJECT
public:
    ViewerWindow(ImageLoader *loader, QWidget *parent = nullptr);

    // `names` (optional, one per path) titles the window: a bucket object's copy is shown
    // under the object's name rather than the cache file's.
    void setFiles(const QStringList &paths, int current, const QStringList &names = {});
    int currentIndex() const { return m_index; }
    QString currentPath() const { return m_files.value(m_index); }
    void step(int delta); // wraps around neither end
    void showIndex(int index);
    void toggleFullScreen();
    void rotateView(int degrees); // adds to the current turn; view only
    MediaView *view() const { return m_view; }
    Filmstrip *filmstrip() const { return m_filmstrip; }
    QToolBar *toolBar() const { return m_bar; }
    VideoTools *videoTools() const { return m_videoTools; } // its menu shows for clips
    void setFilmstripVisible(bool visible);
    // A confirmation on the picture for a few seconds (Set as Cover's): the main window's status
    // bar is behind this window.
    void showMessage(const QString &text, int ms = 5000);
    QString message() const; // the one on screen, else empty

    // Slideshow: full screen, the next file every interval (in order, or shuffled), Esc ends.
    void startSlideshow();
    void stopSlideshow();
    bool isSlideshowRunning() const;
    void setSlideshowInterval(int ms); // remembered for the next slideshow
    void setSlideshowShuffle(bool on);

Q_SIGNALS:
    void currentChanged(const QString &path); // so the browser can follow

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeMessage();
    void showCurrent();
    void slideshowNext();
    QAction *addKeyAction(const QString &text, const QList<QKeySequence> &keys);

    ImageLoader *m_loader;
    MediaView *m_view;
    QToolBar *m_bar;
    Filmstrip *m_filmstrip;
    VideoTools *m_videoTools;
    QAction *m_videoAction; // the toolbar's Video menu, shown for clips only
    QAction *m_filmstripAction;
    QAction *m_slideshowAction;
    QAction *m_shuffleAction;
    QTimer *m_slideshow;
    QLabel *m_message;
    QTimer *m_messageTimer;
    QList<int> m_slideOrder;            // indexes still to show in this round
    bool m_slideshowFullScreen = false; // the slideshow entered full screen, so it leaves it
    QStringList m_files;
    QStringList m_names;
    int m_index = -1;
};

} // namespace ad::ui
