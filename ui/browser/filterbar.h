#pragma once

// The filter bar above the grid: type, extension, size, date modified, date taken, a clip's
// length and resolution, rating, favourites and a tag,
// applied to the current folder through the catalogue (with the search box's words).

#include "catalog/catalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ad::ui
{

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);
    void apply(catalog::Query &query) const; // adds the chosen filters
    bool isActive() const;                   // anything other than "any"
    void clear();

    // For tests and scripts: choose by the combo boxes' data.
    void setKind(int kind); // -1: any, else catalog::Kind
    void setMinRating(int stars);
    void setExtensions(const QString &text);          // "jpg png"
    void setTakenWithinDays(int days);                // 30 or 365; negative: longer ago; 0: any
    void setDuration(int minSeconds, int maxSeconds); // a choice's bounds; -1: open
    void setMinShortSide(int pixels);                 // 720, 1080, 2160; 0: any

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_kind;
    QComboBox *m_size;
    QComboBox *m_modified;
    QComboBox *m_taken;
    QComboBox *m_duration;
    QComboBox *m_resolution;
    QLineEdit *m_extensions;
    QComboBox *m_rating;
    QCheckBox *m_favourites;
    QLineEdit *m_tag;
};

} // namespace ad::ui
