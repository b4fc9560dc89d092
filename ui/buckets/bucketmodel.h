#pragma once

// One bucket prefix (or a profile's list of buckets) as a list model. Pages of 1000 keys are
// fetched on a worker and streamed in as they arrive, so a prefix of 100,000 objects never
// blocks the window; there is never a request per object. Thumbnails of images and videos are
// asked for by the view for what is on screen and made through the loading pipeline; leaving
// the prefix cancels those still waiting or running.

#include "storage/objecturl.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <atomic>
#include <memory>

namespace ad::ui
{

class BucketModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LocationRole = Qt::UserRole + 1,
        FolderRole,
        SizeRole,
        ThumbnailRole,
        EtagRole,
        ModifiedRole
    };
    // Dragging out hands other applications real files: those already copied here travel at
    // once; the others, up to this much in all, are copied in the background for the next
    // drag (never on the GUI thread while the drag starts).
    static constexpr qint64 kMaxDragBytes = 256LL << 20;
    explicit BucketModel(QObject *parent = nullptr);
    ~BucketModel() override;

    // "s3://profile@bucket/prefix/" lists the prefix; "s3://profile@" lists the buckets.
    void setLocation(const QString &location);
    QString location() const { return m_location; }
    QString parentLocation() const; // empty at the list of buckets
    bool isListing() const { return m_listing; }
    int pagesListed() const { return m_pages; }

    // `rows` are those on screen: their thumbnails are asked for, and those still loading for
    // rows that scrolled away are cancelled (asked for again when they come back).
    void requestThumbnails(const QList<int> &rows);
    int thumbnailsPending() const { return int(m_thumbLoads.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    // Local copies named as the objects (file URLs) and the object locations as text.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    void listed(int entries); // the whole prefix is in
    void failed(const QString &message);

private:
    struct Item {
        QString name;
        QString location;
        bool folder = false;
        qint64 size = 0;
        QDateTime modified;
        QString etag;
        QImage thumbnail;
        bool asked = false;
        QIcon icon; // the thumbnail, scaled by the view to its icon size
    };
    static Item makeItem(const QString &name, const QString &location, bool folder,
                         const QDateTime &modified);
    void append(quint64 generation, const QList<Item> &items, bool last);
    void cancelThumbnails();
    void fetchForDrag(const QString &location, const QString &etag, qint64 size) const;

    QString m_location;
    QList<Item> m_items;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_listing = false;
    int m_pages = 0;
    QHash<QString, quint64> m_thumbLoads;        // location -> pipeline ticket, while loading
    mutable QHash<QString, quint64> m_dragLoads; // objects being copied for a later drag
};

} // namespace ad::ui
