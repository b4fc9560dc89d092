#pragma once

// What every window-opening executable sets up before its main window: the application's names,
// language and theme, the job journal and the catalogue. Shared by `assetdesk` and the
// developer tools (app/devtools), so screenshots and benches measure the product's start-up.

#include <QCommandLineOption>
#include <QLockFile>
#include <QString>
#include <memory>

class QApplication;

namespace ad::jobs
{
class JobQueue;
}
namespace ad::catalog
{
class Catalog;
}

namespace ad::app
{

// Names the application (settings and data paths follow them) and routes library logs.
void nameApplication();

// Worker threads run below the GUI thread from here on (workers::setNiceness), so a busy
// machine still paints and scrolls the window first.
void lowerWorkersBelowTheWindow();

// The options every window-opening executable takes: --library DIR (the folder to open) and
// --language CODE (for this run only).
struct CommonOptions {
    QCommandLineOption library;
    QCommandLineOption language;
};
CommonOptions commonOptions();

// Installs the translations and theme. `language` (the command line's) applies to this run only;
// empty keeps the saved or system choice.
void applyLanguageAndTheme(QApplication &app, const QString &language);

// The job journal and catalogue in the user's data folder. Either may be null: a second
// running instance keeps its jobs in memory, and a catalogue that cannot open keeps ratings
// for this run only (both are told in a message box).
struct Services {
    Services();
    ~Services();
    std::unique_ptr<QLockFile> journalLock;
    std::unique_ptr<jobs::JobQueue> queue;
    std::unique_ptr<catalog::Catalog> catalog;
};
std::unique_ptr<Services> openServices();

// The sample library shipped beside the executable, or empty.
QString defaultLibrary();

} // namespace ad::app
