#include "videopostersdialog.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "jobs/videopreviewjob.h"
#include "outputfolders.h"
#include "spinboxes.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{

QDoubleSpinBox *secondsBox(double low, double high, double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(2);
    box->setSuffix(VideoPostersDialog::tr(" s"));
    box->setValue(value);
    return box;
}

QHBoxLayout *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title)
{
    auto *browse = new QPushButton(VideoPostersDialog::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, parent, title] {
        const QString chosen = QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!chosen.isEmpty()) edit->setText(chosen);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

} // namespace

VideoPostersDialog::VideoPostersDialog(jobs::JobQueue *queue, const QStringList &selection,
                                       const QString &folder, QWidget *parent)
    : QDialog(parent), m_queue(queue)
{
    setObjectName(QStringLiteral("videoPostersDialog"));
    setWindowTitle(tr("Video Posters & Sprites"));
    for (const QString &path : selection)
        if (assets::kindOfPath(path) == assets::Kind::Video) m_clips << path;

    m_useSelection =
        new QRadioButton(tr("The %n selected clip(s)", nullptr, int(m_clips.size())), this);
    m_useFolder = new QRadioButton(tr("Every clip in a &folder:"), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_useSelection);
    group->addButton(m_useFolder);
    m_folder = new QLineEdit(folder, this);
    m_folder->setObjectName(QStringLiteral("postersSourceFolder"));
    (m_clips.isEmpty() ? m_useFolder : m_useSelection)->setChecked(true);
    m_useSelection->setEnabled(!m_clips.isEmpty());

    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("postersWhat"));
    m_what->addItem(tr("A poster (one frame)"));
    m_what->addItem(tr("A sprite sheet"));
    m_what->addItem(tr("An animated preview"));

    m_options = new QStackedWidget(this);
    auto page = [this] {
        auto *w = new QWidget(m_options);
        auto *form = new QFormLayout(w);
        form->setContentsMargins(0, 0, 0, 0);
        m_options->addWidget(w);
        return form;
    };
    QFormLayout *poster = page();
    m_posterTime = secondsBox(0, 24 * 3600, 1, this);
    m_smart = new QCheckBox(tr("The &best frame instead (black, blank and blurred frames are "
                               "passed over)"),
                            this);
    m_posterWidth = numberBox(0, 4096, 0, this);
    m_posterWidth->setSpecialValueText(tr("the clip's own"));
    m_posterFormat = new QComboBox(this);
    m_posterFormat->addItem(tr("JPEG"), QStringLiteral("jpg"));
    m_posterFormat->addItem(tr("PNG"), QStringLiteral("png"));
    poster->addRow(tr("&Time:"), m_posterTime);
    poster->addRow(QString(), m_smart);
    poster->addRow(tr("&Width:"), m_posterWidth);
    poster->addRow(tr("F&ormat:"), m_posterFormat);
    connect(m_smart, &QCheckBox::toggled, m_posterTime, &QWidget::setDisabled);
    // A fixed time gives a black poster for clips that fade in; a new user expects a picture.
    m_smart->setChecked(true);
    QFormLayout *sprite = page();
    m_spriteCount = numberBox(1, 400, 20, this);
    m_spriteColumns = numberBox(1, 50, 5, this);
    m_spriteWidth = numberBox(16, 1920, 160, this);
    sprite->addRow(tr("&Frames:"), m_spriteCount);
    sprite->addRow(tr("&Columns:"), m_spriteColumns);
    sprite->addRow(tr("Frame &width:"), m_spriteWidth);
    QFormLayout *animation = page();
    m_animationFormat = new QComboBox(this);
    m_animationFormat->addItem(tr("GIF"), QStringLiteral("gif"));
    m_animationFormat->addItem(tr("WebP"), QStringLiteral("webp"));
    m_animationStart = secondsBox(0, 24 * 3600, 0, this);
    m_animationLength = secondsBox(0.1, 60, 3, this);
    m_animationFps = new QDoubleSpinBox(this);
    m_animationFps->setRange(1, 60);
    m_animationFps->setValue(10);
    m_animationWidth = numberBox(128, 4096, 320, this);
    animation->addRow(tr("F&ormat:"), m_animationFormat);
    animation->addRow(tr("&Start:"), m_animationStart);
    animation->addRow(tr("&Length:"), m_animationLength);
    animation->addRow(tr("Frames per &second:"), m_animationFps);
    animation->addRow(tr("&Width:"), m_animationWidth);
    connect(m_what, &QComboBox::currentIndexChanged, m_options, &QStackedWidget::setCurrentIndex);

    m_destination = new QLineEdit(
        proposedOutputFolder(OutputTool::Video, m_clips.isEmpty() ? QStringList{folder} : m_clips),
        this);
    m_destination->setObjectName(QStringLiteral("postersDestination"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("postersMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Clips:"), m_useSelection);
    form->addRow(QString(), m_useFolder);
    form->addRow(QString(), withBrowse(m_folder, this, tr("Folder of Clips")));
    form->addRow(tr("&Make:"), m_what);
    form->addRow(QString(), m_options);
    form->addRow(tr("Output folder:"), withBrowse(m_destination, this, tr("Output Folder")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VideoPostersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_folder, m_destination})
        connect(edit, &QLineEdit::textChanged, this, &VideoPostersDialog::updateState);
    connect(m_useFolder, &QRadioButton::toggled, this, &VideoPostersDialog::updateState);
    updateState();
    resize(600, sizeHint().height());
}

void VideoPostersDialog::setWhat(What what)
{
    m_what->setCurrentIndex(int(what));
}

void VideoPostersDialog::useFolder(const QString &folder)
{
    m_folder->setText(folder);
    m_useFolder->setChecked(true);
}

void VideoPostersDialog::setDestination(const QString &folder)
{
    m_destination->setText(folder);
}

QString VideoPostersDialog::destination() const
{
    return m_destination->text().trimmed();
}

QString VideoPostersDialog::message() const
{
    return m_message->text();
}

QStringList VideoPostersDialog::sources() const
{
    return m_useFolder->isChecked() ? QStringList{m_folder->text().trimmed()} : m_clips;
}

void VideoPostersDialog::updateState()
{
    m_folder->setEnabled(m_useFolder->isChecked());
    const bool folderOk = !m_useFolder->isChecked() || QFileInfo(m_folder->text()).isDir();
    m_message->setText(folderOk ? tr("Each clip gets its own file in the output folder; a name "
                                     "already taken gets a number, and the job's report says "
                                     "so.")
                                : tr("Choose a folder that exists."));
    m_ok->setEnabled(folderOk && !sources().isEmpty() && !destination().isEmpty());
}

void VideoPostersDialog::accept()
{
    jobs::VideoPreviewPlan plan;
    plan.sources = sources();
    plan.destination = destination();
    plan.what = jobs::VideoPreview(m_what->currentIndex());
    plan.poster.time = m_posterTime->value();
    plan.smartPoster = m_smart->isChecked();
    plan.poster.width = m_posterWidth->value();
    plan.poster.format = m_posterFormat->currentData().toString();
    plan.sprite.count = m_spriteCount->value();
    plan.sprite.columns = m_spriteColumns->value();
    plan.sprite.cellWidth = m_spriteWidth->value();
    plan.animation.format = m_animationFormat->currentData().toString();
    plan.animation.seek = m_animationStart->value();
    plan.animation.duration = m_animationLength->value();
    plan.animation.fps = m_animationFps->value();
    plan.animation.width = m_animationWidth->value();
    if (!confirmOutputFolder(this, plan.destination, plan.sources)) return;
    try {
        const jobs::JobSpec spec = jobs::planVideoPreviewJob(plan);
        if (!QDir().mkpath(plan.destination)) {
            m_message->setText(tr("Cannot create the folder %1.").arg(plan.destination));
            return;
        }
        setOutputFolderSetting(OutputTool::Video, plan.destination);
        m_submitted = m_queue->submit(spec);
        QDialog::accept();
    } catch (const ProcessingError &e) {
        m_message->setText(tr("Cannot start: %1").arg(e.error().message));
    }
}

} // namespace ad::ui
