#include "bucketmodel.h"

#include "assets/assetkind.h"
#include "imaging/bucketthumbnails.h"
#include "storage/objectcache.h"
#include "style/error.h"

#include <QApplication>
#include <QFileIconProvider>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QScopeGuard>
#include <QStyle>
#include <QtConcurrent>

namespace ad::ui
{

namespace
{
constexpr int kThumbEdge = 256;

// Pictures and videos get thumbnails; the name decides, as nothing is fetched before.
bool hasThumbnail(const QString &name)
{
    const assets::Kind kind = assets::kindOf(name, {});
    return assets::isPicture(kind) || kind == assets::Kind::Video;
}
} // namespace

BucketModel::Item BucketModel::makeItem(const QString &name, const QString &location, bool folder,
                                        const QDateTime &modified)
{
    Item item;
    item.name = name;
    item.location = location;
    item.folder = folder;
    item.modified = modified;
    return item;
}

BucketModel::BucketModel(QObject *parent) : QAbstractListModel(parent)
{
    m_thumbPool.setMaxThreadCount(3); // network-bound: a few requests in flight
}

BucketModel::~BucketModel()
{
    if (m_cancel) m_cancel->store(true);
    m_thumbPool.clear();
    m_thumbPool.waitForDone();
}

void BucketModel::setLocation(const QString &location)
{
    if (m_cancel) m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thumbPool.clear();
    beginResetModel();
    m_items.clear();
    m_location = location;
    m_pages = 0;
    m_pendingThumbs = 0;
    endResetModel();
    m_listing = true;
    const quint64 generation = ++m_generation;
    auto cancel = m_cancel;
    QPointer<BucketModel> self(this);
    // Each page is handed to the model as it arrives.
    auto deliver = [self, generation](const QList<Item> &items, bool last) {
        QMetaObject::invokeMethod(self, [self, generation, items, last] {
            if (self) self->append(generation, items, last);
        });
    };
    (void)QtConcurrent::run([location, cancel, deliver, self, generation] {
        try {
            const storage::ObjectUrl url = storage::parseObjectUrl(location);
            storage::ObjectClient client(storage::endpointFor(url));
            client.setCancelFlag(cancel.get());
            if (url.bucket.isEmpty()) {
                QList<Item> buckets;
                for (const storage::BucketEntry &b : client.listBuckets()) {
                    storage::ObjectUrl root = url;
                    root.bucket = b.name;
                    buckets.append(
                        makeItem(b.name, storage::objectLocation(root, {}), true, b.created));
                }
                deliver(buckets, true);
                return;
            }
            QString marker;
            do {
                const storage::ListObjectsPage page =
                    client.listObjects(url.bucket, url.key, QStringLiteral("/"), marker, 1000);
                QList<Item> items;
                for (const QString &p : page.commonPrefixes)
                    items.append(makeItem(p.mid(url.key.size()).chopped(1),
                                          storage::objectLocation(url, p), true, {}));
                for (const storage::ObjectEntry &o : page.objects) {
                    if (o.key == url.key) continue; // the folder marker itself
                    Item item =
                        makeItem(o.key.mid(url.key.size()), storage::objectLocation(url, o.key),
                                 false, o.lastModified);
                    item.size = o.size;
                    item.etag = o.etag;
                    items.append(item);
                }
                // S3 omits NextMarker without a delimiter; the last key is the marker then.
                marker =
                    !page.truncated ? QString()
                    : !page.nextMarker.isEmpty()
                        ? page.nextMarker
                        : std::max(page.objects.isEmpty() ? QString() : page.objects.last().key,
                                   page.commonPrefixes.isEmpty() ? QString()
                                                                 : page.commonPrefixes.last());
                deliver(items, marker.isEmpty());
            } while (!marker.isEmpty() && !cancel->load());
        } catch (const ProcessingError &e) {
            const QString message = e.error().message;
            QMetaObject::invokeMethod(self, [self, generation, message] {
                if (!self || generation != self->m_generation) return;
                self->m_listing = false;
                Q_EMIT self->failed(message);
            });
        }
    });
}

void BucketModel::append(quint64 generation, const QList<Item> &items, bool last)
{
    if (generation != m_generation) return;
    ++m_pages;
    if (!items.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
        m_items.append(items);
        endInsertRows();
    }
    if (last) {
        m_listing = false;
        Q_EMIT listed(int(m_items.size()));
    }
}

QString BucketModel::parentLocation() const
{
    const storage::ObjectUrl url = storage::parseObjectUrl(m_location);
    if (url.bucket.isEmpty()) return {};
    const QString scheme = url.flavor == storage::Endpoint::Flavor::Cos ? QStringLiteral("cos://")
                                                                        : QStringLiteral("s3://");
    if (url.key.isEmpty())
        return scheme + (url.profile.isEmpty() ? QString() : url.profile + QLatin1Char('@'));
    const QString key = url.key.chopped(1);
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    return storage::objectLocation(url, slash < 0 ? QString() : key.left(slash + 1));
}

void BucketModel::requestThumbnails(const QList<int> &rows)
{
    for (int row : rows) {
        if (row < 0 || row >= m_items.size()) continue;
        Item &item = m_items[row];
        if (item.folder || item.asked || !hasThumbnail(item.name)) continue;
        item.asked = true;
        ++m_pendingThumbs;
        const storage::ObjectUrl url = storage::parseObjectUrl(item.location);
        const QString etag = item.etag, location = item.location;
        const qint64 size = item.size;
        const quint64 generation = m_generation;
        QPointer<BucketModel> self(this);
        auto cancel = m_cancel;
        m_thumbPool.start([self, cancel, url, etag, size, location, generation] {
            if (cancel->load()) return;
            const QImage image = imaging::BucketThumbnails().thumbnail(url, etag, size, kThumbEdge,
                                                                       nullptr, cancel.get());
            QMetaObject::invokeMethod(self, [self, generation, location, image] {
                if (!self || generation != self->m_generation) return;
                --self->m_pendingThumbs;
                for (int i = 0; i < self->m_items.size(); ++i)
                    if (self->m_items[i].location == location) {
                        self->m_items[i].thumbnail = image;
                        if (!image.isNull())
                            self->m_items[i].icon = QIcon(QPixmap::fromImage(image));
                        const QModelIndex at = self->index(i);
                        Q_EMIT self->dataChanged(at, at, {Qt::DecorationRole});
                        break;
                    }
            });
        });
    }
}

int BucketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant BucketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) return {};
    const Item &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return item.name;
    case Qt::DecorationRole: {
        if (!item.icon.isNull()) return item.icon;
        static const QFileIconProvider icons;
        return icons.icon(item.folder ? QFileIconProvider::Folder : QFileIconProvider::File);
    }
    case Qt::ToolTipRole:
        return item.folder ? item.location
                           : QStringLiteral("%1\n%2  %3")
                                 .arg(item.location, QLocale().formattedDataSize(item.size),
                                      QLocale().toString(item.modified, QLocale::ShortFormat));
    case LocationRole:
        return item.location;
    case FolderRole:
        return item.folder;
    case SizeRole:
        return item.size;
    case ThumbnailRole:
        return item.thumbnail;
    case EtagRole:
        return item.etag;
    case ModifiedRole:
        return item.modified;
    default:
        return {};
    }
}

Qt::ItemFlags BucketModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && !m_items.value(index.row()).folder) f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList BucketModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData *BucketModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Item> objects;
    QStringList locations;
    qint64 total = 0;
    for (const QModelIndex &index : indexes) {
        const Item &item = m_items.value(index.row());
        if (item.folder) continue;
        objects << item;
        locations << item.location;
        total += item.size;
    }
    QList<QUrl> files;
    // Small enough to fetch while the drag starts; larger drags carry the locations only.
    if (total <= kMaxDragBytes) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // a fetch may take a moment
        const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        for (const Item &item : objects) {
            try {
                files << QUrl::fromLocalFile(
                    storage::namedCopy(item.location, item.etag, item.size));
            } catch (const ProcessingError &) {
                // That object stays out of the drag; the others still go.
            }
        }
    }
    auto *mime = new QMimeData;
    if (!files.isEmpty()) mime->setUrls(files);
    mime->setText(locations.join(QLatin1Char('\n')));
    return mime;
}

} // namespace ad::ui
