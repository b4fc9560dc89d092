#include "imaging/sizing.h"

#include "common/error.h"

#include <QCoreApplication>
#include <cmath>
#include <numbers>

namespace ad::imaging
{

using style::Geometry;

qint64 roundDiv(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

namespace
{

int atLeastOne(qint64 v)
{
    return int(std::max<qint64>(1, v));
}

// Scale w×h so that the width becomes W (height follows), rounded per D1.
QSize byWidth(QSize s, int W)
{
    return {W, atLeastOne(roundDiv(qint64(s.height()) * W, s.width()))};
}

QSize byHeight(QSize s, int H)
{
    return {atLeastOne(roundDiv(qint64(s.width()) * H, s.height())), H};
}

// k = min(W/w, H/h) compared exactly with integers.
QSize fit(QSize s, int W, int H)
{
    return qint64(W) * s.height() <= qint64(H) * s.width() ? byWidth(s, W) : byHeight(s, H);
}

// k = max(W/w, H/h).
QSize cover(QSize s, int W, int H)
{
    return qint64(W) * s.height() >= qint64(H) * s.width() ? byWidth(s, W) : byHeight(s, H);
}

QSize percent(QSize s, int pw, int ph)
{
    return {atLeastOne(roundDiv(qint64(s.width()) * pw, 100)),
            atLeastOne(roundDiv(qint64(s.height()) * ph, 100))};
}

QRect centred(QSize outer, QSize inner)
{
    return {(outer.width() - inner.width()) / 2, (outer.height() - inner.height()) / 2,
            inner.width(), inner.height()};
}

} // namespace

QSize thumbnailSize(const Geometry &g, QSize s)
{
    using K = Geometry::Kind;
    switch (g.kind) {
    case K::Percent:
        return percent(s, g.percent, g.percent);
    case K::PercentWidth:
        return percent(s, g.percent, 100);
    case K::PercentHeight:
        return percent(s, 100, g.percent);
    case K::Width:
        return byWidth(s, g.width);
    case K::Height:
        return byHeight(s, g.height);
    case K::Fit:
        return fit(s, g.width, g.height);
    case K::ShrinkOnly:
        return (g.width >= s.width() && g.height >= s.height()) ? s : fit(s, g.width, g.height);
    case K::EnlargeOnly:
        return (g.width <= s.width() || g.height <= s.height()) ? s : fit(s, g.width, g.height);
    case K::Cover:
        return cover(s, g.width, g.height);
    case K::Exact:
        return {g.width, g.height};
    case K::Area: {
        const qint64 pixels = qint64(s.width()) * s.height();
        if (pixels <= g.area) return s;
        const long double k = std::sqrt(static_cast<long double>(g.area) / pixels);
        qint64 w = std::max<qint64>(1, qint64(std::floor(s.width() * k)));
        qint64 h = std::max<qint64>(1, qint64(std::floor(s.height() * k)));
        while (w * h > g.area && (w > 1 || h > 1)) {
            if (w * s.height() >= h * s.width())
                --w;
            else
                --h;
        }
        return {int(w), int(h)};
    }
    }
    return s;
}

ViewPlan imageView2Plan(const style::ImageView2 &v, QSize s)
{
    const bool both = v.width && v.height;
    int W = v.width.value_or(v.height.value_or(1));
    int H = v.height.value_or(W);
    ViewPlan plan;
    switch (v.mode) {
    case 1:
        plan.scaled = cover(s, W, H);
        plan.crop = centred(plan.scaled, QSize(W, H).boundedTo(plan.scaled));
        return plan;
    case 2:
        plan.scaled = both ? fit(s, W, H) : v.width ? byWidth(s, W) : byHeight(s, H);
        break;
    case 3:
        plan.scaled = cover(s, W, H);
        break;
    case 4:
    case 5: {
        // w is the long edge and h the short edge, applied in the source's orientation.
        const bool landscape = s.width() >= s.height();
        const int tw = landscape ? W : H;
        const int th = landscape ? H : W;
        plan.scaled = cover(s, tw, th);
        if (v.mode == 5) {
            plan.crop = centred(plan.scaled, QSize(tw, th).boundedTo(plan.scaled));
            return plan;
        }
        break;
    }
    }
    plan.crop = QRect(QPoint(0, 0), plan.scaled);
    return plan;
}

QPoint anchor(style::Gravity g, int dx, int dy, QSize canvas, QSize item)
{
    using G = style::Gravity;
    const int col = (g == G::NorthWest || g == G::West || g == G::SouthWest) ? 0
                    : (g == G::North || g == G::Center || g == G::South)     ? 1
                                                                             : 2;
    const int row = (g == G::NorthWest || g == G::North || g == G::NorthEast) ? 0
                    : (g == G::West || g == G::Center || g == G::East)        ? 1
                                                                              : 2;
    const int freeX = canvas.width() - item.width();
    const int freeY = canvas.height() - item.height();
    const int x = col == 0 ? dx : col == 1 ? freeX / 2 : freeX - dx;
    const int y = row == 0 ? dy : row == 1 ? freeY / 2 : freeY - dy;
    return {x, y};
}

QSize rotatedSize(QSize s, int degrees)
{
    degrees %= 360;
    if (degrees % 180 == 0) return s;
    if (degrees % 90 == 0) return s.transposed();
    const double radians = degrees * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(radians));
    const double n = std::abs(std::sin(radians));
    return {atLeastOne(std::llround(s.width() * c + s.height() * n)),
            atLeastOne(std::llround(s.width() * n + s.height() * c))};
}

QRect cropRect(const style::Crop &c, QSize s)
{
    const int w = c.width ? c.width : s.width();
    const int h = c.height ? c.height : s.height();
    if (w > s.width() || h > s.height())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "crop: %1x%2 is larger than the %3x%4 image")
                .arg(w)
                .arg(h)
                .arg(s.width())
                .arg(s.height()));
    const QPoint at = anchor(c.gravity.value_or(style::Gravity::NorthWest), c.dx.value_or(0),
                             c.dy.value_or(0), s, {w, h});
    const QRect r = QRect(at, QSize(w, h)).intersected(QRect(QPoint(0, 0), s));
    if (r.isEmpty())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "crop: region lies outside the image"));
    return r;
}

QRect cutRect(const style::Cut &c, QSize s)
{
    if (c.width > s.width() || c.height > s.height())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "cut: %1x%2 is larger than the %3x%4 image")
                .arg(c.width)
                .arg(c.height)
                .arg(s.width())
                .arg(s.height()));
    const QRect r = QRect(c.dx, c.dy, c.width, c.height).intersected(QRect(QPoint(0, 0), s));
    if (r.isEmpty())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "cut: offset %1,%2 lies outside the image")
                .arg(c.dx)
                .arg(c.dy));
    return r;
}

} // namespace ad::imaging
