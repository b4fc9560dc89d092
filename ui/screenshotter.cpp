#include "screenshotter.h"

#include "batchdialog.h"
#include "contentview.h"
#include "doctoimagedialog.h"
#include "filterbar.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "previewpane.h"

#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QTemporaryDir>
#include <QThread>

namespace ad::ui
{

namespace
{
// Lets queued work (directory listing, preview decoding) finish before a picture is taken.
template <typename Pred> void settle(Pred done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    } while (!done() && !deadline.hasExpired());
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QString save(QWidget &widget, const QString &dir, const QString &name, const QString &suffix)
{
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    widget.grab().save(path);
    return path;
}
} // namespace

QStringList captureMainViews(MainWindow &window, const QString &dir, const QString &suffix)
{
    QDir().mkpath(dir);
    QStringList written;
    ContentView *content = window.content();
    settle([&] { return content->entryCount() > 0; });

    content->setMode(ContentView::Mode::Grid);
    // The sample photo shows EXIF in the inspector; any other folder shows its first file.
    if (!content->selectPath(content->folder() + QStringLiteral("/landscape.jpg")))
        content->selectFirstFile();
    settle([&] { return !window.preview()->isLoading() && content->thumbnailsPending() == 0; },
           15000);
    written << save(window, dir, QStringLiteral("main-grid"), suffix);

    // The filter bar narrowing the folder to videos.
    if (QAction *filters = window.findChild<QAction *>(QStringLiteral("filterBarAction"))) {
        filters->setChecked(true);
        window.findChild<FilterBar *>()->setKind(int(catalog::Kind::Video));
        settle([&] { return content->thumbnailsPending() == 0; }, 5000);
        written << save(window, dir, QStringLiteral("main-filtered"), suffix);
        filters->setChecked(false);
        settle([] { return true; }, 200);
    }

    content->setMode(ContentView::Mode::List);
    settle([] { return true; }, 200);
    written << save(window, dir, QStringLiteral("main-list"), suffix);
    content->setMode(ContentView::Mode::Grid);

    written << save(*window.inspectorDock(), dir, QStringLiteral("inspector"), suffix);
    written << save(*window.sourcesDock(), dir, QStringLiteral("sources"), suffix);

    // A batch over the folder: the dialog with its dry run, then the Jobs dock once it ran.
    QTemporaryDir output;
    BatchDialog batch(window.queue(), {}, content->folder(), &window);
    batch.setStyles({QStringLiteral("imageMogr2/thumbnail/400x/format/webp"),
                     QStringLiteral("imageMogr2/thumbnail/200x200!/rotate/90")});
    batch.setDestination(output.path());
    batch.preview();
    batch.show();
    settle([] { return true; }, 200);
    written << save(batch, dir, QStringLiteral("batch-dialog"), suffix);
    batch.accept();
    settle([&] { return window.queue()->isIdle(); }, 30000);
    settle([] { return true; }, 400); // the Jobs dock refreshes a moment later
    written << save(window, dir, QStringLiteral("jobs"), suffix);

    // Documents to Images on the sample report and spreadsheet, with the first page shown.
    DocToImageDialog docs(window.queue(),
                          {content->folder() + QStringLiteral("/report.pdf"),
                           content->folder() + QStringLiteral("/budget.xlsx")},
                          content->folder(), &window);
    docs.setDestination(output.filePath(QStringLiteral("pages")));
    docs.show();
    settle([&] { return !docs.isPreviewing(); }, 20000);
    settle([] { return true; }, 300);
    written << save(docs, dir, QStringLiteral("doc-to-image"), suffix);
    docs.close();

    PreferencesDialog preferences(&window);
    preferences.show();
    settle([] { return true; }, 200);
    written << save(preferences, dir, QStringLiteral("preferences"), suffix);
    preferences.close();
    return written;
}

} // namespace ad::ui
