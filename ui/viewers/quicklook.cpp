#include "viewers/quicklook.h"

#include "viewers/mediaview.h"

#include <QApplication>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ad::ui
{

QuickLook::QuickLook(ImageLoader *loader, QWidget *window)
    : QFrame(window, Qt::Tool | Qt::FramelessWindowHint), m_view(new MediaView(loader, this)),
      m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("quickLook"));
    setWindowTitle(tr("Quick Look"));
    setFrameShape(QFrame::Box);
    setLineWidth(1);
    setAttribute(Qt::WA_ShowWithoutActivating); // the grid keeps the keyboard
    m_caption->setObjectName(QStringLiteral("quickLookCaption"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
}

void QuickLook::showFile(const QString &path)
{
    if (path != m_view->path()) m_view->showFile(path);
    // A clip opens on its poster, as in the viewer; Space belongs to the grid, so a click plays.
    m_caption->setText(
        MediaView::kindFor(path) == MediaView::Kind::Video
            ? tr("%1 — click the picture to play; Space or Esc closes, arrow keys "
                 "move on")
                  .arg(QFileInfo(path).fileName())
            : tr("%1 — Space or Esc closes, arrow keys move on").arg(QFileInfo(path).fileName()));
    if (!isVisible()) {
        place();
        show();
    }
}

QString QuickLook::path() const
{
    return isVisible() ? m_view->path() : QString();
}

void QuickLook::place()
{
    // Most of the main window, centred on it: large, yet clearly a glance and not the viewer.
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!window) return;
    const QRect frame = window->geometry();
    const QSize size(frame.width() * 7 / 10, frame.height() * 8 / 10);
    setGeometry(QRect(frame.center() - QPoint(size.width() / 2, size.height() / 2), size));
}

void QuickLook::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    // The player's buttons and its own Space (play or pause) would take the key once a click
    // gave them the focus, while the footer promises that Space closes.
    qApp->installEventFilter(this);
    Q_EMIT shown(true);
}

void QuickLook::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    QFrame::hideEvent(event);
    Q_EMIT shown(false);
}

bool QuickLook::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (widget == this || !widget || !isAncestorOf(widget)) return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Space && key != Qt::Key_Escape) return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // no shortcut: the key press comes here
        return true;
    }
    keyPressEvent(static_cast<QKeyEvent *>(event));
    return true;
}

void QuickLook::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Escape:
        m_view->clear(); // a playing video stops
        hide();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        Q_EMIT step(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        Q_EMIT step(1);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace ad::ui
