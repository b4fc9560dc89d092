#pragma once

// The content area for a bucket: the current prefix with Up, an icon grid streamed from the
// bucket model, thumbnails requested for what is on screen, and the listing's state.

#include <QWidget>

class QLabel;
class QListView;
class QTimer;

namespace ad::ui
{

class BucketModel;

class BucketView : public QWidget
{
    Q_OBJECT
public:
    explicit BucketView(QWidget *parent = nullptr);
    void setLocation(const QString &location);
    QString location() const;
    BucketModel *model() const { return m_model; }
    QListView *grid() const { return m_grid; }
    void goUp();

Q_SIGNALS:
    void locationChanged(const QString &location);
    // The current object (not a folder): its location, ETag and size, for a preview.
    void currentObjectChanged(const QString &location, const QString &etag, qint64 size);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void requestVisibleThumbnails();
    void updateStatus();

    BucketModel *m_model;
    QLabel *m_path;
    QLabel *m_status;
    QListView *m_grid;
    QTimer *m_thumbDelay;
};

} // namespace ad::ui
