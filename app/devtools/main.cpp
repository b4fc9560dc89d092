// assetdesk-devtools: the real window driven for developers, never installed. Writes
// screenshots of every view (scripts/screenshots) and measures browsing (bench/browse,
// bench/scroll) with the product's own start-up.

#include "browsebench.h"
#include "browser/mainwindow.h"
#include "common/windowsize.h"
#include "screenshotter.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ad::app::nameApplication();
    ad::app::lowerWorkersBelowTheWindow();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AssetDesk developer tools"));
    parser.addHelpOption();
    const auto [library, language] = ad::app::commonOptions();
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QStringLiteral("Write PNGs of each view and quit."),
                                   QStringLiteral("dir"));
    const QCommandLineOption benchBrowse(
        QStringLiteral("bench-browse"),
        QStringLiteral("Time the first screen of thumbnails of --library and quit."));
    const QCommandLineOption benchScroll(
        QStringLiteral("bench-scroll"),
        QStringLiteral(
            "Scroll the grid of --library top to bottom, time the GUI thread and quit."));
    parser.addOptions({library, language, shots, benchBrowse, benchScroll});
    parser.process(app);
    if (!parser.isSet(library) ||
        !(parser.isSet(shots) || parser.isSet(benchBrowse) || parser.isSet(benchScroll))) {
        std::fprintf(stderr, "assetdesk-devtools: give --library and one of --screenshots, "
                             "--bench-browse or --bench-scroll\n");
        return 2;
    }

    ad::app::applyLanguageAndTheme(app, parser.value(language));
    ad::ui::WindowPlacer placer;
    app.installEventFilter(&placer);
    const auto services = ad::app::openServices();

    ad::ui::MainWindow window(services->queue.get(), services->catalog.get());
    const QString folder = QDir(parser.value(library)).absolutePath();
    window.setLibraryFolder(folder);
    window.openFolder(folder);
    window.show();

    int code = 0;
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(shots)) {
            const QString suffix =
                parser.isSet(language) ? QLatin1Char('-') + parser.value(language) : QString();
            for (const QString &file :
                 ad::ui::captureMainViews(window, parser.value(shots), suffix))
                std::printf("%s\n", qPrintable(file));
        } else if (parser.isSet(benchScroll)) {
            code = ad::ui::runScrollBench(window);
        } else {
            code = ad::ui::runBrowseBench(window, window.queue(), services->catalog.get());
        }
        QApplication::quit();
    });
    app.exec();
    return code;
}
