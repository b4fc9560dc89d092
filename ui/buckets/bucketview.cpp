#include "buckets/bucketview.h"

#include "common/asyncrun.h"

#include "browser/thumbnaildelegate.h"
#include "buckets/bucketmodel.h"
#include "buckets/uploadstylebox.h"
#include "common/error.h"
#include "storage/objectops.h"
#include "storage/objecturl.h"
#include "storage/storage.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace ad::ui
{

BucketView::BucketView(QWidget *parent)
    : QWidget(parent), m_model(new BucketModel(this)), m_path(new QLabel(this)),
      m_status(new QLabel(this)), m_grid(new QListView(this)), m_thumbDelay(new QTimer(this)),
      m_uploadStyle(new UploadStyleBox(this)),
      m_uploadStyleLabel(new QLabel(tr("Process on upload:"), this))
{
    setObjectName(QStringLiteral("bucketView"));
    auto *up = new QToolButton(this);
    up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    up->setToolTip(tr("Up (Alt+Up)"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(up, &QToolButton::clicked, this, &BucketView::goUp);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(up);
    bar->addWidget(m_path, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_uploadStyleLabel);
    bar->addWidget(m_uploadStyle);
    m_uploadStyleLabel->hide(); // until a cos:// location is shown
    m_uploadStyle->hide();
    // The operations, as buttons and in the context menu.
    auto action = [this, bar](QStyle::StandardPixmap icon, const QString &text, auto slot) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        bar->addWidget(button);
        m_grid->addAction(a);
        return a;
    };
    action(QStyle::SP_FileDialogNewFolder, tr("New Folder…"), [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Folder name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok) newFolder(name);
    });
    action(QStyle::SP_TrashIcon, tr("Delete"), [this] { deleteSelected(); });
    action(QStyle::SP_DialogSaveButton, tr("Copy Share Link (24 h)"), [this] { copyShareLink(); });
    action(QStyle::SP_FileDialogInfoView, tr("Properties"), [this] { showProperties(); });
    QAction *rename = action(QStyle::SP_FileLinkIcon, tr("Rename…"), [this] {
        const QStringList locations = selectedLocations();
        if (locations.size() != 1) return;
        const QString current = storage::locationName(locations.first());
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"),
                                                   QLineEdit::Normal, current, &ok);
        if (ok && name != current) renameSelected(name);
    });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action(QStyle::SP_ArrowForward, tr("Move To…"), [this] {
        bool ok = false;
        const QString destination = QInputDialog::getText(
            this, tr("Move To"), tr("A prefix (s3://bucket/prefix/, cos://…) or a local folder:"),
            QLineEdit::Normal, location(), &ok);
        if (ok && !destination.trimmed().isEmpty()) moveSelected(destination.trimmed());
    });
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_grid->setObjectName(QStringLiteral("bucketGrid"));
    // Objects drag out to other applications as files; drops in are uploads (eventFilter).
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::CopyAction);
    m_grid->setModel(m_model);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setIconSize(QSize(112, 112));
    // The browser's cells and badges, with a cloud marker on each object.
    auto *cells = new ThumbnailDelegate(m_grid);
    cells->setCloud(BucketModel::FolderRole);
    m_grid->setItemDelegate(cells);
    m_grid->setSpacing(4);
    m_grid->setMouseTracking(true);
    m_grid->setWordWrap(true);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Files from a file manager upload into the prefix, or into the folder under the pointer.
    // (After setMovement, which sets the viewport's drop acceptance itself.)
    m_grid->viewport()->setAcceptDrops(true);
    m_grid->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);

    // Thumbnails for what is on screen, once scrolling or streaming settles.
    m_thumbDelay->setSingleShot(true);
    m_thumbDelay->setInterval(120);
    connect(m_thumbDelay, &QTimer::timeout, this, &BucketView::requestVisibleThumbnails);
    connect(m_grid->verticalScrollBar(), &QScrollBar::valueChanged, m_thumbDelay,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_thumbDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BucketView::updateStatus);
    connect(m_model, &BucketModel::listed, this, &BucketView::updateStatus);
    connect(m_model, &BucketModel::failed, this,
            [this](const QString &message) { m_status->setText(tr("Failed: %1").arg(message)); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!index.isValid() || index.data(BucketModel::FolderRole).toBool()) return;
                Q_EMIT currentObjectChanged(index.data(BucketModel::LocationRole).toString(),
                                            index.data(BucketModel::EtagRole).toString(),
                                            index.data(BucketModel::SizeRole).toLongLong());
            });
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(BucketModel::FolderRole).toBool())
            setLocation(index.data(BucketModel::LocationRole).toString());
        else
            Q_EMIT objectActivated(index.data(BucketModel::LocationRole).toString(),
                                   index.data(BucketModel::EtagRole).toString(),
                                   index.data(BucketModel::SizeRole).toLongLong());
    });
}

void BucketView::setLocation(const QString &location)
{
    m_model->setLocation(location);
    m_path->setText(location);
    const bool cos = location.startsWith(QLatin1String("cos://"), Qt::CaseInsensitive);
    m_uploadStyleLabel->setVisible(cos);
    m_uploadStyle->setVisible(cos);
    updateStatus();
    Q_EMIT locationChanged(location);
}

void BucketView::setStyleLibrary(const catalog::StyleStore *styles)
{
    m_uploadStyle->setLibrary(styles);
}

QString BucketView::uploadStyle() const
{
    return location().startsWith(QLatin1String("cos://"), Qt::CaseInsensitive)
               ? m_uploadStyle->styleName()
               : QString();
}

QString BucketView::location() const
{
    return m_model->location();
}

void BucketView::goUp()
{
    const QString parent = m_model->parentLocation();
    if (!parent.isEmpty()) setLocation(parent);
}

bool BucketView::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched != m_grid->viewport() ||
        (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop))
        return QWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    QStringList paths;
    if (drop->source() == m_grid) return true; // our own objects, dropped back: nothing to do
    for (const QUrl &url : drop->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    // Only into a bucket prefix, not the list of buckets.
    if (paths.isEmpty() || storage::parseObjectUrl(location()).bucket.isEmpty()) return false;
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type != QEvent::Drop) return true;
    QString target = location();
    const QModelIndex at = m_grid->indexAt(drop->position().toPoint());
    if (at.isValid() && at.data(BucketModel::FolderRole).toBool())
        target = at.data(BucketModel::LocationRole).toString();
    Q_EMIT filesDropped(paths, target);
    return true;
}

QStringList BucketView::selectedLocations() const
{
    QStringList locations;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        locations << index.data(BucketModel::LocationRole).toString();
    return locations;
}

void BucketView::runOperation(const std::function<QString()> &work, bool refresh)
{
    m_status->setText(tr("Working…"));
    runCatching(this, work, [this, refresh](const Outcome<QString> &o) {
        const bool ok = o.value.has_value();
        if (ok && refresh) setLocation(location());
        m_status->setText(ok ? *o.value : tr("Failed: %1").arg(o.message));
        Q_EMIT done(ok, ok ? *o.value : o.message);
    });
}

void BucketView::newFolder(const QString &name)
{
    const QString parent = location();
    runOperation(
        [parent, name] {
            storage::makeFolderAt(parent, name);
            return tr("Folder %1 created").arg(name);
        },
        true);
}

void BucketView::deleteSelected(bool confirm)
{
    const QStringList locations = selectedLocations();
    if (locations.isEmpty()) return;
    if (confirm &&
        QMessageBox::question(this, tr("Delete"),
                              tr("Delete %n item(s) from the bucket? Folders are deleted with "
                                 "everything in them. This cannot be undone.",
                                 nullptr, int(locations.size()))) != QMessageBox::Yes)
        return;
    runOperation(
        [locations] {
            return tr("%n object(s) deleted", nullptr, storage::removeLocations(locations));
        },
        true);
}

void BucketView::copyShareLink(int seconds)
{
    const QStringList locations = selectedLocations();
    if (locations.size() != 1 || locations.first().endsWith(QLatin1Char('/'))) return;
    const QString target = locations.first();
    runOperation(
        [target, seconds] {
            const QUrl link = storage::shareLink(target, seconds);
            // The clipboard belongs to the GUI thread.
            QMetaObject::invokeMethod(qApp, [link] {
                QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
            });
            return tr("Link copied; it works for %n hour(s)", nullptr, seconds / 3600);
        },
        false);
}

void BucketView::showProperties()
{
    const QStringList locations = selectedLocations();
    if (locations.size() != 1 || locations.first().endsWith(QLatin1Char('/'))) return;
    const QString target = locations.first();
    m_status->setText(tr("Working…"));
    runCatching(
        this, [target] { return storage::objectProperties(target); },
        [this, target](const Outcome<storage::ObjectInfo> &r) {
            if (!r.value) {
                m_status->setText(tr("Failed: %1").arg(r.message));
                Q_EMIT done(false, r.message);
                return;
            }
            const storage::ObjectInfo &info = *r.value;
            const QLocale locale;
            QString text =
                tr("Location: %1\nSize: %2\nETag: %3\nModified: %4\nType: %5")
                    .arg(target, locale.formattedDataSize(info.size), info.etag,
                         locale.toString(info.lastModified, QLocale::LongFormat), info.contentType);
            if (info.crc64) text += tr("\nCRC-64: %1").arg(*info.crc64);
            for (auto it = info.metadata.cbegin(); it != info.metadata.cend(); ++it)
                text += QStringLiteral("\n%1: %2").arg(it.key(), it.value());
            if (info.tags) {
                QStringList tags;
                for (const auto &[key, value] : *info.tags)
                    tags << key + QLatin1Char('=') + value;
                text += tr("\nTags: %1")
                            .arg(tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", ")));
            }
            m_status->setText(locale.formattedDataSize(info.size));
            Q_EMIT done(true, text);
            auto *box = new QMessageBox(QMessageBox::Information, tr("Properties"), text,
                                        QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("objectProperties"));
            box->setTextInteractionFlags(Qt::TextSelectableByMouse);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->show();
        });
}

QString BucketView::renamedLocation(const QString &location, const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".") ||
        name == QLatin1String(".."))
        return {};
    const bool folder = location.endsWith(QLatin1Char('/'));
    const QString path = folder ? location.chopped(1) : location;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || path.mid(slash - 1, 2) == QLatin1String("//")) return {}; // a bucket
    return path.left(slash + 1) + name + (folder ? QStringLiteral("/") : QString());
}

void BucketView::renameSelected(const QString &newName)
{
    const QStringList locations = selectedLocations();
    if (locations.size() != 1) return;
    const QString target = renamedLocation(locations.first(), newName);
    if (target.isEmpty()) {
        m_status->setText(tr("\"%1\" is not a name").arg(newName));
        Q_EMIT done(false, m_status->text());
        return;
    }
    m_status->setText(tr("Renaming…"));
    Q_EMIT transferRequested(locations, target, true);
}

void BucketView::moveSelected(const QString &destination)
{
    const QStringList locations = selectedLocations();
    if (locations.isEmpty()) return;
    // Into the destination: a prefix (or folder) receives the selected names. A folder's
    // contents would land directly under it (as with cp --recursive), so each folder goes
    // under its own name.
    const QString into =
        destination.contains(QLatin1String("://")) && !destination.endsWith(QLatin1Char('/'))
            ? destination + QLatin1Char('/')
            : destination;
    m_status->setText(tr("Moving…"));
    QStringList objects;
    for (const QString &location : locations) {
        if (!location.endsWith(QLatin1Char('/'))) {
            objects << location;
            continue;
        }
        const QString name = storage::locationName(location);
        const QString folder = into.contains(QLatin1String("://")) ? into + name + QLatin1Char('/')
                                                                   : QDir(into).filePath(name);
        Q_EMIT transferRequested({location}, folder, true);
    }
    if (!objects.isEmpty()) Q_EMIT transferRequested(objects, into, true);
}

QString BucketView::statusText() const
{
    return m_status->text();
}

void BucketView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_thumbDelay->start(); // what is on screen changed
}

void BucketView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_thumbDelay->start();
}

void BucketView::requestVisibleThumbnails()
{
    // Rows run in reading order: from the first item on screen to the last.
    QList<int> rows;
    const QRect visible = m_grid->viewport()->rect();
    const QModelIndex first = m_grid->indexAt(visible.topLeft() + QPoint(4, 4));
    const QModelIndex last = m_grid->indexAt(visible.bottomRight() - QPoint(4, 4));
    const int end = last.isValid() ? last.row() : m_model->rowCount() - 1;
    for (int row = first.isValid() ? first.row() : 0; row <= end; ++row)
        if (m_grid->visualRect(m_model->index(row)).intersects(visible)) rows.append(row);
    m_model->requestThumbnails(rows);
}

void BucketView::updateStatus()
{
    const int n = m_model->rowCount();
    m_status->setText(m_model->isListing() ? tr("Listing… %n item(s)", nullptr, n)
                                           : tr("%n item(s)", nullptr, n));
}

} // namespace ad::ui
