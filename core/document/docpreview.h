#pragma once

// Documents to page images with the parameters of CI's doc-preview:
// page or page range, png/jpg/pdf, scale, DPI, quality, spreadsheet sheet, password, and
// PicPagination (pages merged into one long image). PDFs render with Poppler; every other
// format is converted by LibreOffice first. Pages render in parallel.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace ad::document
{

struct DocRequest {
    int page = 1;      // one page (1-based) when no range is given
    int startPage = 0; // > 0: a range from here ...
    int endPage = -1;  // ... to here; -1 = the last page; below startPage = startPage only
    QString dstType = QStringLiteral("jpg"); // jpg | png | pdf; anything else falls back to jpg
    int scale = 100;                         // 10-200 %
    int imageDpi = 96;                       // 96-600
    int quality = 100;                       // 1-100, JPEG only
    int sheet = 1;                           // spreadsheets: 1-based sheet; 0 = every sheet
    QString password;
    bool pagination = false; // merge the range into one image (at most 20 pages)
    QString srcType;         // the format when the file name has no suffix

    bool hasRange() const { return startPage > 0; }
    QJsonObject toJson() const;
    static DocRequest fromJson(const QJsonObject &o);
};

struct DocPage {
    int page = 0;   // the page number within the document (or within its sheet)
    int number = 0; // 1-based sequence number of this output
    int sheet = 0;  // 1-based sheet of a spreadsheet, 0 otherwise
    QString format; // "jpg", "png" or "pdf"
    QByteArray bytes;
};

struct DocSummary {
    int totalPages = 0;  // X-Total-Page: the document's pages, or the selected sheet's
    int totalSheets = 0; // X-Total-Sheet, spreadsheets only
    QString sheetName;   // X-Sheet-Name, spreadsheets with one sheet selected
    int outputs = 0;
};

// Renders and hands each output to `sink`, which is called from several worker threads at
// once (so that writing outputs overlaps rendering) and must be thread-safe. `planned`, when
// given, first learns every output that will come (without bytes), before any is rendered:
// enough to name them all at once. Throws ProcessingError with the doc-preview codes.
DocSummary convertDocument(const QString &path, const DocRequest &request,
                           const std::function<void(const DocPage &)> &sink,
                           const std::atomic<bool> *cancelled = nullptr,
                           const std::function<void(const QList<DocPage> &)> &planned = {});

// The number of pages of any supported document (office formats through the conversion
// cache); throws ProcessingError like convertDocument.
int documentPageCount(const QString &path, const QString &password = {});

// Output naming of doc jobs: ${Number}, ${Page} and ${SheetID} replaced.
QString outputName(const QString &pattern, const DocPage &page);
// The default pattern for a document: "<base>_${Page}.<ext>" (with the sheet for spreadsheets).
QString defaultPattern(const QString &path, const DocRequest &request);

} // namespace ad::document
