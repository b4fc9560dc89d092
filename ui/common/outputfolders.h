#pragma once

// Where the tools that write files (Batch Process, Documents to Images, Blind Watermark,
// Transcode, the video tools: the viewer's frames, trims, sprite sheets and animated previews and
// Video Posters & Sprites, and collection export) put their outputs. They never propose a folder
// inside what they read or inside the library: the folder last used by the tool (or set in
// Preferences) unless it is inside a source, else
// ~/Pictures/AssetDesk/<tool>, else ~/AssetDesk/<tool> (for a library that is ~/Pictures),
// else "<source> (processed)" beside the source folder. Writing into a source or library
// folder anyway is asked first.

#include <QString>
#include <QStringList>

class QWidget;

namespace ad::ui
{

// Each video tool has its own folder: frames, trims and posters are different kinds of work.
enum class OutputTool {
    Batch,
    DocToImages,
    Watermark,
    Export,
    Transcode,
    VideoFrames,
    VideoTrims,
    VideoSprites,
    VideoAnimations,
    VideoPosters
};

QString proposedOutputFolder(OutputTool tool, const QStringList &sources);
// The tool's remembered folder (empty: none yet); Preferences edits it, each run updates it.
QString outputFolderSetting(OutputTool tool);
void setOutputFolderSetting(OutputTool tool, const QString &folder);

// Folders that belong to the library: the sample library and the bookmarked folders.
QStringList libraryFolders();
void setLibraryRoot(const QString &folder);

// Whether `path` is `folder` or lies below it (a bucket location compares as text).
bool isInside(const QString &path, const QString &folder);

// Before writing into `destination`: when it is inside one of `sources` (a file stands for
// its folder) or a library folder, asks (modal, "outputIntoLibrary") to write anyway or choose
// another. True to go ahead.
bool confirmOutputFolder(QWidget *parent, const QString &destination, const QStringList &sources);

} // namespace ad::ui
