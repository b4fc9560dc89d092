#include "document/docpreview.h"
#include "document/zipcheck.h"

#include "common/error.h"
#include "document/docformats.h"
#include "document/officeconverter.h"
#include "document/pageencoder.h"
#include "document/pdfrenderer.h"
#include "files/regularfile.h"
#include "imaging/limits.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <cmath>

namespace ad::document
{

namespace
{

constexpr qint64 maxInputBytes = 200LL * 1024 * 1024;
constexpr int maxPages = 5000;
constexpr int maxPaginationPages = 20;
constexpr int maxSide = 65500; // the longest side must stay below this

struct Target {
    int index = 0; // 0-based page of the PDF
    int page = 0;  // the page number users see (within its sheet for spreadsheets)
    int sheet = 0;
};

[[noreturn]] void fail(ErrorCode code, const QString &message)
{
    throw ProcessingError(code, message);
}

void checkRange(const char *name, int value, int low, int high)
{
    if (value < low || value > high)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "%1 must be within %2-%3, got %4")
                 .arg(QLatin1String(name))
                 .arg(low)
                 .arg(high)
                 .arg(value));
}

QString normalisedType(const QString &dstType)
{
    const QString t = dstType.toLower();
    return t == QLatin1String("png") || t == QLatin1String("pdf") ? t : QStringLiteral("jpg");
}

// The pages of a unit of `count` pages (a document, or one sheet) the request selects, 1-based.
QList<int> selectPages(const DocRequest &r, int count)
{
    int first = r.page, last = r.page;
    if (r.hasRange()) {
        first = r.startPage;
        last = r.endPage == -1 ? count : std::max(r.startPage, std::min(r.endPage, count));
    }
    if (first < 1 || first > count)
        fail(ErrorCode::DocPageOutOfRange,
             QCoreApplication::translate("ad::Error", "page %1 does not exist; the document has %2")
                 .arg(first)
                 .arg(count));
    QList<int> pages;
    for (int p = first; p <= last; ++p)
        pages.append(p);
    return pages;
}

QByteArray encode(const PageBitmap &page, const QString &format, int quality)
{
    return format == QLatin1String("png") ? encodePng(toVips(page)) : encodeJpeg(page, quality);
}

std::unique_ptr<PdfFile> openPdf(const PdfRenderer &renderer, const QByteArray &pdf,
                                 const QString &password)
{
    OpenStatus status = OpenStatus::Ok;
    // Packed RGB, as pdftoppm renders for image files: the encoders need no fourth byte.
    std::unique_ptr<PdfFile> file =
        renderer.open(pdf, password.toUtf8(), &status, PixelFormat::Rgb24);
    if (status == OpenStatus::Locked)
        fail(ErrorCode::DocEncrypted,
             password.isEmpty()
                 ? QCoreApplication::translate("ad::Error", "the document is password-protected")
                 : QCoreApplication::translate("ad::Error", "the password is wrong"));
    if (!file)
        fail(ErrorCode::DocConversionFailed,
             QCoreApplication::translate("ad::Error", "not a readable PDF"));
    return file;
}

} // namespace

QJsonObject DocRequest::toJson() const
{
    return {{QStringLiteral("page"), page},         {QStringLiteral("startPage"), startPage},
            {QStringLiteral("endPage"), endPage},   {QStringLiteral("dstType"), dstType},
            {QStringLiteral("scale"), scale},       {QStringLiteral("imageDpi"), imageDpi},
            {QStringLiteral("quality"), quality},   {QStringLiteral("sheet"), sheet},
            {QStringLiteral("password"), password}, {QStringLiteral("pagination"), pagination},
            {QStringLiteral("srcType"), srcType}};
}

DocRequest DocRequest::fromJson(const QJsonObject &o)
{
    DocRequest r;
    r.page = o.value(QStringLiteral("page")).toInt(r.page);
    r.startPage = o.value(QStringLiteral("startPage")).toInt(r.startPage);
    r.endPage = o.value(QStringLiteral("endPage")).toInt(r.endPage);
    r.dstType = o.value(QStringLiteral("dstType")).toString(r.dstType);
    r.scale = o.value(QStringLiteral("scale")).toInt(r.scale);
    r.imageDpi = o.value(QStringLiteral("imageDpi")).toInt(r.imageDpi);
    r.quality = o.value(QStringLiteral("quality")).toInt(r.quality);
    r.sheet = o.value(QStringLiteral("sheet")).toInt(r.sheet);
    r.password = o.value(QStringLiteral("password")).toString();
    r.pagination = o.value(QStringLiteral("pagination")).toBool();
    r.srcType = o.value(QStringLiteral("srcType")).toString();
    return r;
}

DocSummary convertDocument(const QString &path, const DocRequest &r,
                           const std::function<void(const DocPage &)> &sink,
                           const std::atomic<bool> *cancelled,
                           const std::function<void(const QList<DocPage> &)> &planned)
{
    checkRange("scale", r.scale, 10, 200);
    checkRange("imageDpi", r.imageDpi, 96, 600);
    checkRange("quality", r.quality, 1, 100);
    if (r.sheet < 0)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error", "sheet must be 0 or more"));
    const QFileInfo info(path);
    files::requireRegularFile(path, ErrorCode::DocNotFound);
    if (info.size() == 0)
        fail(ErrorCode::DocEmpty,
             QCoreApplication::translate("ad::Error", "the document is empty"));
    if (info.size() > maxInputBytes)
        fail(ErrorCode::DocTooLarge,
             QCoreApplication::translate("ad::Error", "the document is over 200 MB"));
    const QString suffix = r.srcType.isEmpty() ? info.suffix() : r.srcType;
    const DocKind kind = docKind(suffix);
    if (kind == DocKind::Unsupported)
        fail(ErrorCode::DocUnsupported,
             QCoreApplication::translate("ad::Error", "\"%1\" is not a supported document type")
                 .arg(suffix));

    if (isZipFormat(suffix)) {
        if (const auto problem = zipContainerProblem(path))
            fail(ErrorCode::DocConversionFailed,
                 QCoreApplication::translate("ad::Error", "not a valid %1 document: %2")
                     .arg(suffix.toUpper(), *problem));
    }
    const QString pdfPath =
        kind == DocKind::Pdf ? path
                             : OfficeConverter::shared().toPdf(path, kind, cancelled, r.password);
    QFile pdfFile(pdfPath);
    if (!pdfFile.open(QIODevice::ReadOnly))
        fail(ErrorCode::DocConversionFailed,
             QCoreApplication::translate("ad::Error", "cannot read %1").arg(pdfPath));
    const QByteArray pdf = pdfFile.readAll();

    QString loadError;
    const PdfRenderer *renderer = pdfRenderer(&loadError);
    if (!renderer) fail(ErrorCode::DocConversionFailed, loadError);
    // The PDF LibreOffice made from a protected document is not itself protected.
    const QString pdfPassword = kind == DocKind::Pdf ? r.password : QString();
    const std::unique_ptr<PdfFile> doc = openPdf(*renderer, pdf, pdfPassword);
    const int pages = doc->pageCount();
    if (pages <= 0)
        fail(ErrorCode::DocConversionFailed,
             QCoreApplication::translate("ad::Error", "the document has no pages"));
    if (pages > maxPages)
        fail(ErrorCode::DocTooLarge,
             QCoreApplication::translate("ad::Error", "%1 pages; the limit is %2")
                 .arg(pages)
                 .arg(maxPages));

    DocSummary summary;
    summary.totalPages = pages;
    const QString format = normalisedType(r.dstType);
    if (format == QLatin1String("pdf")) { // the whole document; `page` does not apply
        if (planned) planned({DocPage{0, 1, 0, format, {}}});
        sink(DocPage{0, 1, 0, format, pdf});
        summary.outputs = 1;
        return summary;
    }

    QList<Target> targets;
    if (kind == DocKind::Sheet) {
        QList<Section> sections = doc->sections();
        if (sections.isEmpty()) sections.append(Section{QString(), 0});
        summary.totalSheets = int(sections.size());
        if (r.sheet > summary.totalSheets)
            fail(ErrorCode::DocPageOutOfRange,
                 QCoreApplication::translate("ad::Error", "sheet %1 does not exist; there are %2")
                     .arg(r.sheet)
                     .arg(summary.totalSheets));
        for (int s = 0; s < sections.size(); ++s) {
            if (r.sheet != 0 && s != r.sheet - 1) continue;
            const int first = sections[s].firstPage;
            const int end = s + 1 < sections.size() ? sections[s + 1].firstPage : pages;
            if (r.sheet != 0) {
                summary.totalPages = end - first;
                summary.sheetName = sections[s].title;
            }
            for (const int p : selectPages(r, std::max(1, end - first)))
                targets.append({first + p - 1, p, s + 1});
        }
    } else {
        for (const int p : selectPages(r, pages))
            targets.append({p - 1, p, 0});
    }
    if (r.pagination && targets.size() > maxPaginationPages)
        fail(ErrorCode::InvalidArgument,
             QCoreApplication::translate("ad::Error",
                                         "PicPagination merges at most %1 pages; %2 were selected")
                 .arg(maxPaginationPages)
                 .arg(targets.size()));

    // Pixel size = points / 72 x DPI x scale.
    const double dpi = r.imageDpi * r.scale / 100.0;
    qint64 mergedHeight = 0;
    for (const Target &t : targets) {
        const QSizeF pt = doc->pageSizePoints(t.index);
        const double w = std::ceil(pt.width() * dpi / 72), h = std::ceil(pt.height() * dpi / 72);
        mergedHeight += qint64(h);
        if (std::max(w, r.pagination ? double(mergedHeight) : h) >= maxSide ||
            w * h > double(imaging::Limits::maxPixels))
            fail(ErrorCode::DocTooLarge,
                 QCoreApplication::translate(
                     "ad::Error", "page %1 would be %2x%3 px; sides must stay below %4 px")
                     .arg(t.page)
                     .arg(w)
                     .arg(r.pagination ? double(mergedHeight) : h)
                     .arg(maxSide));
    }

    if (planned) {
        QList<DocPage> outputs;
        if (r.pagination)
            outputs.append(DocPage{targets.first().page, 1, targets.first().sheet, format, {}});
        for (int i = 0; !r.pagination && i < targets.size(); ++i)
            outputs.append(DocPage{targets[i].page, i + 1, targets[i].sheet, format, {}});
        planned(outputs);
    }

    // libvips writes PNG and merged pages only; JPEG pages go straight through libjpeg.
    if (format == QLatin1String("png") || r.pagination) imaging::ensureVips();
    // Workers pull pages from a shared counter; each has its own PdfFile (Poppler documents
    // are not thread-safe) and encodes what it rendered.
    const int workers = std::max(1, std::min<int>(QThread::idealThreadCount(), targets.size()));
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    QMutex mutex;
    QString failure;
    ErrorCode failureCode = ErrorCode::DocConversionFailed;
    QList<PageBitmap> merged(r.pagination ? targets.size() : 0);
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    QList<QFuture<void>> running;
    for (int w = 0; w < workers; ++w) {
        running.append(QtConcurrent::run(&pool, [&] {
            try {
                const std::unique_ptr<PdfFile> own = openPdf(*renderer, pdf, pdfPassword);
                for (int i = next++; i < targets.size() && !stop; i = next++) {
                    if (cancelled && *cancelled)
                        fail(ErrorCode::DocConversionFailed,
                             QCoreApplication::translate("ad::Error", "cancelled"));
                    const Target &t = targets[i];
                    PageBitmap bitmap = own->render(t.index, dpi);
                    if (bitmap.isNull())
                        fail(ErrorCode::DocConversionFailed,
                             QCoreApplication::translate("ad::Error",
                                                         "page %1 could not be rendered")
                                 .arg(t.page));
                    if (r.pagination) {
                        merged[i] = bitmap.detached(); // the next page reuses the pixels
                        continue;
                    }
                    sink(
                        DocPage{t.page, i + 1, t.sheet, format, encode(bitmap, format, r.quality)});
                }
            } catch (const ProcessingError &e) {
                QMutexLocker lock(&mutex);
                if (failure.isEmpty()) {
                    failure = e.error().message;
                    failureCode = e.error().code;
                }
                stop = true;
            }
        }));
    }
    for (QFuture<void> &f : running)
        f.waitForFinished();
    if (!failure.isEmpty()) fail(failureCode, failure);

    if (r.pagination) { // one long image, pages centred on white
        std::vector<vips::VImage> column;
        for (const PageBitmap &b : merged)
            column.push_back(toVips(b));
        const vips::VImage joined = vips::VImage::arrayjoin(
            column, vips::VImage::option()
                        ->set("across", 1)
                        ->set("halign", VIPS_ALIGN_CENTRE)
                        ->set("background", std::vector<double>{255, 255, 255}));
        sink(DocPage{targets.first().page, 1, targets.first().sheet, format,
                     format == QLatin1String("png") ? encodePng(joined)
                                                    : encodeVipsJpeg(joined, r.quality)});
        summary.outputs = 1;
    } else {
        summary.outputs = int(targets.size());
    }
    return summary;
}

int documentPageCount(const QString &path, const QString &password)
{
    DocRequest r;
    r.dstType = QStringLiteral("pdf"); // opens and counts, renders nothing
    r.password = password;
    return convertDocument(path, r, [](const DocPage &) {}).totalPages;
}

QString outputName(const QString &pattern, const DocPage &page)
{
    QString name = pattern;
    name.replace(QLatin1String("${Number}"), QString::number(page.number));
    name.replace(QLatin1String("${Page}"), QString::number(page.page));
    name.replace(QLatin1String("${SheetID}"), QString::number(page.sheet));
    return name;
}

QString defaultPattern(const QString &path, const DocRequest &request)
{
    const QString base = QFileInfo(path).completeBaseName();
    const QString type = normalisedType(request.dstType);
    if (type == QLatin1String("pdf")) return base + QStringLiteral(".pdf");
    const bool sheet = docKind(request.srcType.isEmpty() ? QFileInfo(path).suffix()
                                                         : request.srcType) == DocKind::Sheet;
    return base + (sheet ? QStringLiteral("_sheet${SheetID}") : QString()) +
           QStringLiteral("_${Page}.") + type;
}

} // namespace ad::document
