#include "videotools/videopostersdialog.h"

#include "assets/assetkind.h"
#include "common/asyncrun.h"
#include "common/error.h"
#include "common/outputfolders.h"
#include "common/spinboxes.h"
#include "jobs/videopreviewjob.h"
#include "storage/storage.h"
#include "videotools/videooptions.h"

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
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{

// Posters, sprite sheets and animated previews each have their own folder in Preferences.
OutputTool toolFor(VideoPostersDialog::What what)
{
    switch (what) {
    case VideoPostersDialog::What::Sprite:
        return OutputTool::VideoSprites;
    case VideoPostersDialog::What::Animation:
        return OutputTool::VideoAnimations;
    case VideoPostersDialog::What::Poster:
        break;
    }
    return OutputTool::VideoPosters;
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

const QString kLastWhatKey = QStringLiteral("videoPosters/lastKind");

} // namespace

VideoPostersDialog::VideoPostersDialog(jobs::JobQueue *queue, const QStringList &selection,
                                       const QString &folder, QWidget *parent)
    : QDialog(parent), m_queue(queue)
{
    setObjectName(QStringLiteral("videoPostersDialog"));
    setWindowTitle(tr("Video Posters and Sprites"));
    for (const QString &path : selection)
        if (assets::kindOfPath(path) == assets::Kind::Video) m_clips << path;

    m_useSelection =
        new QRadioButton(tr("The %n selected clip(s)", nullptr, int(m_clips.size())), this);
    m_useFolder = new QRadioButton(tr("Every clip in a &folder:"), this);
    m_usePrefix = new QRadioButton(tr("Every clip under a &bucket prefix:"), this);
    m_usePrefix->setObjectName(QStringLiteral("postersUsePrefix"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_useSelection);
    group->addButton(m_useFolder);
    group->addButton(m_usePrefix);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("postersSourcePrefix"));
    m_prefix->setPlaceholderText(tr("s3://bucket/folder/ or cos://bucket/folder/"));
    m_prefix->setToolTip(tr("Each clip is downloaded once, as it is reached, into the cache the "
                            "viewers share; folders below the prefix are not included."));
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
    m_posterTime = secondsBox(0, 24 * 3600, 1, 2, this);
    m_smart = new QCheckBox(tr("The &best frame instead (black, blank and blurred frames are "
                               "passed over)"),
                            this);
    m_posterWidth = numberBox(0, 4096, 0, this, tr(" px"));
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
    m_sprite = std::make_unique<SpriteOptions>(page(), this);
    m_animation = std::make_unique<AnimationOptions>(page(), 0, -1, this);
    connect(m_what, &QComboBox::currentIndexChanged, m_options, &QStackedWidget::setCurrentIndex);

    m_destination = new QLineEdit(proposedFolder(What::Poster), this);
    m_destination->setObjectName(QStringLiteral("postersDestination"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("postersMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Clips:"), m_useSelection);
    form->addRow(QString(), m_useFolder);
    form->addRow(QString(), withBrowse(m_folder, this, tr("Folder of Clips")));
    form->addRow(QString(), m_usePrefix);
    form->addRow(QString(), m_prefix);
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

    connect(m_what, &QComboBox::currentIndexChanged, this, &VideoPostersDialog::followWhat);
    m_shownWhat = What::Poster;
    for (QLineEdit *edit : {m_folder, m_prefix, m_destination})
        connect(edit, &QLineEdit::textChanged, this, &VideoPostersDialog::updateState);
    for (QRadioButton *choice : {m_useFolder, m_usePrefix})
        connect(choice, &QRadioButton::toggled, this, &VideoPostersDialog::updateState);
    // It opens on the kind made last time, with that kind's folder.
    m_what->setCurrentIndex(
        std::clamp(QSettings().value(kLastWhatKey).toInt(), 0, m_what->count() - 1));
    updateState();
    resize(600, sizeHint().height());
}

VideoPostersDialog::~VideoPostersDialog() = default;

void VideoPostersDialog::setWhat(What what)
{
    m_what->setCurrentIndex(int(what));
}

void VideoPostersDialog::useFolder(const QString &folder)
{
    m_folder->setText(folder);
    m_useFolder->setChecked(true);
}

void VideoPostersDialog::usePrefix(const QString &location)
{
    m_prefix->setText(location);
    m_usePrefix->setChecked(true);
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

QString VideoPostersDialog::proposedFolder(What what) const
{
    return proposedOutputFolder(toolFor(what),
                                m_clips.isEmpty() ? QStringList{m_folder->text()} : m_clips);
}

void VideoPostersDialog::followWhat()
{
    const What what = What(m_what->currentIndex());
    // A folder the user chose stays; the one proposed for the previous kind is replaced.
    if (destination() == proposedFolder(m_shownWhat)) m_destination->setText(proposedFolder(what));
    m_shownWhat = what;
}

QStringList VideoPostersDialog::sources() const
{
    if (m_usePrefix->isChecked()) return {m_prefix->text().trimmed()};
    return m_useFolder->isChecked() ? QStringList{m_folder->text().trimmed()} : m_clips;
}

void VideoPostersDialog::updateState()
{
    if (m_planning) return;
    m_folder->setEnabled(m_useFolder->isChecked());
    m_prefix->setEnabled(m_usePrefix->isChecked());
    const bool folderOk = !m_useFolder->isChecked() || QFileInfo(m_folder->text()).isDir();
    const bool prefixOk =
        !m_usePrefix->isChecked() || storage::isRemoteLocation(m_prefix->text().trimmed());
    m_message->setText(!folderOk   ? tr("Choose a folder that exists.")
                       : !prefixOk ? tr("Enter a bucket location such as s3://bucket/folder/ "
                                        "(the connection's credentials are used).")
                                   : tr("Each clip gets its own file in the output folder; a "
                                        "name already taken gets a number, and the job's report "
                                        "says so."));
    m_ok->setEnabled(folderOk && prefixOk && !sources().isEmpty() && !destination().isEmpty());
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
    plan.sprite = m_sprite->request();
    plan.animation = m_animation->request();
    if (!confirmOutputFolder(this, plan.destination, plan.sources)) return;
    if (!m_usePrefix->isChecked()) {
        try {
            submit(jobs::planVideoPreviewJob(plan), plan.destination, What(plan.what));
        } catch (const ProcessingError &e) {
            m_message->setText(tr("Cannot start: %1").arg(e.error().message));
        }
        return;
    }
    // Listing a prefix goes over the network: off the GUI thread, the form held meanwhile.
    m_planning = true;
    m_ok->setEnabled(false);
    m_message->setText(tr("Looking for clips under %1…").arg(plan.sources.first()));
    runCatching(
        this, [plan] { return jobs::planVideoPreviewJob(plan); },
        [this, destination = plan.destination,
         what = What(plan.what)](const Outcome<jobs::JobSpec> &outcome) {
            m_planning = false;
            updateState();
            if (outcome.value)
                submit(*outcome.value, destination, what);
            else
                m_message->setText(tr("Cannot start: %1").arg(outcome.message));
        });
}

void VideoPostersDialog::submit(const jobs::JobSpec &spec, const QString &destination, What what)
{
    if (!QDir().mkpath(destination)) {
        m_message->setText(tr("Cannot create the folder %1.").arg(destination));
        return;
    }
    setOutputFolderSetting(toolFor(what), destination);
    QSettings().setValue(kLastWhatKey, int(what));
    m_submitted = m_queue->submit(spec);
    QDialog::accept();
}

} // namespace ad::ui
