#pragma once

// The content area for a bucket: the current prefix with Up, an icon grid streamed from the
// bucket model, thumbnails requested for what is on screen, and the listing's state.

#include <QWidget>
#include <functional>

class QLabel;
class QListView;
class QTimer;

namespace ad::catalog
{
class StyleStore;
}

namespace ad::ui
{

class BucketModel;
class UploadStyleBox;

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
    QStringList selectedLocations() const;
    // Files dropped into a COS bucket may be processed on upload with a library style
    // (chosen in the bar, shown only for cos:// locations); empty: none.
    void setStyleLibrary(const catalog::StyleStore *styles);
    UploadStyleBox *uploadStyleBox() const { return m_uploadStyle; }
    QString uploadStyle() const;

    // Object operations, off the GUI thread; the listing refreshes after a change.
    // `done` follows each with what happened (also shown in the bar).
    void newFolder(const QString &name);
    void deleteSelected(bool confirm = true);
    void copyShareLink(int seconds = 24 * 3600);
    void showProperties();
    // Renames the one selected object or folder (a folder moves everything below it), or moves
    // the selection under another prefix or into a folder, as a resumable transfer job.
    void renameSelected(const QString &newName);
    void moveSelected(const QString &destination);
    // Where `location` goes when renamed to `name`, or empty for a name that is not one.
    static QString renamedLocation(const QString &location, const QString &name);
    QString statusText() const;
    // Lists the prefix again (after an upload into it, for instance).
    void refresh() { setLocation(location()); }

Q_SIGNALS:
    void locationChanged(const QString &location);
    void done(bool ok, const QString &message);
    // Local files dropped in from a file manager, for upload into `location` (a prefix).
    void filesDropped(const QStringList &paths, const QString &location);
    // The current object (not a folder): its location, ETag and size, for a preview.
    void currentObjectChanged(const QString &location, const QString &etag, qint64 size);
    // An object opened (Enter, double-click, F3): for the viewer.
    void objectActivated(const QString &location, const QString &etag, qint64 size);
    // Objects or folders to move (or copy) to `destination`, for a transfer job.
    void transferRequested(const QStringList &sources, const QString &destination, bool move);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void requestVisibleThumbnails();
    void updateStatus();
    // Runs `work` on a worker; reports its message, or its error, and refreshes on success.
    void runOperation(const std::function<QString()> &work, bool refresh);

    BucketModel *m_model;
    QLabel *m_path;
    QLabel *m_status;
    QListView *m_grid;
    QTimer *m_thumbDelay;
    UploadStyleBox *m_uploadStyle;
    QWidget *m_uploadStyleLabel;
};

} // namespace ad::ui
