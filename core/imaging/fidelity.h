#pragma once

// How close two encodings of the same processing are: the local result against the cloud's.
// Both are decoded (first frame of an animation), turned upright, converted to 8-bit sRGB and
// composited on white when they carry alpha; the numbers are taken over the three colour bands.
//   PSNR = 10 log10(255² / MSE), MSE the mean of (a − b)² over every pixel and band. Identical
//          pictures have no finite PSNR; they report kIdenticalPsnr (99 dB).
//   SSIM = mean over the picture of ((2 μa μb + C1)(2 σab + C2)) / ((μa² + μb² + C1)(σa² + σb² +
//          C2)), means and (co)variances under an 11×11 Gaussian window (σ = 1.5), C1 =
//          (0.01·255)², C2 = (0.03·255)² (Wang et al. 2004), per band, windows wholly inside the
//          picture only.
// Pictures of different upright dimensions are not compared: psnr and ssim stay empty.
// The facts are each file's own: its stored width and height before any EXIF orientation is
// applied, as the cloud's UploadResult and a batch report them.

#include <QByteArray>
#include <QString>
#include <optional>

namespace vips
{
class VImage;
}

namespace ad::imaging
{

constexpr double kIdenticalPsnr = 99.0;

struct PictureFacts {
    int width = 0; // as stored, before EXIF orientation
    int height = 0;
    QString format; // jpeg, png, webp, gif, heif, ... as the decoder names it
    qint64 bytes = 0;
};

struct Fidelity {
    PictureFacts local;
    PictureFacts cloud;
    std::optional<double> psnr; // dB, at most kIdenticalPsnr; empty when not comparable
    std::optional<double> ssim; // 0..1 (1: identical); empty when not comparable
    // Upright, the two have the same dimensions: exactly then are PSNR and SSIM taken.
    bool sameSize() const { return psnr.has_value(); }
};

// Throws ProcessingError InvalidImage naming the side ("local result", "cloud result") that does
// not decode as a picture.
Fidelity compareEncoded(const QByteArray &local, const QByteArray &cloud);

// SSIM as above of two 8-bit pictures of the same size and bands (the blind watermark's quality
// budget is measured with it).
double ssimOf(const vips::VImage &a8, const vips::VImage &b8);

// |local − cloud| × gain per band as an 8-bit RGB PNG (black: equal). Empty when the dimensions
// differ. Throws like compareEncoded.
QByteArray differencePng(const QByteArray &local, const QByteArray &cloud, int gain = 8);

} // namespace ad::imaging
