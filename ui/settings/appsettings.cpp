#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ad::ui
{

namespace
{
const char *kLanguage = "ui/language";
const char *kBookmarks = "sources/bookmarks";
const char *kRecent = "sources/recent";
const char *kIconSize = "browse/iconSize";
const char *kConcurrency = "jobs/concurrency";
const char *kEditor = "tools/externalEditor";
const char *kHiddenColumns = "browse/hiddenColumns";
const char *kSortColumn = "browse/sortColumn";
const char *kSortDescending = "browse/sortDescending";
const char *kMaximized = "window/maximized";
constexpr int kMaxRecent = 10;
} // namespace

QList<LanguageChoice> availableLanguages()
{
    return {{QString(), QCoreApplication::translate("ad::ui::Preferences", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString languageSetting()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguageSetting(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QString code = language.isEmpty() ? languageSetting() : language;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale); // dates and sizes follow the interface language
    // Ours are compiled in under :/i18n by qt_add_translations; Qt's own (dialog buttons, file
    // model headers) come from the system's Qt translations.
    // The last installed is asked first: ours, so it can rename a few of Qt's words.
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("assetdesk"), QStringLiteral(":/i18n")},
    };
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(&app);
        // A language we do not ship (and the C locale of a bare system) reads English, and our
        // English catalogue holds the plural forms: "1 file", "2 files", not "file(s)".
        if (translator->load(locale, name, QStringLiteral("_"), folder) ||
            (name == QLatin1String("assetdesk") &&
             translator->load(QLocale(QLocale::English), name, QStringLiteral("_"), folder)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

QStringList bookmarks()
{
    return QSettings().value(kBookmarks).toStringList();
}

void setBookmarks(const QStringList &folders)
{
    QSettings().setValue(kBookmarks, folders);
}

QStringList recentFolders()
{
    return QSettings().value(kRecent).toStringList();
}

void addRecentFolder(const QString &folder)
{
    QStringList recent = recentFolders();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

int transferLimitKiB()
{
    return QSettings().value(QStringLiteral("transfer/limitKiB"), 0).toInt();
}

void setTransferLimitKiB(int kib)
{
    QSettings().setValue(QStringLiteral("transfer/limitKiB"), std::max(0, kib));
}

int thumbnailSizeSetting()
{
    return QSettings().value(kIconSize, 112).toInt();
}

void setThumbnailSizeSetting(int pixels)
{
    QSettings().setValue(kIconSize, pixels);
}

int jobConcurrency()
{
    return QSettings().value(kConcurrency, 0).toInt();
}

void setJobConcurrency(int items)
{
    QSettings().setValue(kConcurrency, std::max(0, items));
}

QString externalEditor()
{
    return QSettings().value(kEditor).toString();
}

void setExternalEditor(const QString &program)
{
    QSettings().setValue(kEditor, program);
}

catalog::MetadataWritePolicy metadataWritePolicy()
{
    return catalog::metadataWritePolicy();
}

void setMetadataWritePolicy(catalog::MetadataWritePolicy policy)
{
    catalog::setMetadataWritePolicy(policy);
}

QList<int> hiddenListColumns(const QList<int> &defaults)
{
    const QVariant saved = QSettings().value(kHiddenColumns);
    if (!saved.isValid()) return defaults;
    QList<int> columns;
    for (const QString &column : saved.toStringList())
        columns << column.toInt();
    return columns;
}

void setHiddenListColumns(const QList<int> &columns)
{
    QStringList saved;
    for (const int column : columns)
        saved << QString::number(column);
    QSettings().setValue(kHiddenColumns, saved);
}

SortChoice sortSetting()
{
    const QSettings s;
    return {s.value(kSortColumn, 0).toInt(),
            s.value(kSortDescending, false).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder};
}

void setSortSetting(const SortChoice &sort)
{
    QSettings s;
    s.setValue(kSortColumn, sort.column);
    s.setValue(kSortDescending, sort.order == Qt::DescendingOrder);
}

bool windowMaximizedSetting()
{
    return QSettings().value(kMaximized, false).toBool();
}

void setWindowMaximizedSetting(bool maximized)
{
    QSettings().setValue(kMaximized, maximized);
}

} // namespace ad::ui
