#include "common/icons.h"

#include "common/theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

namespace ad::ui
{

namespace
{
constexpr const char *kNameProperty = "adIconName";
constexpr int kNameRole = Qt::UserRole + 900; // a list item's icon name
// The one colour the Adwaita symbolic icons are drawn in.
const QByteArray kSymbolicInk = QByteArrayLiteral("#2e3436");

QIcon shippedIcon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QByteArray svg = file.readAll();
    QIcon icon;
    for (const QPalette::ColorGroup group : {QPalette::Normal, QPalette::Disabled}) {
        const QColor ink = QApplication::palette().color(group, QPalette::WindowText);
        QByteArray painted = svg;
        painted.replace(kSymbolicInk, ink.name().toLatin1());
        QSvgRenderer renderer(painted);
        for (const int size : {16, 22, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, group == QPalette::Normal ? QIcon::Normal : QIcon::Disabled);
        }
    }
    return icon;
}
} // namespace

QIcon themeIcon(const QString &name)
{
    // A theme the desktop names (not the bare hicolor fallback) matches the system look only.
    const QString desktop = QIcon::themeName();
    if (appliedTheme() == Theme::System && !desktop.isEmpty() &&
        desktop != QLatin1String("hicolor") && QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return shippedIcon(name);
}

void setActionIcon(QAction *action, const QString &name)
{
    action->setProperty(kNameProperty, name);
    action->setIcon(themeIcon(name));
}

void setButtonIcon(QAbstractButton *button, const QString &name)
{
    button->setProperty(kNameProperty, name);
    button->setIcon(themeIcon(name));
}

void setItemIcon(QListWidgetItem *item, const QString &name)
{
    item->setData(kNameRole, name);
    item->setIcon(themeIcon(name));
}

void refreshIcons(QWidget *root)
{
    for (QAction *action : root->findChildren<QAction *>()) {
        const QString name = action->property(kNameProperty).toString();
        if (!name.isEmpty()) action->setIcon(themeIcon(name));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        const QString name = button->property(kNameProperty).toString();
        if (!name.isEmpty()) button->setIcon(themeIcon(name));
    }
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            const QString name = item->data(kNameRole).toString();
            if (!name.isEmpty()) item->setIcon(themeIcon(name));
        }
    }
}

} // namespace ad::ui
