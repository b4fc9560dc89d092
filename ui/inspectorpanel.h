#pragma once

// The Inspector dock: properties of the current file (file facts now, image header facts read
// off the GUI thread).

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include "imaging/metadata.h"
#include "imaging/preview.h"

class QTreeWidget;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class LibraryPanel;

class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(catalog::Catalog *catalog, QWidget *parent = nullptr);
    void showFile(const QString &path);
    // A bucket object: its listing facts now; `localCopy`, once fetched, adds what the file
    // says (dimensions, EXIF, streams). Library fields do not apply to objects.
    void showObject(const QString &location, qint64 size, const QDateTime &modified,
                    const QString &etag, const QString &localCopy = {});
    QString shownRow(const QString &name) const; // the value of a row, for tests
    void setSelection(const QStringList &paths); // what the library fields edit

private:
    void addRow(const QString &name, const QString &value);
    void readFacts(const QString &path);

    QTreeWidget *m_table;
    LibraryPanel *m_library;
    QString m_path;
    struct Facts {
        imaging::ImageProbe probe;
        imaging::PhotoMetadata metadata;
        QJsonObject media; // videos: videoinfo's Format and Stream
        int pages = 0;     // documents
    };
    void showFacts(const Facts &facts);
    void showMedia(const QJsonObject &info);
    QFutureWatcher<Facts> m_watcher;
};

} // namespace ad::ui
