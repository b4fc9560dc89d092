#pragma once

// The image viewer: a zoomable canvas with a toolbar (fit, 100 %, zoom, histogram, animation
// playback) and a status line with size, zoom and the pixel under the pointer.

#include "imaging/histogram.h"
#include "imaging/viewerimage.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QLabel;
class QTimer;
class QToolBar;

namespace ad::ui
{

class HistogramWidget;
class ImageCanvas;

class ImageViewer : public QWidget
{
    Q_OBJECT
public:
    explicit ImageViewer(QWidget *parent = nullptr);

    void showImage(const imaging::ViewerImage &image);
    void clear();
    ImageCanvas *canvas() const { return m_canvas; }
    HistogramWidget *histogram() const { return m_histogram; }
    int currentFrame() const { return m_frame; }
    bool isPlaying() const;
    void setPlaying(bool playing);
    void setHistogramVisible(bool visible);
    QString pixelText() const;
    // Turns the picture on screen only (0, 90, 180 or 270 clockwise); the next image shows
    // upright again.
    void setViewRotation(int degrees);
    int viewRotation() const { return m_rotation; }

Q_SIGNALS:
    void histogramReady();

private:
    void showFrame(int index);
    void updateStatus();
    void computeHistogram();
    QImage shown(int frame) const; // the frame as turned for viewing

    ImageCanvas *m_canvas;
    HistogramWidget *m_histogram;
    QToolBar *m_bar;
    QLabel *m_status;
    QLabel *m_pixel;
    QTimer *m_frameTimer;
    QAction *m_playAction;
    QAction *m_histogramAction;
    imaging::ViewerImage m_image;
    int m_frame = 0;
    int m_rotation = 0;
    QFutureWatcher<imaging::Histogram> m_histogramWatcher;
};

} // namespace ad::ui
