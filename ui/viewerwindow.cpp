#include "viewerwindow.h"

#include "imageloader.h"
#include "mediaview.h"

#include <QAction>
#include <QFileInfo>
#include <QVBoxLayout>

namespace ad::ui
{

ViewerWindow::ViewerWindow(ImageLoader *loader, QWidget *parent)
    : QWidget(parent, Qt::Window), m_loader(loader), m_view(new MediaView(loader, this))
{
    setObjectName(QStringLiteral("viewerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_view->setAutoPlay(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    auto key = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key({QKeySequence(Qt::Key_Right)}, [this] { step(1); });
    key({QKeySequence(Qt::Key_Left)}, [this] { step(-1); });
    key({QKeySequence(Qt::Key_Home)}, [this] { step(-m_index); });
    key({QKeySequence(Qt::Key_End)}, [this] { step(m_files.size() - 1 - m_index); });
    key({QKeySequence(Qt::Key_F11)}, [this] { toggleFullScreen(); });
    key({QKeySequence(Qt::Key_Escape)}, [this] {
        if (isFullScreen())
            showNormal();
        else
            close();
    });
    resize(1100, 800);
}

void ViewerWindow::setFiles(const QStringList &paths, int current, const QStringList &names)
{
    m_files = paths;
    m_names = names;
    m_index = std::clamp(current, 0, int(paths.size()) - 1);
    showCurrent();
}

void ViewerWindow::step(int delta)
{
    const int next = std::clamp(m_index + delta, 0, int(m_files.size()) - 1);
    if (next == m_index || m_files.isEmpty()) return;
    m_index = next;
    showCurrent();
}

void ViewerWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void ViewerWindow::showCurrent()
{
    const QString path = currentPath();
    const QString name = m_names.value(m_index, QFileInfo(path).fileName());
    setWindowTitle(tr("%1 (%2 of %3)").arg(name).arg(m_index + 1).arg(m_files.size()));
    m_view->showFile(path);
    m_view->setFocus();
    // The next file first: that is where people usually go.
    m_loader->preload(
        MediaView::imagesAmong({m_files.value(m_index + 1), m_files.value(m_index - 1)}));
    Q_EMIT currentChanged(path);
}

} // namespace ad::ui
