#pragma once

// Paints a grid cell: the thumbnail in a square the size of the icon, badges on it (file type,
// colour label, favourite, rating stars, a video's duration or a document's page count, and a
// cloud marker for bucket objects), and up to two lines of name below it, elided in the middle,
// never under the picture. The cell's height comes from the icon size and the font, so the
// label has room in any language.

#include <QStyledItemDelegate>

namespace ad::ui
{

class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThumbnailDelegate(QObject *parent = nullptr);
    // Every item is a bucket object (a cloud marker on each file); folders are the items
    // whose `folderRole` is true.
    void setCloud(int folderRole)
    {
        m_cloud = true;
        m_folderRole = folderRole;
    }

    // Where paint() puts things, for a cell of `option.rect`.
    struct Geometry {
        QRect cell;
        QRect pixmap;      // the thumbnail as drawn (inside its square)
        QRect label;       // the box the name's lines are drawn in
        QStringList lines; // the name as shown: one or two lines
    };
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The name in at most two lines of `width`, the second elided in the middle.
    static QStringList labelLines(const QString &name, const QFont &font, int width);
    static QSize cellSize(const QSize &icon, const QFont &font);
    // One line of a name: the font's spacing, or more where a Chinese name falls back to a
    // taller font (its glyphs were cut at the top of the cell otherwise).
    static int lineHeight(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QRect &pixmap,
                     const QModelIndex &index) const;

    bool m_cloud = false;
    int m_folderRole;
};

} // namespace ad::ui
