#include "viewers/mediaview.h"

#include "assets/assetkind.h"
#include "common/imageloader.h"
#include "viewers/documentviewer.h"
#include "viewers/imageviewer.h"
#include "viewers/videoplayer.h"

#include <QFileInfo>
#include <QLabel>
#include <QMediaPlayer>

namespace ad::ui
{

MediaView::MediaView(ImageLoader *loader, QWidget *parent)
    : QStackedWidget(parent), m_loader(loader), m_message(new QLabel(this)),
      m_image(new ImageViewer(this)), m_video(new VideoPlayer(this)),
      m_document(new DocumentViewer(this))
{
    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(12);
    for (QWidget *page : {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_image),
                          static_cast<QWidget *>(m_video), static_cast<QWidget *>(m_document)})
        addWidget(page);
    clear();

    connect(m_loader, &ImageLoader::loaded, this,
            [this](const QString &path, const imaging::ViewerImage &image) {
                if (m_kind == Kind::Image && m_loading && path == m_path) showImage(image);
            });
    connect(m_document, &DocumentViewer::opened, this, [this] { finish(); });
    connect(m_document, &DocumentViewer::failed, this, [this](const QString &error) {
        showMessage(tr("Cannot show %1:\n%2").arg(QFileInfo(m_path).fileName(), error));
    });
    // A clip with a poster keeps it on screen with the reason under it; without one, the
    // reason takes the page.
    connect(m_video, &VideoPlayer::failed, this, [this](const QString &error) {
        if (m_kind != Kind::Video) return;
        if (m_video->hasPoster()) {
            if (m_loading) finish();
            return;
        }
        m_video->stop();
        showMessage(tr("Cannot play %1:\n%2").arg(QFileInfo(m_path).fileName(), error));
    });
    connect(m_video->player(), &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (m_kind != Kind::Video || !m_loading) return;
                if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)
                    finish();
            });
}

MediaView::Kind MediaView::kindFor(const QString &path)
{
    if (path.isEmpty()) return Kind::None;
    switch (assets::kindOfPath(path)) {
    case assets::Kind::Video:
    case assets::Kind::Audio: // the player plays sound too
        return Kind::Video;
    case assets::Kind::Document:
        return Kind::Document;
    default:
        return Kind::Image; // other files: the image loader says why it cannot show them
    }
}

QStringList MediaView::imagesAmong(const QStringList &paths)
{
    QStringList images;
    for (const QString &p : paths)
        if (kindFor(p) == Kind::Image) images.append(p);
    return images;
}

void MediaView::clear()
{
    m_video->stop();
    m_document->close();
    m_image->clear();
    m_path.clear();
    m_kind = Kind::None;
    m_loading = false;
    m_message->setText(tr("Select a file to preview it."));
    setCurrentWidget(m_message);
}

void MediaView::showFile(const QString &path)
{
    if (path.isEmpty()) return clear();
    // Leaving a video or a document releases it (and stops the sound).
    if (m_kind == Kind::Video) m_video->stop();
    if (m_kind == Kind::Document) m_document->close();
    // A picture still loading for the previous selection stops: the newer one goes first.
    if (m_kind == Kind::Image && m_loading && m_path != path) m_loader->release(m_path);
    m_path = path;
    m_loading = true;
    const QFileInfo info(path);
    if (!info.isFile()) {
        showMessage(tr("%1 no longer exists.").arg(info.fileName()));
        return;
    }
    m_kind = kindFor(path);
    if (m_kind == Kind::Video) {
        setCurrentWidget(m_video);
        m_video->open(path);
        return;
    }
    if (m_kind == Kind::Document) {
        setCurrentWidget(m_document);
        m_document->open(path);
        return;
    }
    if (const imaging::ViewerImage *cached = m_loader->cached(path)) {
        showImage(*cached);
        return;
    }
    m_image->clear();
    setCurrentWidget(m_image);
    m_loader->request(path);
}

void MediaView::showImage(const imaging::ViewerImage &image)
{
    if (image.isNull()) {
        showMessage(tr("Cannot show %1:\n%2").arg(QFileInfo(m_path).fileName(), image.error));
        return;
    }
    setCurrentWidget(m_image);
    m_image->showImage(image);
    finish();
}

void MediaView::showMessage(const QString &text)
{
    m_kind = Kind::Message;
    m_message->setText(text);
    setCurrentWidget(m_message);
    finish();
}

QString MediaView::message() const
{
    return currentWidget() == m_message ? m_message->text() : QString();
}

void MediaView::finish()
{
    m_loading = false;
    Q_EMIT loaded();
}

} // namespace ad::ui
