#include "appsettings.h"

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

void installTranslations(QCoreApplication &app)
{
    const QString code = languageSetting();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale); // dates and sizes follow the interface language
    // Ours are compiled in under :/i18n by qt_add_translations; Qt's own (dialog buttons, file
    // model headers) come from the system's Qt translations.
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("assetdesk"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder))
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

} // namespace ad::ui
