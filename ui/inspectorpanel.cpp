#include "inspectorpanel.h"

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

InspectorPanel::InspectorPanel(QWidget *parent) : QWidget(parent), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Property"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(&m_watcher, &QFutureWatcher<imaging::ImageProbe>::finished, this, [this] {
        const imaging::ImageProbe probe = m_watcher.result();
        if (!probe.ok) return;
        addRow(tr("Format"), probe.format.toUpper());
        addRow(tr("Dimensions"), tr("%1 × %2 px").arg(probe.size.width()).arg(probe.size.height()));
        if (probe.frames > 1) addRow(tr("Frames / pages"), QString::number(probe.frames));
        if (probe.orientation != 1)
            addRow(tr("EXIF orientation"), QString::number(probe.orientation));
    });
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
    m_watcher.setFuture(QtConcurrent::run([path] { return imaging::probeImage(path); }));
}

void InspectorPanel::addRow(const QString &name, const QString &value)
{
    auto *item = new QTreeWidgetItem(m_table, {name, value});
    item->setToolTip(1, value);
}

} // namespace ad::ui
