#pragma once

// Typed syntax tree of a CI processing string (docs/decisions.md settles its open points).
// Optional fields remember whether a modifier was written, so printing gives the string back.

#include <QRgb>
#include <QString>
#include <optional>
#include <variant>
#include <vector>

namespace ad::style
{

struct Span {
    int offset = -1;
    int length = 0;
};

enum class Gravity { NorthWest, North, NorthEast, West, Center, East, SouthWest, South, SouthEast };

// Formats a processing string may name. Tpg, YJpeg and Svgc exist only in the cloud.
enum class ImageFormat { Jpeg, Png, Webp, Gif, Bmp, Heif, Avif, Tpg, YJpeg, Svgc };

struct Geometry {
    enum class Kind {
        Percent,       // !<S>p
        PercentWidth,  // !<S>px
        PercentHeight, // !x<S>p
        Width,         // <W>x
        Height,        // x<H>
        Fit,           // <W>x<H>
        ShrinkOnly,    // <W>x<H>>
        EnlargeOnly,   // <W>x<H><
        Cover,         // !<W>x<H>r
        Exact,         // <W>x<H>!
        Area,          // <A>@
    };
    Kind kind = Kind::Fit;
    int width = 0;
    int height = 0;
    int percent = 0;
    qint64 area = 0;
};

struct Thumbnail {
    Geometry geometry;
    std::optional<bool> pad;
    std::optional<QRgb> color;
};
struct Cut {
    int width = 0, height = 0, dx = 0, dy = 0;
};
struct Crop {
    int width = 0; // 0: keep the source width
    int height = 0;
    std::optional<Gravity> gravity;
    std::optional<int> dx, dy;
};
struct IRadius {
    int radius = 0;
};
struct RRadius {
    int radius = 0;
};
struct SCrop {
    int width = 0, height = 0;
};
struct Rotate {
    int degrees = 0;
};
struct AutoOrient {
};
struct Flip {
    bool vertical = false;
};
struct Blur {
    int radius = 1;
    double sigma = 1.0;
};
struct Bright {
    int value = 0;
};
struct Contrast {
    int value = 0;
};
struct Sharpen {
    int value = 70;
};
struct Grayscale {
    bool on = true;
};
struct Format {
    ImageFormat format = ImageFormat::Jpeg;
};
struct CGif {
    int frames = 1;
};
struct Interlace {
    bool on = false;
};
struct Quality {
    enum class Kind { Absolute, Relative, Floor };
    Kind kind = Kind::Absolute;
    int value = 0;
    bool forced = false; // quality/<Q>! only
};
struct Strip {
};
struct SizeLimit {
    int amount = 0;
    char unit = 'k';          // 'k' or 'm'
    bool keepSmaller = false; // trailing '!': compare with the original
    qint64 bytes() const { return qint64(amount) * (unit == 'm' ? 1024 * 1024 : 1024); }
};
struct IgnoreError {
};

using MogrOp = std::variant<Thumbnail, Cut, Crop, IRadius, RRadius, SCrop, Rotate, AutoOrient, Flip,
                            Blur, Bright, Contrast, Sharpen, Grayscale, Format, CGif, Interlace,
                            Quality, Strip, SizeLimit, IgnoreError>;

struct MogrStep {
    MogrOp op;
    Span span;
};

struct MogrStage {
    std::vector<MogrStep> steps;
};

struct ImageView2 {
    int mode = 1;
    std::optional<int> width, height;
    std::optional<ImageFormat> format;
    std::optional<Quality> quality, rquality, lquality;
};

struct WatermarkPlacement {
    std::optional<Gravity> gravity;
    std::optional<int> dx, dy;
    std::optional<int> dissolve;
    std::optional<bool> batch;
    std::optional<int> degree;
};

struct ImageWatermark {
    QString image; // decoded URL or path
    WatermarkPlacement place;
    std::optional<int> blogo, scatype, spcent;
};

struct TextWatermark {
    QString text;
    std::optional<QString> font;
    std::optional<int> fontSize;
    std::optional<QRgb> fill;
    WatermarkPlacement place;
    std::optional<int> shadow;
};

// watermark/3: an invisible mark. type 1 (semi-blind) and 2 (blind) carry an image, 3 a text.
struct BlindEmbed {
    int type = 3;
    QString image;            // decoded URL or path (types 1, 2)
    QString text;             // decoded, [0-9A-Za-z] (type 3)
    std::optional<int> level; // 1-3, type 2 only
};

// watermark/4: reads a blind mark back. image is the original (type 1) or the mark (type 2).
struct BlindExtract {
    int type = 3;
    QString image;
};

struct InfoQuery {
    enum class Kind { ImageInfo, Exif, ImageAve };
    Kind kind = Kind::ImageInfo;
};

struct StyleRef {
    QString name;
};

using StageOp = std::variant<MogrStage, ImageView2, ImageWatermark, TextWatermark, BlindEmbed,
                             BlindExtract, InfoQuery, StyleRef>;

struct Stage {
    StageOp op;
    Span span;
};

struct Pipeline {
    std::vector<Stage> stages;
};

} // namespace ad::style
