#include "watermark/watermarkembedpage.h"

#include "buckets/cloudplacebox.h"
#include "common/asyncrun.h"
#include "common/browsestart.h"
#include "common/fittedpicture.h"
#include "common/outputfolders.h"
#include "imaging/blind/attacks.h"
#include "imaging/blind/blindwatermark.h"
#include "imaging/executor.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "jobs/nametemplate.h"
#include "storage/atomicfile.h"
#include "storage/cloudmark.h"
#include "storage/objecturl.h"
#include "storage/profiles.h"
#include "storage/storage.h"
#include "style/values.h"
#include "watermark/blindmarkform.h"
#include "watermark/pictureproblem.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ad::ui
{

namespace
{
struct Embedded {
    QImage preview;
    QImage difference; // the mark itself, amplified
    double psnr = 0;
    QSize size;
    qint64 bytes = 0;
};

QWidget *fileRow(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

QString markedName(const QString &source, const QString &folder)
{
    const QFileInfo fi(source);
    return QDir(folder).filePath(fi.completeBaseName() + QStringLiteral("-marked.") + fi.suffix());
}

// The marked copy's key: beside an object, or under the upload prefix for a local picture.
QString markedKey(const QString &source, const QString &prefix)
{
    if (storage::isRemoteLocation(source)) {
        try {
            const QString key = storage::parseObjectUrl(source).key;
            return markedName(key, QFileInfo(key).path());
        } catch (const ProcessingError &) {
            return {};
        }
    }
    QString folder = prefix;
    if (!folder.isEmpty() && !folder.endsWith(QLatin1Char('/'))) folder += QLatin1Char('/');
    const QFileInfo fi(source);
    return folder + QStringLiteral("marked/") + fi.completeBaseName() + QStringLiteral("-marked.") +
           fi.suffix();
}

struct CloudEmbedded {
    storage::CloudEmbedding result;
    QImage preview; // of the local copy, when one was saved
};
} // namespace

WatermarkEmbedPage::WatermarkEmbedPage(std::function<void(const QString &)> batch, QWidget *parent)
    : QWidget(parent), m_batch(std::move(batch)), m_source(new QLineEdit(this)),
      m_output(new QLineEdit(this)), m_resultKey(new QLineEdit(this)),
      m_saveCopy(new QLineEdit(this)), m_files(new QFormLayout),
      m_form(new BlindMarkForm(BlindMarkForm::Mode::Embed, this)), m_rule(new QLineEdit(this)),
      m_embed(new QPushButton(tr("&Embed"), this)),
      m_batchButton(new QPushButton(tr("Embed in &Batch…"), this)),
      m_showFolder(new QPushButton(tr("Show in &Folder"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_busy(new QProgressBar(this)),
      m_status(new QLabel(this)), m_result(new FittedPicture(this)),
      m_difference(new FittedPicture(this)), m_resultCaption(new QLabel(this)),
      m_differenceCaption(new QLabel(this))
{
    setObjectName(QStringLiteral("watermarkEmbed"));
    m_source->setObjectName(QStringLiteral("blindSource"));
    m_source->setPlaceholderText(tr("the picture to mark"));
    m_output->setPlaceholderText(tr("where the marked copy goes (the original is kept)"));
    m_resultKey->setObjectName(QStringLiteral("resultKey"));
    m_resultKey->setPlaceholderText(tr("the marked copy's key in the bucket"));
    m_saveCopy->setObjectName(QStringLiteral("saveCopy"));
    m_saveCopy->setPlaceholderText(tr("leave empty to keep the marked copy in the bucket only"));
    m_cancel->setObjectName(QStringLiteral("cancelCloud"));
    m_cancel->setVisible(false);
    m_rule->setObjectName(QStringLiteral("blindRule"));
    m_rule->setReadOnly(true);
    m_rule->setToolTip(tr("The processing string: use it in styles, batches or the cloud"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_status->setWordWrap(true);
    for (QLabel *l : {m_result, m_difference})
        l->setAlignment(Qt::AlignCenter);
    m_embed->setDefault(true);
    m_embed->setToolTip(tr("Ctrl+Return"));

    auto *browseSource = new QPushButton(tr("Br&owse…"), this);
    connect(browseSource, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Picture to Mark"),
                                                          browseStart(m_source->text()));
        if (!path.isEmpty()) setSource(path);
    });
    auto *browseOutput = new QPushButton(tr("Sa&ve As…"), this);
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Marked Copy"), m_output->text());
        if (!path.isEmpty()) m_output->setText(path);
    });
    auto *browseCopy = new QPushButton(tr("Save &As…"), this);
    connect(browseCopy, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Local Copy of the Marked Picture"), m_saveCopy->text());
        if (!path.isEmpty()) m_saveCopy->setText(path);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled) m_cancelled->store(true);
        m_status->setText(tr("Cancelling…"));
    });
    auto *copy = new QPushButton(tr("&Copy"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_rule->text()); });

    m_files->addRow(tr("&Picture:"), fileRow(m_source, browseSource, this));
    m_files->addRow(tr("O&utput:"), fileRow(m_output, browseOutput, this));
    m_files->addRow(tr("&Key in bucket:"), m_resultKey);
    m_files->addRow(tr("Save a cop&y to:"), fileRow(m_saveCopy, browseCopy, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_files);
    layout->addWidget(m_form);
    auto *ruleRow = new QFormLayout;
    ruleRow->addRow(tr("Processing:"), fileRow(m_rule, copy, this));
    m_form->lineUpWith({m_files, ruleRow});
    layout->addLayout(ruleRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy, 1);
    buttons->addStretch();
    buttons->addWidget(m_showFolder);
    buttons->addWidget(m_batchButton);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_embed);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    auto *pictures = new QGridLayout;
    pictures->addWidget(m_result, 0, 0);
    pictures->addWidget(m_difference, 0, 1);
    pictures->addWidget(m_resultCaption, 1, 0, Qt::AlignHCenter);
    pictures->addWidget(m_differenceCaption, 1, 1, Qt::AlignHCenter);
    // The previews shrink when the window is short (the form's messages keep their lines) and
    // never grow past their size, so each caption stays under its picture.
    layout->addLayout(pictures);
    layout->addStretch(1);

    connect(m_form, &BlindMarkForm::changed, this, &WatermarkEmbedPage::refresh);
    connect(m_source, &QLineEdit::textChanged, this, [this](const QString &path) {
        // An output the user did not choose follows the picture typed in.
        if (m_output->text() == m_proposedOutput) proposeFor(path);
        refresh();
    });
    connect(m_output, &QLineEdit::textChanged, this, &WatermarkEmbedPage::refresh);
    connect(m_resultKey, &QLineEdit::textChanged, this, &WatermarkEmbedPage::refresh);
    connect(m_embed, &QPushButton::clicked, this, &WatermarkEmbedPage::embed);
    connect(m_batchButton, &QPushButton::clicked, this, [this] { m_batch(m_form->rule()); });
    // The marked copy goes to an output folder, not beside the original: one click finds it.
    m_showFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showFolder->setEnabled(false);
    m_showFolder->setAutoDefault(false);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_written).absolutePath()));
    });
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(run, &QShortcut::activated, this, [this] {
        if (m_embed->isEnabled()) embed();
    });
    // Tab goes down the page as it reads: each Browse or Save As right after its field (set
    // once the rows have taken their widgets, which reorders them).
    setTabOrder(m_source, browseSource);
    setTabOrder(browseSource, m_output);
    setTabOrder(m_output, browseOutput);
    setTabOrder(browseOutput, m_resultKey);
    setTabOrder(m_resultKey, m_saveCopy);
    setTabOrder(m_saveCopy, browseCopy);
    setTabOrder(m_rule, copy);
    updatePlace();
}

WatermarkEmbedPage::~WatermarkEmbedPage()
{
    if (m_cancelled) m_cancelled->store(true);
}

void WatermarkEmbedPage::setSource(const QString &path)
{
    m_source->setText(path);
    proposeFor(path);
}

void WatermarkEmbedPage::proposeFor(const QString &path)
{
    // The marked copy is proposed outside the picture's folder (and the library).
    m_proposedOutput = storage::isRemoteLocation(path) || path.isEmpty()
                           ? QString()
                           : markedName(path, proposedOutputFolder(OutputTool::Watermark, {path}));
    m_output->setText(m_proposedOutput);
    m_resultKey->setText(markedKey(path, m_place ? m_place->uploadPrefix() : QString()));
    if (m_place && storage::isRemoteLocation(path)) {
        try {
            m_place->setBucket(storage::parseObjectUrl(path).bucket);
        } catch (const ProcessingError &) {
            // refresh() names what is wrong with it
        }
    }
}

void WatermarkEmbedPage::setPlace(CloudPlaceBox *place)
{
    m_place = place;
    connect(place, &CloudPlaceBox::changed, this, &WatermarkEmbedPage::updatePlace);
    updatePlace();
}

bool WatermarkEmbedPage::isCloud() const
{
    return m_place && m_place->isCloud();
}

void WatermarkEmbedPage::updatePlace()
{
    const bool cloud = isCloud();
    m_files->setRowVisible(m_output->parentWidget(), !cloud);
    m_files->setRowVisible(m_resultKey, cloud);
    m_files->setRowVisible(m_saveCopy->parentWidget(), cloud);
    m_source->setPlaceholderText(cloud ? tr("the picture to mark: a file, or cos://bucket/key")
                                       : tr("the picture to mark"));
    // A batch runs this computer's rule; the cloud's own batch is in Batch Process.
    m_batchButton->setVisible(!cloud);
    m_showFolder->setVisible(!cloud);
    if (cloud && m_resultKey->text().isEmpty() && !m_source->text().isEmpty())
        m_resultKey->setText(markedKey(m_source->text(), m_place->uploadPrefix()));
    m_form->setCloud(cloud);
    refresh();
}

QString WatermarkEmbedPage::source() const
{
    return m_source->text();
}

QString WatermarkEmbedPage::status() const
{
    return m_status->text();
}

bool WatermarkEmbedPage::isBusy() const
{
    return m_busy->isVisibleTo(this);
}

void WatermarkEmbedPage::refresh()
{
    // The header says the size; the form then says whether the text fits before embedding.
    const QString source = m_source->text();
    // The picture's own problems are said before Embed is pressed; an object in the bucket is
    // the cloud's to check. No reader for an empty name: Qt warns about opening one.
    const LocalPicture local = source.isEmpty() || source.startsWith(QLatin1String("cos://"))
                                   ? LocalPicture{}
                                   : checkLocalPicture(source);
    m_form->setPictureSize(local.size);
    // What the text cannot hold is shown under the text field already: not twice.
    QString problem = m_form->problemNotShown();
    if (source.isEmpty())
        problem = tr("Choose a picture to mark.");
    else if (!local.problem.isEmpty())
        problem = local.problem;
    const bool cloud = isCloud();
    if (cloud && problem.isEmpty()) problem = m_place->problem();
    if (cloud && problem.isEmpty() && m_resultKey->text().trimmed().isEmpty())
        problem = tr("Name the marked copy's key in the bucket.");
    // In the cloud the mark is named by its address in the bucket, known once it is there.
    m_rule->setText(m_form->problem().isEmpty() && (!cloud || m_form->type() == 3) ? m_form->rule()
                                                                                   : QString());
    m_embed->setEnabled(problem.isEmpty() && m_form->problem().isEmpty() &&
                        (cloud || !m_output->text().isEmpty()) && !isBusy());
    m_batchButton->setEnabled(m_form->problem().isEmpty());
    if (!isBusy()) m_status->setText(problem);
    // The marked copy shown is of this picture with this mark, or none is.
    if (!m_shownFor.isEmpty() && shownKey() != m_shownFor) clearPictures();
}

QString WatermarkEmbedPage::shownKey() const
{
    return m_source->text() + QLatin1Char('\n') + m_form->rule();
}

void WatermarkEmbedPage::clearPictures()
{
    m_shownFor.clear();
    for (QLabel *l : {m_result, m_difference, m_resultCaption, m_differenceCaption})
        l->clear();
}

void WatermarkEmbedPage::embed()
{
    const bool cloud = isCloud();
    const QString source = m_source->text(),
                  output = cloud ? m_saveCopy->text().trimmed() : m_output->text();
    if (!output.isEmpty() &&
        QFileInfo(source).absoluteFilePath() == QFileInfo(output).absoluteFilePath()) {
        m_status->setText(tr("Choose another output: the original is never overwritten."));
        return;
    }
    if (!cloud && !output.isEmpty() &&
        !confirmOutputFolder(this, QFileInfo(output).absolutePath(), {source})) {
        m_output->setFocus();
        return;
    }
    if (output.isEmpty() || !QFileInfo::exists(output)) {
        start(output);
        return;
    }
    // Never replace a file without asking; keeping both is the default.
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Blind Watermark"),
                                tr("“%1” already exists.").arg(QFileInfo(output).fileName()),
                                QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("outputExists"));
    ask->setInformativeText(tr("Replace it, or keep both and write the marked copy under a new "
                               "name?"));
    QPushButton *replace = ask->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    QPushButton *keepBoth = ask->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replace"));
    keepBoth->setObjectName(QStringLiteral("keepBoth"));
    ask->setDefaultButton(keepBoth);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    connect(ask, &QMessageBox::finished, this, [this, ask, replace, keepBoth, output, cloud] {
        if (ask->clickedButton() == replace) {
            start(output);
        } else if (ask->clickedButton() == keepBoth) {
            try {
                const QString free = jobs::NameReservation().claim(
                    output, [](const QString &name) { return QFileInfo::exists(name); });
                // A proposed name stays this window's proposal when numbered: it still follows
                // a new picture.
                if (!cloud && output == m_proposedOutput) m_proposedOutput = free;
                (cloud ? m_saveCopy : m_output)->setText(free);
                start(free);
            } catch (const ProcessingError &e) {
                m_status->setText(tr("Failed: %1").arg(e.error().message));
            }
        }
    });
    ask->open();
}

void WatermarkEmbedPage::start(const QString &output)
{
    if (isCloud())
        writeInCloud(output);
    else
        write(output);
}

void WatermarkEmbedPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy && isCloud());
    m_cancel->setEnabled(busy);
    if (busy) m_embed->setEnabled(false);
}

void WatermarkEmbedPage::writeInCloud(const QString &saveTo)
{
    const storage::Profile profile = m_place->profile();
    const QString bucket = m_place->bucket(), prefix = m_place->uploadPrefix();
    const QString source = m_source->text(), key = m_resultKey->text().trimmed();
    const storage::CloudMark mark{m_form->type(), m_form->text(), m_form->imagePath(),
                                  m_form->level()};
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    setBusy(true);
    m_status->setText(tr("Connecting to the cloud…"));
    QPointer<QLabel> status(m_status);
    const storage::CloudStep step = [status](const QString &words) {
        QMetaObject::invokeMethod(qApp, [status, words] {
            if (status) status->setText(words);
        });
    };
    runCatching(
        this,
        [=] {
            storage::CloudPlace place{storage::endpointFor(profile), bucket, prefix};
            CloudEmbedded e;
            e.result =
                storage::embedInCloud(place, source, mark, key, saveTo, cancelled.get(), step);
            if (!saveTo.isEmpty()) {
                QImageReader reader(saveTo);
                reader.setAutoTransform(true);
                if (const QSize size = reader.size(); size.isValid())
                    reader.setScaledSize(size.scaled(420, 420, Qt::KeepAspectRatio));
                e.preview = reader.read();
            }
            return e;
        },
        [this, bucket, cancelled, shown = shownKey()](const Outcome<CloudEmbedded> &o) {
            setBusy(false);
            refresh();
            clearPictures();
            if (!o.value) {
                m_status->setText(cancelled->load()
                                      ? tr("Cancelled; nothing was marked.")
                                      : tr("Failed: %1").arg(CloudPlaceBox::errorWords(o.error)));
                Q_EMIT finished(false);
                return;
            }
            const storage::PicProcessed &marked = o.value->result.marked;
            m_written = QStringLiteral("cos://%1/%2").arg(bucket, marked.key);
            QString words = tr("Marked in the cloud: %1 — %2 × %3, %4")
                                .arg(m_written)
                                .arg(marked.width)
                                .arg(marked.height)
                                .arg(QLocale().formattedDataSize(qMax<qint64>(0, marked.size)));
            if (!o.value->result.savedTo.isEmpty())
                words += QLatin1Char('\n') + tr("A copy is at %1.").arg(o.value->result.savedTo);
            m_status->setText(words);
            if (!o.value->preview.isNull()) {
                m_result->setPixmap(QPixmap::fromImage(o.value->preview));
                m_resultCaption->setText(tr("Marked copy, from the cloud"));
                m_shownFor = shown;
                if (shownKey() != shown) clearPictures();
            }
            Q_EMIT finished(true);
        });
}

void WatermarkEmbedPage::write(const QString &output)
{
    const QString source = m_source->text();
    QString rule = m_form->rule();
    // The output's name says its format: a marked copy named .png is a PNG whatever the
    // original was (it was written as the original's JPEG under that name).
    const auto to = style::formatFromName(QFileInfo(output).suffix());
    if (to && !style::isCloudOnly(*to) && to != style::formatFromName(QFileInfo(source).suffix()))
        rule += QStringLiteral("|imageMogr2/format/") + style::formatName(*to);
    setBusy(true);
    m_status->setText(tr("Embedding…"));
    runCatching(
        this,
        [source, output, rule] {
            const imaging::ProcessResult r = imaging::process({source, {}}, rule);
            QDir().mkpath(QFileInfo(output).absolutePath()); // the proposed folder may be new
            storage::writeFileAtomically(output, r.data);
            Embedded e;
            e.size = r.size;
            e.bytes = r.data.size();
            try {
                using vips::VImage;
                const VImage original =
                    VImage::new_from_file(source.toUtf8().constData()).autorot();
                // Both upright: the marked copy keeps the original's orientation tag, and
                // compared as stored with the original turned it read 6.8 dB, shown sideways.
                const VImage marked =
                    VImage::new_from_buffer(r.data.constData(), size_t(r.data.size()), "")
                        .autorot();
                e.size = QSize(marked.width(), marked.height()); // as viewers show it
                e.psnr = imaging::blind::psnr(original, marked);
                const double scale = std::min(1.0, 420.0 / marked.width());
                e.preview = imaging::toQImage(marked.resize(scale));
                // Ten times the change, around mid-grey: where the mark went.
                const VImage change = (imaging::toSrgb(marked).cast(VIPS_FORMAT_FLOAT) -
                                       imaging::toSrgb(original).cast(VIPS_FORMAT_FLOAT))
                                          .extract_band(0);
                e.difference =
                    imaging::toQImage((change * 10 + 128).cast(VIPS_FORMAT_UCHAR).resize(scale));
            } catch (const vips::VError &) {
                e.psnr = 0; // the file is written; only the comparison failed
            }
            return e;
        },
        [this, output, shown = shownKey()](const Outcome<Embedded> &o) {
            setBusy(false);
            refresh();
            if (!o.value) {
                m_status->setText(tr("Failed: %1").arg(o.message));
                Q_EMIT finished(false);
                return;
            }
            m_written = output;
            m_showFolder->setEnabled(true);
            m_showFolder->setToolTip(QFileInfo(output).absolutePath());
            setOutputFolderSetting(OutputTool::Watermark, QFileInfo(output).absolutePath());
            m_status->setText(tr("Wrote %1 — %2 × %3, %4, PSNR %5 dB as saved, against the "
                                 "original")
                                  .arg(QFileInfo(output).fileName())
                                  .arg(o.value->size.width())
                                  .arg(o.value->size.height())
                                  .arg(QLocale().formattedDataSize(o.value->bytes))
                                  .arg(o.value->psnr, 0, 'f', 1));
            m_result->setPixmap(QPixmap::fromImage(o.value->preview));
            m_difference->setPixmap(QPixmap::fromImage(o.value->difference));
            m_resultCaption->setText(tr("Marked copy"));
            m_differenceCaption->setText(tr("The change, ×10"));
            m_shownFor = shown;
            if (shownKey() != shown) clearPictures(); // changed while it was embedding
            Q_EMIT finished(true);
        });
}

} // namespace ad::ui
