// The Jobs dock: a journal that refuses a write (a full disk) is said in the dock, with what
// to do, and Resume or Retry takes the message away.

#include "jobs/jobqueue.h"
#include "jobs/jobspanel.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

class JobsPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journalFailureIsShownUntilRetried()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        jobs::JobQueue queue(dir.filePath(QStringLiteral("jobs.sqlite")));
        jobs::JobKind failing;
        failing.run = [](const jobs::ItemRecord &, const QJsonObject &,
                         const std::atomic<bool> &) -> jobs::ItemOutcome {
            return {jobs::ItemState::Failed, QStringLiteral("unreadable"), 0, 0};
        };
        queue.registerKind(QStringLiteral("failing"), failing);
        queue.start();
        ui::JobsPanel panel(&queue);
        panel.show();
        jobs::JobSpec spec;
        spec.kind = QStringLiteral("failing");
        spec.title = QStringLiteral("two items");
        for (int i = 0; i < 2; ++i)
            spec.items << jobs::ItemPlan{QStringLiteral("in%1").arg(i),
                                         QStringLiteral("out%1").arg(i),
                                         {},
                                         jobs::ItemState::Pending,
                                         {}};
        queue.submit(spec);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 10000);
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("journalError"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        const QString error =
            QStringLiteral("job journal '/full/jobs.sqlite': no space left on device");
        Q_EMIT queue.journalFailed(error);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(error));
        QVERIFY(banner->text().contains(QStringLiteral("Resume")));

        // Retrying writes to the journal again: the message goes, and comes back if it refuses.
        QAction *retry = nullptr;
        for (QAction *a : panel.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Retry Failed")) retry = a;
        QVERIFY(retry);
        QTRY_VERIFY(retry->isEnabled());
        retry->trigger();
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 10000);
    }
};

QTEST_MAIN(JobsPanelTest)
#include "test_jobspanel.moc"
