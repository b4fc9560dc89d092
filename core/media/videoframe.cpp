#include "media/videoframe.h"

#include "media/decoder.h"

#include <QTransform>
#include <algorithm>

namespace ad::media
{

QImage firstVideoFrame(const QString &path, QSize bound, QString *error, int timeoutMs)
{
    const Decoder *d = decoder(error);
    if (!d) return {};
    FrameRequest request;
    request.bound = bound;
    request.timeoutMs = timeoutMs;
    return toQImage(d->frame(path, request, error));
}

QImage firstVideoFrame(ByteSource &source, QSize bound, QString *error, int timeoutMs)
{
    const Decoder *d = decoder(error);
    if (!d) return {};
    FrameRequest request;
    request.bound = bound;
    request.timeoutMs = timeoutMs;
    return toQImage(d->frameOf(source, request, error));
}

namespace
{
Frame exactFrame(const QString &path, double seconds, QSize bound, QString *error, int timeoutMs)
{
    const Decoder *d = decoder(error);
    if (!d) return {};
    FrameRequest request;
    request.seconds = std::max(0.0, seconds);
    request.bound = bound;
    request.timeoutMs = timeoutMs;
    request.threads = 0; // one picture the user waits for: every core
    return d->frame(path, request, error);
}
} // namespace

QImage videoFrameAt(const QString &path, double seconds, QSize bound, QString *error, int timeoutMs)
{
    return toQImage(exactFrame(path, seconds, bound, error, timeoutMs));
}

TimedFrame timedFrameAt(const QString &path, double seconds, QSize bound, QString *error)
{
    const Frame frame = exactFrame(path, seconds, bound, error, 10000);
    return {toQImage(frame), frame.seconds};
}

QImage toQImage(const Frame &frame)
{
    if (frame.isNull()) return {};
    const QImage image(reinterpret_cast<const uchar *>(frame.rgb.constData()), frame.size.width(),
                       frame.size.height(), frame.size.width() * 3, QImage::Format_RGB888);
    // transformed() and copy() both detach from the borrowed buffer.
    return frame.rotation ? image.transformed(QTransform().rotate(frame.rotation)) : image.copy();
}

} // namespace ad::media
