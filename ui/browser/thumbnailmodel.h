#pragma once

// Puts thumbnails from the core's ThumbnailLoader into the decoration of the folder model.
// Only what a view asks for (the visible items) is requested, newest first.

#include <QCache>
#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QSet>
#include <functional>
#include <optional>

namespace ad::imaging
{
class ThumbnailLoader;
}

namespace ad::ui
{

class FolderModel;

class ThumbnailModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit ThumbnailModel(FolderModel *files, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    void setFallbackIcons(const QIcon &file, const QIcon &folder);
    void cancelPending();
    // Cancels pending requests for every path not in `visible` (they scrolled away); they are
    // asked for again when they come back into view.
    void keepOnly(const QSet<QString> &visible);
    QStringList pendingPaths() const;
    bool isSettled(const QString &path) const; // has its thumbnail, or failed to get one
    int pending() const;
    FolderModel *files() const { return m_files; }
    // Set as Cover: where a clip's chosen cover time comes from (the catalogue), and making a
    // thumbnail again once it changed.
    void setCoverLookup(std::function<std::optional<double>(const QString &path)> lookup);
    void refresh(const QString &path);

private:
    void thumbnailReady(const QString &path, const QImage &image);
    QModelIndex rowOf(const QString &path); // forgets the pending request's row

    FolderModel *m_files;
    imaging::ThumbnailLoader *m_loader;
    mutable QCache<QString, QIcon> m_icons;
    mutable QSet<QString> m_failed;
    // The rows of pending requests, kept as the rows move.
    mutable QHash<QString, QPersistentModelIndex> m_asked;
    mutable QList<QString> m_order; // paths as requested, oldest first
    void dropOldest() const;
    QIcon m_fileIcon;
    QIcon m_folderIcon;
};

} // namespace ad::ui
