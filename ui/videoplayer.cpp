#include "videoplayer.h"

#include "asyncrun.h"
#include "media/videoframe.h"

#include <QAction>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace ad::ui
{

namespace
{
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

// The picture: the latest frame, fitted and centred on black.
class VideoSurface : public QWidget
{
public:
    explicit VideoSurface(QWidget *parent) : QWidget(parent), m_sink(new QVideoSink(this))
    {
        setObjectName(QStringLiteral("videoSurface"));
        setMinimumSize(160, 90);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (m_exact) return;
            m_frame = frame.toImage();
            update();
        });
    }
    QVideoSink *sink() const { return m_sink; }
    const QImage &frame() const { return m_frame; }
    void clear()
    {
        m_exact = false;
        m_frame = QImage();
        update();
    }
    // Holds a decoded frame against the pipeline's own until follow() is called.
    void hold(const QImage &frame)
    {
        m_exact = true;
        m_frame = frame;
        update();
    }
    void follow() { m_exact = false; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::black);
        if (m_frame.isNull()) return;
        const QSize shown = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(
            QRect(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown),
            m_frame);
    }

private:
    QVideoSink *m_sink;
    QImage m_frame;
    bool m_exact = false;
};

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent), m_player(new QMediaPlayer(this)), m_video(new VideoSurface(this)),
      m_play(new QToolButton(this)), m_position(new QSlider(Qt::Horizontal, this)),
      m_volume(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("videoPlayer"));
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
    m_position->setToolTip(tr("Position (J and L: 5 seconds back or on)"));
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
    key(QKeySequence(Qt::Key_Space), [this] { togglePlayback(); });
    key(QKeySequence(Qt::Key_Comma), [this] { stepFrames(-1); });
    key(QKeySequence(Qt::Key_Period), [this] { stepFrames(1); });
    // J and L as in most players; the arrows stay free for moving between files.
    key(QKeySequence(Qt::Key_J), [this] { seek(m_player->position() - 5000); });
    key(QKeySequence(Qt::Key_L), [this] { seek(m_player->position() + 5000); });
    setFocusPolicy(Qt::StrongFocus);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(back);
    controls->addWidget(forward);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_video, 1);
    layout->addLayout(controls);

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 d) {
        m_position->setRange(0, int(d));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 p) {
        if (!m_sliderHeld) m_position->setValue(int(p));
        updateTime();
    });
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
            m_play->setIcon(style()->standardIcon(
                s == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
            if (s == QMediaPlayer::PlayingState) {
                ++m_exactRequest;
                m_video->follow();
            } else if (s == QMediaPlayer::PausedState) {
                showExactFrame(m_player->position());
            }
        });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { Q_EMIT failed(message); });
    connect(m_position, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_position, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        seek(m_position->value());
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
    m_path = path;
    m_player->stop();
    m_player->setSource(QUrl::fromLocalFile(path));
    m_position->setValue(0);
    updateTime();
}

void VideoPlayer::stop()
{
    ++m_exactRequest;
    m_path.clear();
    m_player->stop();
    m_player->setSource(QUrl());
    m_video->clear();
}

QImage VideoPlayer::currentFrame() const
{
    return m_video->frame();
}

void VideoPlayer::play()
{
    m_player->play();
}

void VideoPlayer::pause()
{
    m_player->pause();
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
    const double fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    return fps > 0 ? std::max<qint64>(1, qRound64(1000.0 / fps)) : 40;
}

void VideoPlayer::stepFrames(int frames)
{
    pause();
    seek(m_player->position() + frames * frameMs());
}

void VideoPlayer::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(0, m_player->duration()));
    m_player->setPosition(ms);
    if (m_player->playbackState() == QMediaPlayer::PausedState) showExactFrame(ms);
}

void VideoPlayer::showExactFrame(qint64 ms)
{
    if (m_path.isEmpty()) return;
    // The pipeline's frames show until the exact one is decoded, so the picture follows at once.
    m_video->follow();
    const quint64 request = ++m_exactRequest;
    runCatching(
        this,
        [path = m_path, ms] {
            QString error;
            const QImage frame = media::videoFrameAt(path, ms / 1000.0, {}, &error);
            if (frame.isNull()) throw ProcessingError(ErrorCode::InvalidImage, error);
            return frame;
        },
        [this, request](const Outcome<QImage> &outcome) {
            // A newer seek, play or file wins; an undecodable frame leaves the pipeline's.
            if (request != m_exactRequest || !outcome.value) return;
            m_video->hold(*outcome.value);
        });
}

QString VideoPlayer::errorText() const
{
    return m_player->errorString();
}

void VideoPlayer::updateTime()
{
    m_time->setText(
        QStringLiteral("%1 / %2").arg(clock(m_player->position()), clock(m_player->duration())));
}

} // namespace ad::ui
