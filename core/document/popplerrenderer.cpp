// The document plugin: Poppler (Qt 6 binding, Splash backend) behind document::PdfRenderer.

#include "document/pdfrenderer.h"

#include <QImage>
#include <poppler-qt6.h>

namespace ad::document
{

namespace
{

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
        auto image = std::make_shared<QImage>(page->renderToImage(dpi, dpi));
        if (image->isNull()) return {};
        if (image->format() != QImage::Format_ARGB32 &&
            image->format() != QImage::Format_ARGB32_Premultiplied &&
            image->format() != QImage::Format_RGB32)
            image->convertTo(QImage::Format_RGB32);
        PageBitmap out;
        out.bits = image->constBits();
        out.stride = image->bytesPerLine();
        out.size = image->size();
        out.owner = std::move(image);
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
