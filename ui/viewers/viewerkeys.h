#pragma once

// The viewer's keys in one place: the viewer window and its picture, clip and document parts
// bind them from here, and Help > Keyboard Shortcuts lists them from here, so the list says
// what the viewer does even though the viewer is not open.

#include <QKeySequence>
#include <QList>
#include <QString>

namespace ad::ui
{

enum class ViewerKey {
    // Any file
    Previous,
    Next,
    First,
    Last,
    RotateLeft,
    RotateRight,
    Filmstrip,
    Slideshow,
    FullScreen,
    Leave,
    // Pictures
    Fit,
    ActualSize,
    ZoomIn,
    ZoomOut,
    Animation,
    Histogram,
    // Clips
    PlayPause,
    FrameBack,
    FrameForward,
    Back,
    Forward,
    InPoint,
    OutPoint,
    // Documents
    PreviousPage,
    NextPage,
    PageZoomOut,
    PageZoomIn,
    FitWidth,
    Find,
    NextMatch,
    PreviousMatch,
    CopyText,
    SelectPageText,
};

QKeySequence viewerKey(ViewerKey key);

struct ViewerKeyEntry {
    QString group;  // "Viewer", "Viewer › Clips"
    QString action; // what the key does, in the interface language
    QKeySequence key;
};
// Every key of the viewer, grouped by what is shown (any file, pictures, clips, documents).
QList<ViewerKeyEntry> viewerKeyList();

} // namespace ad::ui
