#include "startup.h"

#include "catalog/catalog.h"
#include "common/theme.h"
#include "common/workerpriority.h"
#include "imaging/librarylog.h"
#include "jobs/jobqueue.h"
#include "jobs/standardkinds.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace ad::app
{

void nameApplication()
{
    imaging::routeLibraryLogs();
    QApplication::setOrganizationName(QStringLiteral("AssetDesk"));
    QApplication::setApplicationName(QStringLiteral("AssetDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ASSETDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("assetdesk"));
}

void lowerWorkersBelowTheWindow()
{
    // Ten levels: with every worker there, 20,000 files scrolled with no GUI gap over 50 ms on
    // two cores that other builds kept busy (36 ms at most, against 52 to 80 ms without).
    workers::setNiceness(10);
}

CommonOptions commonOptions()
{
    return {QCommandLineOption(QStringLiteral("library"), QStringLiteral("Folder to open."),
                               QStringLiteral("dir")),
            QCommandLineOption(QStringLiteral("language"),
                               QStringLiteral("UI language for this run (en, zh_CN)."),
                               QStringLiteral("code"))};
}

void applyLanguageAndTheme(QApplication &app, const QString &language)
{
    ui::installTranslations(app, language);
    ui::applyTheme(ui::themeSetting());
}

Services::Services() = default;
Services::~Services() = default;

std::unique_ptr<Services> openServices()
{
    auto services = std::make_unique<Services>();
    // The job journal: jobs interrupted by a crash or a kill continue here. A second running
    // instance keeps its jobs in memory instead of sharing the journal.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    services->journalLock = std::make_unique<QLockFile>(data + QStringLiteral("/jobs.sqlite.lock"));
    if (services->journalLock->tryLock(0)) {
        try {
            services->queue =
                std::make_unique<jobs::JobQueue>(data + QStringLiteral("/jobs.sqlite"));
        } catch (const std::exception &e) {
            QMessageBox::warning(
                nullptr, QObject::tr("AssetDesk"),
                QObject::tr(
                    "The job journal could not be opened (%1); jobs will not survive a restart.")
                    .arg(QString::fromUtf8(e.what())));
        }
    }
    if (services->queue) {
        jobs::registerStandardKinds(*services->queue);
        services->queue->start();
    }

    // The catalogue (ratings, tags, notes); without it the window keeps them for this run only.
    try {
        services->catalog =
            std::make_unique<catalog::Catalog>(data + QStringLiteral("/catalog.sqlite"));
    } catch (const std::exception &e) {
        QMessageBox::warning(
            nullptr, QObject::tr("AssetDesk"),
            QObject::tr(
                "The catalogue could not be opened (%1); ratings and tags will not be kept.")
                .arg(QString::fromUtf8(e.what())));
    }
    return services;
}

QString defaultLibrary()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {appDir + QStringLiteral("/../samples"),
                                     appDir + QStringLiteral("/../share/assetdesk/samples")}) {
        if (QFileInfo(candidate).isDir()) return QDir(candidate).absolutePath();
    }
    return {};
}

} // namespace ad::app
