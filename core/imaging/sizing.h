#pragma once

// Pure size arithmetic of the grammar (D1, D2, D5, D7, D13): no pixels involved, so it is
// shared by the executor, the style editor's previews and the limit checks.

#include "style/ast.h"

#include <QRect>
#include <QSize>

namespace ad::imaging
{

qint64 roundDiv(qint64 numerator, qint64 denominator); // half up, for non-negative values

QSize thumbnailSize(const style::Geometry &geometry, QSize source);

struct ViewPlan {
    QSize scaled; // size after scaling
    QRect crop;   // region of the scaled image kept; equals the scaled rect when nothing is cut
};
ViewPlan imageView2Plan(const style::ImageView2 &view, QSize source);

// Top-left corner of an item placed on a canvas by nine-grid gravity with inward margins (0.4).
QPoint anchor(style::Gravity gravity, int dx, int dy, QSize canvas, QSize item);

// D9: multiples of 90 keep or swap the sides; other angles give the rotated rectangle's bounding
// box, each side rounded to nearest.
QSize rotatedSize(QSize source, int degrees);

QRect cropRect(const style::Crop &crop, QSize source); // throws on W/H larger than the source
QRect cutRect(const style::Cut &cut, QSize source);

} // namespace ad::imaging
