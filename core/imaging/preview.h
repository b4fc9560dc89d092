#pragma once

// Display-side decoding: upright (EXIF applied, D26), shrink-on-load, as a QImage.

#include <QImage>
#include <QString>

namespace ad::imaging
{

class RenderCancel;

struct ImageProbe {
    bool ok = false;
    QString format; // loader's format: jpeg, png, webp, gif, heif, avif, pdf, ...
    QSize size;     // upright size of the first frame/page
    int frames = 1;
    int orientation = 1;
    QString colourProfile; // the embedded ICC profile's description; empty when none
    QString error;
};

// Reads the header only: cheap, never decodes pixels.
ImageProbe probeImage(const QString &path);

// Decodes to fit inside bound (never enlarges). Returns a null image and fills error on failure.
// `cancel` (optional) stops the decode from another thread: the pixels' computation is killed.
QImage loadPreview(const QString &path, QSize bound, QString *error = nullptr,
                   RenderCancel *cancel = nullptr);

} // namespace ad::imaging
