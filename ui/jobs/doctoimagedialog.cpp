#include "jobs/doctoimagedialog.h"

#include "common/background.h"
#include "common/browsestart.h"
#include "common/error.h"
#include "common/outputfolders.h"
#include "common/spinboxes.h"
#include "document/docformats.h"
#include "jobs/docjob.h"
#include "storage/storage.h"
#include "style/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace ad::ui
{

DocToImageDialog::DocToImageDialog(jobs::JobQueue *queue, const QStringList &documents,
                                   const QString &folder, QWidget *parent)
    : QDialog(parent), m_queue(queue), m_documents(new QListWidget(this)),
      m_onePage(new QRadioButton(tr("&Page:"), this)), m_page(numberBox(1, 5000, 1, this)),
      m_range(new QRadioButton(tr("&Range:"), this)), m_from(numberBox(1, 5000, 1, this)),
      m_to(numberBox(-1, 5000, -1, this)), m_type(new QComboBox(this)),
      m_dpi(numberBox(96, 600, 150, this, tr(" dpi"))),
      m_scale(numberBox(10, 200, 100, this, tr(" %"))), m_quality(numberBox(1, 100, 90, this)),
      m_sheet(numberBox(0, 999, 1, this)), m_password(new QLineEdit(this)),
      m_merge(new QCheckBox(tr("&Merge the pages into one long image (up to 20)"), this)),
      m_destination(new QLineEdit(
          proposedOutputFolder(OutputTool::DocToImages, QStringList(documents) << folder), this)),
      m_pattern(new QLineEdit(this)), m_conflict(new QComboBox(this)),
      m_previewLabel(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("docToImageDialog"));
    setWindowTitle(tr("Documents to Images"));
    m_documents->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_documents->setMinimumHeight(70);
    m_documents->setMaximumHeight(130);
    m_range->setChecked(true);
    m_to->setSpecialValueText(tr("last"));
    m_type->addItem(tr("JPEG"), QStringLiteral("jpg"));
    m_type->addItem(tr("PNG"), QStringLiteral("png"));
    m_type->addItem(tr("PDF (whole document)"), QStringLiteral("pdf"));
    m_sheet->setSpecialValueText(tr("all sheets"));
    m_sheet->setToolTip(tr("Spreadsheets: which sheet to convert"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for protected PDFs"));
    m_destination->setPlaceholderText(tr("a folder, or cos://bucket/prefix, s3://bucket/prefix"));
    m_pattern->setPlaceholderText(
        tr("<name>_${Page}.<ext> — fields: ${Number} ${Page} ${SheetID}"));
    m_conflict->setObjectName(QStringLiteral("conflictPolicy"));
    m_conflict->addItem(tr("Keep both: number the new pages"), int(jobs::ConflictPolicy::Rename));
    m_conflict->addItem(tr("Skip pages whose file exists"), int(jobs::ConflictPolicy::Skip));
    m_conflict->addItem(tr("Replace existing files"), int(jobs::ConflictPolicy::Overwrite));
    m_previewLabel->setObjectName(QStringLiteral("docPreview"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(240, 300);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setText(tr("No document"));
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("Add &Files…"), this);
    auto *addFolder = new QPushButton(tr("Add F&older…"), this);
    auto *remove = new QPushButton(tr("Remo&ve"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        QStringList patterns;
        for (const QString &s : document::docSuffixes())
            patterns << QStringLiteral("*.") + s;
        addDocuments(QFileDialog::getOpenFileNames(
            this, tr("Add Documents"), browseStart(QString()),
            tr("Documents (%1)").arg(patterns.join(QLatin1Char(' ')))));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Add a Folder"), browseStart(QString()));
        if (!dir.isEmpty()) addDocuments(jobs::documentsIn(dir, true));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_documents->selectedItems());
        refreshPreview();
    });
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(addFolder);
    listButtons->addWidget(remove);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_documents, 1);
    listRow->addLayout(listButtons);

    auto *pages = new QGridLayout;
    pages->addWidget(m_onePage, 0, 0);
    pages->addWidget(m_page, 0, 1);
    pages->addWidget(m_range, 1, 0);
    pages->addWidget(m_from, 1, 1);
    pages->addWidget(new QLabel(tr("to"), this), 1, 2);
    pages->addWidget(m_to, 1, 3);
    pages->setColumnStretch(4, 1);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_destination->text());
        if (!dir.isEmpty()) m_destination->setText(dir);
    });
    auto *destRow = new QHBoxLayout;
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Pages:"), pages);
    form->addRow(tr("&Format:"), m_type);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("&Quality:"), m_quality);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_merge);
    auto *destLabel = new QLabel(tr("&Destination:"), this);
    destLabel->setBuddy(m_destination);
    form->addRow(destLabel, destRow);
    form->addRow(tr("&Names:"), m_pattern);
    form->addRow(tr("If a file &exists:"), m_conflict);

    auto *body = new QHBoxLayout;
    body->addLayout(form, 1);
    body->addWidget(m_previewLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DocToImageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *documentsLabel = new QLabel(tr("&Documents:"), this);
    documentsLabel->setBuddy(m_documents);
    layout->addWidget(documentsLabel);
    layout->addLayout(listRow);
    layout->addLayout(body);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The preview follows the current document, its sheet and password (debounced: typing a
    // password must not start a render per key).
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &DocToImageDialog::refreshPreview);
    connect(m_documents, &QListWidget::currentRowChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_password, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_sheet, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(&m_preview, &QFutureWatcher<Preview>::finished, this, [this] {
        const Preview p = m_preview.result();
        m_previewLabel->setToolTip(p.text);
        if (p.image.isNull()) {
            m_previewLabel->setText(p.text);
        } else {
            m_previewLabel->setPixmap(
                QPixmap::fromImage(p.image.scaled(m_previewLabel->size() - QSize(8, 8),
                                                  Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &DocToImageDialog::updateEnabled);
    connect(m_range, &QRadioButton::toggled, this, &DocToImageDialog::updateEnabled);
    addDocuments(documents);
    updateEnabled();
    resize(820, 560);
}

void DocToImageDialog::addDocuments(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (document::docKind(QFileInfo(path).suffix()) == document::DocKind::Unsupported) continue;
        if (!m_documents->findItems(path, Qt::MatchExactly).isEmpty()) continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_documents);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_documents->currentRow() < 0 && m_documents->count() > 0) m_documents->setCurrentRow(0);
    refreshPreview();
}

QStringList DocToImageDialog::documents() const
{
    QStringList list;
    for (int i = 0; i < m_documents->count(); ++i)
        list << m_documents->item(i)->data(Qt::UserRole).toString();
    return list;
}

void DocToImageDialog::setDestination(const QString &location)
{
    m_destination->setText(location);
}

document::DocRequest DocToImageDialog::request() const
{
    document::DocRequest r;
    if (m_range->isChecked()) {
        r.startPage = m_from->value();
        r.endPage = m_to->value() == 0 ? -1 : m_to->value();
    } else {
        r.page = m_page->value();
    }
    r.dstType = m_type->currentData().toString();
    r.imageDpi = m_dpi->value();
    r.scale = m_scale->value();
    r.quality = m_quality->value();
    r.sheet = m_sheet->value();
    r.password = m_password->text();
    r.pagination = m_merge->isChecked();
    return r;
}

void DocToImageDialog::setConflictPolicy(jobs::ConflictPolicy policy)
{
    m_conflict->setCurrentIndex(m_conflict->findData(int(policy)));
}

jobs::ConflictPolicy DocToImageDialog::conflictPolicy() const
{
    return jobs::ConflictPolicy(m_conflict->currentData().toInt());
}

void DocToImageDialog::updateEnabled()
{
    const QString type = m_type->currentData().toString();
    const bool images = type != QLatin1String("pdf");
    for (QWidget *w : {static_cast<QWidget *>(m_dpi), static_cast<QWidget *>(m_scale),
                       static_cast<QWidget *>(m_merge), static_cast<QWidget *>(m_onePage),
                       static_cast<QWidget *>(m_range), static_cast<QWidget *>(m_page),
                       static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)})
        w->setEnabled(images);
    m_quality->setEnabled(type == QLatin1String("jpg"));
    m_page->setEnabled(images && m_onePage->isChecked());
    m_from->setEnabled(images && m_range->isChecked());
    m_to->setEnabled(images && m_range->isChecked());
}

// The current document's first page, small, rendered on a worker thread.
void DocToImageDialog::refreshPreview()
{
    const QListWidgetItem *current = m_documents->currentItem();
    if (!current) {
        m_previewLabel->setPixmap({});
        m_previewLabel->setText(tr("No document"));
        return;
    }
    if (m_preview.isRunning()) { // one render at a time; try again when it ends
        QTimer::singleShot(200, this, &DocToImageDialog::refreshPreview);
        return;
    }
    m_previewLabel->setPixmap({});
    m_previewLabel->setText(tr("Rendering…"));
    document::DocRequest r;
    r.imageDpi = 96;
    r.scale = 40;
    r.quality = 85;
    r.sheet = std::max(1, m_sheet->value());
    r.password = m_password->text();
    const QString path = current->data(Qt::UserRole).toString();
    m_preview.setFuture(background::run([path, r] {
        Preview p;
        try {
            QByteArray bytes;
            const document::DocSummary s =
                document::convertDocument(path, r, [&](const document::DocPage &page) {
                    bytes = page.bytes; // one page: no other thread writes
                });
            p.image = QImage::fromData(bytes);
            p.text = s.totalSheets
                         ? tr("%n page(s) in sheet \"%1\" (of %2 sheets)", nullptr, s.totalPages)
                               .arg(s.sheetName)
                               .arg(s.totalSheets)
                         : tr("%n page(s)", nullptr, s.totalPages);
        } catch (const ProcessingError &e) {
            p.text = localizedText(e.error());
        }
        return p;
    }));
}

void DocToImageDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
}

QString DocToImageDialog::destination() const
{
    return m_destination->text();
}

void DocToImageDialog::accept()
{
    const QString destination = m_destination->text();
    const bool local = !storage::isRemoteLocation(destination);
    if (local && !destination.isEmpty() && !confirmOutputFolder(this, destination, documents())) {
        m_destination->setFocus();
        m_destination->selectAll();
        return;
    }
    try {
        m_submitted = m_queue->submit(jobs::planDocJob(documents(), destination, request(),
                                                       m_pattern->text(), conflictPolicy()));
        if (local) setOutputFolderSetting(OutputTool::DocToImages, destination);
        QDialog::accept();
    } catch (const ProcessingError &e) {
        showError(localizedText(e.error()));
    }
}

} // namespace ad::ui
