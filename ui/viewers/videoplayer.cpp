#include "viewers/videoplayer.h"

#include "common/asyncrun.h"
#include "common/error.h"
#include "media/decoder.h"
#include "media/snapshot.h"
#include "media/videoframe.h"
#include "viewers/trimslider.h"
#include "viewers/viewerkeys.h"

#include <QAction>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <cmath>

namespace ad::ui
{

namespace
{
// A frame's own time in whole ms, at or just before it, so asking for that time gives that frame
// back (the decoder takes the first frame at or after a time).
qint64 frameMsOf(double seconds)
{
    return qint64(std::floor(seconds * 1000 + 1e-3));
}

// When the clip's thumbnail is taken (media/videocover.h): the chosen cover, else the smart
// cover's frame, else (0) the first frame.
double coverSeconds(const QString &path, std::optional<double> chosen)
{
    if (chosen) return *chosen;
    try {
        return media::smartCoverTime(path, 5); // as many candidates as the thumbnail's
    } catch (const ProcessingError &) {
        return 0; // unreadable facts: the first frame's decode says what is wrong
    }
}
} // namespace

// The picture: the latest frame, fitted and centred on black, turned for viewing if asked.
class VideoSurface : public QWidget
{
public:
    explicit VideoSurface(QWidget *parent) : QWidget(parent), m_sink(new QVideoSink(this))
    {
        setObjectName(QStringLiteral("videoSurface"));
        setMinimumSize(160, 90);
        // Only kept here, converted when painted: Qt's GStreamer sink waits 300 ms for this
        // call and fails the stream ("Internal data stream error") when it takes longer, and the
        // first toImage() of a process sets up its converter (0.8-1.2 s under Xvfb). That is
        // why a new session's first clip failed and the second played.
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (m_exact) return;
            m_pending = frame;
            m_frameMs = frame.startTime() >= 0 ? frame.startTime() / 1000 : -1;
            update();
        });
    }
    QVideoSink *sink() const { return m_sink; }
    const QImage &frame() const
    {
        if (m_pending.isValid()) {
            m_frame = m_pending.toImage();
            m_pending = QVideoFrame();
        }
        return m_frame;
    }
    // The pipeline's frame's presentation time in ms (-1: unknown or a held frame).
    qint64 frameMs() const { return m_exact ? -1 : m_frameMs; }
    void clear()
    {
        m_exact = false;
        m_pending = QVideoFrame();
        m_frame = QImage();
        m_frameMs = -1;
        update();
    }
    // Holds a decoded frame against the pipeline's own until follow() is called.
    void hold(const QImage &frame)
    {
        m_exact = true;
        m_pending = QVideoFrame();
        m_frame = frame;
        update();
    }
    void follow() { m_exact = false; }
    // A Play button on the picture (before Play and after the end); a click anywhere plays or
    // pauses, as in most players.
    void setPlayOverlay(bool on)
    {
        m_overlay = on;
        update();
    }
    bool hasPlayOverlay() const { return m_overlay; }
    std::function<void()> clicked;
    void setRotation(int degrees)
    {
        m_rotation = degrees;
        update();
    }
    int rotation() const { return m_rotation; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::black);
        const QImage &image = frame();
        if (image.isNull()) return;
        const bool sideways = m_rotation % 180 != 0;
        const QSize upright = sideways ? image.size().transposed() : image.size();
        const QSize shown = upright.scaled(size(), Qt::KeepAspectRatio);
        const QSizeF drawn = sideways ? shown.transposed() : shown;
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(width() / 2.0, height() / 2.0);
        p.rotate(m_rotation);
        p.drawImage(QRectF(QPointF(-drawn.width() / 2, -drawn.height() / 2), drawn), image);
        p.resetTransform();
        if (m_overlay) paintPlay(p);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && clicked)
            clicked();
        else
            QWidget::mousePressEvent(event);
    }

    void paintPlay(QPainter &p) const
    {
        const qreal r = std::clamp(std::min(width(), height()) / 8.0, 18.0, 44.0);
        const QPointF c = QRectF(rect()).center();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(255, 255, 255, 220), 2));
        p.setBrush(QColor(0, 0, 0, 140));
        p.drawEllipse(c, r, r);
        QPainterPath triangle;
        triangle.moveTo(c + QPointF(-0.35 * r, -0.5 * r));
        triangle.lineTo(c + QPointF(0.55 * r, 0));
        triangle.lineTo(c + QPointF(-0.35 * r, 0.5 * r));
        triangle.closeSubpath();
        p.fillPath(triangle, QColor(255, 255, 255, 230));
    }

private:
    QVideoSink *m_sink;
    mutable QVideoFrame m_pending; // the pipeline's newest frame, not converted yet
    mutable QImage m_frame;
    qint64 m_frameMs = -1;
    bool m_exact = false;
    bool m_overlay = false;
    int m_rotation = 0;
};

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent), m_player(new QMediaPlayer(this)), m_video(new VideoSurface(this)),
      m_play(new QToolButton(this)), m_position(new TrimSlider(this)),
      m_volume(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this)),
      m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("videoPlayer"));
    m_time->setObjectName(QStringLiteral("videoTime"));
    m_player->setVideoSink(m_video->sink());
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_audio = new QAudioOutput(QMediaDevices::defaultAudioOutput(), this);
        m_player->setAudioOutput(m_audio);
    }

    auto button = [this](QStyle::StandardPixmap icon, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play or pause (Space)"));
    connect(m_play, &QToolButton::clicked, this, &VideoPlayer::togglePlayback);
    QToolButton *back =
        button(QStyle::SP_MediaSeekBackward, tr("Previous frame (,)"), [this] { stepFrames(-1); });
    QToolButton *forward =
        button(QStyle::SP_MediaSeekForward, tr("Next frame (.)"), [this] { stepFrames(1); });
    m_position->setObjectName(QStringLiteral("videoPosition"));
    m_position->setToolTip(tr("Position (J and L: 5 seconds back or on; I and O: trim in and out "
                              "points)"));
    // With the keyboard: the arrows move a second, Page Up and Page Down five.
    m_position->setSingleStep(1000);
    m_position->setPageStep(5000);
    m_position->setFocusPolicy(Qt::StrongFocus);
    m_video->clicked = [this] { togglePlayback(); };
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(100);
    m_volume->setEnabled(m_audio);
    m_volume->setToolTip(m_audio ? tr("Volume") : tr("No audio output on this machine"));
    if (m_audio) {
        m_audio->setVolume(0.8f);
        connect(m_volume, &QSlider::valueChanged, m_audio,
                [this](int v) { m_audio->setVolume(v / 100.0f); });
    }

    // Keys work while the player has focus.
    auto key = [this](const QKeySequence &k, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(k);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key(viewerKey(ViewerKey::PlayPause), [this] { togglePlayback(); });
    key(viewerKey(ViewerKey::FrameBack), [this] { stepFrames(-1); });
    key(viewerKey(ViewerKey::FrameForward), [this] { stepFrames(1); });
    // J and L as in most players; the arrows stay free for moving between files.
    key(viewerKey(ViewerKey::Back), [this] { seek(position() - 5000); });
    key(viewerKey(ViewerKey::Forward), [this] { seek(position() + 5000); });
    key(viewerKey(ViewerKey::InPoint), [this] { setInPoint(position()); });
    key(viewerKey(ViewerKey::OutPoint), [this] { setOutPoint(position()); });
    setFocusPolicy(Qt::StrongFocus);

    // The seek bar has a row of its own, the player's whole width: beside the buttons, the time
    // and the volume it kept a few pixels in a narrow preview pane.
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(back);
    controls->addWidget(forward);
    controls->addWidget(m_time);
    controls->addStretch(1);
    controls->addWidget(m_volume, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_video, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_position);
    layout->addLayout(controls);
    m_notice->setObjectName(QStringLiteral("videoNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setMargin(4);
    m_notice->hide();

    connect(m_player, &QMediaPlayer::durationChanged, this, [this] {
        m_position->setRange(0, int(durationMs()));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] {
        // The decoder's frames are shown (failed, or the last frame held after the end); the
        // pipeline's clock means nothing then.
        if (m_failed || m_ended) return;
        updateTime();
    });
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
            m_play->setIcon(style()->standardIcon(
                s == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
            if (s == QMediaPlayer::PlayingState) {
                ++m_exactRequest;
                m_posterShown = false;
                m_ended = false;
                m_video->follow();
            } else if (s == QMediaPlayer::PausedState && (m_posterShown || m_ended)) {
                // Paused on the poster or the last frame (a frame step, a key): that frame stays
                // and the pipeline moves to it, so steps and Play go on from the frame the clock
                // names (steps from the poster went from the start).
                m_player->setPosition(m_shownMs + m_pipelineStart);
            } else if (s == QMediaPlayer::PausedState) {
                const qint64 at = m_player->position() - m_pipelineStart;
                showExactFrame(at, at);
            }
            updateTime(); // playing, the clock drops its milliseconds
            updateOverlay();
        });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &VideoPlayer::playbackFailed);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        // Loaded, the pipeline stands on the first frame: its time there is the clip's 0:00.
        if (s == QMediaPlayer::LoadedMedia && !m_moved &&
            m_player->playbackState() == QMediaPlayer::StoppedState)
            m_pipelineStart = std::max<qint64>(0, m_player->position());
        if (s == QMediaPlayer::EndOfMedia) reachedEnd();
        if (s == QMediaPlayer::InvalidMedia)
            playbackFailed(m_player->error() == QMediaPlayer::NoError ? QMediaPlayer::FormatError
                                                                      : m_player->error(),
                           m_player->errorString());
    });
    connect(m_position, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_position, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        seek(m_position->value());
    });
    // Keys and the wheel move the bar without pressing it.
    connect(m_position, &QAbstractSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            seek(m_position->sliderPosition());
    });
}

VideoPlayer::~VideoPlayer()
{
    m_player->stop();
}

void VideoPlayer::open(const QString &path)
{
    ++m_exactRequest;
    m_video->clear();
    m_video->setRotation(0);
    m_path = path;
    m_shownMs = 0;
    m_pipelineStart = 0;
    m_moved = false;
    m_in = m_out = -1;
    m_position->setTrimRange(-1, -1);
    Q_EMIT trimPointsChanged();
    m_poster = QImage();
    m_facts = {};
    m_posterSettled = false;
    m_posterShown = false;
    m_ended = false;
    m_failed = false;
    m_error = QMediaPlayer::NoError;
    m_problem.clear();
    setNotice({}, false);
    m_play->setEnabled(true);
    m_player->stop();
    m_player->setSource(QUrl::fromLocalFile(path));
    updateTime();
    updateOverlay();
    loadPoster();
}

void VideoPlayer::stop()
{
    ++m_exactRequest;
    ++m_posterRequest;
    m_path.clear();
    m_player->stop();
    m_player->setSource(QUrl());
    m_video->clear();
    m_posterShown = m_ended = false;
    setNotice({}, false);
    updateOverlay();
}

void VideoPlayer::coverChanged(const QString &path)
{
    if (path == m_path && m_posterShown) loadPoster();
}

void VideoPlayer::reachedEnd()
{
    // The last frame stays on screen, and is what the tools take: the decoder gives the last
    // frame for a time past it, and names it by its own time.
    m_ended = true;
    showExactFrame(durationMs(), durationMs());
    updateOverlay();
}

bool VideoPlayer::hasPlayButton() const
{
    return m_video->hasPlayOverlay();
}

void VideoPlayer::updateOverlay()
{
    m_video->setPlayOverlay(!m_path.isEmpty() && !m_failed &&
                            m_player->playbackState() == QMediaPlayer::StoppedState);
}

void VideoPlayer::loadPoster()
{
    struct Poster {
        media::TimedFrame frame;
        ClipFacts facts;
    };
    const quint64 request = ++m_posterRequest;
    const quint64 sought = m_sought; // a frame sought before the poster came stays
    // The catalogue is read here, on the GUI thread.
    const std::optional<double> chosen = m_coverLookup ? m_coverLookup(m_path) : std::nullopt;
    runCatching(
        this,
        [path = m_path, chosen] {
            Poster poster;
            QString error;
            const media::Decoder *decoder = media::decoder(&error);
            const QJsonObject info = decoder ? decoder->mediaInfo(path, &error) : QJsonObject();
            const QJsonObject streams = info.value(QLatin1String("Stream")).toObject();
            const auto codec = [&streams](const char *kind) {
                const QJsonValue v = streams.value(QLatin1String(kind));
                const QJsonObject first =
                    v.isArray() ? v.toArray().first().toObject() : v.toObject();
                return first.value(QLatin1String("CodecName")).toString();
            };
            poster.facts = {!info.isEmpty(), codec("Video"), codec("Audio"),
                            QFileInfo(path).suffix().toLower()};
            poster.facts.durationMs = qRound64(info.value(QLatin1String("Format"))
                                                   .toObject()
                                                   .value(QLatin1String("Duration"))
                                                   .toString()
                                                   .toDouble() *
                                               1000);
            const QJsonValue video = streams.value(QLatin1String("Video"));
            poster.facts.fps =
                (video.isArray() ? video.toArray().first().toObject() : video.toObject())
                    .value(QLatin1String("Fps"))
                    .toString()
                    .toDouble();
            // The frame the clip's thumbnail shows (media/videocover.h): the chosen cover, else
            // the smart cover, else the first frame.
            if (!poster.facts.videoCodec.isEmpty())
                poster.frame = media::timedFrameAt(path, coverSeconds(path, chosen), {}, &error);
            return poster;
        },
        [this, request, sought](const Outcome<Poster> &outcome) {
            if (request != m_posterRequest) return; // another file by now
            m_posterSettled = true;
            qint64 posterMs = 0;
            if (outcome.value) {
                m_facts = outcome.value->facts;
                m_poster = outcome.value->frame.image;
                posterMs = frameMsOf(outcome.value->frame.seconds);
            }
            // The seek bar spans the clip even while (or when) the pipeline cannot say how long
            // it is: a clip that cannot play is still stepped through with decoded frames.
            if (m_player->duration() <= 0 && m_facts.durationMs > 0) {
                m_position->setRange(0, int(m_facts.durationMs));
                updateTime();
            }
            // The poster stands until playback draws its own frames.
            if (!m_poster.isNull() && m_player->playbackState() != QMediaPlayer::PlayingState &&
                sought == m_sought) {
                m_video->hold(m_poster);
                m_shownMs = posterMs;
                m_posterShown = true;
                updateTime(); // frame steps and the tools start from the poster's frame
            }
            // What FFmpeg cannot open, the pipeline cannot play either; it may take long to say so.
            const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
            if (!m_failed && !m_facts.readable && status != QMediaPlayer::LoadedMedia &&
                status != QMediaPlayer::BufferedMedia) {
                m_player->stop();
                playbackFailed(QMediaPlayer::FormatError, QStringLiteral("FFmpeg cannot open it"));
            } else if (m_failed) {
                reportFailure();
            } else if (!m_audio && !m_facts.audioCodec.isEmpty()) {
                setNotice(tr("This computer has no sound output, so the clip plays muted."), false);
            }
            Q_EMIT posterReady();
        });
}

void VideoPlayer::playbackFailed(QMediaPlayer::Error error, const QString &raw)
{
    if (m_failed || m_path.isEmpty()) return;
    m_failed = true;
    m_error = error;
    // From here on frames come from the decoder only, at the time the picture shows.
    m_player->stop();
    updateTime();
    // The pipeline's words are for developers; the window says what it means.
    qInfo("Playback of %s failed: %s", qPrintable(m_path), qPrintable(raw));
    updateOverlay();
    if (m_posterSettled) reportFailure();
}

void VideoPlayer::reportFailure()
{
    m_problem = problemText(m_error, m_facts);
    m_play->setEnabled(false);
    setNotice(m_problem, true);
    Q_EMIT failed(m_problem);
}

void VideoPlayer::setNotice(const QString &text, bool problem)
{
    m_notice->setText(text);
    // White on the fixed red: the dark palette's bright text is itself red.
    m_notice->setStyleSheet(problem ? QStringLiteral("color: white; background: #b03030;")
                                    : QString());
    m_notice->setVisible(!text.isEmpty());
}

QString VideoPlayer::notice() const
{
    return m_notice->text();
}

void VideoPlayer::setViewRotation(int degrees)
{
    m_video->setRotation(((degrees % 360) + 360) % 360);
}

int VideoPlayer::viewRotation() const
{
    return m_video->rotation();
}

QString VideoPlayer::codecName(const QString &ffmpegName)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("h264"), QStringLiteral("H.264")},
        {QStringLiteral("hevc"), QStringLiteral("H.265 (HEVC)")},
        {QStringLiteral("av1"), QStringLiteral("AV1")},
        {QStringLiteral("vp8"), QStringLiteral("VP8")},
        {QStringLiteral("vp9"), QStringLiteral("VP9")},
        {QStringLiteral("mpeg2video"), QStringLiteral("MPEG-2")},
        {QStringLiteral("mpeg4"), QStringLiteral("MPEG-4 Part 2")},
        {QStringLiteral("prores"), QStringLiteral("Apple ProRes")},
        {QStringLiteral("aac"), QStringLiteral("AAC")},
        {QStringLiteral("mp3"), QStringLiteral("MP3")},
        {QStringLiteral("opus"), QStringLiteral("Opus")},
        {QStringLiteral("vorbis"), QStringLiteral("Vorbis")},
        {QStringLiteral("ac3"), QStringLiteral("Dolby Digital (AC-3)")},
        {QStringLiteral("eac3"), QStringLiteral("Dolby Digital Plus (E-AC-3)")},
        {QStringLiteral("flac"), QStringLiteral("FLAC")},
    };
    return names.value(ffmpegName, ffmpegName.toUpper());
}

QString VideoPlayer::problemText(QMediaPlayer::Error error, const ClipFacts &facts)
{
    switch (error) {
    case QMediaPlayer::AccessDeniedError:
        return tr("AssetDesk is not allowed to read this file.");
    case QMediaPlayer::NetworkError:
        return tr("The clip could not be read over the network.");
    default:
        break;
    }
    if (!facts.readable)
        return tr("This file is damaged or is not a video or sound format AssetDesk can read.");
    // FFmpeg reads it, so the file is sound: the playback framework lacks a part for its codec
    // or its container, which one it does not say.
    if (!facts.videoCodec.isEmpty())
        return tr("This system cannot play %1 video in a .%2 file: the playback plug-in for it "
                  "is not installed. The picture is a frame AssetDesk decoded itself.")
            .arg(codecName(facts.videoCodec), facts.suffix);
    if (!facts.audioCodec.isEmpty())
        return tr("This system cannot play %1 audio in a .%2 file: the playback plug-in for it "
                  "is not installed.")
            .arg(codecName(facts.audioCodec), facts.suffix);
    return tr("This file holds no video or sound AssetDesk can play.");
}

QImage VideoPlayer::currentFrame() const
{
    return m_video->frame();
}

void VideoPlayer::play()
{
    if (!m_failed) m_player->play();
}

void VideoPlayer::pause()
{
    if (!m_failed) m_player->pause();
}

void VideoPlayer::togglePlayback()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        pause();
    else
        play();
}

qint64 VideoPlayer::frameMs() const
{
    double fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    if (fps <= 0) fps = m_facts.fps;
    return fps > 0 ? std::max<qint64>(1, qRound64(1000.0 / fps)) : 40;
}

qint64 VideoPlayer::durationMs() const
{
    return std::max(m_player->duration(), m_facts.durationMs);
}

void VideoPlayer::stepFrames(int frames)
{
    pause();
    // Asked for half a frame short of the frame wanted, from the shown frame's own time: the
    // decoder takes the first frame at or after a time, and whole milliseconds drift from a
    // frame rate such as 29.97 until a step lands on the same frame again.
    const qint64 step = frameMs();
    const qint64 target = position() + frames * step;
    seekFrame(target, target - step / 2);
}

void VideoPlayer::seek(qint64 ms)
{
    seekFrame(ms, ms);
}

void VideoPlayer::seekFrame(qint64 ms, qint64 askMs)
{
    const qint64 end = std::max<qint64>(0, durationMs());
    ms = std::clamp<qint64>(ms, 0, end);
    askMs = std::clamp<qint64>(askMs, 0, end);
    m_ended = false;
    m_moved = true;
    if (m_failed) {
        showExactFrame(ms, askMs);
        return;
    }
    m_player->setPosition(ms + m_pipelineStart);
    // Paused, or before Play: the decoder's exact frame (before Play it replaces the poster).
    if (m_player->playbackState() != QMediaPlayer::PlayingState) showExactFrame(ms, askMs);
}

void VideoPlayer::showExactFrame(qint64 ms, qint64 askMs)
{
    if (m_path.isEmpty()) return;
    // The pipeline's frames show until the exact one is decoded, so the picture follows at once.
    m_video->follow();
    m_shownMs = ms;
    m_posterShown = false;
    updateTime();
    ++m_sought;
    const quint64 request = ++m_exactRequest;
    runCatching(
        this,
        [path = m_path, askMs] {
            QString error;
            media::TimedFrame frame = media::timedFrameAt(path, askMs / 1000.0, {}, &error);
            if (frame.image.isNull()) throw ProcessingError(ErrorCode::InvalidImage, error);
            return frame;
        },
        [this, request](const Outcome<media::TimedFrame> &outcome) {
            // A newer seek, play or file wins; an undecodable frame leaves the pipeline's.
            if (request != m_exactRequest || !outcome.value) return;
            m_video->hold(outcome.value->image);
            // From here on the frame is named by its own time (the last one's, past the end).
            m_shownMs = frameMsOf(outcome.value->seconds);
            updateTime();
        });
}

qint64 VideoPlayer::position() const
{
    if (m_player->playbackState() != QMediaPlayer::PlayingState) return m_shownMs;
    // The frame on screen, which the clock may have passed already.
    const qint64 shown = m_video->frameMs() - m_pipelineStart;
    return shown >= 0 && shown <= durationMs()
               ? shown
               : std::clamp<qint64>(m_player->position() - m_pipelineStart, 0, durationMs());
}

void VideoPlayer::setInPoint(qint64 ms)
{
    m_in = ms;
    if (m_out >= 0 && m_out <= m_in) m_out = -1; // an out point must follow the in point
    m_position->setTrimRange(int(m_in), int(m_out));
    Q_EMIT trimPointsChanged();
}

void VideoPlayer::setOutPoint(qint64 ms)
{
    m_out = ms;
    if (m_in >= m_out) m_in = -1;
    m_position->setTrimRange(int(m_in), int(m_out));
    Q_EMIT trimPointsChanged();
}

QString VideoPlayer::errorText() const
{
    return m_problem;
}

QString VideoPlayer::clockText(qint64 ms, bool exact)
{
    ms = std::max<qint64>(0, ms);
    const qint64 s = ms / 1000;
    QString text = s >= 3600
                       ? QStringLiteral("%1:%2:%3")
                             .arg(s / 3600)
                             .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0'))
                       : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (exact) text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

void VideoPlayer::updateTime()
{
    // While playing the clock moves too fast for milliseconds to be read; held, it names the
    // frame to the millisecond, as the tools do.
    const qint64 at = position();
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_time->setText(
        QStringLiteral("%1 / %2").arg(clockText(at, !playing), clockText(durationMs(), false)));
    if (!m_sliderHeld) m_position->setValue(int(at));
}

} // namespace ad::ui
