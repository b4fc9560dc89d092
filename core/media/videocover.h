#pragma once

// A clip's default cover: the frame the grid, the freedesktop thumbnail and the Style Editor's
// preview show for it when the user has chosen none (a chosen one, kept in the catalogue, is
// looked up by the thumbnail loader first).

#include <QImage>
#include <QString>
#include <atomic>

namespace ad::media
{

// The frame smartCoverTime picks (black, blank and blurred frames passed over, so a clip that
// opens on black does not get a black thumbnail), upright, fitted inside `bound` (invalid: the
// clip's own size). A clip whose cover time cannot be worked out shows its first frame; null
// with `error` set when nothing decodes. Setting `cancelled` stops the decodes mid-read (a view
// that moved on, a thumbnail that scrolled away): null, with `error` set.
QImage coverFrame(const QString &path, QSize bound, QString *error = nullptr, int timeoutMs = 10000,
                  const std::atomic<bool> *cancelled = nullptr);

} // namespace ad::media
