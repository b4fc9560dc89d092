#pragma once

// The library part of the Inspector: star rating, favourite, colour label, tags and note of
// the selected files and folders, kept in the catalogue. Edits apply to the whole selection in
// one transaction; a field whose values differ across the selection shows as mixed.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(catalog::Catalog *catalog, QWidget *parent = nullptr);
    void setSelection(const QStringList &paths);

private:
    void load();
    void applyTags();

    catalog::Catalog *m_catalog;
    QStringList m_paths;
    QStringList m_commonTags;
    bool m_loading = false;
    QComboBox *m_rating;
    QCheckBox *m_favourite;
    QComboBox *m_label;
    QLineEdit *m_tags;
    QLineEdit *m_note;
};

} // namespace ad::ui
