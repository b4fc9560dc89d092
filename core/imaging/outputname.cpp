#include "imaging/outputname.h"

#include "common/error.h"
#include "imaging/encoder.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ad::imaging
{

std::optional<style::ImageFormat> formatOfName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix.isEmpty()) return std::nullopt;
    if (suffix == QLatin1String("jpe")) return style::ImageFormat::Jpeg;
    if (suffix == QLatin1String("heif")) return style::ImageFormat::Heif;
    const std::optional<style::ImageFormat> format = style::formatFromName(suffix);
    // Cloud-only formats have no file extension of their own.
    if (format && style::isCloudOnly(*format)) return std::nullopt;
    return format;
}

void checkOutputName(const QString &name, style::ImageFormat format)
{
    const std::optional<style::ImageFormat> named = formatOfName(name);
    if (!named || *named == format) return;
    const QString actual = extensionFor(format);
    throw ProcessingError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("ad::Error",
                                    "the result is %1 but '%2' names a %3 file: end the name "
                                    "in .%4, or ask for %3 output")
            .arg(actual.toUpper(), QFileInfo(name).fileName(), QFileInfo(name).suffix().toLower(),
                 actual));
}

} // namespace ad::imaging
