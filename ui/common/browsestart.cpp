#include "common/browsestart.h"

#include "common/outputfolders.h"

#include <QDir>
#include <QStandardPaths>

namespace ad::ui
{

QString browseStart(const QString &current)
{
    if (!current.trimmed().isEmpty()) return current;
    const QStringList library = libraryFolders();
    if (!library.isEmpty() && QDir(library.first()).exists()) return library.first();
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(pictures).exists() ? pictures : QDir::homePath();
}

} // namespace ad::ui
