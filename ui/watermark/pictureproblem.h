#pragma once

// What stops a picture on this computer from being marked or examined, said before the button
// is pressed, in the Embed and Extract pages' words; empty when nothing does.

#include <QString>

namespace ad::ui
{

QString localPictureProblem(const QString &path);

} // namespace ad::ui
