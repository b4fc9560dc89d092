#include "media/videoexport.h"

#include "common/error.h"
#include "media/snapshot.h"
#include "storage/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

namespace ad::media
{

namespace
{

// Refuses a taken name before the work starts; the rename at the end would replace it.
void requireNew(const QString &output)
{
    if (QFileInfo::exists(output))
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "'%1' exists already; choose another name")
                .arg(output));
}

} // namespace

QString saveFrameProcessString(double seconds, const QString &format)
{
    return QStringLiteral("ci-process=snapshot&time=%1&format=%2&mode=exactframe&rotate=auto")
        .arg(QString::number(seconds, 'f', 3).remove(QRegularExpression(QStringLiteral("\\.?0+$"))),
             format);
}

QSize saveFrame(const QString &clip, double seconds, const QString &output)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    SnapshotRequest request;
    request.time = seconds;
    if (suffix == QLatin1String("png"))
        request.format = QStringLiteral("png");
    else if (suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg"))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "a frame is saved as .jpg or .png, not '.%1'")
                .arg(suffix));
    requireNew(output);
    const Still still = snapshot(clip, request);
    storage::writeFileAtomically(output, still.bytes, QStringLiteral("frame"));
    QBuffer buffer;
    buffer.setData(still.bytes);
    return QImageReader(&buffer).size(); // the header only
}

void saveSpriteSheet(const QString &clip, SpriteRequest request, const QString &output)
{
    requireNew(output);
    request.rows = 0;
    storage::writeFileAtomically(output, spriteSheets(clip, request).value(0),
                                 QStringLiteral("sprite"));
}

void saveAnimatedPreview(const QString &clip, const AnimationRequest &request,
                         const QString &output)
{
    requireNew(output);
    storage::writeFileAtomically(output, animatedPreview(clip, request),
                                 QStringLiteral("animation"));
}

} // namespace ad::media
