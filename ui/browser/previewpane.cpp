#include "browser/previewpane.h"

#include "common/imageloader.h"
#include "viewers/mediaview.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace ad::ui
{

PreviewPane::PreviewPane(ImageLoader *loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_view(new MediaView(loader, this)),
      m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("previewPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    connect(m_view, &MediaView::loaded, this, &PreviewPane::loaded);
}

void PreviewPane::showFile(const QString &path, const QString &caption)
{
    m_caption->setText(caption.isEmpty() ? QFileInfo(path).fileName() : caption);
    m_view->showFile(path);
}

void PreviewPane::showSelection(const QStringList &paths)
{
    if (paths.size() == 1) return showFile(paths.first());
    m_caption->clear();
    m_view->clear(); // stops a video, closes a document; says to select a file
    if (paths.size() > 1) m_view->showMessage(tr("%n files selected", nullptr, int(paths.size())));
}

QString PreviewPane::caption() const
{
    return m_caption->text();
}

void PreviewPane::preload(const QStringList &paths)
{
    m_loader->preload(MediaView::imagesAmong(paths));
}

bool PreviewPane::isLoading() const
{
    return m_view->isLoading();
}

} // namespace ad::ui
