#include "jobs/transcodedialog.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "common/outputfolders.h"
#include "jobs/transcodejob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
constexpr int kPresetRole = Qt::UserRole;
}

TranscodeDialog::TranscodeDialog(jobs::JobQueue *queue, const QStringList &selection,
                                 const QString &folder, QWidget *parent)
    : QDialog(parent), m_queue(queue)
{
    setWindowTitle(tr("Transcode"));
    for (const QString &path : selection) {
        const assets::Kind kind = assets::kindOfPath(path);
        if (kind == assets::Kind::Video || kind == assets::Kind::Audio) m_clips << path;
    }

    m_list = new QListWidget(this);
    for (const QString &clip : std::as_const(m_clips))
        m_list->addItem(QFileInfo(clip).fileName());
    m_list->setMaximumHeight(110);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);

    m_preset = new QComboBox(this);
    auto *model = qobject_cast<QStandardItemModel *>(m_preset->model());
    m_presets = media::builtInPresets();
    try {
        m_presets += media::userPresets();
    } catch (const ProcessingError &) {
        // A damaged presets file leaves the built-ins usable; the CLI names the problem.
    }
    for (const media::TranscodePreset &p : std::as_const(m_presets)) {
        const bool available = media::presetAvailable(p);
        m_preset->addItem(
            available ? tr("%1 — %2").arg(p.name, p.description)
                      : tr("%1 — %2 (no encoder in this FFmpeg)").arg(p.name, p.description),
            p.name);
        if (!available) model->item(m_preset->count() - 1)->setEnabled(false);
    }
    setPreset(QStringLiteral("720p"));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);

    // Never into the folder the clips come from, nor the library (asked before writing there).
    m_destination =
        new QLineEdit(proposedOutputFolder(OutputTool::Transcode,
                                           m_clips.isEmpty() ? QStringList{folder} : m_clips),
                      this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_destination->text());
        if (!chosen.isEmpty()) m_destination->setText(chosen);
    });
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Clips:"), m_list);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(QString(), m_description);
    form->addRow(tr("Output folder:"), destinationRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Transcode"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TranscodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TranscodeDialog::updateState);
    connect(m_destination, &QLineEdit::textChanged, this, &TranscodeDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void TranscodeDialog::setPreset(const QString &name)
{
    const int index = m_preset->findData(name);
    if (index >= 0) m_preset->setCurrentIndex(index);
}

QString TranscodeDialog::preset() const
{
    return m_preset->currentData(kPresetRole).toString();
}

void TranscodeDialog::setDestination(const QString &folder)
{
    m_destination->setText(folder);
}

QString TranscodeDialog::destination() const
{
    return m_destination->text().trimmed();
}

QString TranscodeDialog::message() const
{
    return m_message->text();
}

const media::TranscodePreset *TranscodeDialog::chosen() const
{
    for (const media::TranscodePreset &p : m_presets)
        if (p.name == preset()) return &p;
    return nullptr;
}

void TranscodeDialog::updateState()
{
    const media::TranscodePreset *found = chosen();
    m_description->setText(
        found ? (found->settings.videoEncoders.isEmpty()
                     ? tr("Writes .%1 files with the sound only.").arg(found->extension)
                     : tr("Writes .%1 files; pictures larger than the preset are made smaller, "
                          "smaller ones keep their size.")
                           .arg(found->extension))
              : QString());
    if (m_clips.isEmpty())
        m_message->setText(tr("Select video or sound files in the library first."));
    else
        m_message->setText(tr("%n clip(s) will be transcoded. Existing files are kept: new "
                              "ones get a number.",
                              nullptr, int(m_clips.size())));
    m_ok->setEnabled(!m_clips.isEmpty() && found && !destination().isEmpty());
}

void TranscodeDialog::accept()
{
    try {
        const media::TranscodePreset *found = chosen();
        if (!found || m_clips.isEmpty()) return;
        if (!confirmOutputFolder(this, destination(), m_clips)) return;
        if (!QDir().mkpath(destination())) {
            m_message->setText(tr("Cannot create the folder %1.").arg(destination()));
            return;
        }
        jobs::TranscodePlan plan;
        plan.sources = m_clips;
        plan.destination = destination();
        plan.preset = *found;
        m_submitted = m_queue->submit(jobs::planTranscodeJob(plan));
        setOutputFolderSetting(OutputTool::Transcode, destination());
        QDialog::accept();
    } catch (const ProcessingError &e) {
        m_message->setText(tr("Cannot transcode: %1").arg(e.error().message));
    }
}

} // namespace ad::ui
