#include "jobs/batchdialog.h"

#include "common/error.h"
#include "common/outputfolders.h"
#include "jobs/cloudbatch.h"
#include "jobs/jobqueue.h"
#include "storage/storage.h"
#include "style/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title,
                    const QString &browseText)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(browseText, row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, parent, title] {
        const QString dir = QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!dir.isEmpty()) edit->setText(dir);
    });
    return row;
}

QStringList globs(const QLineEdit *edit)
{
    return edit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

BatchDialog::BatchDialog(jobs::JobQueue *queue, const QStringList &selection, const QString &folder,
                         QWidget *parent)
    : QDialog(parent), m_queue(queue), m_selection(selection),
      m_useSelection(new QRadioButton(this)), m_useFolder(new QRadioButton(tr("&Folder:"), this)),
      m_folder(new QLineEdit(folder, this)),
      m_recursive(new QCheckBox(tr("Include &subfolders"), this)), m_include(new QLineEdit(this)),
      m_exclude(new QLineEdit(this)), m_styles(new QPlainTextEdit(this)),
      // Outputs stay out of the library: locally a folder outside the sources is proposed.
      m_destination(new QLineEdit(
          storage::isRemoteLocation(folder)
              ? storage::joinLocation(folder, QStringLiteral("processed/"))
              : proposedOutputFolder(OutputTool::Batch, QStringList(selection) << folder),
          this)),
      m_template(new QLineEdit(this)), m_conflict(new QComboBox(this)),
      m_cloud(new QCheckBox(tr("Run in the &cloud"), this)), m_rate(new QSpinBox(this)),
      m_plan(new QTreeWidget(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Batch Process"));
    m_useSelection->setText(tr("&Selected files (%n)", nullptr, int(selection.size())));
    m_useSelection->setEnabled(!selection.isEmpty());
    (selection.isEmpty() ? m_useFolder : m_useSelection)->setChecked(true);
    m_folder->setPlaceholderText(tr("a folder, or cos://bucket/prefix, s3://bucket/prefix"));
    m_destination->setPlaceholderText(tr("a folder, or cos://bucket/prefix, s3://bucket/prefix"));
    m_include->setPlaceholderText(tr("e.g. *.jpg *.png (empty: all images)"));
    m_exclude->setPlaceholderText(tr("e.g. *_small.*"));
    m_styles->setPlaceholderText(
        tr("One processing string per line, e.g. imageMogr2/thumbnail/1200x/format/webp"));
    m_styles->setTabChangesFocus(true);
    m_template->setPlaceholderText(
        tr("{name}.{ext} — fields: {name} {ext} {style} {index} {date} {dir}"));
    m_conflict->addItem(tr("Rename the new file"), QStringLiteral("rename"));
    m_conflict->addItem(tr("Skip"), QStringLiteral("skip"));
    m_conflict->addItem(tr("Overwrite"), QStringLiteral("overwrite"));
    m_folder->setObjectName(QStringLiteral("sourceFolder"));
    m_cloud->setObjectName(QStringLiteral("runInCloud"));
    m_rate->setObjectName(QStringLiteral("cloudRate"));
    m_rate->setRange(1, jobs::kCloudMaxRequestRate);
    m_rate->setValue(jobs::kCloudMaxRequestRate);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setToolTip(tr("How many objects a second are sent to the cloud (at most %1, the "
                          "cloud's limit)")
                           .arg(jobs::kCloudMaxRequestRate));
    m_plan->setHeaderLabels({tr("Source"), tr("Output"), tr("Action")});
    m_plan->setRootIsDecorated(false);
    m_plan->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Sources:"), m_useSelection);
    form->addRow(m_useFolder, withBrowse(m_folder, this, tr("Source Folder"), tr("Browse…")));
    form->addRow(QString(), m_recursive);
    form->addRow(tr("&Include:"), m_include);
    form->addRow(tr("E&xclude:"), m_exclude);
    form->addRow(tr("S&tyles:"), m_styles);
    form->addRow(tr("&Destination:"),
                 withBrowse(m_destination, this, tr("Destination Folder"), tr("Browse…")));
    form->addRow(tr("&Names:"), m_template);
    form->addRow(tr("If the output &exists:"), m_conflict);
    auto *cloudRow = new QHBoxLayout;
    cloudRow->addWidget(m_cloud);
    cloudRow->addWidget(m_rate);
    cloudRow->addStretch(1);
    form->addRow(QString(), cloudRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *dry = buttons->addButton(tr("&Preview (Dry Run)"), QDialogButtonBox::ActionRole);
    QPushButton *start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(dry, &QPushButton::clicked, this, &BatchDialog::preview);
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_folder, &QLineEdit::textChanged, this, &BatchDialog::updateCloud);
    connect(m_useFolder, &QRadioButton::toggled, this, &BatchDialog::updateCloud);
    connect(m_cloud, &QCheckBox::toggled, this, &BatchDialog::updateCloud);
    updateCloud();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 620);
}

void BatchDialog::setStyles(const QStringList &styles)
{
    m_styles->setPlainText(styles.join(QLatin1Char('\n')));
}

void BatchDialog::setDestination(const QString &folder)
{
    m_destination->setText(folder);
}

jobs::BatchRequest BatchDialog::request() const
{
    jobs::BatchRequest r;
    r.sources = m_useSelection->isChecked() ? m_selection : QStringList{m_folder->text()};
    r.recursive = m_recursive->isChecked();
    r.include = globs(m_include);
    r.exclude = globs(m_exclude);
    for (const QString &line : m_styles->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) r.styles << line.trimmed();
    }
    r.destination = m_destination->text();
    r.nameTemplate = m_template->text().trimmed();
    r.conflict = *jobs::conflictPolicyFromName(m_conflict->currentData().toString());
    r.styleLookup = m_lookup;
    return r;
}

bool BatchDialog::runsInCloud() const
{
    return m_cloud->isEnabled() && m_cloud->isChecked();
}

void BatchDialog::updateCloud()
{
    const QStringList sources = request().sources;
    const bool cos =
        !sources.isEmpty() && std::all_of(sources.begin(), sources.end(), [](const QString &s) {
            return s.trimmed().startsWith(QLatin1String("cos://"));
        });
    m_cloud->setEnabled(cos);
    m_cloud->setToolTip(
        cos ? tr("Tencent Cloud Infinite processes each object where it is, and writes the "
                 "results under the destination prefix in the same bucket. No picture crosses "
                 "your network; the report lists each result's size and ETag.")
            : tr("Available when the source is in a COS bucket (cos://bucket/prefix): only the "
                 "cloud can process objects where they are."));
    m_rate->setEnabled(runsInCloud());
}

jobs::JobSpec BatchDialog::plan() const
{
    return runsInCloud() ? jobs::planCloudBatch(request(), m_rate->value())
                         : jobs::planBatch(request());
}

void BatchDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
}

bool BatchDialog::preview()
{
    m_plan->clear();
    try {
        const jobs::JobSpec spec = plan();
        int writes = 0;
        int requests = 0;
        for (const jobs::ItemPlan &item : spec.items) {
            const bool skip = item.state == jobs::ItemState::Skipped;
            requests += skip ? 0 : 1;
            // A cloud request writes up to 5 outputs, one a line.
            for (const QString &target : item.target.split(QLatin1Char('\n'))) {
                writes += skip ? 0 : 1;
                new QTreeWidgetItem(m_plan, {QFileInfo(item.source).fileName(), target,
                                             skip ? tr("Skip (%1)").arg(item.note) : tr("Write")});
            }
        }
        m_message->setStyleSheet(QString());
        m_message->setText(
            runsInCloud()
                ? tr("%n output(s) would be written by the cloud in %1 request(s); nothing has "
                     "been sent yet.",
                     nullptr, writes)
                      .arg(requests)
                : tr("%n output(s) would be written; nothing has been written yet.", nullptr,
                     writes));
        return true;
    } catch (const ProcessingError &e) {
        showError(localizedText(e.error()));
        return false;
    }
}

void BatchDialog::accept()
{
    const jobs::BatchRequest r = request();
    const bool local = !storage::isRemoteLocation(r.destination);
    if (local && !confirmOutputFolder(this, r.destination, r.sources)) {
        m_destination->setFocus();
        m_destination->selectAll();
        return;
    }
    try {
        m_submitted = m_queue->submit(plan());
        if (local) setOutputFolderSetting(OutputTool::Batch, r.destination);
        QDialog::accept();
    } catch (const ProcessingError &e) {
        showError(localizedText(e.error()));
    }
}

} // namespace ad::ui
