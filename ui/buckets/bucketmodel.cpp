#include "buckets/bucketmodel.h"

#include "assets/assetkind.h"
#include "common/background.h"
#include "common/error.h"
#include "loading/scheduler.h"
#include "storage/objectcache.h"
#include "storage/storage.h"

#include <QFileIconProvider>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QSet>
#include <QStyle>

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

BucketModel::BucketModel(QObject *parent) : QAbstractListModel(parent) {}

BucketModel::~BucketModel()
{
    if (m_cancel) m_cancel->store(true);
    cancelThumbnails();
}

void BucketModel::cancelThumbnails()
{
    for (const quint64 ticket : std::as_const(m_thumbLoads))
        loading::Scheduler::shared().cancel(ticket);
    m_thumbLoads.clear();
    for (const quint64 ticket : std::as_const(m_dragLoads))
        loading::Scheduler::shared().cancel(ticket);
    m_dragLoads.clear();
}

void BucketModel::fetchForDrag(const QString &location, const QString &etag, qint64 size) const
{
    if (m_dragLoads.contains(location)) return;
    // The local copy a drag hands on.
    const loading::Request request = loading::objectCopyRequest(location, etag, size);
    auto *self = const_cast<BucketModel *>(this);
    m_dragLoads.insert(
        location, loading::Scheduler::shared().submit(request, loading::Priority::Prefetch, self,
                                                      [self, location](const loading::Result &) {
                                                          self->m_dragLoads.remove(location);
                                                      }));
}

void BucketModel::setLocation(const QString &location)
{
    if (m_cancel) m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    cancelThumbnails();
    beginResetModel();
    m_items.clear();
    m_location = location;
    m_pages = 0;
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
    (void)background::run([location, cancel, deliver, self, generation] {
        try {
            const storage::ObjectUrl url = storage::parseObjectUrl(location);
            const std::shared_ptr<storage::Storage> bucket = storage::storageFor(location);
            bucket->setCancelFlag(cancel.get());
            if (url.bucket.isEmpty()) {
                QList<Item> buckets;
                for (const storage::BucketEntry &b : bucket->listBuckets()) {
                    storage::ObjectUrl root = url;
                    root.bucket = b.name;
                    buckets.append(
                        makeItem(b.name, storage::objectLocation(root, {}), true, b.created));
                }
                deliver(buckets, true);
                return;
            }
            bucket->list(location, false, [&](const QList<storage::Entry> &entries) {
                QList<Item> items;
                for (const storage::Entry &e : entries) {
                    Item item = makeItem(e.name, e.location, e.folder, e.modified);
                    item.size = e.size;
                    item.etag = e.etag;
                    items.append(item);
                }
                deliver(items, false);
                return !cancel->load();
            });
            deliver({}, true);
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
    if (!items.isEmpty()) {
        ++m_pages;
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
    QSet<QString> shown;
    for (int row : rows)
        if (row >= 0 && row < m_items.size()) shown.insert(m_items[row].location);
    QSet<QString> dropped;
    for (auto it = m_thumbLoads.begin(); it != m_thumbLoads.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        loading::Scheduler::shared().cancel(it.value());
        dropped.insert(it.key());
        it = m_thumbLoads.erase(it);
    }
    if (!dropped.isEmpty())
        for (Item &item : m_items)
            if (dropped.contains(item.location)) item.asked = false;
    for (int row : rows) {
        if (row < 0 || row >= m_items.size()) continue;
        Item &item = m_items[row];
        if (item.folder || item.asked || !hasThumbnail(item.name)) continue;
        item.asked = true;
        loading::Request request;
        request.location = item.location;
        request.etag = item.etag;
        request.size = item.size;
        request.bound = QSize(kThumbEdge, kThumbEdge);
        const QString location = item.location;
        // Answers come on this thread; a prefix left since cancelled its tickets.
        m_thumbLoads.insert(
            location, loading::Scheduler::shared().submit(
                          request, loading::Priority::Visible, this,
                          [this, location](const loading::Result &result) {
                              m_thumbLoads.remove(location);
                              for (int i = 0; i < m_items.size(); ++i)
                                  if (m_items[i].location == location) {
                                      m_items[i].thumbnail = result.image;
                                      if (!result.image.isNull())
                                          m_items[i].icon = QIcon(QPixmap::fromImage(result.image));
                                      const QModelIndex at = index(i);
                                      Q_EMIT dataChanged(at, at, {Qt::DecorationRole});
                                      break;
                                  }
                          }));
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
    // Nothing is downloaded on the GUI thread: objects already copied here (a selected object
    // is, for its preview) travel as files; the others are fetched in the background so the
    // next drag carries them, and this one carries their locations.
    for (const Item &item : objects) {
        if (const QString copy = storage::localNamedCopy(item.location, item.etag, item.size);
            !copy.isEmpty())
            files << QUrl::fromLocalFile(copy);
        else if (total <= kMaxDragBytes)
            fetchForDrag(item.location, item.etag, item.size);
    }
    auto *mime = new QMimeData;
    if (!files.isEmpty()) mime->setUrls(files);
    mime->setText(locations.join(QLatin1Char('\n')));
    return mime;
}

} // namespace ad::ui
