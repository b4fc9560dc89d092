#include "watermark/watermarkwindow.h"

#include "buckets/cloudplacebox.h"
#include "watermark/blindmarkform.h"
#include "watermark/robustnesspage.h"
#include "watermark/watermarkembedpage.h"
#include "watermark/watermarkextractpage.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ad::ui
{

WatermarkWindow::WatermarkWindow(std::function<void(const QString &)> batch, QWidget *parent)
    : QWidget(parent, Qt::Window), m_tabs(new QTabWidget(this)), m_place(new CloudPlaceBox(this)),
      m_embed(new WatermarkEmbedPage(std::move(batch), this)),
      m_extract(new WatermarkExtractPage(this)), m_report(new RobustnessPage(this))
{
    setObjectName(QStringLiteral("watermarkWindow"));
    setWindowTitle(tr("Blind Watermark"));
    setAcceptDrops(true);
    m_tabs->addTab(m_embed, tr("&Embed"));
    m_tabs->addTab(m_extract, tr("E&xtract"));
    m_tabs->addTab(m_report, tr("&Robustness Report"));
    m_embed->setPlace(m_place);
    m_extract->setPlace(m_place);
    // The report measures this computer's marks only: on its tab a line says so where the place
    // is chosen, in the same room, so that the tabs do not jump up under the pointer (an empty
    // band there puzzled a new user).
    auto *where = new QStackedWidget(this);
    where->addWidget(m_place);
    auto *here = new QLabel(tr("Reports are made on this computer: the cloud's own marks cannot "
                               "be measured here."),
                            where);
    // One line: a wrapped label makes the stack's height follow its current page.
    here->setObjectName(QStringLiteral("reportPlace"));
    where->addWidget(here);
    where->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the tabs take the rest
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, where, here] {
        where->setCurrentWidget(m_tabs->currentWidget() == m_report
                                    ? static_cast<QWidget *>(here)
                                    : static_cast<QWidget *>(m_place));
    });
    // What was just marked is what one checks next: the marked copy, and for types 1 and 2 the
    // original or the mark it was made with.
    connect(m_embed, &WatermarkEmbedPage::finished, this, [this](bool ok) {
        if (!ok) return;
        BlindMarkForm *from = m_embed->form(), *to = m_extract->form();
        m_extract->setSuspect(m_embed->written());
        to->setType(from->type());
        if (from->type() == 1) to->setImagePath(m_embed->source());
        if (from->type() == 2) to->setImagePath(from->imagePath());
        // The report tries the same kind of mark next.
        BlindMarkForm *report = m_report->form();
        report->setType(from->type());
        if (from->type() == 3) report->setText(from->text());
        if (from->type() != 3) report->setImagePath(from->imagePath());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_tabs);
    resize(1000, 680);
}

void WatermarkWindow::setPictures(const QStringList &paths)
{
    if (paths.isEmpty()) return;
    m_embed->setSource(paths.first());
    // A copy this window marked stays the suspect; else the selection is.
    if (m_embed->written().isEmpty() || m_extract->suspect() != m_embed->written())
        m_extract->setSuspect(paths.first());
    m_report->setPictures(paths);
}

void WatermarkWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void WatermarkWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return;
    if (m_tabs->currentWidget() == m_embed)
        m_embed->setSource(paths.first());
    else if (m_tabs->currentWidget() == m_extract)
        m_extract->setSuspect(paths.first());
    else
        m_report->setPictures(m_report->pictures() + paths);
    event->acceptProposedAction();
}

// Escape stops a report that is running, else closes the window, as a dialog's would.
void WatermarkWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_report->isRunning())
        m_report->cancel();
    else
        close();
}

} // namespace ad::ui
