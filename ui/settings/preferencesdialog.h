#pragma once

// Preferences, in pages: General (language, look, the external editor), Thumbnails (size, the
// cache and Clear Cache), Outputs (each tool's folder), Metadata (where edits may be written) and
// Jobs (how many at once, transfer bandwidth). OK saves and applies the look at once.

#include "common/outputfolders.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ad::ui
{

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    QTabWidget *pages() const { return m_pages; }
    // Measures the cache off the GUI thread and shows it; cacheMeasured() follows.
    void measureCache();
    // Empties the cache off the GUI thread; the size line then says what was freed.
    void clearCache();
    QString cacheText() const;

Q_SIGNALS:
    void cacheMeasured();

private:
    QWidget *generalPage();
    QWidget *thumbnailsPage();
    QWidget *outputsPage();
    QWidget *metadataPage();
    QWidget *jobsPage();

    QTabWidget *m_pages;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_thumbnailSize;
    QLabel *m_cacheSize;
    QPushButton *m_clearCache;
    QMap<OutputTool, QLineEdit *> m_outputs;
    QComboBox *m_metadata;
    QSpinBox *m_concurrency;
    QSpinBox *m_limit;
    QLineEdit *m_editor;
};

} // namespace ad::ui
