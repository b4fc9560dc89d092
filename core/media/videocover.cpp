#include "media/videocover.h"

#include "common/error.h"
#include "media/decoder.h"
#include "media/snapshot.h"
#include "media/videoframe.h"

namespace ad::media
{

QImage coverFrame(const QString &path, QSize bound, QString *error, int timeoutMs,
                  const std::atomic<bool> *cancelled)
{
    const Decoder *d = decoder(error);
    if (!d) return {};
    FrameRequest request;
    try {
        // Five candidates: a thumbnail is small, and each candidate is a seek and a decode.
        if (const double seconds = smartCoverTime(path, 5, cancelled); seconds > 0)
            request.seconds = seconds;
    } catch (const ProcessingError &) {
        // Unreadable facts: the first frame's decode below says what is wrong, or still works.
    }
    request.bound = bound;
    request.timeoutMs = timeoutMs;
    request.cancelled = cancelled;
    return toQImage(d->frame(path, request, error));
}

} // namespace ad::media
