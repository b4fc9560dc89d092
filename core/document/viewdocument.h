#pragma once

// A document opened for reading on screen: PDFs as they are, office formats through the
// LibreOffice pool's PDF (cached by content). Pages render to QImage; words give text
// selection and search. Thread-safe: calls are serialised on the one Poppler document.

#include "document/pdfrenderer.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <atomic>

namespace ad::document
{

class ViewDocument
{
public:
    // Throws ProcessingError with the doc-preview codes (DocNotFound, DocEncrypted, ...).
    static std::shared_ptr<ViewDocument> open(const QString &path, const QString &password = {},
                                              const std::atomic<bool> *cancelled = nullptr);

    int pageCount() const { return m_pages; }
    QSizeF pageSizePoints(int index) const;
    QList<Section> sections() const;
    QImage render(int index, double dpi) const; // null for a page Poppler cannot draw
    QList<Word> words(int index) const;         // computed once per page

    struct Hit {
        int page;
        QRectF rect; // points
    };
    // Every occurrence of `needle` (as findText below), page by page; stops early when cancelled.
    QList<Hit> find(const QString &needle, const std::atomic<bool> *cancelled = nullptr) const;

private:
    ViewDocument(std::unique_ptr<PdfFile> file, int pages) : m_file(std::move(file)), m_pages(pages)
    {
    }
    mutable QMutex m_lock;
    std::unique_ptr<PdfFile> m_file;
    int m_pages;
    mutable QHash<int, QList<Word>> m_words;
};

// The text of the words whose boxes meet `area` (points), in reading order: words of a line
// joined by spaces, lines by newlines.
QString textIn(const QList<Word> &words, const QRectF &area);

// Boxes (points) of every case-insensitive occurrence of `needle` on a page, one box per
// occurrence (the union of the words it spans; a phrase may cross word boundaries in a line).
QList<QRectF> findText(const QList<Word> &words, const QString &needle);

} // namespace ad::document
