#pragma once

// A window for looking at files one by one: the folder's files in view order, next and
// previous with the neighbours decoded ahead, full screen.

#include <QWidget>

namespace ad::ui
{

class ImageLoader;
class MediaView;

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
    void toggleFullScreen();
    MediaView *view() const { return m_view; }

Q_SIGNALS:
    void currentChanged(const QString &path); // so the browser can follow

private:
    void showCurrent();

    ImageLoader *m_loader;
    MediaView *m_view;
    QStringList m_files;
    QStringList m_names;
    int m_index = -1;
};

} // namespace ad::ui
