#pragma once

// Video previews built from frames, as VOD makes them: sprite sheets of evenly spaced
// snapshots for scrub bars, and short animated GIF/WebP clips.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ad::media
{

struct SpriteRequest {
    int count = 10;      // shots
    double interval = 0; // seconds between shots; 0: spread over the whole video
    double offset = 0;   // first shot (with an interval)
    int cellWidth = 160; // 0: from cellHeight keeping the aspect
    int cellHeight = 0;
    int columns = 5;
    int rows = 0;                            // 0: as many as the shots need (one sheet)
    int padding = 0;                         // between cells
    int margin = 0;                          // around the sheet
    QString color = QStringLiteral("black"); // background, by name
};

// One JPEG per sheet; a sheet holds columns x rows cells, overflow starts a new sheet.
QList<QByteArray> spriteSheets(const QString &path, const SpriteRequest &request);

struct AnimationRequest {
    double seek = 0;     // start, seconds
    double duration = 3; // length, seconds
    double fps = 10;     // (0, 60]
    int width = 320;     // [128, 4096]; 0: from the height keeping the aspect
    int height = 0;
    QString format = QStringLiteral("gif"); // gif | webp
};

// An animated GIF or WebP of the clip; throws ProcessingError on bad values (CI ranges).
QByteArray animatedPreview(const QString &path, const AnimationRequest &request);

} // namespace ad::media
