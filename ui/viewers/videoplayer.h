#pragma once

// Video playback with QtMultimedia: play/pause, seek, frame step, volume. Frames arrive
// through a video sink and are painted here, so they show (and grab) on any display, with
// or without GPU acceleration. While paused, the picture is the exact frame at the position,
// decoded by the core's FFmpeg decoder: the pipeline's paused preroll may show a neighbouring
// frame under load, and a frame someone steps to or saves must be the one the clock names. Audio
// goes to an output only when the machine has one: a QAudioOutput without a device crashes some
// backends, and a silent machine still plays the picture, muted, and says so.
// Before Play the picture is the clip's cover (the frame its thumbnail shows: the one chosen with
// Set as Cover, else the smart cover) with a Play button on it; a clip the system cannot play
// keeps its poster and says why in a sentence (the pipeline's own message goes to the log only).
// Played to its end, the last frame stays and is the one the tools take.
// The clock and the seek bar read position(), the time the tools take, so what the player says
// and what Save Frame or Set as Cover names are one number: before Play the poster's frame
// (Play then starts the clip from its beginning), while paused the frame decoded for it.

#include <QImage>
#include <QMediaPlayer>
#include <QWidget>
#include <functional>
#include <optional>

class QAudioOutput;
class QLabel;
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
    QString path() const { return m_path; }
    // The time of the frame on screen, in ms: while paused or stopped (or when playback failed)
    // the exact frame decoded for it, by its own time once decoded (before Play, the poster's;
    // after the end, the last frame's), while playing the pipeline frame's own time. What Save
    // Frame and Set as Cover take.
    qint64 position() const;

    // Where a clip's chosen cover time comes from (the catalogue); without one, or when it has
    // none, the poster is the smart cover.
    using CoverLookup = std::function<std::optional<double>(const QString &path)>;
    void setCoverLookup(CoverLookup lookup) { m_coverLookup = std::move(lookup); }
    // `path`'s cover changed: a poster of it on screen is made again.
    void coverChanged(const QString &path);
    bool isShowingPoster() const { return m_posterShown; }
    bool hasPlayButton() const; // drawn on the picture while stopped (before Play, at the end)

    // Trim points (I and O keys), in ms; -1 when not set. Shown on the seek bar.
    void setInPoint(qint64 ms);
    void setOutPoint(qint64 ms);
    qint64 inPoint() const { return m_in; }
    qint64 outPoint() const { return m_out; }
    qint64 durationMs() const; // the pipeline's, else FFmpeg's

    QMediaPlayer *player() const { return m_player; }
    QImage currentFrame() const;
    bool hasAudioOutput() const { return m_audio != nullptr; }
    QString errorText() const; // the sentence for a clip that cannot play, else empty
    QString notice() const;    // what the line under the picture says (muted, cannot play)
    bool hasPoster() const { return !m_poster.isNull(); }
    bool isPosterSettled() const { return m_posterSettled; } // decoded, or known not to decode
    void setViewRotation(int degrees); // view only: 0, 90, 180 or 270 clockwise
    int viewRotation() const;

    // What the core's FFmpeg found in the clip, for the sentences.
    struct ClipFacts {
        bool readable = false; // FFmpeg could open it
        QString videoCodec;    // FFmpeg's names ("h264", "av1"); empty: no such stream
        QString audioCodec;
        QString suffix; // the file's, as the user knows its kind ("mkv")
        qint64 durationMs = 0;
        double fps = 0;
    };
    static QString codecName(const QString &ffmpegName); // "hevc" -> "H.265 (HEVC)"
    // A time as the player's clock and the video tools write it: "1:05.040" (exact, to the
    // millisecond: a frame) or "1:05"; hours when there are any ("1:02:03.500").
    static QString clockText(qint64 ms, bool exact = true);
    static QString problemText(QMediaPlayer::Error error, const ClipFacts &facts);

Q_SIGNALS:
    void failed(const QString &message); // a sentence, after the poster is settled
    void trimPointsChanged();
    void posterReady();

private:
    void updateTime(); // the clock and the seek bar, from position()
    qint64 frameMs() const;
    void seekFrame(qint64 ms, qint64 askMs); // shows the frame at `ms`, decoded for `askMs`
    void showExactFrame(qint64 ms, qint64 askMs);
    void loadPoster();
    void playbackFailed(QMediaPlayer::Error error, const QString &raw);
    void reportFailure();
    void setNotice(const QString &text, bool problem);
    void reachedEnd();
    void updateOverlay();

    QString m_path;
    quint64 m_exactRequest = 0;  // the newest exact-frame request; older answers are dropped
    quint64 m_posterRequest = 0; // likewise for posters
    QImage m_poster;
    ClipFacts m_facts;
    bool m_posterSettled = false;
    bool m_posterShown = false; // the poster is the picture (before Play)
    bool m_ended = false;       // played to the end: the last frame is held
    CoverLookup m_coverLookup;
    bool m_failed = false;
    QMediaPlayer::Error m_error = QMediaPlayer::NoError;
    QString m_problem;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio = nullptr;
    class VideoSurface *m_video;
    QToolButton *m_play;
    class TrimSlider *m_position;
    qint64 m_shownMs = 0; // the held frame's time (poster or exact frame)
    // The pipeline's time at the clip's first frame: 0, but for MPEG-TS GStreamer counts from
    // the stream's first clock reference (0.78 s before the first frame as ffmpeg writes it).
    qint64 m_pipelineStart = 0;
    bool m_moved = false; // sought since the file opened, so the pipeline may not be at the start
    quint64 m_sought = 0; // exact frames asked for (seeks and pauses)
    qint64 m_in = -1;
    qint64 m_out = -1;
    QSlider *m_volume;
    QLabel *m_time;
    QLabel *m_notice;
    bool m_sliderHeld = false;
};

} // namespace ad::ui
