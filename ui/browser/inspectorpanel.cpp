#include "browser/inspectorpanel.h"

#include "browser/librarypanel.h"
#include "browser/metadatapanel.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>
#include <QPageSize>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad::ui
{

InspectorPanel::InspectorPanel(catalog::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_table(new QTreeWidget(this)), m_library(new LibraryPanel(catalog, this)),
      m_meta(new MetadataPanel(catalog, this))
{
    setObjectName(QStringLiteral("inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_library);
    layout->addWidget(m_meta);
    // What the files said is in the catalogue now: the library fields show it too.
    connect(m_meta, &MetadataPanel::selectionLoaded, m_library,
            [this] { m_library->setSelection(m_selection); });
    // A template's tags (and their undo) are the library's tags: the field shows them at once.
    connect(m_meta, &MetadataPanel::recordsChanged, m_library,
            [this] { m_library->setSelection(m_selection); });
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Property"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    connect(&m_watcher, &QFutureWatcher<assets::AssetDetails>::finished, this, [this] {
        if (m_watchedRequest == m_request) showFacts(m_watcher.result());
    });
}

void InspectorPanel::showSelection(const QStringList &paths)
{
    ++m_request;
    m_path.clear();
    m_table->clear();
    if (paths.size() == 1)
        showFile(paths.first());
    else if (paths.size() > 1)
        showFiles(paths);
    m_selection = paths;
    m_library->setSelection(paths);
    m_meta->setSelection(paths);
}

void InspectorPanel::setUndoStack(QUndoStack *stack)
{
    m_library->setUndoStack(stack);
    m_meta->setUndoStack(stack);
    // Every library edit and its undo pass through the stack: rating, label and tags then
    // travel into the files too.
    if (stack)
        connect(stack, &QUndoStack::indexChanged, m_meta, &MetadataPanel::writeLibraryFields);
}

int InspectorPanel::rowCount() const
{
    return m_table->topLevelItemCount();
}

void InspectorPanel::showFile(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    const QLocale locale;
    addRow(tr("Name"), info.fileName());
    addRow(tr("Folder"), info.absolutePath());
    addRow(tr("Size"), locale.formattedDataSize(info.size()));
    addRow(tr("Modified"), locale.toString(info.lastModified(), QLocale::ShortFormat));
    addRow(tr("Type"), QMimeDatabase().mimeTypeForFile(info).comment());
    readFacts(path);
}

namespace
{
// Several files' value of one fact: the value they share, or "(mixed)".
template <typename Fn> QString common(const QList<QFileInfo> &files, Fn value)
{
    const QString first = value(files.first());
    for (const QFileInfo &info : files)
        if (value(info) != first) return InspectorPanel::tr("(mixed)");
    return first;
}
} // namespace

void InspectorPanel::showFiles(const QStringList &paths)
{
    QList<QFileInfo> files;
    qint64 total = 0;
    for (const QString &path : paths) {
        files << QFileInfo(path);
        total += files.last().isFile() ? files.last().size() : 0;
    }
    const QLocale locale;
    // By name only: reading every selected file's content on the GUI thread could stall it.
    const QMimeDatabase mimes;
    addRow(tr("Selected"), locale.toString(paths.size()));
    addRow(tr("Name"), tr("(mixed)"));
    addRow(tr("Folder"), common(files, [](const QFileInfo &i) { return i.absolutePath(); }));
    addRow(tr("Total size"), locale.formattedDataSize(total));
    addRow(tr("Modified"), common(files, [&](const QFileInfo &i) {
               return locale.toString(i.lastModified(), QLocale::ShortFormat);
           }));
    addRow(tr("Type"), common(files, [&](const QFileInfo &i) {
               return mimes.mimeTypeForFile(i, QMimeDatabase::MatchExtension).comment();
           }));
    readCommonFacts(paths);
}

void InspectorPanel::readCommonFacts(const QStringList &paths)
{
    // Headers only, and for a bounded selection: Select All in a huge folder stays cheap.
    constexpr qsizetype kMostProbed = 200;
    if (paths.size() > kMostProbed) return;
    watch(assets::readCommonDetailsAsync(paths));
}

void InspectorPanel::watch(const QFuture<assets::AssetDetails> &details)
{
    m_watchedRequest = m_request;
    m_watcher.setFuture(details);
}

void InspectorPanel::showObject(const QString &location, qint64 size, const QDateTime &modified,
                                const QString &etag, const QString &localCopy)
{
    if (m_path != location || m_table->topLevelItemCount() == 0) {
        ++m_request;
        m_path = location;
        m_table->clear();
        const QLocale locale;
        addRow(tr("Name"), storage::locationName(location));
        addRow(tr("Location"), location);
        addRow(tr("Size"), locale.formattedDataSize(size));
        if (modified.isValid())
            addRow(tr("Modified"), locale.toString(modified.toLocalTime(), QLocale::ShortFormat));
        addRow(tr("ETag"), etag);
        m_selection.clear();
        m_library->setSelection({});
        m_meta->setSelection({});
    }
    if (!localCopy.isEmpty()) readFacts(localCopy);
}

QString InspectorPanel::shownRow(const QString &name) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (m_table->topLevelItem(i)->text(0) == name) return m_table->topLevelItem(i)->text(1);
    return {};
}

void InspectorPanel::readFacts(const QString &path)
{
    // Read off the GUI thread: a slow disk never freezes the window.
    watch(assets::readAssetDetailsAsync(path));
}

void InspectorPanel::showFacts(const assets::AssetDetails &facts)
{
    const imaging::ImageProbe &probe = facts.probe;
    // A PDF's size is its first page's in points (libvips reads it at 72 dpi), not pixels: said
    // so, with the paper's name or its size in millimetres.
    const auto dimensions = [this, &probe] {
        const QSize size = probe.size;
        if (probe.format != QLatin1String("pdf"))
            return tr("%1 × %2 px").arg(size.width()).arg(size.height());
        const QString points = tr("%1 × %2 pt").arg(size.width()).arg(size.height());
        const QPageSize::PageSizeId paper = QPageSize::id(size, QPageSize::FuzzyOrientationMatch);
        if (paper != QPageSize::Custom) return tr("%1 (%2)").arg(points, QPageSize::name(paper));
        return tr("%1 (%2 × %3 mm)")
            .arg(points)
            .arg(qRound(size.width() * 25.4 / 72))
            .arg(qRound(size.height() * 25.4 / 72));
    };
    if (facts.several) {
        if (!probe.ok && !facts.mixedFormat) return; // none of them is a picture
        const QString mixed = tr("(mixed)");
        addRow(tr("Format"), facts.mixedFormat ? mixed : probe.format.toUpper());
        addRow(tr("Dimensions"), facts.mixedSize ? mixed : dimensions());
        return;
    }
    if (probe.ok) {
        addRow(tr("Format"), probe.format.toUpper());
        addRow(tr("Dimensions"), dimensions());
        if (probe.frames > 1 && facts.pages == 0)
            addRow(tr("Frames / pages"), QString::number(probe.frames));
        if (probe.orientation != 1)
            addRow(tr("EXIF orientation"), QString::number(probe.orientation));
        if (!probe.colourProfile.isEmpty()) addRow(tr("Colour profile"), probe.colourProfile);
    }
    if (facts.pages > 0) addRow(tr("Pages"), QString::number(facts.pages));
    if (!facts.media.isEmpty()) showMedia(facts.media);
    if (!facts.video.isNull()) showVideoFacts(facts.video, facts.metadata);
    const imaging::PhotoMetadata &m = facts.metadata;
    const QLocale locale;
    if (m.taken.isValid()) addRow(tr("Taken"), locale.toString(m.taken, QLocale::ShortFormat));
    const QString camera = m.camera();
    if (!camera.isEmpty()) addRow(tr("Camera"), camera);
    if (!m.lens.isEmpty()) addRow(tr("Lens"), m.lens);
    QStringList settings;
    for (const QString &part :
         {m.exposure, m.aperture, m.iso.isEmpty() ? QString() : QStringLiteral("ISO ") + m.iso}) {
        if (!part.isEmpty()) settings << part;
    }
    if (!settings.isEmpty()) addRow(tr("Exposure"), settings.join(QStringLiteral("  ")));
    if (m.latitude && m.longitude)
        addRow(tr("Location"), QStringLiteral("%1, %2").arg(locale.toString(*m.latitude, 'f', 5),
                                                            locale.toString(*m.longitude, 'f', 5)));
    // A local file's title and keywords are the editable fields below, which follow every
    // edit at once; rows read from the file would keep what it said before (or forever, when
    // edits go to a sidecar).
    if (!m_selection.isEmpty()) return;
    if (!m.title.isEmpty()) addRow(tr("Title"), m.title);
    if (!m.keywords.isEmpty()) addRow(tr("Keywords"), m.keywords);
}

// Duration, streams and bitrate of a video, from videoinfo's fields.
void InspectorPanel::showMedia(const QJsonObject &info)
{
    const QJsonObject format = info.value(QStringLiteral("Format")).toObject();
    const QJsonObject streams = info.value(QStringLiteral("Stream")).toObject();
    const auto first = [&](const QString &kind) {
        const QJsonValue v = streams.value(kind);
        return v.isArray() ? v.toArray().first().toObject() : v.toObject();
    };
    const double seconds = format.value(QStringLiteral("Duration")).toString().toDouble();
    const int whole = int(seconds);
    addRow(tr("Duration"), QStringLiteral("%1:%2.%3")
                               .arg(whole / 60)
                               .arg(whole % 60, 2, 10, QLatin1Char('0'))
                               .arg(int((seconds - whole) * 10)));
    if (const QJsonObject v = first(QStringLiteral("Video")); !v.isEmpty())
        addRow(tr("Video"),
               tr("%1, %2 × %3, %4 fps")
                   .arg(v.value(QStringLiteral("CodecName")).toString(),
                        v.value(QStringLiteral("Width")).toString(),
                        v.value(QStringLiteral("Height")).toString(),
                        QLocale().toString(v.value(QStringLiteral("Fps")).toString().toDouble(),
                                           'g', 4)));
    if (const QJsonObject a = first(QStringLiteral("Audio")); !a.isEmpty())
        addRow(tr("Audio"), tr("%1, %2 Hz, %n channel(s)", nullptr,
                               a.value(QStringLiteral("Channel")).toString().toInt())
                                .arg(a.value(QStringLiteral("CodecName")).toString(),
                                     a.value(QStringLiteral("SampleRate")).toString()));
    addRow(
        tr("Bitrate"),
        tr("%1 kbit/s").arg(qRound(format.value(QStringLiteral("Bitrate")).toString().toDouble())));
}

// What the container's tags add: the turn applied for display, when and where it was shot
// (unless the photo metadata above said so already).
void InspectorPanel::showVideoFacts(const media::VideoFacts &video,
                                    const imaging::PhotoMetadata &metadata)
{
    const QLocale locale;
    if (video.rotation != 0) addRow(tr("Rotation"), tr("%1° clockwise").arg(video.rotation));
    if (video.created.isValid() && !metadata.taken.isValid())
        addRow(tr("Taken"), locale.toString(video.created.toLocalTime(), QLocale::ShortFormat));
    if (video.latitude && video.longitude && !(metadata.latitude && metadata.longitude))
        addRow(tr("Location"),
               QStringLiteral("%1, %2").arg(locale.toString(*video.latitude, 'f', 5),
                                            locale.toString(*video.longitude, 'f', 5)));
}

void InspectorPanel::addRow(const QString &name, const QString &value)
{
    auto *item = new QTreeWidgetItem(m_table, {name, value});
    item->setToolTip(1, value);
    // The names' column fits the widest with room to spare: measured to the last pixel, a
    // Chinese name drawn in its fallback font lost its last character's edge.
    const int wanted = m_table->fontMetrics().horizontalAdvance(name) +
                       3 * m_table->fontMetrics().averageCharWidth();
    if (m_table->header()->sectionSize(0) < wanted) m_table->header()->resizeSection(0, wanted);
}

} // namespace ad::ui
