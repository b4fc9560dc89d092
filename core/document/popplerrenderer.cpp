// The document plugin: Poppler's own renderer (Splash), used the way pdftoppm uses it. Each
// PdfFile keeps one SplashOutputDev across its pages, so fonts and glyphs stay cached, and
// hands out a view of its Splash bitmap: no Qt image wrapper, no copy, no new bitmap per page.

#include "document/pagedevice.h"
#include "document/pdfrenderer.h"

#include <memory>
#include <poppler/GlobalParams.h>
#include <poppler/Link.h>
#include <poppler/Outline.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <splash/SplashBitmap.h>

namespace ad::document
{

namespace
{

void startPoppler()
{
    // Poppler's global parameters are reference-counted by GlobalParamsIniter: other users in
    // the process (poppler-glib inside libvips' PDF loader) drop them when their last document
    // goes. One initer that lives for the process keeps them for our renderers. Parser
    // complaints ("Couldn't find trailer dictionary") are not for users: a document that
    // cannot be read is reported through OpenStatus.
    static const GlobalParamsIniter params([](ErrorCategory, Goffset, const char *) {});
}

class SplashFile final : public PdfFile
{
public:
    // `pdf` must outlive the document: Poppler reads the bytes in place.
    SplashFile(QByteArray pdf, std::unique_ptr<PDFDoc> doc, PixelFormat format)
        : m_pdf(std::move(pdf)), m_doc(std::move(doc)), m_format(format)
    {
        // White, as compositeOverWhite assumes. Rows of packed RGB are not padded, so libvips
        // can take the pixels as they are.
        SplashColor paper = {255, 255, 255, 0};
        m_out = std::make_unique<PageDevice>(format, paper);
        m_out->setFontAntialias(true);
        m_out->setVectorAntialias(true);
        m_out->startDoc(m_doc.get());
    }

    int pageCount() const override { return m_doc->getNumPages(); }

    QSizeF pageSizePoints(int index) const override
    {
        const int page = index + 1;
        QSizeF size(m_doc->getPageCropWidth(page), m_doc->getPageCropHeight(page));
        return m_doc->getPageRotate(page) % 180 == 90 ? size.transposed() : size;
    }

    QList<Section> sections() const override
    {
        QList<Section> list;
        const Outline *outline = m_doc->getOutline();
        const std::vector<OutlineItem *> *items = outline ? outline->getItems() : nullptr;
        if (!items) return list;
        for (const OutlineItem *item : *items) {
            const auto *goTo = dynamic_cast<const LinkGoTo *>(item->getAction());
            if (!goTo) continue;
            std::unique_ptr<LinkDest> named;
            const LinkDest *dest = goTo->getDest();
            if (!dest && goTo->getNamedDest()) {
                named = m_doc->findDest(goTo->getNamedDest());
                dest = named.get();
            }
            if (!dest) continue;
            const int page =
                dest->isPageRef() ? m_doc->findPage(dest->getPageRef()) : dest->getPageNum();
            if (page <= 0) continue;
            const QString title = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(item->getTitle()), item->getTitleLength());
            list.append({title, page - 1});
        }
        return list;
    }

    PageBitmap render(int index, double dpi) const override
    {
        // No media box, cropped, not printing: what viewers (and poppler-qt) show.
        m_doc->displayPage(m_out.get(), index + 1, dpi, dpi, 0, false, true, false);
        // Left with the output device, which paints the next page of the same size into it as
        // pdftoppm does: a fresh bitmap per page (takeBitmap) cost a page fault per 4 KiB.
        const SplashBitmap *bitmap = m_out->getBitmap();
        if (!bitmap || !bitmap->getDataPtr()) return {};
        PageBitmap out;
        out.bits = bitmap->getDataPtr();
        out.stride = bitmap->getRowSize();
        out.size = QSize(bitmap->getWidth(), bitmap->getHeight());
        out.format = m_format;
        return out;
    }

    QList<Word> words(int index) const override
    {
        // Physical layout off: words come in reading order, lines linked word to word.
        TextOutputDev text(nullptr, false, 0, false, false);
        m_doc->displayPage(&text, index + 1, 72, 72, 0, false, true, false);
        const std::unique_ptr<TextWordList> list = text.makeWordList();
        QList<Word> out;
        if (!list) return out;
        out.reserve(list->getLength());
        for (int i = 0; i < list->getLength(); ++i) {
            const TextWord *w = list->get(i);
            double x0, y0, x1, y1;
            w->getBBox(&x0, &y0, &x1, &y1);
            QString s;
            for (int c = 0; c < w->getLength(); ++c)
                s += QString::fromUcs4(reinterpret_cast<const char32_t *>(w->getChar(c)), 1);
            out.append({s, QRectF(QPointF(x0, y0), QPointF(x1, y1)), w->nextWord() == nullptr});
        }
        return out;
    }

private:
    QByteArray m_pdf;
    std::unique_ptr<PDFDoc> m_doc;
    PixelFormat m_format;
    std::unique_ptr<PageDevice> m_out; // one per file: renders its pages one at a time
};

class SplashRenderer final : public PdfRenderer
{
public:
    std::unique_ptr<PdfFile> open(const QByteArray &pdf, const QByteArray &password,
                                  OpenStatus *status, PixelFormat format) const override
    {
        startPoppler();
        auto *stream = new MemStream(const_cast<char *>(pdf.constData()), 0, pdf.size(),
                                     Object(objNull)); // the document owns and frees the stream
        std::optional<GooString> secret;
        if (!password.isEmpty()) secret.emplace(password.constData(), password.size());
        auto doc = std::make_unique<PDFDoc>(stream, secret, secret);
        if (!doc->isOk()) {
            *status =
                doc->getErrorCode() == errEncrypted ? OpenStatus::Locked : OpenStatus::Corrupt;
            return {};
        }
        *status = OpenStatus::Ok;
        return std::make_unique<SplashFile>(pdf, std::move(doc), format);
    }
};

} // namespace

} // namespace ad::document

extern "C" Q_DECL_EXPORT const ad::document::PdfRenderer *assetdesk_document_renderer()
{
    static const ad::document::SplashRenderer renderer;
    return &renderer;
}
