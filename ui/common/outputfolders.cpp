#include "common/outputfolders.h"

#include "settings/appsettings.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace ad::ui
{

namespace
{
QString g_libraryRoot;

QString key(OutputTool tool)
{
    const char *names[] = {"batch",           "docToImages", "watermark",  "export",
                           "transcode",       "videoFrames", "videoTrims", "videoSprites",
                           "videoAnimations", "videoPosters"};
    return QStringLiteral("output/") + QLatin1String(names[int(tool)]);
}

// Folder names on disk stay English whatever the interface language, like ~/Pictures.
QString toolFolder(OutputTool tool)
{
    const char *names[] = {"Batch",  "Pages", "Watermarked", "Exports",    "Transcoded",
                           "Frames", "Trims", "Sprites",     "Animations", "Posters"};
    return QLatin1String(names[int(tool)]);
}

// Symbolic links resolved where the path exists, so a link into the library counts.
QString normalised(const QString &path)
{
    if (storage::isRemoteLocation(path)) return path;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

// A source file stands for the folder it is in.
QStringList sourceFolders(const QStringList &sources)
{
    QStringList folders;
    for (const QString &source : sources) {
        if (source.isEmpty()) continue;
        const QFileInfo info(source);
        folders << (storage::isRemoteLocation(source) || !info.isFile() ? source
                                                                        : info.absolutePath());
    }
    folders.removeDuplicates();
    return folders;
}

bool insideAny(const QString &path, const QStringList &folders)
{
    return std::any_of(folders.begin(), folders.end(),
                       [&](const QString &folder) { return isInside(path, folder); });
}
} // namespace

bool isInside(const QString &path, const QString &folder)
{
    if (path.isEmpty() || folder.isEmpty()) return false;
    QString p = normalised(path), f = normalised(folder);
    while (f.size() > 1 && f.endsWith(QLatin1Char('/')))
        f.chop(1);
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p == f || p.startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

QString outputFolderSetting(OutputTool tool)
{
    return QSettings().value(key(tool)).toString();
}

void setOutputFolderSetting(OutputTool tool, const QString &folder)
{
    QSettings().setValue(key(tool), folder);
}

void setLibraryRoot(const QString &folder)
{
    g_libraryRoot = folder;
}

QStringList libraryFolders()
{
    QStringList folders = bookmarks();
    if (!g_libraryRoot.isEmpty()) folders.prepend(g_libraryRoot);
    return folders;
}

QString proposedOutputFolder(OutputTool tool, const QStringList &sources)
{
    const QStringList folders = sourceFolders(sources);
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString underTool = QStringLiteral("AssetDesk/") + toolFolder(tool);
    QStringList candidates{
        outputFolderSetting(tool),
        QDir(pictures.isEmpty() ? QDir::homePath() : pictures).filePath(underTool),
        QDir::home().filePath(underTool)};
    // When all of those are taken by the sources: beside the (first) source folder.
    if (!folders.isEmpty()) {
        QString first = folders.first();
        while (first.size() > 1 && first.endsWith(QLatin1Char('/')))
            first.chop(1);
        candidates << (storage::isRemoteLocation(first)
                           ? first + QStringLiteral("-processed/")
                           : QFileInfo(first).dir().filePath(
                                 QCoreApplication::translate("ad::ui::Outputs", "%1 (processed)")
                                     .arg(QFileInfo(first).fileName())));
    }
    candidates.removeAll(QString());
    candidates.removeDuplicates();
    const QStringList library = libraryFolders();
    for (const QString &candidate : candidates)
        if (!insideAny(candidate, folders) && !insideAny(candidate, library)) return candidate;
    for (const QString &candidate : candidates)
        if (!insideAny(candidate, folders)) return candidate;
    return candidates.last();
}

bool confirmOutputFolder(QWidget *parent, const QString &destination, const QStringList &sources)
{
    const bool intoSource = insideAny(destination, sourceFolders(sources));
    if (!intoSource && !insideAny(destination, libraryFolders())) return true;
    QMessageBox ask(
        QMessageBox::Warning,
        QCoreApplication::translate("ad::ui::Outputs", "Write into the library?"),
        intoSource ? QCoreApplication::translate("ad::ui::Outputs",
                                                 "“%1” is inside the folder of the originals.")
                         .arg(QDir::toNativeSeparators(destination))
                   : QCoreApplication::translate("ad::ui::Outputs", "“%1” is inside your library.")
                         .arg(QDir::toNativeSeparators(destination)),
        QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("outputIntoLibrary"));
    ask.setInformativeText(QCoreApplication::translate(
        "ad::ui::Outputs", "The results would appear among the originals and be browsed, "
                           "searched and processed with them. Write there anyway?"));
    QPushButton *anyway = ask.addButton(
        QCoreApplication::translate("ad::ui::Outputs", "&Write Anyway"), QMessageBox::AcceptRole);
    QPushButton *another = ask.addButton(
        QCoreApplication::translate("ad::ui::Outputs", "&Choose Another"), QMessageBox::RejectRole);
    anyway->setObjectName(QStringLiteral("writeAnyway"));
    another->setObjectName(QStringLiteral("chooseAnother"));
    ask.setDefaultButton(another);
    ask.exec();
    return ask.clickedButton() == anyway;
}

} // namespace ad::ui
