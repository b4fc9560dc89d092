#include "watermarkembedpage.h"

#include "asyncrun.h"
#include "blindmarkform.h"
#include "imaging/blind/attacks.h"
#include "imaging/executor.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "jobs/nametemplate.h"
#include "storage/atomicfile.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

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

QString markedName(const QString &source)
{
    const QFileInfo fi(source);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-marked.") + fi.suffix());
}
} // namespace

WatermarkEmbedPage::WatermarkEmbedPage(std::function<void(const QString &)> batch, QWidget *parent)
    : QWidget(parent), m_batch(std::move(batch)), m_source(new QLineEdit(this)),
      m_output(new QLineEdit(this)), m_form(new BlindMarkForm(BlindMarkForm::Mode::Embed, this)),
      m_rule(new QLineEdit(this)), m_embed(new QPushButton(tr("&Embed"), this)),
      m_batchButton(new QPushButton(tr("Embed in &Batch…"), this)), m_busy(new QProgressBar(this)),
      m_status(new QLabel(this)), m_result(new QLabel(this)), m_difference(new QLabel(this)),
      m_resultCaption(new QLabel(this)), m_differenceCaption(new QLabel(this))
{
    setObjectName(QStringLiteral("watermarkEmbed"));
    m_source->setPlaceholderText(tr("the picture to mark"));
    m_output->setPlaceholderText(tr("where the marked copy goes (the original is kept)"));
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
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Picture to Mark"), m_source->text());
        if (!path.isEmpty()) setSource(path);
    });
    auto *browseOutput = new QPushButton(tr("Sa&ve As…"), this);
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Marked Copy"), m_output->text());
        if (!path.isEmpty()) m_output->setText(path);
    });
    auto *copy = new QPushButton(tr("&Copy"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_rule->text()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Picture:"), fileRow(m_source, browseSource, this));
    form->addRow(tr("O&utput:"), fileRow(m_output, browseOutput, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_form);
    auto *ruleRow = new QFormLayout;
    ruleRow->addRow(tr("Processing:"), fileRow(m_rule, copy, this));
    layout->addLayout(ruleRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy, 1);
    buttons->addStretch();
    buttons->addWidget(m_batchButton);
    buttons->addWidget(m_embed);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    auto *pictures = new QGridLayout;
    pictures->addWidget(m_result, 0, 0);
    pictures->addWidget(m_difference, 0, 1);
    pictures->addWidget(m_resultCaption, 1, 0, Qt::AlignHCenter);
    pictures->addWidget(m_differenceCaption, 1, 1, Qt::AlignHCenter);
    pictures->setRowStretch(2, 1);
    layout->addLayout(pictures, 1);

    connect(m_form, &BlindMarkForm::changed, this, &WatermarkEmbedPage::refresh);
    connect(m_source, &QLineEdit::textChanged, this, &WatermarkEmbedPage::refresh);
    connect(m_output, &QLineEdit::textChanged, this, &WatermarkEmbedPage::refresh);
    connect(m_embed, &QPushButton::clicked, this, &WatermarkEmbedPage::embed);
    connect(m_batchButton, &QPushButton::clicked, this, [this] { m_batch(m_form->rule()); });
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(run, &QShortcut::activated, this, [this] {
        if (m_embed->isEnabled()) embed();
    });
    refresh();
}

void WatermarkEmbedPage::setSource(const QString &path)
{
    m_source->setText(path);
    m_output->setText(markedName(path));
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
    QString problem = m_form->problem();
    // What the text cannot hold is shown under the text field already: not twice.
    const auto *underField = m_form->findChild<QLabel *>(QStringLiteral("blindTextProblem"));
    if (underField && problem == underField->text()) problem.clear();
    if (m_source->text().isEmpty()) problem = tr("Choose a picture to mark.");
    m_rule->setText(m_form->problem().isEmpty() ? m_form->rule() : QString());
    m_embed->setEnabled(problem.isEmpty() && m_form->problem().isEmpty() &&
                        !m_output->text().isEmpty() && !isBusy());
    m_batchButton->setEnabled(m_form->problem().isEmpty());
    if (!isBusy()) m_status->setText(problem);
}

void WatermarkEmbedPage::embed()
{
    const QString source = m_source->text(), output = m_output->text();
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(output).absoluteFilePath()) {
        m_status->setText(tr("Choose another output: the original is never overwritten."));
        return;
    }
    if (!QFileInfo::exists(output)) {
        write(output);
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
    connect(ask, &QMessageBox::finished, this, [this, ask, replace, keepBoth, output] {
        if (ask->clickedButton() == replace) {
            write(output);
        } else if (ask->clickedButton() == keepBoth) {
            try {
                const QString free = jobs::NameReservation().claim(
                    output, [](const QString &name) { return QFileInfo::exists(name); });
                m_output->setText(free);
                write(free);
            } catch (const ProcessingError &e) {
                m_status->setText(tr("Failed: %1").arg(e.error().message));
            }
        }
    });
    ask->open();
}

void WatermarkEmbedPage::write(const QString &output)
{
    const QString source = m_source->text(), rule = m_form->rule();
    m_busy->setVisible(true);
    m_embed->setEnabled(false);
    m_status->setText(tr("Embedding…"));
    runCatching(
        this,
        [source, output, rule] {
            const imaging::ProcessResult r = imaging::process({source, {}}, rule);
            storage::writeFileAtomically(output, r.data);
            Embedded e;
            e.size = r.size;
            e.bytes = r.data.size();
            try {
                using vips::VImage;
                const VImage original =
                    VImage::new_from_file(source.toUtf8().constData()).autorot();
                const VImage marked =
                    VImage::new_from_buffer(r.data.constData(), size_t(r.data.size()), "");
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
        [this, output](const Outcome<Embedded> &o) {
            m_busy->setVisible(false);
            refresh();
            if (!o.value) {
                m_status->setText(tr("Failed: %1").arg(o.error));
                Q_EMIT finished(false);
                return;
            }
            m_written = output;
            m_status->setText(tr("Wrote %1 — %2 × %3, %4, PSNR %5 dB against the original")
                                  .arg(QFileInfo(output).fileName())
                                  .arg(o.value->size.width())
                                  .arg(o.value->size.height())
                                  .arg(QLocale().formattedDataSize(o.value->bytes))
                                  .arg(o.value->psnr, 0, 'f', 1));
            m_result->setPixmap(QPixmap::fromImage(o.value->preview));
            m_difference->setPixmap(QPixmap::fromImage(o.value->difference));
            m_resultCaption->setText(tr("Marked copy"));
            m_differenceCaption->setText(tr("The change, ×10"));
            Q_EMIT finished(true);
        });
}

} // namespace ad::ui
