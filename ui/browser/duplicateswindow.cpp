#include "browser/duplicateswindow.h"

#include "browser/filecommands.h"
#include "catalog/catalog.h"
#include "common/asyncrun.h"
#include "common/browsestart.h"
#include "common/sentences.h"
#include "common/windowsize.h"
#include "imaging/preview.h"
#include "storage/storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{

constexpr int kPathRole = Qt::UserRole;
constexpr int kLikenessColumn = 4;
constexpr int kRatingColumn = 5;
constexpr int kFolderColumn = 6;
constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole + 2;
constexpr int kPreviewSide = 220;
constexpr qsizetype kSideBySide = 8;

// What a worker reports while hashing, read by the window's timer.
struct Progress {
    std::atomic_int done = 0;
    std::atomic_int total = 0;
};

// Rows sort by what their text stands for (pixels, bytes, time, likeness), not by the text;
// groups sort by their place in the scan.
class SortedItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget()->sortColumn();
        const QVariant mine = data(column, kSortRole);
        const QVariant theirs = other.data(column, kSortRole);
        if (mine.isValid() && theirs.isValid()) return mine.toLongLong() < theirs.toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

struct ScanOutcome {
    catalog::HashRun run;
    QList<catalog::DuplicateGroup> bucketGroups;
};

} // namespace

DuplicatesWindow::DuplicatesWindow(catalog::Catalog *catalog, QUndoStack *undo, QWidget *parent)
    : QWidget(parent, Qt::Window), m_catalog(catalog), m_undo(undo),
      m_places(new QListWidget(this)), m_recursive(new QCheckBox(tr("Include subfolders"), this)),
      m_threshold(new QSlider(Qt::Horizontal, this)), m_thresholdText(new QLabel(this)),
      m_scan(new QPushButton(tr("&Scan"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_sideBySide(new QScrollArea(this)), m_keepRule(new QComboBox(this)),
      m_mark(new QPushButton(tr("&Mark All but the Best"), this)),
      m_trash(new QPushButton(tr("Move Marked to &Trash"), this)),
      m_undoButton(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("duplicatesWindow"));
    setWindowTitle(tr("Find Duplicates"));
    resizeToFit(this, {1000, 720});

    // Where to look.
    m_places->setObjectName(QStringLiteral("duplicatePlaces"));
    m_places->setMaximumHeight(90);
    m_recursive->setChecked(true);
    auto *addFolder = new QPushButton(tr("Add &Folder…"), this);
    auto *addBucket = new QPushButton(tr("Add &Bucket Prefix…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Add Folder"), browseStart(QString()));
        if (!folder.isEmpty()) setPlaces(places() << folder);
    });
    connect(addBucket, &QPushButton::clicked, this, [this] {
        const QString prefix = QInputDialog::getText(
            this, tr("Add Bucket Prefix"),
            tr("Objects below this prefix are compared by ETag and size\n(for example "
               "cos://photos-1250000000/2024/):"));
        if (prefix.trimmed().isEmpty()) return;
        if (!storage::isRemoteLocation(prefix.trimmed())) {
            m_status->setText(tr("A bucket prefix starts with cos:// or s3://."));
            return;
        }
        setPlaces(places() << prefix.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_places->selectedItems()); });
    auto *placeButtons = new QVBoxLayout;
    placeButtons->addWidget(addFolder);
    placeButtons->addWidget(addBucket);
    placeButtons->addWidget(remove);
    placeButtons->addStretch();
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_places, 1);
    placeRow->addLayout(placeButtons);

    // How alike, and the scan itself.
    m_threshold->setObjectName(QStringLiteral("similaritySlider"));
    m_threshold->setRange(-1, catalog::kMaxSimilarity);
    m_threshold->setValue(catalog::kDefaultSimilarity);
    m_threshold->setToolTip(
        tr("Left: exact copies only. Right: looser matches (more pictures grouped, some may "
           "only look alike)."));
    connect(m_threshold, &QSlider::valueChanged, this, [this] { regroup(); });
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancel->setEnabled(false);
    connect(m_scan, &QPushButton::clicked, this, &DuplicatesWindow::scan);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicatesWindow::cancel);
    // Esc stops a scan, else closes the window, as in a dialog.
    connect(new QShortcut(QKeySequence::Cancel, this), &QShortcut::activated, this, [this] {
        if (m_cancel->isEnabled())
            m_cancel->click();
        else
            close();
    });
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("duplicateStatus"));
    m_status->setWordWrap(true);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("Similarity:"), this));
    scanRow->addWidget(new QLabel(tr("strict"), this));
    scanRow->addWidget(m_threshold, 1);
    scanRow->addWidget(new QLabel(tr("loose"), this));
    scanRow->addWidget(m_recursive);
    scanRow->addWidget(m_scan);
    scanRow->addWidget(m_cancel);

    // The groups, and the pictures of the current one side by side.
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setHeaderLabels({tr("Name"), tr("Resolution"), tr("File Size"), tr("Modified"),
                             tr("Similarity"), tr("Rating"), tr("Folder")});
    m_tree->headerItem()->setToolTip(kLikenessColumn, likenessHelp());
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    // Sortable by any column once its title is clicked; until then, best first as grouped.
    m_tree->header()->setSortIndicatorClearable(true);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    // Sized to their titles and entries in any language (a fixed width cut the time off
    // "Modified"); the folder takes what is left.
    m_tree->header()->setStretchLastSection(true);
    fitColumns();
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showGroup(item); });
    m_sideBySide->setObjectName(QStringLiteral("sideBySide"));
    m_sideBySide->setWidgetResizable(true);
    // Scrolls rather than pushing the buttons below a small screen's edge.
    m_sideBySide->setMinimumHeight(kPreviewSide / 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_sideBySide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The pictures whole at the designed size; on a lower screen both parts give a share.
    split->setSizes({kPreviewSide - 50, kPreviewSide + 70});

    // What to do with them.
    m_keepRule->setObjectName(QStringLiteral("keepRule"));
    m_keepRule->addItem(tr("Highest resolution"), int(catalog::KeepRule::Resolution));
    m_keepRule->addItem(tr("Largest file"), int(catalog::KeepRule::Size));
    m_keepRule->addItem(tr("Newest"), int(catalog::KeepRule::Newest));
    connect(m_mark, &QPushButton::clicked, this,
            [this] { markAllButBest(catalog::KeepRule(m_keepRule->currentData().toInt())); });
    m_mark->setObjectName(QStringLiteral("markAllButBestButton"));
    m_trash->setObjectName(QStringLiteral("trashMarkedButton"));
    connect(m_trash, &QPushButton::clicked, this, &DuplicatesWindow::trashMarked);
    m_undoButton->setObjectName(QStringLiteral("undoTrashButton"));
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column != 0 || m_regrouping) return; // a tick
        updateActions();
        showMarks();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &DuplicatesWindow::updateActions);
    updateActions();
    connect(m_undo, &QUndoStack::undoTextChanged, this,
            [this](const QString &text) { m_undoButton->setToolTip(tr("Undo %1").arg(text)); });
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    // Pictures trashed, moved or brought back elsewhere (the main window, Edit > Undo) leave or
    // rejoin their groups here too.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (scanning() || m_hashed.isEmpty()) return;
        QSet<QString> present;
        for (const catalog::HashedPicture &p : std::as_const(m_hashed))
            if (QFileInfo::exists(p.file.path)) present.insert(p.file.path);
        if (present == m_present) return;
        const auto gone = qsizetype(m_present.size()) - present.size();
        m_lastAction =
            gone > 0 ? tr("%n picture(s) moved or deleted since the scan.", nullptr, int(gone))
                     : tr("%n picture(s) back since the scan.", nullptr, int(-gone));
        regroup();
    });
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Keep:"), this));
    actions->addWidget(m_keepRule);
    actions->addWidget(m_mark);
    actions->addStretch();
    actions->addWidget(m_trash);
    actions->addWidget(m_undoButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Look in these folders and bucket prefixes:"), this));
    layout->addLayout(placeRow);
    layout->addLayout(scanRow);
    // On a line of its own: beside the slider, its changing length resized the slider under
    // the pointer.
    m_thresholdText->setObjectName(QStringLiteral("similarityWords"));
    layout->addWidget(m_thresholdText);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    regroup();
}

DuplicatesWindow::~DuplicatesWindow()
{
    cancel(); // a scan still running stops at its next picture; its answer is dropped
}

void DuplicatesWindow::showEvent(QShowEvent *event)
{
    // Before the window is mapped, so the position is ours rather than the window manager's.
    if (!m_placed && isWindow()) {
        m_placed = true;
        keepOnScreen(this);
    }
    QWidget::showEvent(event);
}

void DuplicatesWindow::setPlaces(const QStringList &places)
{
    m_places->clear();
    for (const QString &place : places)
        if (!place.isEmpty() && m_places->findItems(place, Qt::MatchExactly).isEmpty())
            m_places->addItem(place);
}

QStringList DuplicatesWindow::places() const
{
    QStringList out;
    for (int i = 0; i < m_places->count(); ++i)
        out << m_places->item(i)->text();
    return out;
}

void DuplicatesWindow::setThreshold(int threshold)
{
    m_threshold->setValue(threshold);
}

bool DuplicatesWindow::scanning() const
{
    return m_cancelFlag != nullptr;
}

void DuplicatesWindow::cancel()
{
    if (m_cancelFlag) *m_cancelFlag = true;
}

void DuplicatesWindow::setBusy(bool busy)
{
    m_scan->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void DuplicatesWindow::scan()
{
    if (scanning()) return;
    QStringList folders, buckets;
    for (const QString &place : places())
        (storage::isRemoteLocation(place) ? buckets : folders) << place;
    if (folders.isEmpty() && buckets.isEmpty()) {
        m_status->setText(tr("Add a folder or a bucket prefix to look in."));
        return;
    }
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = flag;
    setBusy(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Listing pictures…"));
    const bool recursive = m_recursive->isChecked();
    runCatching(
        this, [folders, recursive] { return catalog::listPictures(folders, recursive); },
        [this, flag, buckets](const Outcome<QList<catalog::FileStamp>> &listed) {
            if (!listed.value) {
                finishScan({}, {}, listed.error);
                return;
            }
            // Hashes the catalogue already has are read here, on its thread; the rest are
            // made on the pool while a timer shows how far it got.
            const QList<catalog::FileStamp> files = *listed.value;
            const auto known = catalog::PictureHashStore(*m_catalog).cached(files);
            auto progress = std::make_shared<Progress>();
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this, progress] {
                if (progress->total == 0) return;
                m_progress->setRange(0, progress->total);
                m_progress->setValue(progress->done);
                m_status->setText(tr("Reading pictures: %1 of %2…")
                                      .arg(progress->done.load())
                                      .arg(progress->total.load()));
            });
            timer->start(100);
            runCatching(
                this,
                [files, known, buckets, flag, progress] {
                    ScanOutcome o;
                    o.run = catalog::hashPictures(
                        files, known,
                        [progress](int done, int total) {
                            progress->done = done;
                            progress->total = total;
                        },
                        flag.get());
                    for (const QString &prefix : buckets)
                        if (!*flag) o.bucketGroups += catalog::bucketDuplicates(prefix, flag.get());
                    o.run.cancelled = *flag;
                    return o;
                },
                [this, timer](const Outcome<ScanOutcome> &done) {
                    timer->stop(); // a last tick must not overwrite the result
                    timer->deleteLater();
                    if (done.value)
                        finishScan(done.value->run, done.value->bucketGroups, {});
                    else
                        finishScan({}, {}, done.error);
                });
        });
}

void DuplicatesWindow::finishScan(catalog::HashRun run, QList<catalog::DuplicateGroup> bucketGroups,
                                  const QString &error)
{
    m_cancelFlag.reset();
    setBusy(false);
    storeHashes(run.fresh); // kept even from a cancelled scan
    m_hashed = run.hashed;
    m_bucketGroups = bucketGroups;
    m_lastAction.clear();
    QString text;
    if (!error.isEmpty())
        text = tr("The scan failed: %1").arg(error);
    else if (run.cancelled)
        text = tr("Cancelled: %n picture(s) compared so far.", nullptr, int(m_hashed.size()));
    else
        text = tr("%n picture(s) compared.", nullptr, int(m_hashed.size()));
    if (!run.failures.isEmpty()) {
        text = joinSentences(text, tr("%n file(s) could not be read (hover for the list).", nullptr,
                                      int(run.failures.size())));
        m_status->setToolTip(run.failures.join(QLatin1Char('\n')));
    } else {
        m_status->setToolTip({});
    }
    m_scanSummary = text;
    regroup();
    Q_EMIT scanFinished();
}

void DuplicatesWindow::showSummary()
{
    // What was done last (else what the scan read: its count is old news once pictures went
    // to the trash), and the groups as they stand now.
    if (m_scanSummary.isEmpty() || scanning()) return;
    m_status->setText(
        joinSentences(m_lastAction.isEmpty() ? m_scanSummary : m_lastAction,
                      tr("%n group(s) of duplicates.", nullptr, int(m_groups.size()))));
}

void DuplicatesWindow::storeHashes(QList<catalog::HashedPicture> fresh)
{
    // The catalogue lives on this thread: a slice per turn of the event loop, so thousands of
    // new hashes (seconds of writing) never freeze the window. Closed early, the rest are made
    // again next time.
    constexpr qsizetype kSlice = 250;
    if (fresh.isEmpty()) return;
    catalog::PictureHashStore(*m_catalog).store(fresh.first(std::min(kSlice, fresh.size())));
    if (fresh.size() <= kSlice) return;
    QTimer::singleShot(0, this, [this, rest = fresh.sliced(kSlice)] { storeHashes(rest); });
}

void DuplicatesWindow::regroup()
{
    const int threshold = m_threshold->value();
    m_thresholdText->setText(similarityWords(threshold));
    // Pictures trashed since the scan leave their groups; undone, they come back.
    QList<catalog::HashedPicture> present;
    m_present.clear();
    for (const catalog::HashedPicture &p : std::as_const(m_hashed))
        if (QFileInfo::exists(p.file.path)) {
            present << p;
            m_present.insert(p.file.path);
        }
    m_groups = catalog::groupDuplicates(present, threshold) + m_bucketGroups;
    // Stars count when keeping the best of equal pictures.
    for (catalog::DuplicateGroup &group : m_groups)
        for (catalog::DuplicateMember &m : group.members)
            if (const auto entry = m_catalog->entry(m.path)) m.rating = entry->rating;

    const QLocale locale;
    m_regrouping = true; // the ticks are counted once, when all rows are there
    m_tree->clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        const catalog::DuplicateGroup &group = m_groups[g];
        auto *top = new SortedItem(m_tree);
        for (int column = 0; column < m_tree->columnCount(); ++column)
            top->setData(column, kSortRole, g);
        top->setText(0, group.exact
                            ? tr("Exact copies (%n)", nullptr, int(group.members.size()))
                            : tr("Similar pictures (%n)", nullptr, int(group.members.size())));
        top->setData(0, kGroupRole, g);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const catalog::DuplicateMember &m : group.members) {
            auto *item = new SortedItem(top);
            item->setData(1, kSortRole, qint64(m.width) * m.height);
            item->setData(2, kSortRole, m.size);
            item->setData(3, kSortRole, m.modified.toMSecsSinceEpoch());
            // As the words go: identical, the reference, then by distance from it.
            item->setData(kLikenessColumn, kSortRole,
                          group.exact || m.identical     ? -1
                          : &m == &group.members.first() ? 0
                                                         : m.distance + 1);
            const bool remote = storage::isRemoteLocation(m.path);
            item->setText(0, remote ? storage::locationName(m.path) : QFileInfo(m.path).fileName());
            item->setText(1, m.width > 0 ? QStringLiteral("%1 × %2").arg(m.width).arg(m.height)
                                         : QString());
            item->setText(2, locale.formattedDataSize(m.size));
            item->setText(3, locale.toString(m.modified, QLocale::ShortFormat));
            item->setText(kLikenessColumn, likeness(group, m));
            item->setToolTip(kLikenessColumn, likenessHelp());
            // The stars Keep the Best weighs, as the grid shows them.
            item->setData(kRatingColumn, kSortRole, m.rating);
            item->setText(kRatingColumn, QString(m.rating, QChar(0x2605)));
            item->setText(kFolderColumn, remote ? m.path.left(m.path.lastIndexOf(QLatin1Char('/')))
                                                : QFileInfo(m.path).absolutePath());
            item->setToolTip(0, m.path);
            item->setData(0, kPathRole, m.path);
            item->setData(0, kGroupRole, g);
            // Bucket objects are listed, not deleted from here.
            if (!remote) item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_regrouping = false;
    m_tree->expandAll();
    fitColumns();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    else
        showGroup(nullptr);
    showSummary();
    updateActions();
}

void DuplicatesWindow::fitColumns()
{
    // Exactly as wide as the text (what ResizeToContents gives) ran a short Chinese title and
    // its numbers into the next column: "差异" touched "文件夹".
    const int air = m_tree->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 3;
    const QAbstractItemView *rows = m_tree; // QTreeView hides its override of this public call
    QHeaderView *header = m_tree->header();
    for (int column = 0; column < m_tree->columnCount() - 1; ++column)
        header->resizeSection(
            column,
            std::max(header->sectionSizeHint(column), rows->sizeHintForColumn(column)) + air);
}

void DuplicatesWindow::showGroup(QTreeWidgetItem *item)
{
    auto *strip = new QWidget;
    auto *row = new QHBoxLayout(strip);
    const int g = item ? item->data(0, kGroupRole).toInt() : -1;
    const quint64 request = ++m_previewRequest;
    if (g < 0 || g >= m_groups.size()) {
        row->addWidget(new QLabel(m_groups.isEmpty() && !m_hashed.isEmpty()
                                      ? tr("No duplicates found.")
                                      : tr("Choose a group to see its pictures side by side."),
                                  strip));
        m_sideBySide->setWidget(strip);
        return;
    }
    const QLocale locale;
    // A few side by side: a group of hundreds of copies would queue hundreds of decodes ahead
    // of everything else on the pool.
    const QList<catalog::DuplicateMember> &members = m_groups[g].members;
    for (const catalog::DuplicateMember &m : members.first(std::min(members.size(), kSideBySide))) {
        auto *cell = new QVBoxLayout;
        auto *picture = new QLabel(tr("Loading…"), strip);
        picture->setObjectName(QStringLiteral("sideBySidePicture"));
        picture->setAlignment(Qt::AlignCenter);
        picture->setFixedSize(kPreviewSide, kPreviewSide);
        picture->setFrameShape(QFrame::StyledPanel);
        auto *caption =
            new QLabel(QStringLiteral("%1\n%2").arg(
                           storage::isRemoteLocation(m.path) ? storage::locationName(m.path)
                                                             : QFileInfo(m.path).fileName(),
                           m.width > 0 ? tr("%1 × %2, %3")
                                             .arg(m.width)
                                             .arg(m.height)
                                             .arg(locale.formattedDataSize(m.size))
                                       : locale.formattedDataSize(m.size)),
                       strip);
        caption->setAlignment(Qt::AlignHCenter);
        caption->setMaximumWidth(kPreviewSide);
        auto *mark = new QLabel(strip);
        mark->setObjectName(QStringLiteral("sideBySideMark"));
        mark->setAlignment(Qt::AlignHCenter);
        picture->setProperty("path", m.path);
        mark->setProperty("path", m.path);
        cell->addWidget(picture);
        cell->addWidget(caption);
        cell->addWidget(mark);
        row->addLayout(cell);
        if (storage::isRemoteLocation(m.path)) {
            picture->setText(tr("In a bucket"));
            continue;
        }
        const QString path = m.path;
        QPointer<QLabel> target = picture;
        runCatching(
            this,
            [path] {
                QString error;
                const QImage image =
                    imaging::loadPreview(path, {kPreviewSide, kPreviewSide}, &error);
                return std::pair(image, error);
            },
            [this, target, request](const Outcome<std::pair<QImage, QString>> &done) {
                if (!target || request != m_previewRequest) return;
                if (done.value && !done.value->first.isNull())
                    target->setPixmap(QPixmap::fromImage(done.value->first));
                else
                    target->setText(tr("Cannot show this picture"));
            });
    }
    if (members.size() > kSideBySide)
        row->addWidget(
            new QLabel(tr("and %n more", nullptr, int(members.size() - kSideBySide)), strip));
    row->addStretch();
    m_sideBySide->setWidget(strip);
    showMarks();
}

void DuplicatesWindow::showMarks()
{
    QWidget *strip = m_sideBySide->widget();
    if (!strip) return;
    const QStringList paths = marked();
    for (QLabel *picture : strip->findChildren<QLabel *>(QStringLiteral("sideBySidePicture")))
        picture->setStyleSheet(paths.contains(picture->property("path").toString())
                                   ? QStringLiteral("QLabel { border: 3px solid #d32f2f; }")
                                   : QString());
    for (QLabel *mark : strip->findChildren<QLabel *>(QStringLiteral("sideBySideMark"))) {
        const bool on = paths.contains(mark->property("path").toString());
        mark->setText(on ? tr("✗ Marked for the trash") : QString());
        mark->setStyleSheet(on ? QStringLiteral("QLabel { color: #d32f2f; font-weight: bold; }")
                               : QString());
    }
}

void DuplicatesWindow::markAllButBest(catalog::KeepRule rule)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = m_tree->topLevelItem(g);
        const catalog::DuplicateGroup &group = m_groups[top->data(0, kGroupRole).toInt()];
        const QString best = group.members[catalog::bestOf(group, rule)].path;
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *item = top->child(i);
            if (item->data(0, Qt::CheckStateRole).isValid())
                item->setCheckState(0, item->data(0, kPathRole).toString() == best ? Qt::Unchecked
                                                                                   : Qt::Checked);
        }
    }
}

QString DuplicatesWindow::similarityWords(int threshold)
{
    // In words a librarian can judge by; the hash distance itself means nothing to them.
    if (threshold < 0) return tr("exact copies only");
    if (threshold <= 4) return tr("strict: near-identical pictures");
    if (threshold <= catalog::kDefaultSimilarity)
        return tr("balanced: resized and recompressed copies");
    if (threshold <= 15) return tr("loose: also lightly cropped or edited");
    return tr("very loose: some may only look alike");
}

QString DuplicatesWindow::likeness(const catalog::DuplicateGroup &group,
                                   const catalog::DuplicateMember &member)
{
    if (group.exact || member.identical) return tr("identical");
    if (&member == &group.members.first()) return tr("reference");
    // The same bands as the slider's words; the percentage is the share of the 64-bit
    // fingerprint that agrees.
    const int percent = qRound(100.0 * (64 - member.distance) / 64);
    const QString words = member.distance <= 4                             ? tr("near-identical")
                          : member.distance <= catalog::kDefaultSimilarity ? tr("similar")
                                                                           : tr("loosely similar");
    return tr("%1 (%2 %)").arg(words).arg(percent);
}

QString DuplicatesWindow::likenessHelp()
{
    return tr("How alike each picture is to the group's reference (its first picture):\n"
              "identical: the same file or the same pixels;\n"
              "near-identical: resized or recompressed;\n"
              "similar: also lightly cropped or edited;\n"
              "loosely similar: may only look alike.\n"
              "The percentage is how much of the pictures' fingerprints agree.");
}

void DuplicatesWindow::updateActions()
{
    m_trash->setEnabled(!marked().isEmpty());
    m_mark->setEnabled(m_tree->topLevelItemCount() > 0); // nothing to choose from before a scan
    // Undo here brings back files trashed or moved since the scan (here or in the main window),
    // not the main window's other edits (tags, ratings) that share its undo stack.
    const QUndoCommand *next = m_undo->canUndo() ? m_undo->command(m_undo->index() - 1) : nullptr;
    m_undoButton->setEnabled(!m_hashed.isEmpty() && dynamic_cast<const FileCommand *>(next));
}

QStringList DuplicatesWindow::marked() const
{
    QStringList paths;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = m_tree->topLevelItem(g)->child(i);
            if (item->data(0, Qt::CheckStateRole).isValid() && item->checkState(0) == Qt::Checked)
                paths << item->data(0, kPathRole).toString();
        }
    return paths;
}

void DuplicatesWindow::trashMarked()
{
    const QStringList paths = marked();
    if (paths.isEmpty()) {
        m_status->setText(tr("Mark the pictures to remove first (tick them, or use Mark All but "
                             "the Best)."));
        return;
    }
    // Through the window's undo stack: Edit > Undo (or Undo here) brings them back.
    // The command outlives this window on the main window's stack: it asks after it.
    QPointer<DuplicatesWindow> self = this;
    m_undo->push(new FileCommand(
        tr("Move %n Duplicate(s) to Trash", nullptr, int(paths.size())),
        [paths] { return files::moveToTrash(paths); }, false, m_catalog,
        parentWidget() ? parentWidget() : this,
        [self, paths](const QStringList &) {
            if (!self) return;
            // Run again and undone alike: the files are back where they were, or not.
            self->m_lastAction =
                QFileInfo::exists(paths.first())
                    ? tr("%n picture(s) back from the trash.", nullptr, int(paths.size()))
                    : tr("%n picture(s) moved to the trash (Undo brings them back).", nullptr,
                         int(paths.size()));
            self->regroup();
        }));
}

} // namespace ad::ui
