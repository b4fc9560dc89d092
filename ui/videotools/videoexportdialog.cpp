#include "videotools/videoexportdialog.h"

#include "common/asyncrun.h"
#include "common/outputfolders.h"
#include "common/spinboxes.h"
#include "jobs/nametemplate.h"
#include "media/trim.h"
#include "media/videoexport.h"
#include "videotools/videooptions.h"
#include "viewers/videoplayer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{

// Times read as the player's clock reads them, so the two never disagree.
QString clockText(double seconds)
{
    return VideoPlayer::clockText(qRound64(seconds * 1000));
}

// A time in a file name: readable, and legal on every file system (no colon): "1.600s",
// "2m05.040s", "1h02m05.040s".
QString nameTime(double seconds)
{
    const qint64 ms = std::max<qint64>(0, qRound64(seconds * 1000));
    const qint64 h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60;
    const QString rest = QStringLiteral("%1s").arg(QStringLiteral("%1.%2")
                                                       .arg(s, h || m ? 2 : 1, 10, QLatin1Char('0'))
                                                       .arg(ms % 1000, 3, 10, QLatin1Char('0')));
    if (h) return QStringLiteral("%1h%2m%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(rest);
    if (m) return QStringLiteral("%1m%2").arg(m).arg(rest);
    return rest;
}

// What the work says, and whether it wrote the file.
struct Saved {
    Saved(QString text, bool written = true) : text(std::move(text)), written(written) {}
    QString text;
    bool written;
};

} // namespace

VideoExportDialog::VideoExportDialog(Mode mode, const QString &clip, double seconds, double until,
                                     QWidget *parent)
    : QDialog(parent), m_mode(mode), m_clip(clip), m_seconds(seconds),
      m_output(new QLineEdit(this)), m_message(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("videoExportDialog"));
    const QString name = QFileInfo(clip).fileName();
    auto *form = new QFormLayout;
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("videoExportIntro"));
    intro->setWordWrap(true);
    switch (mode) {
    case Mode::Frame: {
        setWindowTitle(tr("Save Frame"));
        intro->setText(tr("Saves the frame shown at %1 of %2 at the clip's full size.")
                           .arg(clockText(seconds), name));
        m_process = new QLineEdit(this);
        m_process->setObjectName(QStringLiteral("processString"));
        m_process->setReadOnly(true);
        auto *copy = new QPushButton(tr("&Copy"), this);
        copy->setObjectName(QStringLiteral("copyProcessString"));
        connect(copy, &QPushButton::clicked, this,
                [this] { QApplication::clipboard()->setText(m_process->text()); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_process, 1);
        row->addWidget(copy);
        // Said in words: the string is for whoever asks the cloud (or the local endpoint).
        auto *what = new QLabel(tr("The same frame as a Cloud Infinite processing string:"), this);
        what->setObjectName(QStringLiteral("processStringLabel"));
        what->setWordWrap(true);
        what->setBuddy(m_process);
        form->addRow(what);
        form->addRow(row);
        connect(m_output, &QLineEdit::textChanged, this, [this] {
            const QString suffix = QFileInfo(output()).suffix().toLower();
            m_process->setText(media::saveFrameProcessString(
                m_seconds, suffix == QLatin1String("png") ? suffix : QStringLiteral("jpg")));
            m_process->setCursorPosition(0); // its start says what it is: ci-process=snapshot
        });
        break;
    }
    case Mode::Trim:
        setWindowTitle(tr("Trim"));
        intro->setText(tr("Writes the part of %1 between the in and out points to a new file; "
                          "the clip itself is not changed.")
                           .arg(name));
        m_from = secondsBox(0, 24 * 3600, seconds, 3, this);
        m_to = secondsBox(0, 24 * 3600, until > seconds ? until : seconds + 5, 3, this);
        m_exact = new QCheckBox(tr("&Exact cut (re-encodes as H.264 MP4; slower)"), this);
        form->addRow(tr("&In point:"), m_from);
        form->addRow(tr("&Out point:"), m_to);
        form->addRow(QString(), m_exact);
        {
            auto *how = new QLabel(this);
            how->setWordWrap(true);
            const auto explain = [this, how] {
                how->setText(m_exact->isChecked()
                                 ? tr("The new clip starts and ends on the frames you chose.")
                                 : tr("The clip's data is copied without re-encoding, so cuts "
                                      "fall on key frames: the start moves back to the key frame "
                                      "at or before the in point and the end on to the one at or "
                                      "after the out point."));
                m_output->setText(defaultName());
            };
            connect(m_exact, &QCheckBox::toggled, this, explain);
            explain();
            form->addRow(QString(), how);
        }
        break;
    case Mode::Sprite:
        setWindowTitle(tr("Make Sprite Sheet"));
        intro->setText(tr("Evenly spaced frames of %1 on one picture, for scrub bars and "
                          "overviews.")
                           .arg(name));
        m_sprite = std::make_unique<SpriteOptions>(form, this);
        break;
    case Mode::Animation:
        setWindowTitle(tr("Make Animated Preview"));
        intro->setText(tr("A short animated picture of %1.").arg(name));
        m_animation = std::make_unique<AnimationOptions>(form, seconds, until, this);
        m_format = m_animation->format();
        connect(m_format, &QComboBox::currentIndexChanged, this,
                [this] { m_output->setText(defaultName()); });
        break;
    }

    m_output->setObjectName(QStringLiteral("videoExportOutput"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        // The file dialog asks before replacing; the core then refuses an existing file anyway.
        const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), output());
        if (!chosen.isEmpty()) m_output->setText(chosen);
    });
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    form->addRow(tr("Save as:"), outputRow);
    if (m_output->text().isEmpty()) m_output->setText(defaultName());

    m_message->setObjectName(QStringLiteral("videoExportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_showFolder = buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_showFolder->setObjectName(QStringLiteral("showInFolderButton"));
    // Disabled rather than hidden: the button box shows every button again when it lays them
    // out. Never the default: Enter saves.
    m_showFolder->setEnabled(false);
    m_showFolder->setAutoDefault(false);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastWritten).absolutePath()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &VideoExportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &VideoExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

VideoExportDialog::~VideoExportDialog()
{
    if (m_cancelled) *m_cancelled = true;
}

namespace
{
// Each mode remembers a folder of its own: frames, trims and previews are different work.
OutputTool outputTool(VideoExportDialog::Mode mode)
{
    using Mode = VideoExportDialog::Mode;
    switch (mode) {
    case Mode::Frame:
        return OutputTool::VideoFrames;
    case Mode::Trim:
        return OutputTool::VideoTrims;
    case Mode::Sprite:
        return OutputTool::VideoSprites;
    case Mode::Animation:
        break;
    }
    return OutputTool::VideoAnimations;
}
} // namespace

QString VideoExportDialog::defaultName() const
{
    const QFileInfo info(m_clip);
    const QString base = info.completeBaseName();
    // ASCII words whatever the interface language, as Tools > Video Posters and Sprites names
    // its outputs (docs/decisions.md).
    QString name;
    switch (m_mode) {
    case Mode::Frame:
        name = QStringLiteral("%1-frame-%2.jpg").arg(base, nameTime(m_seconds));
        break;
    case Mode::Trim:
        name = QStringLiteral("%1-trim.%2")
                   .arg(base, m_exact && m_exact->isChecked() ? QStringLiteral("mp4")
                                                              : info.suffix().toLower());
        break;
    case Mode::Sprite:
        name = base + QStringLiteral("-sprite.jpg");
        break;
    case Mode::Animation:
        name = base + QLatin1Char('.') +
               (m_format ? m_format->currentData().toString() : QStringLiteral("gif"));
        break;
    }
    const QString folder = proposedOutputFolder(outputTool(m_mode), {m_clip});
    const QString planned = QDir(folder).filePath(name);
    QString free = planned;
    for (int n = 1; QFileInfo::exists(free); ++n)
        free = jobs::withCounter(planned, n);
    return free;
}

void VideoExportDialog::setOutput(const QString &path)
{
    m_output->setText(path);
}

QString VideoExportDialog::output() const
{
    return m_output->text().trimmed();
}

QString VideoExportDialog::processString() const
{
    return m_process ? m_process->text() : QString();
}

QString VideoExportDialog::message() const
{
    return m_message->text();
}

void VideoExportDialog::setExactCut(bool exact)
{
    if (m_exact) m_exact->setChecked(exact);
}

void VideoExportDialog::setAnimationFormat(const QString &format)
{
    if (m_format) m_format->setCurrentIndex(m_format->findData(format));
}

void VideoExportDialog::start()
{
    if (m_running) return;
    const QString target = output();
    if (target.isEmpty()) return;
    if (QFileInfo::exists(target)) {
        m_message->setText(tr("%1 exists already. Choose another name: AssetDesk does not "
                              "replace files.")
                               .arg(QFileInfo(target).fileName()));
        return;
    }
    // Into the clip's own folder or the library only when the user says so.
    if (!confirmOutputFolder(this, QFileInfo(target).absolutePath(), {m_clip})) return;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        m_message->setText(
            tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath()));
        return;
    }
    setOutputFolderSetting(outputTool(m_mode), QFileInfo(target).absolutePath());
    m_running = true;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_save->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, m_mode == Mode::Trim ? 1000 : 0); // only a trim knows how far it is
    m_progress->setValue(0);
    m_message->setText(tr("Working…"));
    const QString clip = m_clip;
    const auto cancelled = m_cancelled;
    const Mode mode = m_mode;
    const double seconds = m_seconds;
    media::TrimRequest trim;
    media::SpriteRequest sprite;
    media::AnimationRequest animation;
    if (m_mode == Mode::Trim) trim = {m_from->value(), m_to->value(), m_exact->isChecked()};
    if (m_sprite) sprite = m_sprite->request();
    if (m_animation) animation = m_animation->request();
    QPointer<QProgressBar> bar = m_progress;
    const media::TranscodeProgress progress = [bar](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (bar && total > 0) bar->setValue(int(1000 * std::min(done, total) / total));
        });
    };
    runCatching(
        this,
        [clip, target, mode, seconds, trim, sprite, animation, cancelled, progress]() -> Saved {
            switch (mode) {
            case Mode::Frame: {
                const QSize size = media::saveFrame(clip, seconds, target);
                return tr("Saved %1 (%2 × %3).")
                    .arg(QFileInfo(target).fileName())
                    .arg(size.width())
                    .arg(size.height());
            }
            case Mode::Trim: {
                media::TrimOutcome cut;
                try {
                    cut = media::trimFile(clip, target, trim, *cancelled, progress);
                } catch (const media::NoKeyFrameInRange &e) {
                    return {tr("Nothing was written: the clip has no key frame between %1 and "
                               "%2, so a copy without re-encoding would hold %3 to %4 instead "
                               "of the part you chose. Tick Exact cut and save again to re-encode "
                               "just that part.")
                                .arg(clockText(trim.from), clockText(trim.to),
                                     clockText(e.copyFrom), clockText(e.copyTo)),
                            false};
                }
                return cut.reencoded
                           ? tr("Saved %1: %2 to %3, re-encoded.")
                                 .arg(QFileInfo(target).fileName(), clockText(cut.from),
                                      clockText(cut.to))
                           : tr("Saved %1: %2 to %3, copied without re-encoding (cut on key "
                                "frames).")
                                 .arg(QFileInfo(target).fileName(), clockText(cut.from),
                                      clockText(cut.to));
            }
            case Mode::Sprite:
                media::saveSpriteSheet(clip, sprite, target);
                break;
            case Mode::Animation:
                media::saveAnimatedPreview(clip, animation, target);
                break;
            }
            return tr("Saved %1.").arg(QFileInfo(target).fileName());
        },
        [this](const Outcome<Saved> &outcome) {
            if (outcome.value) {
                done(outcome.value->written, outcome.value->text);
                // Refused for want of a key frame: the way on is the Exact cut box.
                if (!outcome.value->written && m_exact) m_exact->setFocus();
            } else if (*m_cancelled)
                done(false, tr("Cancelled; nothing was written."));
            else
                done(false, tr("Could not save: %1").arg(outcome.message));
        });
}

void VideoExportDialog::done(bool written, const QString &text)
{
    m_running = false;
    m_progress->setVisible(false);
    m_save->setEnabled(true);
    m_save->setDefault(true);
    m_message->setText(text);
    if (written) {
        // The dialog stays for another (never over this one); where this one went is a click away.
        m_lastWritten = output();
        m_output->setText(defaultName());
        m_showFolder->setEnabled(true);
        m_close->setText(tr("Close"));
    }
    Q_EMIT finished(written);
}

void VideoExportDialog::cancel()
{
    if (m_cancelled) *m_cancelled = true;
}

void VideoExportDialog::reject()
{
    // A trim stops at its next packet and leaves nothing behind; the short jobs (a frame, a
    // sheet, a preview) finish first so a file is never written after its dialog is gone.
    if (m_running) {
        cancel();
        m_message->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace ad::ui
