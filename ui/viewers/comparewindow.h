#pragma once

// Two images side by side. With "Synchronise" on, zooming or panning one moves the other to
// the same zoom and the same relative position, for judging two versions of a picture.

#include <QWidget>

class QCheckBox;

namespace ad::ui
{

class ImageLoader;
class ImageViewer;

class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    CompareWindow(ImageLoader *loader, const QString &left, const QString &right,
                  QWidget *parent = nullptr);
    ImageViewer *viewer(int side) const { return side == 0 ? m_left : m_right; }
    bool isReady() const { return m_pending == 0; }
    void setSynchronised(bool on);

Q_SIGNALS:
    void ready(); // both images are shown (or their errors)

private:
    ImageLoader *m_loader;
    ImageViewer *m_left;
    ImageViewer *m_right;
    QCheckBox *m_sync;
    QStringList m_paths;
    int m_pending = 2;
};

} // namespace ad::ui
