#include "document/viewdocument.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "document/docpreview.h"

#include <QCoreApplication>

namespace ad::document
{

std::shared_ptr<ViewDocument> ViewDocument::open(const QString &path, const QString &password,
                                                 const std::atomic<bool> *cancelled)
{
    // doc-preview's PDF output checks the file (existence, size, type, page limits) and runs
    // office formats through LibreOffice, so the viewer shows exactly what conversion would.
    DocRequest request;
    request.dstType = QStringLiteral("pdf");
    request.password = password;
    // A PDF is opened as one whatever its name says (assets decide from the content).
    const bool isPdf = assets::isPdfFile(path);
    if (isPdf) request.srcType = QStringLiteral("pdf");
    QByteArray pdf;
    const DocSummary summary = convertDocument(
        path, request, [&](const DocPage &page) { pdf = page.bytes; }, cancelled);
    QString loadError;
    const PdfRenderer *renderer = pdfRenderer(&loadError);
    if (!renderer) throw ProcessingError(ErrorCode::DocConversionFailed, loadError);
    OpenStatus status = OpenStatus::Ok;
    // An office document's PDF is never protected; a PDF's own password opens it again.
    std::unique_ptr<PdfFile> file =
        renderer->open(pdf, isPdf ? password.toUtf8() : QByteArray(), &status, PixelFormat::Rgb32);
    if (!file)
        throw ProcessingError(ErrorCode::DocConversionFailed,
                              QCoreApplication::translate("ad::Error", "not a readable PDF"));
    return std::shared_ptr<ViewDocument>(new ViewDocument(std::move(file), summary.totalPages));
}

QSizeF ViewDocument::pageSizePoints(int index) const
{
    const QMutexLocker lock(&m_lock);
    return m_file->pageSizePoints(index);
}

QList<Section> ViewDocument::sections() const
{
    const QMutexLocker lock(&m_lock);
    return m_file->sections();
}

QImage ViewDocument::render(int index, double dpi) const
{
    const QMutexLocker lock(&m_lock);
    if (index < 0 || index >= m_pages) return {};
    const PageBitmap page = m_file->render(index, dpi);
    if (page.isNull()) return {};
    // Splash's XBGR8 words are QImage's RGB32; copy once so the image owns its pixels.
    return QImage(page.bits, page.size.width(), page.size.height(), page.stride,
                  QImage::Format_RGB32)
        .copy();
}

QList<Word> ViewDocument::words(int index) const
{
    const QMutexLocker lock(&m_lock);
    if (index < 0 || index >= m_pages) return {};
    auto it = m_words.constFind(index);
    if (it == m_words.constEnd()) it = m_words.insert(index, m_file->words(index));
    return *it;
}

QString textIn(const QList<Word> &words, const QRectF &area)
{
    QString text;
    bool lineOpen = false; // a word of the current line is already in `text`
    for (const Word &w : words) {
        if (w.rect.intersects(area)) {
            if (lineOpen) text += QLatin1Char(' ');
            text += w.text;
            lineOpen = true;
        }
        if (w.lineEnd && lineOpen) {
            text += QLatin1Char('\n');
            lineOpen = false;
        }
    }
    return text.trimmed();
}

QList<ViewDocument::Hit> ViewDocument::find(const QString &needle,
                                            const std::atomic<bool> *cancelled) const
{
    QList<Hit> hits;
    for (int p = 0; p < m_pages && !(cancelled && cancelled->load()); ++p)
        for (const QRectF &r : findText(words(p), needle))
            hits.append({p, r});
    return hits;
}

QList<QRectF> findText(const QList<Word> &words, const QString &needle)
{
    QList<QRectF> hits;
    const QString wanted = needle.simplified();
    if (wanted.isEmpty()) return hits;
    // Search line by line: the line's text with one space between words, and for each
    // character the word it came from, to map a match back to boxes.
    QString line;
    QList<int> owner;
    for (int i = 0; i < words.size(); ++i) {
        if (!line.isEmpty()) {
            line += QLatin1Char(' ');
            owner.append(-1);
        }
        line += words[i].text;
        for (qsizetype c = 0; c < words[i].text.size(); ++c)
            owner.append(i);
        if (!words[i].lineEnd && i + 1 < words.size()) continue;
        for (qsizetype at = line.indexOf(wanted, 0, Qt::CaseInsensitive); at >= 0;
             at = line.indexOf(wanted, at + wanted.size(), Qt::CaseInsensitive)) {
            QRectF box;
            for (qsizetype c = at; c < at + wanted.size(); ++c)
                if (owner[c] >= 0) box |= words[owner[c]].rect;
            hits.append(box);
        }
        line.clear();
        owner.clear();
    }
    return hits;
}

} // namespace ad::document
