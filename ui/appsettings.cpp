#include "appsettings.h"

#include <QCoreApplication>
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
    auto *translator = new QTranslator(&app);
    // Translations are compiled into the binary under :/i18n by qt_add_translations.
    if (translator->load(locale, QStringLiteral("assetdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
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

} // namespace ad::ui
