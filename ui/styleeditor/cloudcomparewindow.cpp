#include "styleeditor/cloudcomparewindow.h"

#include "common/asyncrun.h"
#include "imaging/vipsqimage.h"
#include "imaging/vipsutil.h"
#include "styleeditor/beforeafterview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ad::ui
{

namespace
{

struct Shown {
    storage::CloudComparison comparison;
    QImage local;
    QImage cloud;
};

// Decoded for the screen (upright, at most 4096 px a side); the numbers use full pixels.
QImage forScreen(const QByteArray &bytes)
{
    try {
        return imaging::toQImage(imaging::thumbnailOfBytes(bytes, {4096, 4096}, true));
    } catch (const vips::VError &e) {
        imaging::rethrowVips(e);
    }
}

} // namespace

CloudCompareWindow::CloudCompareWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Compare with Cloud"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the cloud does not say how far it is
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    connect(m_cancel, &QPushButton::clicked, this, &CloudCompareWindow::cancel);
    m_difference = new QCheckBox(tr("Show &difference"), this);
    m_difference->setToolTip(tr("Where the local and cloud results differ, brighter is larger"));
    connect(m_difference, &QCheckBox::toggled, this, &CloudCompareWindow::setDifferenceShown);
    m_view = new BeforeAfterView(this);
    m_view->setMode(BeforeAfterView::Mode::SideBySide);
    m_view->setLabels(tr("Local"), tr("Cloud"));
    m_facts = new QTableWidget(6, 2, this);
    m_facts->setHorizontalHeaderLabels({tr("Local"), tr("Cloud")});
    m_facts->setVerticalHeaderLabels(
        {tr("Dimensions"), tr("Format"), tr("Size"), tr("PSNR"), tr("SSIM"), tr("Verdict")});
    m_facts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_facts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_facts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_facts->setFixedHeight(m_facts->horizontalHeader()->sizeHint().height() +
                            6 * m_facts->verticalHeader()->defaultSectionSize() +
                            2 * m_facts->frameWidth());

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_difference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_facts);
    resize(820, 680);
}

CloudCompareWindow::~CloudCompareWindow()
{
    // The work may still run; it stops at its next step and its answer is dropped.
    if (m_cancelToken) m_cancelToken->cancel();
}

void CloudCompareWindow::start(const QString &location, const storage::CloudCompareRequest &request)
{
    if (m_cancelToken) m_cancelToken->cancel();
    m_result.reset();
    m_running = true;
    m_facts->clearContents();
    m_view->setMessage(tr("Waiting for the cloud and the local result…"));
    // Addresses and paths elided in the middle and kept on one line: wrapped, they broke right
    // after "cos://". The tooltip has them whole.
    const int budget = std::max(240, width() / 2);
    const auto shown = [this, budget](const QString &text) {
        return QStringLiteral("<span style=\"white-space: nowrap\">%1</span>")
            .arg(m_title->fontMetrics().elidedText(text, Qt::ElideMiddle, budget).toHtmlEscaped());
    };
    const QString scratch = location + request.scratchPrefix;
    m_title->setText(
        request.localFile.isEmpty()
            ? tr("<b>%1</b> on %2").arg(request.processing.toHtmlEscaped(), shown(location))
            : tr("<b>%1</b> on %2, uploaded for the comparison to %3 and removed afterwards")
                  .arg(request.processing.toHtmlEscaped(), shown(request.localFile),
                       shown(scratch)));
    m_title->setToolTip(request.localFile.isEmpty()
                            ? location
                            : tr("%1\nuploaded to %2").arg(request.localFile, scratch));
    setStatus(request.localFile.isEmpty() ? tr("Fetching the original and the cloud's result…")
                                          : tr("Uploading the picture, then fetching the cloud's "
                                               "result…"),
              false);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    auto token = std::make_shared<storage::CompareCancel>();
    m_cancelToken = token;
    runCatching(
        this,
        [location, request, token] {
            Shown s{storage::compareAtLocation(location, request, token.get()), {}, {}};
            s.local = forScreen(s.comparison.localResult);
            s.cloud = forScreen(s.comparison.cloudResult);
            return s;
        },
        [this, token](const Outcome<Shown> &outcome) {
            if (token != m_cancelToken) return; // a later start replaced this one
            m_running = false;
            m_progress->hide();
            m_cancel->hide();
            if (token->requested) {
                setStatus(tr("Cancelled."), false);
                m_view->setMessage(tr("Cancelled."));
            } else if (!outcome.value) {
                setStatus(tr("The comparison failed: %1").arg(outcome.error), true);
                m_view->setMessage(outcome.message, true);
            } else {
                m_view->setImages(outcome.value->local, outcome.value->cloud);
                showResult(outcome.value->comparison);
            }
            Q_EMIT finished();
        });
}

void CloudCompareWindow::cancel()
{
    if (!m_running || !m_cancelToken) return;
    m_cancelToken->cancel();
    m_cancel->setEnabled(false);
    setStatus(tr("Cancelling…"), false);
}

void CloudCompareWindow::setDifferenceShown(bool on)
{
    if (m_difference->isChecked() != on) m_difference->setChecked(on);
    m_view->setMode(on ? BeforeAfterView::Mode::Difference : BeforeAfterView::Mode::SideBySide);
}

QString CloudCompareWindow::statusText() const
{
    return m_status->text();
}

void CloudCompareWindow::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CloudCompareWindow::showResult(const storage::CloudComparison &c)
{
    m_result = c;
    const imaging::Fidelity &f = c.fidelity;
    const QLocale locale;
    const auto set = [this](int row, int column, const QString &text) {
        m_facts->setItem(row, column, new QTableWidgetItem(text));
    };
    int column = 0;
    for (const imaging::PictureFacts *side : {&f.local, &f.cloud}) {
        set(0, column, tr("%1 × %2").arg(side->width).arg(side->height));
        set(1, column, side->format.toUpper());
        set(2, column, locale.formattedDataSize(side->bytes));
        ++column;
    }
    const QString psnr = !f.psnr ? tr("not compared")
                         : *f.psnr >= imaging::kIdenticalPsnr
                             ? tr("identical")
                             : tr("%1 dB").arg(locale.toString(*f.psnr, 'f', 2));
    const QString ssim = f.ssim ? locale.toString(*f.ssim, 'f', 4) : tr("not compared");
    m_facts->setSpan(3, 0, 1, 2);
    m_facts->setSpan(4, 0, 1, 2);
    m_facts->setSpan(5, 0, 1, 2);
    set(3, 0, psnr);
    set(4, 0, ssim);
    const bool pass = storage::passes(f, storage::kDefaultMinPsnr);
    QString verdict;
    if (!f.sameSize())
        verdict = tr("The cloud's result has other dimensions: the local preview does not match.");
    else if (pass)
        verdict = tr("Matches: PSNR is at least %1 dB, the difference is not visible.")
                      .arg(storage::kDefaultMinPsnr);
    else
        verdict = tr("Differs: PSNR is under %1 dB; look at the difference view.")
                      .arg(storage::kDefaultMinPsnr);
    set(5, 0, verdict);
    setStatus(c.warnings.isEmpty() ? verdict : verdict + QLatin1Char(' ') + c.warnings.join(' '),
              !pass);
}

} // namespace ad::ui
