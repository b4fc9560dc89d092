#pragma once

// Shows any file the library holds: images in the image viewer, videos in the player, PDFs
// and office documents in the document viewer, and anything else (or a file that cannot be
// read) as a clear message. Everything loads off the GUI thread.

#include <QStackedWidget>

class QLabel;

namespace ad::imaging
{
struct ViewerImage;
}

namespace ad::ui
{

class DocumentViewer;
class ImageLoader;
class ImageViewer;
class VideoPlayer;

class MediaView : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Kind { None, Image, Video, Document, Message };
    MediaView(ImageLoader *loader, QWidget *parent = nullptr);
    // Which viewer a file goes to, by name (Message is never returned).
    static Kind kindFor(const QString &path);
    // The images among `paths`, for preloading.
    static QStringList imagesAmong(const QStringList &paths);

    void showFile(const QString &path);
    void clear();
    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    bool isLoading() const { return m_loading; }
    QString message() const;

    // A stack's hint is its largest page's (the document toolbar); a pane next to the
    // grid should not claim that much.
    QSize sizeHint() const override { return {420, 320}; }

    ImageViewer *imageViewer() const { return m_image; }
    VideoPlayer *videoPlayer() const { return m_video; }
    DocumentViewer *documentViewer() const { return m_document; }

    void showMessage(const QString &text); // in place of a file

Q_SIGNALS:
    void loaded(); // the file is on screen, or its error is

private:
    void showImage(const imaging::ViewerImage &image);
    void finish();

    ImageLoader *m_loader;
    QLabel *m_message;
    ImageViewer *m_image;
    VideoPlayer *m_video;
    DocumentViewer *m_document;
    QString m_path;
    Kind m_kind = Kind::None;
    bool m_loading = false;
};

} // namespace ad::ui
