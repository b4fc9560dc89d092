#include "viewers/documentviewer.h"

#include "common/background.h"
#include "common/error.h"
#include "document/viewdocument.h"
#include "viewers/pageview.h"
#include "viewers/viewerkeys.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>

namespace ad::ui
{

namespace
{
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr int kThumbWidth = 96;
constexpr int kMaxThumbnails = 500; // longer documents get the strip for their first pages
} // namespace

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent), m_bar(new QToolBar(this)), m_pageBox(new QSpinBox(this)),
      m_pageTotal(new QLabel(this)), m_find(new QLineEdit(this)), m_findStatus(new QLabel(this)),
      m_thumbs(new QListWidget(this)), m_scroll(new QScrollArea(this)), m_view(new PageView(this)),
      m_refit(new QTimer(this))
{
    setObjectName(QStringLiteral("documentViewer"));
    m_refit->setSingleShot(true);
    m_refit->setInterval(100);
    connect(m_refit, &QTimer::timeout, this, &DocumentViewer::render);
    auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = m_bar->addAction(text, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!key.isEmpty())
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    add(tr("Previous Page"), viewerKey(ViewerKey::PreviousPage), [this] { goToPage(m_page - 1); });
    add(tr("Next Page"), viewerKey(ViewerKey::NextPage), [this] { goToPage(m_page + 1); });
    m_pageBox->setMinimum(1);
    m_pageBox->setToolTip(tr("Page"));
    m_bar->addWidget(m_pageBox);
    m_bar->addWidget(m_pageTotal);
    m_bar->addSeparator();
    add(tr("Zoom Out"), viewerKey(ViewerKey::PageZoomOut), [this] { setZoom(m_zoom / 1.25); });
    add(tr("Zoom In"), viewerKey(ViewerKey::PageZoomIn), [this] { setZoom(m_zoom * 1.25); });
    add(tr("Fit Width"), viewerKey(ViewerKey::FitWidth), [this] { fitWidth(); });
    m_bar->addSeparator();
    m_find->setPlaceholderText(tr("Find in document"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    m_bar->addWidget(m_find);
    add(tr("Next Match"), viewerKey(ViewerKey::NextMatch), [this] { nextHit(1); });
    add(tr("Previous Match"), viewerKey(ViewerKey::PreviousMatch), [this] { nextHit(-1); });
    m_bar->addWidget(m_findStatus);
    // Standard keys, so the viewer behaves like every other text view.
    QAction *find = new QAction(tr("Find"), this);
    find->setObjectName(QStringLiteral("findInDocument"));
    find->setShortcut(viewerKey(ViewerKey::Find));
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(find);
    m_find->setToolTip(tr("Find in document (%1)")
                           .arg(viewerKey(ViewerKey::Find).toString(QKeySequence::NativeText)));
    QAction *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(viewerKey(ViewerKey::CopyText));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DocumentViewer::copySelection);
    addAction(copy);
    QAction *all = new QAction(tr("Select Page Text"), this);
    all->setShortcut(viewerKey(ViewerKey::SelectPageText));
    all->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(all, &QAction::triggered, this, &DocumentViewer::selectAll);
    addAction(all);

    m_thumbs->setObjectName(QStringLiteral("pageThumbnails"));
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setFlow(QListView::TopToBottom);
    m_thumbs->setWrapping(false);
    m_thumbs->setMovement(QListView::Static);
    m_thumbs->setIconSize(QSize(kThumbWidth, kThumbWidth * 4 / 3));
    m_thumbs->setFixedWidth(kThumbWidth + 40);
    QPalette strip = m_thumbs->palette();
    strip.setColor(QPalette::Base, strip.color(QPalette::Mid));
    m_thumbs->setPalette(strip);
    m_thumbs->setGridSize(QSize(kThumbWidth + 16, kThumbWidth * 4 / 3 + 24));
    m_scroll->setWidget(m_view);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_thumbs);
    body->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addLayout(body, 1);

    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int v) { goToPage(v - 1); });
    connect(m_thumbs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) goToPage(row);
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_find->text() == m_searched && !m_hits.isEmpty())
            nextHit(QApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : 1);
        else
            search(m_find->text());
    });
    connect(&m_opening, &QFutureWatcher<Opened>::finished, this, [this] {
        const Opened r = m_opening.result();
        if (!r.doc) {
            Q_EMIT failed(r.error);
            return;
        }
        m_doc = r.doc;
        m_pageBox->setMaximum(m_doc->pageCount());
        m_pageTotal->setText(tr("of %1").arg(m_doc->pageCount()));
        m_page = -1;
        makeThumbnails();
        goToPage(0);
        Q_EMIT opened(m_doc->pageCount());
    });
    updateControls();
}

DocumentViewer::~DocumentViewer()
{
    close();
    m_opening.waitForFinished();
}

void DocumentViewer::open(const QString &path)
{
    close();
    auto cancel = m_cancel;
    m_opening.setFuture(background::run([path, cancel] {
        Opened r;
        try {
            r.doc = document::ViewDocument::open(path, {}, cancel.get());
        } catch (const ProcessingError &e) {
            r.error = e.error().message;
        }
        return r;
    }));
}

void DocumentViewer::close()
{
    if (m_cancel) m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_doc.reset();
    m_hits.clear();
    m_hit = -1;
    m_searched.clear();
    m_findStatus->clear();
    m_thumbs->clear();
    m_view->setPage({}, {}, 1.0);
    m_view->setHits({}, -1);
    m_view->setSelection({});
    ++m_renderSerial;
    updateControls();
}

bool DocumentViewer::isLoading() const
{
    return m_opening.isRunning();
}

int DocumentViewer::pageCount() const
{
    return m_doc ? m_doc->pageCount() : 0;
}

void DocumentViewer::goToPage(int index)
{
    if (!m_doc || index < 0 || index >= m_doc->pageCount() || index == m_page) return;
    m_page = index;
    m_view->setSelection({});
    {
        const QSignalBlocker a(m_pageBox), b(m_thumbs);
        m_pageBox->setValue(index + 1);
        m_thumbs->setCurrentRow(index < m_thumbs->count() ? index : -1);
    }
    m_scroll->verticalScrollBar()->setValue(0);
    showHits();
    render();
    updateControls();
}

void DocumentViewer::setZoom(double zoom)
{
    m_fitWidth = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void DocumentViewer::fitWidth()
{
    m_fitWidth = true;
    render();
}

void DocumentViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a narrow pane the page needs the room more than the strip does.
    m_thumbs->setVisible(width() >= 520);
    if (m_fitWidth) m_refit->start(); // once the resizing settles
}

double DocumentViewer::pixelsPerPoint() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

void DocumentViewer::render()
{
    if (!m_doc || m_page < 0) return;
    const QSizeF points = m_doc->pageSizePoints(m_page);
    if (m_fitWidth && points.width() > 0) {
        // Room for the scroll bar is kept either way, so the fit does not flip as it comes
        // and goes.
        const int room = m_scroll->width() - 2 * m_scroll->frameWidth() -
                         m_scroll->verticalScrollBar()->sizeHint().width() - 12;
        m_zoom = std::clamp(room / (points.width() * logicalDpiX() / 72.0), kMinZoom, kMaxZoom);
    }
    const double scale = pixelsPerPoint();
    // The current picture stretches to the new size at once; the sharp one follows.
    m_view->setPage(m_view->image(), points, scale);
    const double dpi = scale * 72.0 * devicePixelRatioF();
    const quint64 serial = ++m_renderSerial;
    const int page = m_page;
    auto doc = m_doc;
    background::run([doc, page, dpi] {
        return doc->render(page, dpi);
    }).then(this, [this, serial, page, points, scale](const QImage &image) {
        if (serial != m_renderSerial) return;
        m_view->setPage(image, points, scale);
        Q_EMIT pageRendered(page);
    });
}

void DocumentViewer::makeThumbnails()
{
    const int count = std::min(m_doc->pageCount(), kMaxThumbnails);
    for (int i = 0; i < count; ++i)
        m_thumbs->addItem(new QListWidgetItem(QString::number(i + 1)));
    auto doc = m_doc;
    auto cancel = m_cancel;
    QPointer<DocumentViewer> self(this);
    // One background pass; each page's picture is posted back as it is made.
    (void)background::run([doc, cancel, count, self] {
        for (int i = 0; i < count && !cancel->load(); ++i) {
            const double dpi = kThumbWidth * 72.0 / std::max(1.0, doc->pageSizePoints(i).width());
            const QImage thumb = doc->render(i, dpi);
            QMetaObject::invokeMethod(self, [self, cancel, i, thumb] {
                if (!self || cancel->load() || i >= self->m_thumbs->count()) return;
                // A grey edge, so white pages stand out from the strip and from each other.
                QPixmap page = QPixmap::fromImage(thumb);
                QPainter edge(&page);
                edge.setPen(QColor(140, 140, 140));
                edge.drawRect(page.rect().adjusted(0, 0, -1, -1));
                edge.end();
                self->m_thumbs->item(i)->setIcon(QIcon(page));
            });
        }
    });
}

void DocumentViewer::search(const QString &text)
{
    m_searched = text;
    m_hits.clear();
    m_hit = -1;
    showHits();
    if (!m_doc || text.trimmed().isEmpty()) {
        m_findStatus->clear();
        Q_EMIT searchDone(0);
        return;
    }
    m_findStatus->setText(tr("Searching…"));
    auto doc = m_doc;
    auto cancel = m_cancel;
    background::run([doc, cancel, text] {
        return doc->find(text, cancel.get());
    }).then(this, [this, cancel, text](const QList<Hit> &hits) {
        if (cancel->load() || text != m_searched) return;
        m_hits = hits;
        // The first match at or after the page being read.
        m_hit = hits.isEmpty() ? -1 : 0;
        for (int i = 0; i < hits.size(); ++i)
            if (hits[i].page >= m_page) {
                m_hit = i;
                break;
            }
        if (m_hit >= 0) goToPage(m_hits[m_hit].page);
        showHits();
        Q_EMIT searchDone(hits.size());
    });
}

void DocumentViewer::nextHit(int step)
{
    if (m_hits.isEmpty()) return;
    m_hit = (m_hit + step + m_hits.size()) % m_hits.size();
    goToPage(m_hits[m_hit].page);
    showHits();
}

void DocumentViewer::showHits()
{
    QList<QRectF> onPage;
    int current = -1;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].page != m_page) continue;
        if (i == m_hit) current = onPage.size();
        onPage.append(m_hits[i].rect);
    }
    m_view->setHits(onPage, current);
    if (!m_searched.isEmpty() && !isLoading())
        m_findStatus->setText(m_hits.isEmpty() ? tr("No matches")
                                               : tr("%1 of %2").arg(m_hit + 1).arg(m_hits.size()));
    if (current >= 0) {
        const QRect r = m_view->widgetRect(onPage[current]);
        m_scroll->ensureVisible(r.center().x(), r.center().y(), 50, 80);
    }
}

void DocumentViewer::selectAll()
{
    if (m_doc) setSelection(QRectF(QPointF(), m_doc->pageSizePoints(m_page)));
}

void DocumentViewer::setSelection(const QRectF &points)
{
    m_view->setSelection(points);
}

QString DocumentViewer::selectedText() const
{
    if (!m_doc || m_view->selection().isEmpty()) return {};
    return document::textIn(m_doc->words(m_page), m_view->selection());
}

void DocumentViewer::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty()) QGuiApplication::clipboard()->setText(text);
}

void DocumentViewer::updateControls()
{
    const bool open = m_doc != nullptr;
    m_bar->setEnabled(open);
    m_pageBox->setEnabled(open);
    if (!open) m_pageTotal->clear();
}

} // namespace ad::ui
