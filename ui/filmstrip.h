#pragma once

// The viewer's filmstrip: the folder's files in a row of thumbnails (from the core's
// ThumbnailLoader and the shared disk cache) with the file on screen highlighted. Clicking a
// thumbnail, or moving along the strip with the keys while it has focus, picks that file.

#include <QListWidget>
#include <QSet>

namespace ad::imaging
{
class ThumbnailLoader;
}

namespace ad::ui
{

class Filmstrip : public QListWidget
{
    Q_OBJECT
public:
    explicit Filmstrip(QWidget *parent = nullptr);

    void setFiles(const QStringList &paths, const QStringList &names = {});
    void setCurrent(int index); // follows the viewer without signalling back
    bool hasThumbnail(int index) const;
    int thumbnailsPending() const;

Q_SIGNALS:
    void picked(int index);

private:
    void requestAround(int index);
    void thumbnailReady(const QString &path, const QImage &image);

    imaging::ThumbnailLoader *m_loader;
    QHash<QString, int> m_rows;
    QSet<QString> m_shown; // paths whose thumbnail is on their item
    bool m_following = false;
};

} // namespace ad::ui
