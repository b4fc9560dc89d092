#pragma once

// Runs a processing string on one image. Thread-safe: every call owns its state, so any worker
// thread may call it concurrently.

#include "imaging/budget.h"
#include "imaging/encoder.h"
#include "imaging/rendercancel.h"
#include "style/parser.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace ad::imaging
{

struct ImageSource {
    QString path;     // read when bytes is empty
    QByteArray bytes; // object bytes from a bucket or memory
};

struct ProcessOptions {
    style::StyleLookup styles;
    // Where watermark/1 image URLs and paths are resolved: an object URL's key, or a relative
    // path, is looked up below this folder (the "same bucket" of a local source).
    QString resourceRoot;
    // Set: the render can be stopped from another thread; it then throws IoError "cancelled".
    std::shared_ptr<RenderCancel> cancel;
    // Past this the render is stopped and throws TimedOut.
    std::chrono::milliseconds deadline = kDefaultDeadline;
};

struct ProcessResult {
    QByteArray data;
    bool isJson = false;
    style::ImageFormat format = style::ImageFormat::Png;
    QSize size;
    int frames = 1;
    QStringList warnings;
    QByteArray extractedMark; // watermark/4 types 1 and 2: the recovered mark as PNG
};

ProcessResult process(const ImageSource &source, const QString &processing,
                      const ProcessOptions &options = {});
ProcessResult process(const ImageSource &source, const style::Pipeline &pipeline,
                      const ProcessOptions &options = {});

} // namespace ad::imaging
