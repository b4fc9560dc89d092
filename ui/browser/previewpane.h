#pragma once

// The Preview pane: the selected file in the media view (image, video, document or a
// message), with its name below. Neighbours in the folder are decoded ahead.

#include <QWidget>

class QLabel;

namespace ad::ui
{

class ImageLoader;
class MediaView;

class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    PreviewPane(ImageLoader *loader, QWidget *parent = nullptr);
    // `caption` names it for people (a bucket object's copy is shown under the object's name).
    void showFile(const QString &path, const QString &caption = {});
    // The one selected file; for none or several, a message saying so.
    void showSelection(const QStringList &paths);
    QString caption() const;
    void preload(const QStringList &paths);
    bool isLoading() const;
    MediaView *view() const { return m_view; }

Q_SIGNALS:
    void loaded();

private:
    ImageLoader *m_loader;
    MediaView *m_view;
    QLabel *m_caption;
};

} // namespace ad::ui
