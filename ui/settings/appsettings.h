#pragma once

// Persisted preferences (QSettings) and the language switch.

#include "catalog/metadatapolicy.h"

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

// The grid's thumbnail edge in pixels (the status bar's slider and Preferences).
int thumbnailSizeSetting();
void setThumbnailSizeSetting(int pixels);
// Items of processing jobs run at once; 0: one per processor core.
int jobConcurrency();
void setJobConcurrency(int items);
// The program "Open with External Editor" starts with the selected files; empty: none chosen.
QString externalEditor();
void setExternalEditor(const QString &program);
// Where metadata edits may be written (kept by core, which the XMP writer reads).
catalog::MetadataWritePolicy metadataWritePolicy();
void setMetadataWritePolicy(catalog::MetadataWritePolicy policy);

QStringList bookmarks();
void setBookmarks(const QStringList &folders);
QStringList recentFolders();
void addRecentFolder(const QString &folder);

} // namespace ad::ui
