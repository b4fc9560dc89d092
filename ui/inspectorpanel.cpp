#include "inspectorpanel.h"

#include "librarypanel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMimeDatabase>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ad::ui
{

InspectorPanel::InspectorPanel(catalog::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_table(new QTreeWidget(this)), m_library(new LibraryPanel(catalog, this))
{
    setObjectName(QStringLiteral("inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_library);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Property"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(&m_watcher, &QFutureWatcher<Facts>::finished, this,
            [this] { showFacts(m_watcher.result()); });
}

void InspectorPanel::setSelection(const QStringList &paths)
{
    m_library->setSelection(paths);
}

void InspectorPanel::showFile(const QString &path)
{
    m_path = path;
    m_table->clear();
    const QFileInfo info(path);
    const QLocale locale;
    addRow(tr("Name"), info.fileName());
    addRow(tr("Folder"), info.absolutePath());
    addRow(tr("Size"), locale.formattedDataSize(info.size()));
    addRow(tr("Modified"), locale.toString(info.lastModified(), QLocale::ShortFormat));
    addRow(tr("Type"), QMimeDatabase().mimeTypeForFile(info).comment());
    // Header and metadata are read off the GUI thread: a slow disk never freezes the window.
    m_watcher.setFuture(QtConcurrent::run([path] {
        return Facts{imaging::probeImage(path), imaging::readPhotoMetadata(path)};
    }));
}

void InspectorPanel::showFacts(const Facts &facts)
{
    const imaging::ImageProbe &probe = facts.probe;
    if (probe.ok) {
        addRow(tr("Format"), probe.format.toUpper());
        addRow(tr("Dimensions"), tr("%1 × %2 px").arg(probe.size.width()).arg(probe.size.height()));
        if (probe.frames > 1) addRow(tr("Frames / pages"), QString::number(probe.frames));
        if (probe.orientation != 1)
            addRow(tr("EXIF orientation"), QString::number(probe.orientation));
    }
    const imaging::PhotoMetadata &m = facts.metadata;
    const QLocale locale;
    if (m.taken.isValid()) addRow(tr("Taken"), locale.toString(m.taken, QLocale::ShortFormat));
    const QString camera = (m.make + QLatin1Char(' ') + m.model).trimmed();
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
    if (!m.title.isEmpty()) addRow(tr("Title"), m.title);
    if (!m.keywords.isEmpty()) addRow(tr("Keywords"), m.keywords);
}

void InspectorPanel::addRow(const QString &name, const QString &value)
{
    auto *item = new QTreeWidgetItem(m_table, {name, value});
    item->setToolTip(1, value);
}

} // namespace ad::ui
