#pragma once

// The viewer's filmstrip: the folder's files in a row of thumbnails (from the core's
// ThumbnailLoader and the shared disk cache) with the file on screen highlighted. Clicking a
// thumbnail, or moving along the strip with the keys while it has focus, picks that file.

#include "imaging/thumbnailloader.h"

#include <QListWidget>
#include <QSet>

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
    // A clip's chosen cover (Set as Cover), as the grid shows it; and making a thumbnail again
    // once it changed.
    void setCoverLookup(imaging::ThumbnailLoader::CoverLookup lookup);
    void refreshThumbnail(const QString &path);

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
