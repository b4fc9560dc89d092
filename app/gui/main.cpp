// assetdesk: the desktop application.

#include "browser/contentview.h"
#include "browser/mainwindow.h"
#include "common/windowsize.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ad::app::nameApplication();
    ad::app::lowerWorkersBelowTheWindow();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AssetDesk media asset manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto [library, language] = ad::app::commonOptions();
    parser.addOptions({library, language});
    parser.process(app);

    ad::app::applyLanguageAndTheme(app, parser.value(language));
    ad::ui::WindowPlacer placer; // every window within the screen it opens on
    app.installEventFilter(&placer);
    const auto services = ad::app::openServices();

    ad::ui::MainWindow window(services->queue.get(), services->catalog.get());
    const QString folder = parser.isSet(library) ? QDir(parser.value(library)).absolutePath()
                                                 : ad::app::defaultLibrary();
    window.setLibraryFolder(folder);
    if (parser.isSet(library) || window.content()->folder().isEmpty() ||
        window.content()->folder() == QDir::rootPath())
        window.openFolder(folder.isEmpty() ? QDir::homePath() : folder);
    window.show();
    return app.exec();
}
