#pragma once

// Persisted preferences (QSettings) and the language switch.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ad::ui
{

struct LanguageChoice {
    QString code; // "" = follow the system locale, "en", "zh_CN"
    QString label;
};

QList<LanguageChoice> availableLanguages();
QString languageSetting();
void setLanguageSetting(const QString &code);
// Installs the translator for the saved language (or the system locale). Call before any window.
void installTranslations(QCoreApplication &app);

// Bandwidth limit for transfers in KiB/s; 0 for none.
int transferLimitKiB();
void setTransferLimitKiB(int kib);

QStringList bookmarks();
void setBookmarks(const QStringList &folders);
QStringList recentFolders();
void addRecentFolder(const QString &folder);

} // namespace ad::ui
