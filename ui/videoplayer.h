#pragma once

// Video playback with QtMultimedia: play/pause, seek, frame step, volume. Frames arrive
// through a video sink and are painted here, so they show (and grab) on any display, with
// or without GPU acceleration. While paused, the picture is the exact frame at the position,
// decoded by the core's FFmpeg decoder: the pipeline's paused preroll may show a neighbouring
// frame under load, and a frame someone steps to or saves must be the one the clock names. Audio
// goes to an output only when the machine has one: a QAudioOutput without a device crashes some
// backends, and a silent machine still plays the picture.

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;
class QVideoSink;

namespace ad::ui
{

class VideoPlayer : public QWidget
{
    Q_OBJECT
public:
    explicit VideoPlayer(QWidget *parent = nullptr);
    ~VideoPlayer() override;

    void open(const QString &path);
    void stop(); // and release the file
    void play();
    void pause();
    void togglePlayback();
    void stepFrames(int frames); // pauses, then moves by whole frames (negative: back)
    void seek(qint64 ms);

    QMediaPlayer *player() const { return m_player; }
    QImage currentFrame() const;
    bool hasAudioOutput() const { return m_audio != nullptr; }
    QString errorText() const;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void updateTime();
    qint64 frameMs() const;
    void showExactFrame(qint64 ms);

    QString m_path;
    quint64 m_exactRequest = 0; // the newest exact-frame request; older answers are dropped
    QMediaPlayer *m_player;
    QAudioOutput *m_audio = nullptr;
    class VideoSurface *m_video;
    QToolButton *m_play;
    QSlider *m_position;
    QSlider *m_volume;
    QLabel *m_time;
    bool m_sliderHeld = false;
};

} // namespace ad::ui
