#include "support/testdocs.h"

#include "support/testimages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace ad::test
{

namespace
{

const char kNamespaces[] =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
    R"(xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" )"
    R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" )"
    R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )";

} // namespace

DocMaker::DocMaker(const QString &dir) : m_dir(dir) {}

// Writes <name>.<suffix>, a flat OpenDocument of `kind` (text, spreadsheet, presentation).
QString DocMaker::writeFlat(const QString &name, const char *suffix, const char *kind,
                            const QString &styles, const QString &body) const
{
    const QString path = m_dir + QLatin1Char('/') + name + QLatin1Char('.') + QLatin1String(suffix);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document %1 "
                           "office:version=\"1.2\" "
                           "office:mimetype=\"application/vnd.oasis.opendocument.%2\">%3"
                           "<office:body><office:%2>%4</office:%2></office:body>"
                           "</office:document>\n")
                .arg(QString::fromLatin1(kNamespaces), QLatin1String(kind), styles, body)
                .toUtf8());
    return path;
}

// LibreOffice takes seconds per document, most of it starting up; the same flat source always
// makes an equivalent document, so each result is kept (keyed by source, format and filter) for
// the other tests and for the sanitizer build's run of the same tests.
QString DocMaker::convert(const QString &flatFile, const QString &target, const QString &filter)
{
    const QString format = QFileInfo(target).suffix();
    QFile flat(flatFile);
    flat.open(QIODevice::ReadOnly);
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(flat.readAll());
    key.addData((QLatin1Char('\n') + format + QLatin1Char('\n') + filter).toUtf8());
    const QString cacheDir = QStringLiteral(SOURCE_DIR "/.cache/testdocs");
    const QString cached = cacheDir + QLatin1Char('/') + QString::fromLatin1(key.result().toHex()) +
                           QLatin1Char('.') + format;
    QFile::remove(target);
    if (QFile::copy(cached, target)) return target;

    const QString outDir = m_dir + QStringLiteral("/made");
    const int rc = run(QStringLiteral("soffice"),
                       {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                        QStringLiteral("-env:UserInstallation=") +
                            QUrl::fromLocalFile(m_dir + QStringLiteral("/lo-profile")).toString(),
                        QStringLiteral("--convert-to"), filter.isEmpty() ? format : filter,
                        QStringLiteral("--outdir"), outDir, flatFile});
    const QString made = outDir + QLatin1Char('/') + QFileInfo(flatFile).completeBaseName() +
                         QLatin1Char('.') + format;
    if (rc != 0 || !QFileInfo::exists(made))
        qFatal("LibreOffice could not make %s", qPrintable(target));
    // Tests running in parallel may make the same document: each publishes by an atomic rename.
    QDir().mkpath(cacheDir);
    const QString partial =
        cached + QStringLiteral(".part-") + QString::number(QCoreApplication::applicationPid());
    // Qt's rename never replaces: when another test published first, its copy stays.
    if (QFile::copy(made, partial) && !QFile::rename(partial, cached)) QFile::remove(partial);
    QFile::rename(made, target);
    return target;
}

QString DocMaker::text(const QString &name, int pages, const QString &format, const QString &extra,
                       const QString &exportOptions)
{
    const QString styles = QStringLiteral(
        "<office:automatic-styles><style:page-layout style:name=\"pm\">"
        "<style:page-layout-properties fo:page-width=\"8in\" fo:page-height=\"10in\" "
        "fo:margin-top=\"1in\" fo:margin-bottom=\"1in\" fo:margin-left=\"1in\" "
        "fo:margin-right=\"1in\"/></style:page-layout>"
        "<style:style style:name=\"P1\" style:family=\"paragraph\">"
        "<style:paragraph-properties fo:break-before=\"page\"/>"
        "<style:text-properties fo:font-size=\"28pt\"/></style:style>"
        "</office:automatic-styles><office:master-styles>"
        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm\"/>"
        "</office:master-styles>");
    QString body;
    for (int p = 1; p <= pages; ++p)
        body += QStringLiteral("<text:p text:style-name=\"P1\">Page %1 %2</text:p>")
                    .arg(p)
                    .arg(extra.toHtmlEscaped());
    const QString flat = writeFlat(name, "fodt", "text", styles, body);
    const QString filter = exportOptions.isEmpty()
                               ? QString()
                               : QStringLiteral("pdf:writer_pdf_Export:") + exportOptions;
    return convert(flat, m_dir + QLatin1Char('/') + name + QLatin1Char('.') + format, filter);
}

QString DocMaker::sheets(const QString &name, const QStringList &sheetNames, const QString &format)
{
    QString body;
    for (const QString &sheet : sheetNames)
        body += QStringLiteral("<table:table table:name=\"%1\"><table:table-row><table:table-cell>"
                               "<text:p>%1 cell</text:p></table:table-cell></table:table-row>"
                               "</table:table>")
                    .arg(sheet);
    const QString flat = writeFlat(name, "fods", "spreadsheet", {}, body);
    return convert(flat, m_dir + QLatin1Char('/') + name + QLatin1Char('.') + format);
}

QString DocMaker::slides(const QString &name, int slides, const QString &format)
{
    QString body;
    for (int s = 1; s <= slides; ++s)
        body += QStringLiteral("<draw:page draw:name=\"s%1\"><draw:frame svg:x=\"2cm\" "
                               "svg:y=\"2cm\" svg:width=\"20cm\" svg:height=\"3cm\"><draw:text-box>"
                               "<text:p>Slide %1</text:p></draw:text-box></draw:frame></draw:page>")
                    .arg(s);
    const QString flat = writeFlat(name, "fodp", "presentation", {}, body);
    return convert(flat, m_dir + QLatin1Char('/') + name + QLatin1Char('.') + format);
}

} // namespace ad::test
