#include "viewers/imageviewer.h"

#include "common/background.h"
#include "viewers/histogramwidget.h"
#include "viewers/imagecanvas.h"
#include "viewers/viewerkeys.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolBar>
#include <QTransform>
#include <QVBoxLayout>

namespace ad::ui
{

ImageViewer::ImageViewer(QWidget *parent)
    : QWidget(parent), m_canvas(new ImageCanvas(this)), m_histogram(new HistogramWidget(this)),
      m_bar(new QToolBar(this)), m_status(new QLabel(this)), m_pixel(new QLabel(this)),
      m_frameTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("imageViewer"));
    m_frameTimer->setSingleShot(true);
    connect(m_frameTimer, &QTimer::timeout, this,
            [this] { showFrame((m_frame + 1) % m_image.frames.size()); });

    // Keys act while the viewer (or its canvas) has focus, so the browser keeps its own.
    auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = m_bar->addAction(text, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    add(tr("Fit"), viewerKey(ViewerKey::Fit), [this] { m_canvas->fitToWindow(); });
    add(tr("100%"), viewerKey(ViewerKey::ActualSize),
        [this] { m_canvas->setZoom(1.0, m_canvas->rect().center()); });
    add(tr("Zoom In"), viewerKey(ViewerKey::ZoomIn), [this] { m_canvas->zoomBy(1.25); });
    add(tr("Zoom Out"), viewerKey(ViewerKey::ZoomOut), [this] { m_canvas->zoomBy(0.8); });
    m_bar->addSeparator();
    m_playAction =
        add(tr("Play"), viewerKey(ViewerKey::Animation), [this] { setPlaying(!isPlaying()); });
    m_playAction->setCheckable(true);
    m_histogramAction = add(tr("Histogram"), viewerKey(ViewerKey::Histogram),
                            [this] { setHistogramVisible(!m_histogram->isVisible()); });
    m_histogramAction->setCheckable(true);

    m_histogram->setVisible(false);
    m_histogram->setFixedWidth(260);
    m_pixel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pixel->setObjectName(QStringLiteral("pixelInfo"));

    auto *middle = new QHBoxLayout;
    middle->setContentsMargins(0, 0, 0, 0);
    middle->addWidget(m_canvas, 1);
    middle->addWidget(m_histogram, 0, Qt::AlignTop);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_pixel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addLayout(middle, 1);
    layout->addLayout(status);

    connect(m_canvas, &ImageCanvas::zoomChanged, this, &ImageViewer::updateStatus);
    connect(m_canvas, &ImageCanvas::pixelHovered, this, [this](QPoint pixel, QColor c) {
        m_pixel->setText(pixel.x() < 0 ? QString()
                                       : tr("%1, %2  RGB %3 %4 %5  A %6  %7")
                                             .arg(pixel.x())
                                             .arg(pixel.y())
                                             .arg(c.red())
                                             .arg(c.green())
                                             .arg(c.blue())
                                             .arg(c.alpha())
                                             .arg(c.name(QColor::HexRgb)));
    });
    connect(&m_histogramWatcher, &QFutureWatcher<imaging::Histogram>::finished, this, [this] {
        m_histogram->setHistogram(m_histogramWatcher.result());
        Q_EMIT histogramReady();
    });
    updateStatus();
}

void ImageViewer::showImage(const imaging::ViewerImage &image)
{
    m_frameTimer->stop();
    m_image = image;
    m_frame = 0;
    m_rotation = 0;
    m_canvas->setImage(image.frames.value(0), false, image.fullSize);
    m_playAction->setEnabled(image.animated());
    m_playAction->setChecked(false);
    if (image.animated()) setPlaying(true);
    m_histogram->clear();
    if (m_histogram->isVisible()) computeHistogram();
    updateStatus();
}

void ImageViewer::clear()
{
    showImage({});
}

bool ImageViewer::isPlaying() const
{
    return m_frameTimer->isActive();
}

void ImageViewer::setPlaying(bool playing)
{
    m_playAction->setChecked(playing && m_image.animated());
    m_playAction->setText(m_playAction->isChecked() ? tr("Pause") : tr("Play"));
    if (playing && m_image.animated())
        m_frameTimer->start(m_image.delaysMs.value(m_frame, 100));
    else
        m_frameTimer->stop();
}

void ImageViewer::showFrame(int index)
{
    m_frame = index;
    m_canvas->setImage(shown(index), true,
                       m_rotation % 180 ? m_image.fullSize.transposed() : m_image.fullSize);
    if (m_playAction->isChecked()) m_frameTimer->start(m_image.delaysMs.value(index, 100));
    updateStatus();
}

void ImageViewer::setViewRotation(int degrees)
{
    m_rotation = ((degrees % 360) + 360) % 360;
    if (m_image.isNull()) return;
    m_canvas->setImage(shown(m_frame), false,
                       m_rotation % 180 ? m_image.fullSize.transposed() : m_image.fullSize);
    updateStatus();
}

QImage ImageViewer::shown(int frame) const
{
    const QImage image = m_image.frames.value(frame);
    return m_rotation ? image.transformed(QTransform().rotate(m_rotation)) : image;
}

void ImageViewer::setHistogramVisible(bool visible)
{
    m_histogram->setVisible(visible);
    m_histogramAction->setChecked(visible);
    if (visible && !m_image.isNull()) computeHistogram();
}

void ImageViewer::computeHistogram()
{
    const QImage frame = m_image.frames.value(m_frame);
    m_histogramWatcher.setFuture(background::run([frame] { return imaging::histogramOf(frame); }));
}

QString ImageViewer::pixelText() const
{
    return m_pixel->text();
}

void ImageViewer::updateStatus()
{
    if (m_image.isNull()) {
        m_status->clear();
        return;
    }
    QString text = tr("%1 × %2  %3%")
                       .arg(m_image.fullSize.width())
                       .arg(m_image.fullSize.height())
                       .arg(qRound(m_canvas->zoom() * 100));
    if (!m_image.format.isEmpty()) text += QStringLiteral("  ") + m_image.format.toUpper();
    if (m_rotation) text += QStringLiteral("  ") + tr("turned %1° for viewing").arg(m_rotation);
    if (m_image.animated())
        text +=
            QStringLiteral("  ") + tr("frame %1 of %2").arg(m_frame + 1).arg(m_image.frames.size());
    m_status->setText(text);
}

} // namespace ad::ui
