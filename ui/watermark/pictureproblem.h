#pragma once

// What stops a picture on this computer from being marked or examined, said before the button
// is pressed, in the Embed and Extract pages' words; empty when nothing does.

#include <QSize>
#include <QString>

namespace ad::ui
{

struct LocalPicture {
    QSize size;      // from its header; invalid when it has none that reads
    QString problem; // empty when it can be marked or examined
};

// Reads the picture's header once, for its size and its problem both.
LocalPicture checkLocalPicture(const QString &path);

} // namespace ad::ui
