#include "about/libraryversions.h"

#include "plugins/plugin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <exiv2/version.hpp>
#include <vips/vips.h>

namespace ad::about
{

namespace
{
// Asks a plugin's version entry point; empty when the plugin or the entry is missing.
QString pluginVersion(const char *plugin, const char *symbol, const char *library)
{
    using Entry = const char *(*)(const char *);
    QString error;
    auto entry =
        reinterpret_cast<Entry>(plugins::resolve(QString::fromLatin1(plugin), symbol, &error));
    const char *version = entry ? entry(library) : nullptr;
    return version ? QString::fromUtf8(version) : QString();
}
} // namespace

QString libreOfficeVersion()
{
    // The converter runs `soffice` from PATH; Debian links it to <prefix>/program/soffice, whose
    // registry (share/registry/main.xcd) carries the release the About box of LibreOffice shows.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) return {};
    const QDir program = QFileInfo(QFileInfo(soffice).canonicalFilePath()).dir();
    QFile registry(program.filePath(QStringLiteral("../share/registry/main.xcd")));
    if (!registry.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&registry);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"prop" ||
            xml.attributes().value(QLatin1String("oor:name")) != u"ooSetupVersionAboutBox")
            continue;
        // The schema declares the property empty; the data part gives it the value.
        if (xml.readNextStartElement() && xml.name() == u"value") {
            const QString version = xml.readElementText().trimmed();
            if (!version.isEmpty()) return version;
        }
    }
    return {};
}

QList<LibraryVersion> libraryVersions()
{
    constexpr char media[] = "media", mediaEntry[] = "assetdesk_media_version";
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libvips"), QString::fromLatin1(vips_version_string())},
        {QStringLiteral("FFmpeg"), pluginVersion(media, mediaEntry, "ffmpeg")},
        {QStringLiteral("libavcodec"), pluginVersion(media, mediaEntry, "libavcodec")},
        {QStringLiteral("libavformat"), pluginVersion(media, mediaEntry, "libavformat")},
        {QStringLiteral("Poppler"),
         pluginVersion("document", "assetdesk_document_version", "poppler")},
        {QStringLiteral("exiv2"), QString::fromStdString(Exiv2::versionString())},
        {QStringLiteral("LibreOffice"), libreOfficeVersion()},
    };
}

} // namespace ad::about
