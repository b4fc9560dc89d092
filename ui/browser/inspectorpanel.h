#pragma once

// The Inspector dock: exactly the selection. One file: its file facts now, header facts read
// off the GUI thread. Several: their count and the facts they share, the others marked as
// mixed. None: nothing. The library fields below edit the same selection.

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include "assets/assetdetails.h"

class QTreeWidget;
class QUndoStack;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class LibraryPanel;
class MetadataPanel;

class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(catalog::Catalog *catalog, QWidget *parent = nullptr);
    void showSelection(const QStringList &paths);
    // A bucket object: its listing facts now; `localCopy`, once fetched, adds what the file
    // says (dimensions, EXIF, streams). Library fields do not apply to objects.
    void showObject(const QString &location, qint64 size, const QDateTime &modified,
                    const QString &etag, const QString &localCopy = {});
    void setUndoStack(QUndoStack *stack);        // library edits become undoable steps
    QString shownRow(const QString &name) const; // the value of a row, for tests
    int rowCount() const;
    MetadataPanel *metadataPanel() const { return m_meta; }
    LibraryPanel *libraryPanel() const { return m_library; }

private:
    void addRow(const QString &name, const QString &value);
    void showFile(const QString &path);
    void showFiles(const QStringList &paths);
    void readFacts(const QString &path);
    void readCommonFacts(const QStringList &paths);

    QTreeWidget *m_table;
    LibraryPanel *m_library;
    MetadataPanel *m_meta;
    QString m_path;
    QStringList m_selection; // as shown, for the library fields once files are read
    int m_request = 0;       // facts read for an earlier selection are dropped
    int m_watchedRequest = 0;
    void watch(const QFuture<assets::AssetDetails> &details);
    void showFacts(const assets::AssetDetails &facts);
    void showMedia(const QJsonObject &info);
    void showVideoFacts(const media::VideoFacts &video, const imaging::PhotoMetadata &metadata);
    QFutureWatcher<assets::AssetDetails> m_watcher;
};

} // namespace ad::ui
