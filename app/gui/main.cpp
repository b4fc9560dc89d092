// assetdesk: the desktop application.

#include "appsettings.h"
#include "browsebench.h"
#include "catalog/catalog.h"
#include "contentview.h"
#include "imaging/librarylog.h"
#include "jobs/jobqueue.h"
#include "jobs/standardkinds.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "theme.h"
#include "windowsize.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace
{
QString defaultLibrary()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {appDir + QStringLiteral("/../samples"),
                                     appDir + QStringLiteral("/../share/assetdesk/samples")}) {
        if (QFileInfo(candidate).isDir()) return QDir(candidate).absolutePath();
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ad::imaging::routeLibraryLogs();
    QApplication::setOrganizationName(QStringLiteral("AssetDesk"));
    QApplication::setApplicationName(QStringLiteral("AssetDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ASSETDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("assetdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AssetDesk media asset manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(QStringLiteral("library"), QStringLiteral("Folder to open."),
                                     QStringLiteral("dir"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QStringLiteral("Write PNGs of each view and quit."),
                                   QStringLiteral("dir"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("UI language (en, zh_CN)."),
                                      QStringLiteral("code"));
    const QCommandLineOption benchBrowse(
        QStringLiteral("bench-browse"),
        QStringLiteral("Time the first screen of thumbnails of --library and quit."));
    const QCommandLineOption benchScroll(
        QStringLiteral("bench-scroll"),
        QStringLiteral(
            "Scroll the grid of --library top to bottom, time the GUI thread and quit."));
    parser.addOptions({library, shots, language, benchBrowse, benchScroll});
    parser.process(app);

    if (parser.isSet(language)) ad::ui::setLanguageSetting(parser.value(language));
    ad::ui::installTranslations(app);
    ad::ui::applyTheme(ad::ui::themeSetting());
    ad::ui::WindowPlacer placer; // every window within the screen it opens on
    app.installEventFilter(&placer);

    // The job journal: jobs interrupted by a crash or a kill continue here. A second running
    // instance keeps its jobs in memory instead of sharing the journal.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    QLockFile journalLock(data + QStringLiteral("/jobs.sqlite.lock"));
    std::unique_ptr<ad::jobs::JobQueue> queue;
    if (journalLock.tryLock(0)) {
        try {
            queue = std::make_unique<ad::jobs::JobQueue>(data + QStringLiteral("/jobs.sqlite"));
        } catch (const std::exception &e) {
            QMessageBox::warning(
                nullptr, QObject::tr("AssetDesk"),
                QObject::tr(
                    "The job journal could not be opened (%1); jobs will not survive a restart.")
                    .arg(QString::fromUtf8(e.what())));
        }
    }
    if (queue) {
        ad::jobs::registerStandardKinds(*queue);
        queue->start();
    }

    // The catalogue (ratings, tags, notes); without it the window keeps them for this run only.
    std::unique_ptr<ad::catalog::Catalog> catalog;
    try {
        catalog = std::make_unique<ad::catalog::Catalog>(data + QStringLiteral("/catalog.sqlite"));
    } catch (const std::exception &e) {
        QMessageBox::warning(
            nullptr, QObject::tr("AssetDesk"),
            QObject::tr(
                "The catalogue could not be opened (%1); ratings and tags will not be kept.")
                .arg(QString::fromUtf8(e.what())));
    }

    ad::ui::MainWindow window(queue.get(), catalog.get());
    const QString folder =
        parser.isSet(library) ? QDir(parser.value(library)).absolutePath() : defaultLibrary();
    window.setLibraryFolder(folder);
    if (parser.isSet(library) || window.content()->folder().isEmpty() ||
        window.content()->folder() == QDir::rootPath())
        window.openFolder(folder.isEmpty() ? QDir::homePath() : folder);
    window.show();

    if (parser.isSet(shots)) {
        QTimer::singleShot(0, &window, [&] {
            const QString suffix =
                parser.isSet(language) ? QLatin1Char('-') + parser.value(language) : QString();
            for (const QString &file :
                 ad::ui::captureMainViews(window, parser.value(shots), suffix))
                std::printf("%s\n", qPrintable(file));
            QApplication::quit();
        });
    }
    if (parser.isSet(benchBrowse) || parser.isSet(benchScroll)) {
        int code = 1;
        QTimer::singleShot(0, &window, [&] {
            code = parser.isSet(benchScroll)
                       ? ad::ui::runScrollBench(window)
                       : ad::ui::runBrowseBench(window, window.queue(), catalog.get());
            QApplication::quit();
        });
        app.exec();
        return code;
    }
    return app.exec();
}
