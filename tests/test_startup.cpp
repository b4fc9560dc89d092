// Start-up as `assetdesk` runs it: the command line's language is for that run only.
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "startup.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace ad;

class TestStartup : public QObject
{
    Q_OBJECT

    // Each launch starts without the previous run's translators, as a new process would.
    static void freshProcess()
    {
        for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    static QString preferencesTitle()
    {
        ui::PreferencesDialog dialog;
        dialog.show();
        return dialog.windowTitle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        app::nameApplication();
    }

    void commandLineLanguageIsForThatRunOnly()
    {
        QSettings().clear();
        ui::setLanguageSetting(QStringLiteral("en"));

        freshProcess();
        app::applyLanguageAndTheme(*qApp, QStringLiteral("zh_CN")); // assetdesk --language zh_CN
        QCOMPARE(preferencesTitle(), QStringLiteral("首选项"));
        QCOMPARE(ui::languageSetting(), QStringLiteral("en"));

        freshProcess();
        app::applyLanguageAndTheme(*qApp, QString()); // the next launch, without the flag
        QCOMPARE(preferencesTitle(), QStringLiteral("Preferences"));

        // The saved choice still applies when no language is given.
        ui::setLanguageSetting(QStringLiteral("zh_CN"));
        freshProcess();
        app::applyLanguageAndTheme(*qApp, QString());
        QCOMPARE(preferencesTitle(), QStringLiteral("首选项"));
        QSettings().clear();
    }
};

QTEST_MAIN(TestStartup)
#include "test_startup.moc"
