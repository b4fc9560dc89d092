#include "styleeditor/stylepreview.h"

#include "common/asyncrun.h"
#include "style/parser.h"
#include "style/values.h"
#include "styleeditor/beforeafterview.h"

#include <QButtonGroup>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{

const QSize kDisplay(1600, 1600);

struct Rendered {
    imaging::PreviewOutput output;
    double seconds = 0;
};

} // namespace

StylePreview::StylePreview(QWidget *parent)
    : QWidget(parent), m_view(new BeforeAfterView(this)), m_info(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_fullButton(new QToolButton(this))
{
    setAcceptDrops(true);
    auto *modes = m_modes = new QButtonGroup(this);
    auto *bar = new QHBoxLayout;
    const auto addMode = [&](const QString &text, const QString &name, BeforeAfterView::Mode mode,
                             const QKeySequence &key) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setShortcut(key);
        b->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        modes->addButton(b, int(mode));
        bar->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, mode] { m_view->setMode(mode); });
        return b;
    };
    addMode(tr("Split"), QStringLiteral("splitMode"), BeforeAfterView::Mode::Split,
            QKeySequence(Qt::ALT | Qt::Key_1))
        ->setChecked(true);
    addMode(tr("Side by Side"), QStringLiteral("sideMode"), BeforeAfterView::Mode::SideBySide,
            QKeySequence(Qt::ALT | Qt::Key_2));
    addMode(tr("Difference"), QStringLiteral("differenceMode"), BeforeAfterView::Mode::Difference,
            QKeySequence(Qt::ALT | Qt::Key_3));
    bar->addStretch(1);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bar->addWidget(m_busy);
    m_fullButton->setText(tr("Full Resolution"));
    m_fullButton->setObjectName(QStringLiteral("fullResolution"));
    m_fullButton->setToolTip(tr("Render the original instead of the reduced proxy (Ctrl+R)"));
    m_fullButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fullButton->setEnabled(false);
    connect(m_fullButton, &QToolButton::clicked, this, &StylePreview::renderFullResolution);
    bar->addWidget(m_fullButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);
    m_view->setMessage(tr("Select a picture in the main window, or drop one here."));

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { startRender(); });
}

void StylePreview::setSource(const QString &path, const QString &label)
{
    if (path == m_path) return;
    m_path = path;
    m_label = label.isEmpty() ? QFileInfo(path).fileName() : label;
    m_input.reset();
    m_fullInput.reset();
    m_output.reset();
    m_fullButton->setEnabled(false);
    if (m_running) m_cancel->cancel(); // a render of the previous picture is no use now
    Q_EMIT sourceChanged(path);
    loadInput(false);
}

void StylePreview::setCoverLookup(std::function<std::optional<double>(const QString &)> lookup)
{
    m_coverLookup = std::move(lookup);
}

void StylePreview::coverChanged(const QString &clip)
{
    if (clip != m_path || m_path.isEmpty()) return;
    m_input.reset();
    m_fullInput.reset();
    if (m_running) m_cancel->cancel(); // a render of the old cover is no use now
    loadInput(false);
}

void StylePreview::loadInput(bool full)
{
    const int generation = ++m_sourceGeneration;
    const QString path = m_path;
    // Asked here, on the GUI thread, as the thumbnail loader asks it.
    const std::optional<double> cover = m_coverLookup ? m_coverLookup(path) : std::nullopt;
    m_loading = true;
    m_busy->show();
    runCatching(
        this,
        [path, full, cover] {
            return std::make_shared<const imaging::PreviewInput>(
                imaging::previewInput(path, kDisplay, !full, cover));
        },
        [this, generation, full](const Outcome<std::shared_ptr<const imaging::PreviewInput>> &o) {
            if (generation != m_sourceGeneration) return; // another picture was chosen meanwhile
            m_loading = false;
            if (!o.value) {
                m_busy->setVisible(m_running);
                m_error = o.error;
                m_view->setImages({}, {});
                m_view->setMessage(tr("Cannot preview %1:\n%2").arg(m_label, o.error), true);
                m_info->clear();
                Q_EMIT rendered();
                // A ci-process string reads the file itself (a document has no picture here).
                if (m_ciProcess) startRender();
                return;
            }
            (full ? m_fullInput : m_input) = *o.value;
            if (!full) {
                m_view->setBefore((*o.value)->before);
                m_view->setLabels((*o.value)->videoCover ? tr("Cover") : QString(), QString());
                m_fullButton->setEnabled((*o.value)->proxy);
            }
            startRender(full);
        });
}

void StylePreview::setPipeline(const std::optional<style::Pipeline> &pipeline,
                               style::StyleLookup lookup)
{
    if (!pipeline) return;
    m_pipeline = pipeline;
    m_ciProcess.reset();
    m_lookup = std::move(lookup);
    m_debounce.start();
}

void StylePreview::setCiProcess(const media::CiProcess &process, style::StyleLookup lookup)
{
    m_ciProcess = process;
    m_pipeline.reset();
    m_lookup = std::move(lookup);
    m_debounce.start();
}

void StylePreview::setMode(int mode)
{
    if (QAbstractButton *b = m_modes->button(mode)) b->setChecked(true);
    m_view->setMode(BeforeAfterView::Mode(mode));
}

void StylePreview::renderFullResolution()
{
    if (m_path.isEmpty()) return;
    if (m_fullInput)
        startRender(true);
    else
        loadInput(true);
}

void StylePreview::startRender(bool full)
{
    const std::shared_ptr<const imaging::PreviewInput> input = full ? m_fullInput : m_input;
    if (m_ciProcess ? m_path.isEmpty() || m_loading : !input || !m_pipeline) return;
    if (m_running) {
        // The running render is stale: stop it; the latest state renders when it ends.
        m_pending = true;
        m_cancel->cancel();
        return;
    }
    m_running = true;
    m_busy->show();
    const std::optional<style::Pipeline> pipeline = m_pipeline;
    const std::optional<media::CiProcess> ci = m_ciProcess;
    const QString path = m_path;
    const style::StyleLookup lookup = m_lookup;
    const int generation = m_sourceGeneration;
    const auto cancel = m_cancel = std::make_shared<imaging::RenderCancel>();
    runCatching(
        this,
        [input, pipeline, ci, path, lookup, cancel] {
            QElapsedTimer clock;
            clock.start();
            Rendered r;
            // An empty string runs too: its format and size are what the executor writes.
            imaging::ProcessOptions options;
            options.styles = lookup;
            options.cancel = cancel;
            r.output = ci ? imaging::renderCiPreview(path, *ci, options, kDisplay)
                          : imaging::renderPreview(*input, style::expandStyles(*pipeline, lookup),
                                                   options, kDisplay);
            r.seconds = clock.nsecsElapsed() / 1e9;
            return r;
        },
        [this, generation, full, cancel](const Outcome<Rendered> &o) {
            m_running = false;
            m_busy->setVisible(m_loading || m_pending);
            if (cancel->isCancelled()) {
                ++m_cancelled;
            } else if (generation == m_sourceGeneration) {
                m_lastFull = full;
                if (o.value) {
                    m_error.clear();
                    m_output = o.value->output;
                    const imaging::PreviewOutput &out = o.value->output;
                    if (!out.json.isEmpty() && out.after.isNull())
                        m_view->setMessage(QString::fromUtf8(out.json));
                    else
                        m_view->setImages(m_input ? m_input->before : QImage(), out.after);
                    showInfo(o.value->seconds);
                } else {
                    m_error = o.error;
                    m_output.reset();
                    m_view->setMessage(o.error, true);
                    m_info->setText(tr("The style fails on %1.").arg(m_label));
                }
                Q_EMIT rendered();
            }
            if (m_pending) {
                m_pending = false;
                startRender();
            }
        });
}

void StylePreview::showInfo(double seconds)
{
    const imaging::PreviewOutput &out = *m_output;
    const imaging::PreviewInput *in = m_lastFull ? m_fullInput.get() : m_input.get();
    const QLocale locale;
    QStringList parts;
    if (!out.json.isEmpty()) {
        parts << tr("A JSON answer of %1").arg(locale.formattedDataSize(out.json.size()));
    } else {
        parts << tr("%1 × %2 px").arg(out.size.width()).arg(out.size.height())
              << style::formatName(out.format).toUpper() << locale.formattedDataSize(out.bytes);
        if (out.frames > 1) parts << tr("%n frame(s)", nullptr, out.frames);
    }
    parts << tr("%1 s").arg(seconds, 0, 'f', 2);
    QString text = m_label + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
    if (in && in->proxy)
        text += QLatin1Char('\n') +
                tr("Preview of a %1 px proxy of the %2 × %3 original: sizes in pixels follow the "
                   "proxy. Full Resolution (Ctrl+R) renders the original.")
                    .arg(imaging::kProxyEdge)
                    .arg(in->originalSize.width())
                    .arg(in->originalSize.height());
    else if (m_lastFull)
        text += QLatin1Char('\n') + tr("Rendered at full resolution.");
    if (!out.warnings.isEmpty()) text += QLatin1Char('\n') + out.warnings.join(QLatin1Char('\n'));
    m_info->setText(text);
}

void StylePreview::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void StylePreview::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) setSource(urls.first().toLocalFile());
}

} // namespace ad::ui
