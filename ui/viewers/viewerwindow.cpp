#include "viewers/viewerwindow.h"

#include "common/imageloader.h"
#include "videotools/videotools.h"
#include "viewers/filmstrip.h"
#include "viewers/imagecanvas.h"
#include "viewers/imageviewer.h"
#include "viewers/mediaview.h"
#include "viewers/videoplayer.h"
#include "viewers/viewerkeys.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ad::ui
{

namespace
{
constexpr char kFilmstrip[] = "viewer/filmstrip";
constexpr char kInterval[] = "viewer/slideshowMs";
constexpr char kShuffle[] = "viewer/slideshowShuffle";
} // namespace

ViewerWindow::ViewerWindow(ImageLoader *loader, QWidget *parent)
    : QWidget(parent, Qt::Window), m_loader(loader), m_view(new MediaView(loader, this)),
      m_bar(new QToolBar(this)), m_filmstrip(new Filmstrip(this)), m_slideshow(new QTimer(this)),
      m_message(new QLabel(this)), m_messageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("viewerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    // A clip opens on its poster with a Play button; Space or Play starts it.
    m_bar->setObjectName(QStringLiteral("viewerToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_filmstrip);

    QAction *previous = addKeyAction(tr("Previous"), {viewerKey(ViewerKey::Previous)});
    previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    QAction *next = addKeyAction(tr("Next"), {viewerKey(ViewerKey::Next)});
    next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(next, &QAction::triggered, this, [this] { step(1); });
    m_bar->addActions({previous, next});
    m_bar->addSeparator();
    QAction *left = addKeyAction(tr("Rotate Left"), {viewerKey(ViewerKey::RotateLeft)});
    left->setObjectName(QStringLiteral("rotateLeft"));
    connect(left, &QAction::triggered, this, [this] { rotateView(-90); });
    QAction *right = addKeyAction(tr("Rotate Right"), {viewerKey(ViewerKey::RotateRight)});
    right->setObjectName(QStringLiteral("rotateRight"));
    connect(right, &QAction::triggered, this, [this] { rotateView(90); });
    for (QAction *a : {left, right})
        a->setToolTip(tr("%1 on screen; the file is not changed (%2)")
                          .arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    m_bar->addActions({left, right});
    m_bar->addSeparator();

    m_videoTools = new VideoTools(m_view->videoPlayer(), this);
    auto *video = new QToolButton(this);
    video->setObjectName(QStringLiteral("videoToolsButton"));
    video->setText(tr("Video"));
    video->setIcon(QIcon::fromTheme(QStringLiteral("video-x-generic")));
    video->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    video->setToolTip(tr("Save Frame, Set as Cover, Trim, sprite sheets and animated previews"));
    video->setMenu(m_videoTools->menu());
    video->setPopupMode(QToolButton::InstantPopup);
    m_videoAction = m_bar->addWidget(video);
    m_videoAction->setVisible(false);

    m_filmstripAction = addKeyAction(tr("Filmstrip"), {viewerKey(ViewerKey::Filmstrip)});
    m_filmstripAction->setObjectName(QStringLiteral("filmstripAction"));
    m_filmstripAction->setCheckable(true);
    connect(m_filmstripAction, &QAction::toggled, this, &ViewerWindow::setFilmstripVisible);
    m_bar->addAction(m_filmstripAction);

    // The slideshow button starts it; its menu holds the interval and the order.
    m_slideshowAction = addKeyAction(tr("Slideshow"), {viewerKey(ViewerKey::Slideshow)});
    m_slideshowAction->setObjectName(QStringLiteral("slideshowAction"));
    m_slideshowAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_slideshowAction, &QAction::triggered, this, [this] {
        if (isSlideshowRunning())
            stopSlideshow();
        else
            startSlideshow();
    });
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("slideshowMenu"));
    auto *intervals = new QActionGroup(menu);
    const int savedMs = QSettings().value(QLatin1String(kInterval), 3000).toInt();
    for (const int seconds : {2, 3, 5, 10, 20}) {
        QAction *a = menu->addAction(tr("Every %n Second(s)", nullptr, seconds));
        a->setCheckable(true);
        a->setChecked(seconds * 1000 == savedMs);
        a->setActionGroup(intervals);
        connect(a, &QAction::triggered, this,
                [this, seconds] { setSlideshowInterval(seconds * 1000); });
    }
    menu->addSeparator();
    m_shuffleAction = menu->addAction(tr("Shuffle"));
    m_shuffleAction->setCheckable(true);
    m_shuffleAction->setChecked(QSettings().value(QLatin1String(kShuffle), false).toBool());
    connect(m_shuffleAction, &QAction::toggled, this, &ViewerWindow::setSlideshowShuffle);
    m_slideshowAction->setMenu(menu);
    m_bar->addAction(m_slideshowAction);
    if (auto *button = qobject_cast<QToolButton *>(m_bar->widgetForAction(m_slideshowAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    m_slideshow->setInterval(savedMs);
    connect(m_slideshow, &QTimer::timeout, this, &ViewerWindow::slideshowNext);

    QAction *full = addKeyAction(tr("Full Screen"), {viewerKey(ViewerKey::FullScreen)});
    connect(full, &QAction::triggered, this, &ViewerWindow::toggleFullScreen);
    m_bar->addAction(full);
    for (QAction *a : {previous, next, m_filmstripAction, full})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    m_slideshowAction->setToolTip(tr("Slideshow (F5); the arrow beside it sets the interval "
                                     "and the order. Esc ends it."));

    connect(addKeyAction({}, {viewerKey(ViewerKey::First)}), &QAction::triggered, this,
            [this] { step(-m_index); });
    connect(addKeyAction({}, {viewerKey(ViewerKey::Last)}), &QAction::triggered, this,
            [this] { step(m_files.size() - 1 - m_index); });
    connect(addKeyAction({}, {viewerKey(ViewerKey::Leave)}), &QAction::triggered, this, [this] {
        if (isSlideshowRunning())
            stopSlideshow();
        else if (isFullScreen())
            showNormal();
        else
            close();
    });

    connect(m_filmstrip, &Filmstrip::picked, this, &ViewerWindow::showIndex);
    m_filmstripAction->setChecked(QSettings().value(QLatin1String(kFilmstrip), true).toBool());
    m_filmstrip->hide(); // until there are files

    // Light on dark whatever the theme: it lies on the picture.
    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setStyleSheet(QStringLiteral("color: white; background: rgba(0, 0, 0, 190); "
                                            "border-radius: 6px; padding: 8px 14px;"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);
    resize(1100, 800);
}

void ViewerWindow::showMessage(const QString &text, int ms)
{
    m_message->setText(text);
    placeMessage();
    m_message->show();
    m_message->raise();
    m_messageTimer->start(ms);
}

QString ViewerWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ViewerWindow::placeMessage()
{
    // Near the top of the picture, centred, clear of the player's controls at the bottom.
    const QRect area = m_view->geometry();
    // One line when it fits (a word-wrapped label's size hint is a narrow guess), plus padding.
    const int natural = m_message->fontMetrics().horizontalAdvance(m_message->text()) + 40;
    const int width = std::min(area.width() - 40, natural);
    m_message->setFixedWidth(std::max(width, 100));
    const int height = m_message->heightForWidth(m_message->width());
    m_message->setFixedHeight(height > 0 ? height : m_message->sizeHint().height());
    m_message->move(area.center().x() - m_message->width() / 2, area.top() + 24);
}

void ViewerWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_message->isVisible()) placeMessage();
}

QAction *ViewerWindow::addKeyAction(const QString &text, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, this);
    a->setShortcuts(keys);
    addAction(a);
    return a;
}

void ViewerWindow::setFiles(const QStringList &paths, int current, const QStringList &names)
{
    m_files = paths;
    m_names = names;
    m_index = std::clamp(current, 0, int(paths.size()) - 1);
    m_filmstrip->setFiles(paths, names);
    setFilmstripVisible(m_filmstripAction->isChecked());
    showCurrent();
}

void ViewerWindow::step(int delta)
{
    showIndex(std::clamp(m_index + delta, 0, int(m_files.size()) - 1));
}

void ViewerWindow::showIndex(int index)
{
    if (index == m_index || index < 0 || index >= m_files.size()) return;
    m_index = index;
    showCurrent();
    if (isSlideshowRunning()) m_slideshow->start(); // a full interval on the file chosen
}

void ViewerWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void ViewerWindow::rotateView(int degrees)
{
    switch (m_view->kind()) {
    case MediaView::Kind::Image:
        m_view->imageViewer()->setViewRotation(m_view->imageViewer()->viewRotation() + degrees);
        break;
    case MediaView::Kind::Video:
        m_view->videoPlayer()->setViewRotation(m_view->videoPlayer()->viewRotation() + degrees);
        break;
    default: // documents turn their pages in their own viewer
        break;
    }
}

void ViewerWindow::setFilmstripVisible(bool visible)
{
    m_filmstripAction->setChecked(visible);
    // One file (a bucket object) needs no strip.
    m_filmstrip->setVisible(visible && !isSlideshowRunning() && m_files.size() > 1);
    if (m_filmstrip->isVisible()) m_filmstrip->setCurrent(m_index);
    QSettings().setValue(QLatin1String(kFilmstrip), visible);
}

void ViewerWindow::startSlideshow()
{
    if (m_files.size() < 2 || isSlideshowRunning()) return;
    m_slideOrder.clear();
    m_slideshowFullScreen = !isFullScreen();
    m_bar->hide();
    m_filmstrip->hide();
    if (m_slideshowFullScreen) showFullScreen();
    m_slideshowAction->setText(tr("Stop Slideshow"));
    m_slideshow->start();
}

void ViewerWindow::stopSlideshow()
{
    if (!isSlideshowRunning()) return;
    m_slideshow->stop();
    m_slideshowAction->setText(tr("Slideshow"));
    m_bar->show();
    setFilmstripVisible(m_filmstripAction->isChecked());
    if (m_slideshowFullScreen) showNormal();
}

bool ViewerWindow::isSlideshowRunning() const
{
    return m_slideshow->isActive();
}

void ViewerWindow::setSlideshowInterval(int ms)
{
    m_slideshow->setInterval(ms);
    QSettings().setValue(QLatin1String(kInterval), ms);
}

void ViewerWindow::setSlideshowShuffle(bool on)
{
    m_shuffleAction->setChecked(on);
    m_slideOrder.clear();
    QSettings().setValue(QLatin1String(kShuffle), on);
}

void ViewerWindow::slideshowNext()
{
    // A round shows every other file once, in folder order from here or shuffled, then repeats.
    if (m_slideOrder.isEmpty()) {
        for (int i = 1; i < m_files.size(); ++i)
            m_slideOrder << (m_index + i) % int(m_files.size());
        if (m_shuffleAction->isChecked())
            std::shuffle(m_slideOrder.begin(), m_slideOrder.end(), *QRandomGenerator::global());
    }
    showIndex(m_slideOrder.takeFirst());
}

void ViewerWindow::showCurrent()
{
    const QString path = currentPath();
    const QString name = m_names.value(m_index, QFileInfo(path).fileName());
    setWindowTitle(tr("%1 (%2 of %3)").arg(name).arg(m_index + 1).arg(m_files.size()));
    m_view->showFile(path);
    const bool clip = MediaView::kindFor(path) == MediaView::Kind::Video;
    m_videoAction->setVisible(clip);
    // A clip's keys (Space, I, O, J, L) belong to its player.
    // The keys of a picture or a document belong to its viewer, which must hold the focus
    // itself: the stack around it does not count, and + did nothing until a click.
    if (!m_filmstrip->hasFocus()) {
        if (clip)
            m_view->videoPlayer()->setFocus();
        else if (m_view->currentWidget() == m_view->imageViewer())
            m_view->imageViewer()->canvas()->setFocus();
        else if (m_view->currentWidget())
            m_view->currentWidget()->setFocus();
        else
            m_view->setFocus();
    }
    m_filmstrip->setCurrent(m_index);
    // The next file first: that is where people usually go.
    m_loader->preload(
        MediaView::imagesAmong({m_files.value(m_index + 1), m_files.value(m_index - 1)}));
    Q_EMIT currentChanged(path);
}

} // namespace ad::ui
