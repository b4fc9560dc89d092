#include "imaging/preview.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "document/docformats.h"
#include "document/officeconverter.h"
#include "imaging/colourprofile.h"
#include "imaging/limits.h"
#include "imaging/rendercancel.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "media/videocover.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>

namespace ad::imaging
{

using vips::VImage;

namespace
{
QString loaderFormat(const char *typeName)
{
    const char *nick = vips_nickname_find(g_type_from_name(typeName));
    QString s = QString::fromLatin1(nick ? nick : typeName);
    s = s.section(QLatin1String("load"), 0, 0);
    return s == QLatin1String("magick") ? QStringLiteral("bmp") : s;
}
} // namespace

ImageProbe probeImage(const QString &path)
{
    ImageProbe probe;
    const QByteArray file = QFile::encodeName(path);
    const char *loader = findFileLoader(path);
    if (!loader) {
        probe.error = QCoreApplication::translate("ad::Error", "not an image libvips can read");
        return probe;
    }
    try {
        const VImage header = VImage::new_from_file(file.constData());
        probe.format = loaderFormat(loader);
        if (probe.format == QLatin1String("heif") && header.get_typeof("heif-compression") &&
            QByteArray(header.get_string("heif-compression")) == "av1")
            probe.format = QStringLiteral("avif");
        probe.size = QSize(header.width(), header.height());
        if (header.get_typeof("n-pages") == G_TYPE_INT) probe.frames = header.get_int("n-pages");
        if (header.get_typeof("orientation") == G_TYPE_INT)
            probe.orientation = header.get_int("orientation");
        if (probe.orientation >= 5 && probe.orientation <= 8) probe.size.transpose();
        probe.colourProfile = profileDescription(embeddedProfile(header));
        probe.ok = true;
    } catch (const vips::VError &e) {
        probe.error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        vips_error_clear();
    }
    return probe;
}

QImage loadPreview(const QString &path, QSize bound, QString *error, RenderCancel *cancel)
{
    const ImageProbe probe = probeImage(path);
    auto failed = [&](const QString &why) {
        if (error) *error = why;
        return QImage();
    };
    if (!probe.ok) {
        // Videos show their cover frame (not black, not blank, when the clip has one).
        const assets::Kind assetKind = assets::kindOfPath(path);
        if (assetKind == assets::Kind::Video)
            return media::coverFrame(path, bound, error, 10000, cancel ? cancel->flag() : nullptr);
        // Office documents show their first page, through LibreOffice's PDF (cached by
        // content). Plain text and source files keep their type icon: a folder of code should
        // not start a LibreOffice per file.
        const document::DocKind kind = assetKind == assets::Kind::Document
                                           ? document::docKind(QFileInfo(path).suffix())
                                           : document::DocKind::Unsupported;
        if (kind == document::DocKind::Word || kind == document::DocKind::Sheet ||
            kind == document::DocKind::Slides) {
            try {
                return loadPreview(document::OfficeConverter::shared().toPdf(path, kind), bound,
                                   error, cancel);
            } catch (const ProcessingError &e) {
                return failed(e.error().message);
            }
        }
        return failed(probe.error);
    }
    if (qint64(probe.size.width()) * probe.size.height() > Limits::maxPixels)
        return failed(
            QCoreApplication::translate("ad::Error", "image is larger than 250 megapixels"));
    try {
        const QByteArray file = QFile::encodeName(path);
        const VImage img = VImage::thumbnail(
            file.constData(), bound.width(),
            VImage::option()->set("height", bound.height())->set("size", VIPS_SIZE_DOWN));
        if (cancel) cancel->watch(img.get_image()); // the pixels are computed below
        if (probe.format != QLatin1String("pdf")) return toQImage(img);
        // Document pages come without a background: white paper with a grey edge, so a page
        // stands out from a white grid.
        QImage page = toQImage(flattenOnto(img, qRgb(255, 255, 255)));
        QPainter edge(&page);
        edge.setPen(QColor(150, 150, 150));
        edge.drawRect(page.rect().adjusted(0, 0, -1, -1));
        return page;
    } catch (const vips::VError &e) {
        vips_error_clear();
        return failed(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
}

} // namespace ad::imaging
