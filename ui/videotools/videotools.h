#pragma once

// The video viewer's Video menu: Save Frame, Set as Cover and Use Default Cover, the trim
// points and Trim, Make Sprite Sheet and Make Animated Preview, for the clip in the player.
// The cover is kept by whoever listens (the library window stores it in the catalogue and
// refreshes the grid's thumbnail); without a listener the cover entries are hidden.

#include "videotools/videoexportdialog.h"

#include <QObject>

class QAction;
class QMenu;

namespace ad::ui
{

class VideoPlayer;

class VideoTools : public QObject
{
    Q_OBJECT
public:
    VideoTools(VideoPlayer *player, QWidget *window);
    QMenu *menu() const { return m_menu; }
    void setCoversEnabled(bool on);
    // Opens one of the output dialogs (non-modal, deleted when closed) for the frame shown and
    // the trim points; returned so tests can drive it.
    VideoExportDialog *openDialog(VideoExportDialog::Mode mode);

Q_SIGNALS:
    void coverChosen(const QString &clip, double seconds);
    void coverCleared(const QString &clip);

private:
    VideoPlayer *m_player;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_setCover;
    QAction *m_clearCover;
};

} // namespace ad::ui
