#pragma once

// Test images drawn with libvips, external reference tools, and image comparison.

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ad::test
{

// A colourful, non-symmetric w×h image (gradient with a red block at the top-left quarter), so
// orientation, crops and positions can be checked by colour.
QByteArray makeImage(int width, int height, const QString &format, int quality = 90);
// An animated GIF of n frames, frame i filled with grey level 20*i.
QByteArray makeGif(int width, int height, int frames);
// A blind watermark mark: white shapes on black, 48x48 PNG (within 1/8 of a 427 px side).
QByteArray blindMarkPng();
QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path); // empty when it cannot be read
// A real photograph from Debian's plasma-workspace-wallpapers (installed by scripts/bootstrap);
// aborts the test run with that hint when it is missing.
QString wallpaperPath(const QString &name);
// That photograph cropped to size and scaled, written to dir/fileName (format from the suffix).
QString writePhoto(const QTemporaryDir &dir, const QString &wallpaper, QSize size,
                   const QString &fileName);
// Incompressible test data, the same for the same seed.
QByteArray randomBytes(qsizetype size, quint32 seed);

QImage decode(const QByteArray &bytes); // upright not applied; RGBA8888
QSize sizeOf(const QByteArray &bytes);
QString loaderOf(const QByteArray &bytes); // e.g. "jpegload_buffer"
int framesOf(const QByteArray &bytes);
double psnr(const QImage &a, const QImage &b);     // dB; inf for identical
QRgb pixel(const QByteArray &bytes, int x, int y); // of the decoded image
bool near(QRgb a, QRgb b, int tolerance);

// The frame ffmpeg shows at `seconds` (`ffmpeg -ss T -i VIDEO -frames:v 1 OUT`), the
// reference for frame-accurate seeking; false when ffmpeg fails.
bool ffmpegFrameAt(const QString &video, const QString &seconds, const QString &out);

// A 320x240 H.264/AAC MP4 at 25 frames a second (test pattern and a tone) of `seconds`,
// written by ffmpeg; its exit code. `gop` > 0: a key frame every `gop` frames and no others.
int writeClipWithSound(const QString &path, double seconds = 2, int gop = 0);

// A 320x240 H.264 MP4 at 25 frames a second that opens on 2 s of black, then shows the test
// pattern for `patternSeconds`: a clip whose first frame makes a bad cover. ffmpeg's exit code.
int writeDarkStartClip(const QString &path, double patternSeconds = 3);

// Runs a reference tool (convert, vips, ...) and returns its exit code; output on stderr.
int run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr);

} // namespace ad::test
