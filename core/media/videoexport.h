#pragma once

// What the video viewer's tools write for one clip: the frame shown (Save Frame), a sprite
// sheet and an animated preview. Each is written atomically to a name the user chose and never
// over an existing file.

#include "media/previews.h"

#include <QSize>
#include <QString>

namespace ad::media
{

// The exact frame shown at `seconds`, at the clip's own size, upright; JPEG or PNG as the
// output's extension says. Returns the picture's size. Throws ProcessingError: InvalidArgument
// (another extension), IoError (the file exists or cannot be written), and snapshot()'s errors.
QSize saveFrame(const QString &clip, double seconds, const QString &output);

// The CI processing string giving the same picture from the cloud or the local endpoint:
// ci-process=snapshot&time=1.48&format=jpg&mode=exactframe&rotate=auto.
QString saveFrameProcessString(double seconds, const QString &format);

// One sprite sheet (every shot on it, rows as many as needed) as JPEG.
void saveSpriteSheet(const QString &clip, SpriteRequest request, const QString &output);
void saveAnimatedPreview(const QString &clip, const AnimationRequest &request,
                         const QString &output);

} // namespace ad::media
