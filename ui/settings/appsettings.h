#pragma once

// Persisted preferences (QSettings) and the language switch.

#include "catalog/metadatapolicy.h"

#include <QList>
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
// Installs the translator for `language`, else the saved language (or the system locale). Call
// before any window. A language given here lasts for this run: the saved choice is not changed.
void installTranslations(QCoreApplication &app, const QString &language = {});

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

// The list columns the user hid (AssetColumnsModel numbers), shared by folders and collections;
// `defaults` until the user chooses.
QList<int> hiddenListColumns(const QList<int> &defaults);
void setHiddenListColumns(const QList<int> &columns);
// The grid's and list's sort, kept when chosen: a session ended without closing the window (a
// kill, a logout) still finds it.
struct SortChoice {
    int column = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
};
SortChoice sortSetting();
void setSortSetting(const SortChoice &sort);
// Whether the main window was maximised, kept when it changes for the same reason.
bool windowMaximizedSetting();
void setWindowMaximizedSetting(bool maximized);

} // namespace ad::ui
