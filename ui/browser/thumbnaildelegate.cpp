#include "browser/thumbnaildelegate.h"

#include "browser/assetcolumnsmodel.h"

#include <cmath>

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

namespace ad::ui
{

namespace
{
constexpr int kPad = 6;   // around the cell's contents
constexpr int kGap = 4;   // between the picture and its name
constexpr int kInset = 3; // badges from the picture's edge

QIcon iconOf(const QModelIndex &index)
{
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QIcon>()) return qvariant_cast<QIcon>(decoration);
    return QIcon(qvariant_cast<QPixmap>(decoration));
}

// A rounded dark chip with light text, legible on any picture.
QRect chipRect(const QFontMetrics &metrics, const QString &text)
{
    return QRect(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
}

void drawChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &ink)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 165));
    painter->drawRoundedRect(rect, 4, 4);
    painter->setPen(ink);
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace

ThumbnailDelegate::ThumbnailDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_folderRole(AssetColumnsModel::IsDirRole)
{
}

int ThumbnailDelegate::lineHeight(const QFont &font)
{
    // Laid out once per font: every cell's geometry and paint asks.
    static QHash<QString, int> known;
    if (const auto it = known.constFind(font.key()); it != known.cend()) return *it;
    QTextLayout layout(QStringLiteral("Ag\u6837\u5f20"), font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return known[font.key()] =
               std::max(QFontMetrics(font).lineSpacing(), int(std::ceil(line.height())));
}

QSize ThumbnailDelegate::cellSize(const QSize &icon, const QFont &font)
{
    // Wide enough for a short name even with small thumbnails; tall enough for two lines.
    const int width = std::max(icon.width(), QFontMetrics(font).averageCharWidth() * 10) + 2 * kPad;
    return {width, kPad + icon.height() + kGap + 2 * lineHeight(font) + kPad};
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize(option.decorationSize, option.font);
}

QStringList ThumbnailDelegate::labelLines(const QString &name, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(name) <= width) return {name};
    // The first line breaks at a word if it can, anywhere if it must (CJK names have no
    // spaces); what does not fit on the second loses its middle, so the end (the extension)
    // stays in view.
    QTextLayout layout(name, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    layout.endLayout();
    const int cut = std::max(1, line.textLength());
    const QString first = name.left(cut).trimmed();
    const QString rest = name.mid(cut).trimmed();
    if (metrics.horizontalAdvance(rest) <= width) return {first, rest};
    // The extension stays whole: the name loses its middle, between the lines.
    const QString suffix = QStringLiteral(".") + QFileInfo(name).suffix();
    if (suffix.size() > 1 && suffix.size() <= 6 && rest.endsWith(suffix)) {
        const QString stem = rest.chopped(suffix.size());
        return {first, metrics.elidedText(stem, Qt::ElideRight,
                                          width - metrics.horizontalAdvance(suffix)) +
                           suffix};
    }
    return {first, metrics.elidedText(rest, Qt::ElideMiddle, width)};
}

ThumbnailDelegate::Geometry ThumbnailDelegate::geometry(const QStyleOptionViewItem &option,
                                                        const QModelIndex &index) const
{
    Geometry g;
    g.cell = option.rect;
    const QSize icon = option.decorationSize;
    const QRect square(g.cell.x() + (g.cell.width() - icon.width()) / 2, g.cell.y() + kPad,
                       icon.width(), icon.height());
    const QSize drawn = iconOf(index).actualSize(icon).boundedTo(icon);
    g.pixmap = QRect(QPoint(square.x() + (square.width() - drawn.width()) / 2,
                            square.y() + (square.height() - drawn.height()) / 2),
                     drawn);
    g.label = QRect(g.cell.x() + kPad, square.bottom() + 1 + kGap, g.cell.width() - 2 * kPad,
                    2 * lineHeight(option.font));
    g.lines = labelLines(index.data(Qt::DisplayRole).toString(), option.font, g.label.width());
    return g;
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const Geometry g = geometry(opt, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The style would highlight where it places an icon view's text, which is not where the
    // lines below go: the selection is drawn here, behind the lines themselves.
    const bool selected = opt.state & QStyle::State_Selected;
    QStyleOptionViewItem panel = opt;
    panel.state &= ~QStyle::State_Selected;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);
    // A frame under the pointer and around the keyboard's current item.
    if (opt.state & (QStyle::State_MouseOver | QStyle::State_HasFocus)) {
        QColor frame = opt.palette.color(QPalette::Highlight);
        if (!(opt.state & QStyle::State_HasFocus)) frame.setAlpha(140);
        painter->setPen(QPen(frame, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.cell).adjusted(1, 1, -1, -1), 4, 4);
    }
    iconOf(index).paint(painter, g.pixmap, Qt::AlignCenter,
                        selected ? QIcon::Selected : QIcon::Normal);
    if (!index.data(m_folderRole).toBool()) paintBadges(painter, opt, g.pixmap, index);

    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    const int line = lineHeight(opt.font);
    if (selected && !g.lines.isEmpty()) {
        int widest = 0;
        for (const QString &text : g.lines)
            widest = std::max(widest, metrics.horizontalAdvance(text));
        const QRect behind(g.label.center().x() - widest / 2 - 3, g.label.y(), widest + 6,
                           int(g.lines.size()) * line);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(behind.intersected(g.cell), 3, 3);
    }
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    for (int i = 0; i < g.lines.size(); ++i)
        painter->drawText(QRect(g.label.x(), g.label.y() + i * line, g.label.width(), line),
                          Qt::AlignHCenter | Qt::AlignTop, g.lines[i]);
    painter->restore();
}

void ThumbnailDelegate::paintBadges(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QRect &pixmap, const QModelIndex &index) const
{
    if (pixmap.width() < 40 || pixmap.height() < 32) return; // no room: the list view has them
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect area = pixmap.adjusted(kInset, kInset, -kInset, -kInset);
    const QColor white(Qt::white);

    // Top left: the file type.
    const QString suffix = m_cloud ? QFileInfo(index.data().toString()).suffix().toUpper()
                                   : index.data(AssetColumnsModel::SuffixRole).toString();
    if (!suffix.isEmpty() && area.width() > 64) {
        QRect chip = chipRect(metrics, suffix);
        chip.moveTopLeft(area.topLeft());
        drawChip(painter, chip, suffix, white);
    }
    // Top right: a bucket object's cloud, the favourite heart and the colour label.
    int right = area.right();
    const auto topRight = [&](const QString &text, const QColor &ink) {
        QRect chip = chipRect(metrics, text);
        chip.moveTopRight(QPoint(right, area.top()));
        drawChip(painter, chip, text, ink);
        right = chip.left() - 2;
    };
    if (m_cloud) topRight(QStringLiteral("\u2601"), white);
    if (index.data(AssetColumnsModel::FavouriteRole).toBool())
        topRight(QStringLiteral("\u2665"), QColor(0xff, 0x52, 0x52));
    const QColor label =
        AssetColumnsModel::labelColour(index.data(AssetColumnsModel::LabelRole).toInt());
    if (label.isValid()) {
        const int d = metrics.height();
        painter->setPen(QPen(white, 1.5));
        painter->setBrush(label);
        painter->drawEllipse(QRect(right - d + 1, area.top() + 1, d, d));
    }
    // Bottom left: the rating; bottom right: how long a video runs or a document's pages.
    if (const int stars = index.data(AssetColumnsModel::RatingRole).toInt(); stars > 0) {
        const QString text(stars, QChar(0x2605));
        QRect chip = chipRect(metrics, text);
        chip.moveBottomLeft(area.bottomLeft());
        drawChip(painter, chip, text, QColor(0xff, 0xd5, 0x4f));
    }
    QString corner = index.data(AssetColumnsModel::DurationRole).toString();
    const QVariant pages = index.data(AssetColumnsModel::PagesRole);
    if (corner.isEmpty() && !pages.isNull())
        corner = tr("%n p.", "page count on a thumbnail", pages.toInt());
    if (!corner.isEmpty()) {
        QRect chip = chipRect(metrics, corner);
        chip.moveBottomRight(area.bottomRight());
        drawChip(painter, chip, corner, white);
    }
}

} // namespace ad::ui
