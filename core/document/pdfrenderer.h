#pragma once

// PDF pages to pixels with Poppler, built as a plugin (libassetdesk_document.so, see
// plugins/plugin.h): Poppler and QtGui load only in processes that render documents.
// QtCore types only cross the boundary.

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <memory>

namespace ad::document
{

// How Splash lays out a page's pixels. Rgb32 is QImage's RGB32 for the viewer; Rgb24 is what
// pdftoppm renders into for its image files: a quarter fewer bytes to clear, paint, composite
// and read for encoding, with the same values.
enum class PixelFormat {
    Rgb32, // 32-bit 0xffRRGGBB words (bytes B, G, R, X in memory)
    Rgb24, // bytes R, G, B, rows packed without padding
};

// A rendered page as Splash makes it, rows `stride` bytes apart. From PdfFile::render() the
// pixels are the file's own, valid until it renders again; detached() gives a page that keeps
// its pixels in `owner`.
struct PageBitmap {
    std::shared_ptr<const void> owner;
    const uchar *bits = nullptr;
    qsizetype stride = 0;
    QSize size;
    PixelFormat format = PixelFormat::Rgb32;
    bool isNull() const { return !bits; }
    PageBitmap detached() const;
};

// A top-level bookmark: LibreOffice writes one per spreadsheet sheet.
struct Section {
    QString title;
    int firstPage = 0; // 0-based
};

// A word of a page's text in reading order, for selection and search. `rect` is in points
// from the top-left corner of the page as displayed. `lineEnd` marks the last word of a line.
struct Word {
    QString text;
    QRectF rect;
    bool lineEnd = false;
};

enum class OpenStatus { Ok, Corrupt, Locked };

// One opened document. Not thread-safe: render in parallel from separate PdfFile objects.
class PdfFile
{
public:
    virtual ~PdfFile() = default;
    virtual int pageCount() const = 0;
    virtual QSizeF pageSizePoints(int index) const = 0; // as displayed (page rotation applied)
    virtual QList<Section> sections() const = 0;
    // Null on failure; the pixels are overwritten by the next render() of this file.
    virtual PageBitmap render(int index, double dpi) const = 0;
    virtual QList<Word> words(int index) const = 0;
};

class PdfRenderer
{
public:
    virtual ~PdfRenderer() = default;
    // `format` is the layout of every page the file renders.
    virtual std::unique_ptr<PdfFile> open(const QByteArray &pdf, const QByteArray &password,
                                          OpenStatus *status, PixelFormat format) const = 0;
};

// The plugin's one exported symbol: `const PdfRenderer *assetdesk_document_renderer()`.
inline constexpr char rendererEntryName[] = "assetdesk_document_renderer";

// Loads the plugin once (thread-safe); null with `error` set when it cannot be found.
const PdfRenderer *pdfRenderer(QString *error = nullptr);

} // namespace ad::document
