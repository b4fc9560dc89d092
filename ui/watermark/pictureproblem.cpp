#include "watermark/pictureproblem.h"

#include "assets/assetkind.h"
#include "imaging/blind/blindwatermark.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QStringList>

#include <algorithm>

namespace ad::ui
{

namespace
{
// Not a picture by its first bytes (a text file, whatever its name), or named as a format Qt
// reads itself and not reading as one (a text file renamed .png). Other formats (HEIC, AVIF,
// TIFF) are the processing's to judge.
bool unreadable(const QString &path)
{
    static const QStringList kOwn = {QStringLiteral("png"), QStringLiteral("jpg"),
                                     QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                     QStringLiteral("gif")};
    if (!assets::isPicture(assets::kindOfPath(path))) return true;
    return kOwn.contains(QFileInfo(path).suffix().toLower()) && !QImageReader(path).canRead();
}
} // namespace

LocalPicture checkLocalPicture(const QString &path)
{
    // Worded, and translated, as the Embed page said them first.
    if (!QFileInfo::exists(path))
        return {{},
                QCoreApplication::translate("ad::ui::WatermarkEmbedPage", "%1 does not exist.")
                    .arg(path)};
    // As viewers show it: a photograph stored sideways was named "800 × 1200" here and
    // "1200 × 800" once marked.
    QImageReader reader(path);
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90) size.transpose();
    if (!size.isValid() && unreadable(path))
        return {size, QCoreApplication::translate("ad::ui::WatermarkEmbedPage",
                                                  "%1 is not a picture that can be read.")
                          .arg(QFileInfo(path).fileName())};
    if (size.isValid() && std::min(size.width(), size.height()) < imaging::blind::kMinPictureSide)
        return {size,
                QCoreApplication::translate(
                    "ad::ui::WatermarkEmbedPage",
                    "This %1 × %2 picture is too small for a blind watermark: it needs at least %3 "
                    "pixels on its shorter side.")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(imaging::blind::kMinPictureSide)};
    return {size, {}};
}

} // namespace ad::ui
