#pragma once

// The content area: one folder's entries as an icon grid or a detailed list (same model).

#include <QStackedWidget>
#include <optional>

class QFileSystemModel;
class QListView;
class QTreeView;
class QAbstractItemView;

namespace ad::ui
{

class ContentView : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Mode { Grid, List };
    explicit ContentView(QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const;
    void setMode(Mode mode);
    Mode mode() const;
    void setIconSize(int pixels);
    int entryCount() const;
    QStringList selectedPaths() const;
    void selectFirstFile();
    bool selectPath(const QString &path); // false when the path is not in the current folder
    int thumbnailsPending() const;
    // Shows only the files with these names (folders stay); an empty optional shows all.
    void showOnly(const std::optional<QStringList> &names);
    QStringList fileNames() const; // of the current folder

Q_SIGNALS:
    void currentFileChanged(const QString &path);
    void folderOpened(const QString &folder);
    void selectionCountChanged(int count);
    void entriesChanged(int count);
    void folderListed(const QString &folder); // the file system model finished listing it

private:
    QAbstractItemView *activeView() const;
    void activate(const QModelIndex &index);

    QFileSystemModel *m_model;
    class ThumbnailModel *m_thumbs;
    QListView *m_grid;
    QTreeView *m_list;
};

} // namespace ad::ui
