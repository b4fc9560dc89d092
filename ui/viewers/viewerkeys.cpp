#include "viewers/viewerkeys.h"

#include <QCoreApplication>

namespace ad::ui
{

namespace
{

enum class Part { Any, Pictures, Clips, Documents };

struct Row {
    ViewerKey id;
    Part part;
    QKeySequence key;
    const char *action; // translated in the ad::ui::ViewerKeys context
};

const QList<Row> &rows()
{
    // Built on first use: a standard key's sequence needs the application.
    static const QList<Row> table{
        {ViewerKey::Previous, Part::Any, Qt::Key_Left,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Previous file")},
        {ViewerKey::Next, Part::Any, Qt::Key_Right,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Next file")},
        {ViewerKey::First, Part::Any, Qt::Key_Home,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "First file")},
        {ViewerKey::Last, Part::Any, Qt::Key_End,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Last file")},
        {ViewerKey::RotateLeft, Part::Any, Qt::CTRL | Qt::Key_L,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Rotate left on screen")},
        {ViewerKey::RotateRight, Part::Any, Qt::CTRL | Qt::Key_R,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Rotate right on screen")},
        {ViewerKey::Filmstrip, Part::Any, Qt::Key_T,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Show or hide the filmstrip")},
        {ViewerKey::Slideshow, Part::Any, Qt::Key_F5,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Start or stop the slideshow")},
        {ViewerKey::FullScreen, Part::Any, Qt::Key_F11,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Full screen")},
        {ViewerKey::Leave, Part::Any, Qt::Key_Escape,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys",
                           "End the slideshow or full screen, else close the viewer")},
        {ViewerKey::Fit, Part::Pictures, Qt::Key_F,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Fit to the window")},
        {ViewerKey::ActualSize, Part::Pictures, Qt::Key_1,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Actual size (100%)")},
        {ViewerKey::ZoomIn, Part::Pictures, Qt::Key_Plus,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Zoom in")},
        {ViewerKey::ZoomOut, Part::Pictures, Qt::Key_Minus,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Zoom out")},
        {ViewerKey::Animation, Part::Pictures, Qt::Key_P,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Play or pause an animation")},
        {ViewerKey::Histogram, Part::Pictures, Qt::Key_H,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Show or hide the histogram")},
        {ViewerKey::PlayPause, Part::Clips, Qt::Key_Space,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Play or pause")},
        {ViewerKey::FrameBack, Part::Clips, Qt::Key_Comma,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "One frame back")},
        {ViewerKey::FrameForward, Part::Clips, Qt::Key_Period,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "One frame forward")},
        {ViewerKey::Back, Part::Clips, Qt::Key_J,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Back 5 seconds")},
        {ViewerKey::Forward, Part::Clips, Qt::Key_L,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Forward 5 seconds")},
        {ViewerKey::InPoint, Part::Clips, Qt::Key_I,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Set the in point (trim start)")},
        {ViewerKey::OutPoint, Part::Clips, Qt::Key_O,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Set the out point (trim end)")},
        {ViewerKey::PreviousPage, Part::Documents, Qt::Key_PageUp,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Previous page")},
        {ViewerKey::NextPage, Part::Documents, Qt::Key_PageDown,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Next page")},
        {ViewerKey::PageZoomOut, Part::Documents, Qt::Key_Minus,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Zoom out")},
        {ViewerKey::PageZoomIn, Part::Documents, Qt::Key_Plus,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Zoom in")},
        {ViewerKey::FitWidth, Part::Documents, Qt::Key_W,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Fit the page width")},
        {ViewerKey::Find, Part::Documents, QKeySequence::Find,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Find in the document")},
        {ViewerKey::NextMatch, Part::Documents, Qt::Key_F3,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Next match")},
        {ViewerKey::PreviousMatch, Part::Documents, Qt::SHIFT | Qt::Key_F3,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Previous match")},
        {ViewerKey::CopyText, Part::Documents, QKeySequence::Copy,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Copy the selected text")},
        {ViewerKey::SelectPageText, Part::Documents, QKeySequence::SelectAll,
         QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Select the page's text")},
    };
    return table;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ad::ui::ViewerKeys", text);
}

QString groupName(Part part)
{
    switch (part) {
    case Part::Pictures:
        return translated(QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Viewer › Pictures"));
    case Part::Clips:
        return translated(QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Viewer › Clips"));
    case Part::Documents:
        return translated(QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Viewer › Documents"));
    case Part::Any:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("ad::ui::ViewerKeys", "Viewer"));
}

} // namespace

QKeySequence viewerKey(ViewerKey key)
{
    for (const Row &row : rows())
        if (row.id == key) return row.key;
    return {};
}

QList<ViewerKeyEntry> viewerKeyList()
{
    QList<ViewerKeyEntry> out;
    for (const Row &row : rows())
        out.append({groupName(row.part), translated(row.action), row.key});
    return out;
}

} // namespace ad::ui
