#include "common/theme.h"

#include "common/icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace ad::ui
{

namespace
{
const char *kTheme = "ui/theme";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6),
        dim(0x80, 0x80, 0x80), accent(0x3d, 0x8e, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent.lighter(120));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(140));
    return p;
}

// What the platform gave before AssetDesk changed anything, for going back to System.
struct SystemLook {
    QString style;
    QPalette palette;
};
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

Theme g_applied = Theme::System;
} // namespace

Theme themeSetting()
{
    const QString name = QSettings().value(kTheme).toString();
    if (name == QLatin1String("light")) return Theme::Light;
    if (name == QLatin1String("dark")) return Theme::Dark;
    return Theme::System;
}

void setThemeSetting(Theme theme)
{
    const char *names[] = {"system", "light", "dark"};
    QSettings().setValue(kTheme, QString::fromLatin1(names[int(theme)]));
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QCoreApplication::translate("ad::ui::Preferences", "Light");
    case Theme::Dark:
        return QCoreApplication::translate("ad::ui::Preferences", "Dark");
    case Theme::System:
        break;
    }
    return QCoreApplication::translate("ad::ui::Preferences", "System");
}

Theme appliedTheme()
{
    return g_applied;
}

void applyTheme(Theme theme)
{
    g_applied = theme;
    const SystemLook &system = systemLook();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                      : QApplication::style()->standardPalette());
    }
    for (QWidget *window : QApplication::topLevelWidgets())
        refreshIcons(window);
}

} // namespace ad::ui
