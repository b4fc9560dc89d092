#include "viewers/comparewindow.h"

#include "common/imageloader.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace ad::ui
{

CompareWindow::CompareWindow(ImageLoader *loader, const QString &left, const QString &right,
                             QWidget *parent)
    : QWidget(parent, Qt::Window), m_loader(loader), m_left(new ImageViewer(this)),
      m_right(new ImageViewer(this)),
      m_sync(new QCheckBox(tr("&Synchronise zoom and position"), this)), m_paths{left, right}
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        tr("Compare %1 and %2").arg(QFileInfo(left).fileName(), QFileInfo(right).fileName()));
    auto *split = new QSplitter(this);
    for (int side = 0; side < 2; ++side) {
        auto *column = new QWidget(split);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(QFileInfo(m_paths[side]).fileName(), column);
        name->setAlignment(Qt::AlignCenter);
        v->addWidget(name);
        v->addWidget(viewer(side), 1);
        split->addWidget(column);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sync);
    layout->addWidget(split, 1);
    m_sync->setChecked(true);
    // Each side leads when the user moves it; setView does not echo, so no loop.
    for (int side = 0; side < 2; ++side) {
        ImageCanvas *from = viewer(side)->canvas();
        ImageCanvas *to = viewer(1 - side)->canvas();
        connect(from, &ImageCanvas::viewChanged, to, [this, to](double zoom, QPointF centre) {
            if (m_sync->isChecked()) to->setView(zoom, centre);
        });
    }
    connect(m_loader, &ImageLoader::loaded, this,
            [this](const QString &path, const imaging::ViewerImage &image) {
                for (int side = 0; side < 2; ++side)
                    if (path == m_paths[side] && viewer(side)->canvas()->image().isNull()) {
                        viewer(side)->showImage(image);
                        if (--m_pending == 0) Q_EMIT ready();
                    }
            });
    for (int side = 0; side < 2; ++side) {
        if (const imaging::ViewerImage *cached = m_loader->cached(m_paths[side])) {
            viewer(side)->showImage(*cached);
            --m_pending;
        } else {
            m_loader->request(m_paths[side]);
        }
    }
    resize(1400, 800);
}

void CompareWindow::setSynchronised(bool on)
{
    m_sync->setChecked(on);
}

} // namespace ad::ui
