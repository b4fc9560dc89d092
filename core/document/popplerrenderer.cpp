// The document plugin: Poppler (Qt 6 binding, Splash backend) behind document::PdfRenderer.

#include "document/pdfrenderer.h"

#include <QImage>
#include <immintrin.h>
#include <poppler-qt6.h>

namespace ad::document
{

namespace
{

// 0xAARRGGBB words to R,G,B bytes.
void packRowPlain(const quint32 *p, uchar *d, int w)
{
    for (int x = 0; x < w; ++x, d += 3) {
        d[0] = uchar(p[x] >> 16);
        d[1] = uchar(p[x] >> 8);
        d[2] = uchar(p[x]);
    }
}

// The same with SSSE3: one byte shuffle turns four pixels into twelve bytes.
__attribute__((target("ssse3"))) void packRowSsse3(const quint32 *p, uchar *d, int w)
{
    const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    int x = 0;
    for (; x + 5 <= w; x += 4, d += 12) // 16-byte stores: keep a pixel of slack at the end
        _mm_storeu_si128(
            reinterpret_cast<__m128i *>(d),
            _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + x)), order));
    packRowPlain(p + x, d, w - x);
}

void packRow(const quint32 *p, uchar *d, int w)
{
    static const bool ssse3 = __builtin_cpu_supports("ssse3");
    ssse3 ? packRowSsse3(p, d, w) : packRowPlain(p, d, w);
}

class PopplerFile final : public PdfFile
{
public:
    explicit PopplerFile(std::unique_ptr<Poppler::Document> doc) : m_doc(std::move(doc))
    {
        m_doc->setRenderHint(Poppler::Document::Antialiasing);
        m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
    }

    int pageCount() const override { return m_doc->numPages(); }

    QSizeF pageSizePoints(int index) const override
    {
        const std::unique_ptr<Poppler::Page> page = m_doc->page(index);
        return page ? page->pageSizeF() : QSizeF();
    }

    QList<Section> sections() const override
    {
        QList<Section> list;
        for (const Poppler::OutlineItem &item : m_doc->outline()) {
            const QSharedPointer<const Poppler::LinkDestination> dest = item.destination();
            if (dest && dest->pageNumber() > 0) list.append({item.name(), dest->pageNumber() - 1});
        }
        return list;
    }

    PageBitmap render(int index, double dpi) const override
    {
        const std::unique_ptr<Poppler::Page> page = m_doc->page(index);
        if (!page) return {};
        const QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull()) return {};
        // Splash renders opaque 0xAARRGGBB words; repack them as RGB bytes in one pass (faster
        // than QImage::convertTo plus a copy, and no second full-page buffer).
        PageBitmap out;
        out.size = image.size();
        out.rgb.resize(qsizetype(out.size.width()) * out.size.height() * 3);
        auto *d = reinterpret_cast<uchar *>(out.rgb.data());
        const bool words = image.format() == QImage::Format_ARGB32 ||
                           image.format() == QImage::Format_ARGB32_Premultiplied ||
                           image.format() == QImage::Format_RGB32;
        const QImage source = words ? image : image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < out.size.height(); ++y, d += qsizetype(out.size.width()) * 3)
            packRow(reinterpret_cast<const quint32 *>(source.constScanLine(y)), d,
                    out.size.width());
        return out;
    }

private:
    std::unique_ptr<Poppler::Document> m_doc;
};

class PopplerRenderer final : public PdfRenderer
{
public:
    // Poppler's parser complaints ("Couldn't find trailer dictionary") are not for users: a
    // document that cannot be read is reported through OpenStatus.
    PopplerRenderer()
    {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, {});
    }

    std::unique_ptr<PdfFile> open(const QByteArray &pdf, const QByteArray &password,
                                  OpenStatus *status) const override
    {
        std::unique_ptr<Poppler::Document> doc =
            Poppler::Document::loadFromData(pdf, password, password);
        if (!doc) {
            *status = OpenStatus::Corrupt;
            return {};
        }
        if (doc->isLocked()) {
            *status = OpenStatus::Locked;
            return {};
        }
        *status = OpenStatus::Ok;
        return std::make_unique<PopplerFile>(std::move(doc));
    }
};

} // namespace

} // namespace ad::document

extern "C" Q_DECL_EXPORT const ad::document::PdfRenderer *assetdesk_document_renderer()
{
    static const ad::document::PopplerRenderer renderer;
    return &renderer;
}
