#include "videotools/videotools.h"

#include "viewers/videoplayer.h"

#include <QAction>
#include <QMenu>

namespace ad::ui
{

VideoTools::VideoTools(VideoPlayer *player, QWidget *window)
    : QObject(window), m_player(player), m_window(window), m_menu(new QMenu(tr("&Video"), window))
{
    m_menu->setObjectName(QStringLiteral("videoToolsMenu"));
    using Mode = VideoExportDialog::Mode;
    const auto add = [this](const QString &text, const char *name, auto slot) {
        QAction *a = m_menu->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    add(tr("Save &Frame…"), "saveFrameAction", [this] { openDialog(Mode::Frame); });
    m_menu->addSeparator();
    m_setCover = add(tr("Set as &Cover"), "setCoverAction", [this] {
        Q_EMIT coverChosen(m_player->path(), m_player->position() / 1000.0);
    });
    m_setCover->setToolTip(tr("The frame shown becomes the clip's thumbnail in the library"));
    m_clearCover = add(tr("Use &Default Cover"), "clearCoverAction",
                       [this] { Q_EMIT coverCleared(m_player->path()); });
    m_menu->addSeparator();
    // The keys belong to the player (they work while it has focus); the menu names them.
    add(tr("Set &In Point\tI"), "inPointAction",
        [this] { m_player->setInPoint(m_player->position()); });
    add(tr("Set &Out Point\tO"), "outPointAction",
        [this] { m_player->setOutPoint(m_player->position()); });
    add(tr("&Trim…"), "trimAction", [this] { openDialog(Mode::Trim); });
    m_menu->addSeparator();
    add(tr("Make &Sprite Sheet…"), "spriteAction", [this] { openDialog(Mode::Sprite); });
    add(tr("Make &Animated Preview…"), "animationAction", [this] { openDialog(Mode::Animation); });
    setCoversEnabled(false);
}

void VideoTools::setCoversEnabled(bool on)
{
    m_setCover->setVisible(on);
    m_clearCover->setVisible(on);
}

VideoExportDialog *VideoTools::openDialog(VideoExportDialog::Mode mode)
{
    const double shown = m_player->position() / 1000.0;
    // Without an out point, a trim runs to the clip's end (not a fixed length past the in point).
    const qint64 in = m_player->inPoint(),
                 out = m_player->outPoint() >= 0 ? m_player->outPoint() : m_player->durationMs();
    auto *dialog = mode == VideoExportDialog::Mode::Trim
                       ? new VideoExportDialog(mode, m_player->path(), in >= 0 ? in / 1000.0 : 0,
                                               out >= 0 ? out / 1000.0 : -1, m_window)
                       : new VideoExportDialog(mode, m_player->path(), shown,
                                               mode == VideoExportDialog::Mode::Animation &&
                                                       m_player->durationMs() > 0
                                                   ? m_player->durationMs() / 1000.0
                                                   : -1,
                                               m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace ad::ui
