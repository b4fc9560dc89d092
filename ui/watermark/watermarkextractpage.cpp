#include "watermark/watermarkextractpage.h"

#include "buckets/cloudplacebox.h"
#include "common/asyncrun.h"
#include "common/browsestart.h"
#include "common/fittedpicture.h"
#include "common/sentences.h"
#include "imaging/blind/blinddetect.h"
#include "imaging/blind/blindresult.h"
#include "imaging/executor.h"
#include "storage/atomicfile.h"
#include "storage/cloudmark.h"
#include "storage/profiles.h"
#include "storage/storage.h"
#include "watermark/blindmarkform.h"
#include "watermark/matchgauge.h"
#include "watermark/pictureproblem.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ad::ui
{

WatermarkExtractPage::WatermarkExtractPage(QWidget *parent)
    : QWidget(parent), m_suspect(new QLineEdit(this)),
      m_form(new BlindMarkForm(BlindMarkForm::Mode::Extract, this)),
      m_extract(new QPushButton(tr("E&xtract"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_busy(new QProgressBar(this)),
      m_verdict(new QLabel(this)), m_status(new MatchGauge(this)), m_text(new QLabel(this)),
      m_markView(new QLabel(this)), m_markCaption(new QLabel(this)), m_details(new QLabel(this)),
      m_saveMark(new QPushButton(tr("&Save Mark…"), this)), m_preview(new FittedPicture(this)),
      m_previewCaption(new QLabel(this))
{
    setObjectName(QStringLiteral("watermarkExtract"));
    m_suspect->setObjectName(QStringLiteral("suspect"));
    m_extract->setObjectName(QStringLiteral("extract"));
    m_saveMark->setObjectName(QStringLiteral("saveMark"));
    m_suspect->setPlaceholderText(tr("the picture that may carry a mark"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelCloud"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled) m_cancelled->store(true);
        m_details->setText(tr("Cancelling…"));
    });
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_status->setToolTip(
        tr("How closely the picture matches the mark given (the cloud's WatermarkStatus). Above "
           "75: present. 60 to 75: probably present. Below 60: absent."));
    m_status->setVisible(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFont(big);
    m_markView->setFixedSize(136, 136);
    m_markView->setAlignment(Qt::AlignCenter);
    m_markView->setFrameShape(QFrame::StyledPanel);
    m_markView->setVisible(false);
    m_markCaption->setObjectName(QStringLiteral("markCaption"));
    m_markCaption->setWordWrap(true);
    m_markCaption->setMaximumWidth(136);
    m_markCaption->setAlignment(Qt::AlignHCenter);
    m_markCaption->setVisible(false);
    m_details->setWordWrap(true);
    // "Signal" in plain words; the number is the pattern's sync in standard deviations.
    m_details->setToolTip(
        tr("The signal says how far the mark's repeating pattern stands out from chance: "
           "unmarked pictures stay under 6, and %1 or more counts as found.")
            .arg(imaging::blind::kSyncThreshold));
    m_saveMark->setEnabled(false);
    // Shrunk to the room left under the verdict rather than cut off; as wide as the column.
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_extract->setDefault(true);
    m_extract->setToolTip(tr("Ctrl+Return"));

    auto *browse = new QPushButton(tr("Br&owse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Suspect Picture"),
                                                          browseStart(m_suspect->text()));
        if (!path.isEmpty()) setSuspect(path);
    });
    auto *rowWidget = new QWidget(this);
    auto *row = new QHBoxLayout(rowWidget);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_suspect, 1);
    row->addWidget(browse);
    // Extract sits beside the picture, above the rows that come and go with the type: below
    // them it moved under a new user's click, which opened a file dialog instead.
    row->addWidget(m_extract);
    auto *form = new QFormLayout;
    form->addRow(tr("&Picture:"), rowWidget);
    m_form->lineUpWith({form});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *result = new QHBoxLayout;
    auto *words = new QVBoxLayout;
    words->addWidget(m_verdict);
    words->addWidget(m_status);
    words->addWidget(m_text);
    words->addWidget(m_details);
    words->addWidget(m_previewCaption);
    words->addWidget(m_preview);
    words->addStretch(1);
    result->addLayout(words, 1);
    auto *markColumn = new QVBoxLayout;
    markColumn->addWidget(m_markView);
    markColumn->addWidget(m_markCaption);
    markColumn->addWidget(m_saveMark);
    markColumn->addStretch();
    result->addLayout(markColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addLayout(result, 1);

    connect(m_suspect, &QLineEdit::textChanged, this, &WatermarkExtractPage::refresh);
    connect(m_form, &BlindMarkForm::changed, this, &WatermarkExtractPage::refresh);
    connect(m_extract, &QPushButton::clicked, this, &WatermarkExtractPage::extract);
    // Extract looks like the default button, and reading changes nothing: Return in the
    // picture's field runs it, as in a dialog.
    connect(m_suspect, &QLineEdit::returnPressed, this, [this] {
        if (m_extract->isEnabled()) extract();
    });
    connect(m_saveMark, &QPushButton::clicked, this, [this] {
        // Next to the picture examined, when it is a file here.
        const QFileInfo suspect(m_suspect->text());
        const QString proposed = !storage::isRemoteLocation(m_suspect->text()) && suspect.exists()
                                     ? suspect.dir().filePath(QStringLiteral("mark.png"))
                                     : QStringLiteral("mark.png");
        // Named as its caption names it: type 2 shows the mark given, as compared.
        const QString path = QFileDialog::getSaveFileName(
            this, m_form->type() == 2 ? tr("Save Mark as Compared") : tr("Save Recovered Mark"),
            proposed, tr("PNG images (*.png)"));
        if (path.isEmpty()) return;
        try {
            storage::writeFileAtomically(path, m_mark);
        } catch (const ProcessingError &e) {
            m_details->setText(e.error().message);
        }
    });
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(run, &QShortcut::activated, this, [this] {
        if (m_extract->isEnabled()) extract();
    });
    refresh();
}

WatermarkExtractPage::~WatermarkExtractPage()
{
    if (m_cancelled) m_cancelled->store(true);
}

QString WatermarkExtractPage::suspect() const
{
    return m_suspect->text();
}

void WatermarkExtractPage::setSuspect(const QString &path)
{
    m_suspect->setText(path);
    showPicture(path);
}

void WatermarkExtractPage::showPicture(const QString &path)
{
    // The picture under examination, small, so people see what the verdict is about.
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (const QSize size = reader.size(); size.isValid())
        reader.setScaledSize(size.scaled(480, 300, Qt::KeepAspectRatio));
    m_previewPath = path;
    m_preview->setPixmap(QPixmap::fromImage(reader.read()));
    m_previewCaption->setText(m_preview->pixmap().isNull()
                                  ? QString()
                                  : tr("The picture examined: %1").arg(QFileInfo(path).fileName()));
}

QImage WatermarkExtractPage::previewImage() const
{
    return m_preview->pixmap().toImage();
}

QString WatermarkExtractPage::verdict() const
{
    return m_verdict->text();
}

QString WatermarkExtractPage::recoveredText() const
{
    return m_text->text();
}

QString WatermarkExtractPage::details() const
{
    return m_details->text();
}

int WatermarkExtractPage::status() const
{
    return m_status->isVisibleTo(this) ? m_status->value() : -1;
}

void WatermarkExtractPage::setPlace(CloudPlaceBox *place)
{
    m_place = place;
    connect(place, &CloudPlaceBox::changed, this, [this] {
        m_form->setCloud(isCloud());
        m_suspect->setPlaceholderText(
            isCloud() ? tr("the picture that may carry a mark: a file, or cos://bucket/key")
                      : tr("the picture that may carry a mark"));
        refresh();
    });
    m_form->setCloud(isCloud());
}

bool WatermarkExtractPage::isCloud() const
{
    return m_place && m_place->isCloud();
}

void WatermarkExtractPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy && isCloud());
    if (busy) m_extract->setEnabled(false);
}

void WatermarkExtractPage::refresh()
{
    QString problem = m_form->problem();
    if (m_suspect->text().isEmpty())
        problem = tr("Choose the picture to examine.");
    else if (problem.isEmpty() && !isCloud())
        problem = checkLocalPicture(m_suspect->text()).problem;
    if (problem.isEmpty() && isCloud()) problem = m_place->problem();
    m_extract->setEnabled(problem.isEmpty() && !m_busy->isVisibleTo(this));
    // A problem that is gone must not linger in the details line.
    if (!problem.isEmpty())
        m_details->setText(problem);
    else if (m_details->text() == m_shownProblem)
        m_details->clear();
    m_shownProblem = problem;
    // A picture typed in is shown when it is examined; until then, none that is not it.
    if (m_suspect->text() != m_previewPath) {
        m_previewPath.clear();
        m_preview->clear();
        m_previewCaption->clear();
    }
    // Nor a verdict about another picture, mark or type.
    if (!m_answered.isEmpty() && question() != m_answered) clearResult();
}

QString WatermarkExtractPage::question() const
{
    return QStringList{m_suspect->text(), m_form->rule(), isCloud() ? m_place->bucket() : QString()}
        .join(QLatin1Char('\n'));
}

void WatermarkExtractPage::clearResult()
{
    m_answered.clear();
    m_verdict->clear();
    m_verdict->setStyleSheet(QString());
    m_status->setVisible(false);
    m_text->clear();
    if (m_details->text() != m_shownProblem) m_details->clear();
    showMark({});
}

void WatermarkExtractPage::showMark(const QByteArray &png)
{
    m_mark = png;
    // Shown with a mark only: greyed under a text's verdict it said nothing of why.
    m_saveMark->setEnabled(!m_mark.isEmpty());
    m_saveMark->setVisible(!m_mark.isEmpty());
    m_markView->setVisible(!m_mark.isEmpty());
    m_markCaption->setVisible(!m_mark.isEmpty());
    m_markView->setPixmap(m_mark.isEmpty() ? QPixmap()
                                           : QPixmap::fromImage(QImage::fromData(m_mark).scaled(
                                                 m_markView->size() - QSize(8, 8),
                                                 Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void WatermarkExtractPage::extract()
{
    const QString suspect = m_suspect->text(), rule = m_form->rule();
    if (suspect != m_previewPath) showPicture(suspect);
    if (isCloud()) {
        extractInCloud();
        return;
    }
    setBusy(true);
    m_details->setText(tr("Searching for the mark…"));
    runCatching(
        this,
        [suspect, rule] {
            return imaging::process({suspect, {}}, rule);
        },
        [this, asked = question()](const Outcome<imaging::ProcessResult> &o) {
            setBusy(false);
            m_answered = asked;
            refresh();
            showMark(o.value ? o.value->extractedMark : QByteArray());
            if (!o.value) {
                m_verdict->setText(tr("Error"));
                m_status->setVisible(false);
                m_text->clear();
                m_details->setText(o.message);
                Q_EMIT finished(false);
                return;
            }
            showResult(o.value->data);
            Q_EMIT finished(true);
        });
}

void WatermarkExtractPage::extractInCloud()
{
    const storage::Profile profile = m_place->profile();
    const QString bucket = m_place->bucket(), prefix = m_place->uploadPrefix();
    const QString suspect = m_suspect->text();
    const storage::CloudMark mark{m_form->type(), QString(), m_form->imagePath(), 1};
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    setBusy(true);
    m_details->setText(tr("Connecting to the cloud…"));
    QPointer<QLabel> details(m_details);
    const storage::CloudStep step = [details](const QString &words) {
        QMetaObject::invokeMethod(qApp, [details, words] {
            if (details) details->setText(words);
        });
    };
    runCatching(
        this,
        [=] {
            const storage::CloudPlace place{storage::endpointFor(profile), bucket, prefix};
            return storage::extractInCloud(place, suspect, mark, cancelled.get(), step);
        },
        [this, bucket, type = mark.type, cancelled,
         asked = question()](const Outcome<storage::CloudExtraction> &o) {
            setBusy(false);
            m_answered = asked;
            refresh();
            showMark(o.value ? o.value->result : QByteArray());
            m_markCaption->setText(tr("Written by the cloud"));
            m_status->setVisible(false);
            m_text->clear();
            m_verdict->setStyleSheet(QString());
            if (!o.value) {
                m_verdict->setText(cancelled->load() ? tr("Cancelled") : tr("Error"));
                m_details->setText(cancelled->load() ? tr("Nothing was read.")
                                                     : CloudPlaceBox::errorWords(o.error));
                Q_EMIT finished(false);
                return;
            }
            const storage::CloudExtraction &r = *o.value;
            QString verdict;
            QColor colour = MatchGauge::colourFor(100);
            if (r.status) {
                verdict = statusWords(*r.status);
                colour = MatchGauge::colourFor(*r.status);
                m_status->setValue(*r.status);
                m_status->setVisible(true);
            } else if (r.text) {
                verdict = r.text->isEmpty() ? tr("No watermark found") : tr("Watermark present");
                if (r.text->isEmpty()) colour = MatchGauge::colourFor(0);
                m_text->setText(*r.text);
            } else if (!m_mark.isEmpty()) {
                // Types 1 and 3 in the cloud answer with a picture, not a verdict.
                verdict = type == 3 ? tr("The cloud wrote the text it read as a picture")
                                    : tr("Mark extracted: compare it with yours");
                colour = palette().color(QPalette::WindowText);
            } else {
                verdict = tr("No watermark found");
                colour = MatchGauge::colourFor(0);
            }
            m_verdict->setText(verdict);
            m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
            QString words = tr("Read in the cloud from cos://%1/%2.").arg(bucket, r.suspectKey);
            if (!r.resultKey.isEmpty())
                words = joinSentences(
                    words, tr("What it extracted is at cos://%1/%2.").arg(bucket, r.resultKey));
            m_details->setText(words);
            Q_EMIT finished(true);
        });
}

// One wording and colour per band of WatermarkStatus, whether read here or in the cloud.
QString WatermarkExtractPage::statusWords(int status)
{
    const QString band = imaging::blind::verdictFor(status);
    return band == QLatin1String("present")     ? tr("Watermark present")
           : band == QLatin1String("suspected") ? tr("Watermark probably present")
                                                : tr("No watermark found");
}

void WatermarkExtractPage::showResult(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const int type = o.value(QStringLiteral("Type")).toInt();
    const QJsonObject sync = o.value(QStringLiteral("Sync")).toObject();
    // WatermarkStatus: type 2's match with the mark given (0 for the other types).
    const int status = o.value(QStringLiteral("WatermarkStatus")).toInt();
    const QString band = imaging::blind::verdictFor(status);
    QString verdict;
    QColor colour;
    if (type == 2) {
        verdict = statusWords(status);
        colour = MatchGauge::colourFor(status);
        m_status->setValue(status);
    } else {
        const bool found = o.value(QStringLiteral("Detected")).toBool();
        verdict = found ? tr("Watermark present") : tr("No watermark found");
        colour = MatchGauge::colourFor(found ? 100 : 0);
    }
    const bool synced = sync.value(QStringLiteral("Found")).toBool();
    const double confidence = sync.value(QStringLiteral("Confidence")).toDouble();
    // Type 2 read a tile whose seal is not the mark given: another mark, not none.
    const bool otherMark = type == 2 && synced && band == QLatin1String("absent");
    if (otherMark) verdict = tr("Another mark is present");
    const int otherType = sync.value(QStringLiteral("OtherType")).toInt();
    // The headline agrees with the line under it: "No watermark found" over "this picture
    // carries a mark of type 2" read as a contradiction.
    if (otherType) {
        verdict = tr("A mark of another type is present");
        colour = MatchGauge::colourFor(MatchGauge::kSuspectedFrom);
    }
    m_status->setVisible(type == 2);
    // Type 2 compares the mark given with what the picture holds; type 1 reads the mark back.
    m_markCaption->setText(type == 2 ? tr("Your mark, as compared (16 × 16)")
                                     : tr("Recovered mark (16 × 16)"));
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    m_text->setText(type == 3 ? o.value(QStringLiteral("Text")).toString() : QString());
    if (otherType)
        m_details->setText(
            otherType == 3   ? tr("This picture carries a text mark (type 3), not a mark of "
                                    "this type: choose Text to read it.")
            : otherType == 2 ? tr("This picture carries a blind image mark (type 2), not a "
                                  "mark of this type.")
                             : tr("This picture carries a semi-blind image mark (type 1), not "
                                  "a mark of this type."));
    else if (otherMark)
        m_details->setText(tr("A mark of this type is in the picture (signal %1), but not the "
                              "one given.")
                               .arg(confidence, 0, 'f', 1));
    else if (synced && type != 2 && !o.value(QStringLiteral("Detected")).toBool())
        // A tile whose frame does not decode: a copy too damaged, or another type's tile
        // (a strongly marked picture can sync with another type's chips).
        m_details->setText(tr("Something like a mark was found (signal %1), but nothing could "
                              "be read from it: the copy may be too damaged, or carry a mark of "
                              "another type.")
                               .arg(confidence, 0, 'f', 1));
    else if (synced)
        m_details->setText(tr("Mark found: signal %1, repeating every %2 px, turned %3°.")
                               .arg(confidence, 0, 'f', 1)
                               .arg(sync.value(QStringLiteral("Period")).toDouble(), 0, 'f', 1)
                               .arg(sync.value(QStringLiteral("Rotation")).toDouble(), 0, 'f', 2));
    else if (type == 2 && band != QLatin1String("absent"))
        // The seal is judged against the mark given, which needs no sync: the headline said
        // present while this line said nothing was found.
        m_details->setText(tr("Your mark was found by comparing it with the picture; its "
                              "pattern alone (signal %1) is under the %2 that counts as found "
                              "without a mark to compare.")
                               .arg(confidence, 0, 'f', 1)
                               .arg(imaging::blind::kSyncThreshold));
    else
        m_details->setText(tr("No mark of this type was found: its signal is %1, and %2 counts "
                              "as found.")
                               .arg(confidence, 0, 'f', 1)
                               .arg(imaging::blind::kSyncThreshold));
}

} // namespace ad::ui
