#include "previewpane.h"

#include "imaging/preview.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ad::ui
{

namespace
{
// Decode once at a size good for the pane on common screens; the label scales down from it.
const QSize kDecodeBound(2048, 2048);
} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent), m_picture(new QLabel(this)), m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("previewPane"));
    auto *layout = new QVBoxLayout(this);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(160, 120);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_picture->setText(tr("Select a file to preview it."));
    m_picture->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_caption);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        m_image = r.image;
        if (m_image.isNull()) m_picture->setText(tr("No preview: %1").arg(r.error));
        present();
        Q_EMIT loaded();
    });
}

void PreviewPane::showFile(const QString &path)
{
    m_path = path;
    m_image = QImage();
    m_caption->setText(QFileInfo(path).fileName());
    m_picture->setPixmap(QPixmap());
    m_picture->setText(tr("Loading…"));
    // A newer request replaces the older one; the stale result is simply not shown.
    m_watcher.setFuture(QtConcurrent::run([path] {
        Result r;
        r.image = imaging::loadPreview(path, kDecodeBound, &r.error);
        return r;
    }));
}

bool PreviewPane::isLoading() const
{
    return m_watcher.isRunning();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    present();
}

void PreviewPane::present()
{
    if (m_image.isNull()) return;
    const QSize bound = m_picture->size();
    const QImage shown = (m_image.width() > bound.width() || m_image.height() > bound.height())
                             ? m_image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : m_image;
    m_picture->setPixmap(QPixmap::fromImage(shown));
}

} // namespace ad::ui
