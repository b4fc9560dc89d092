// Batch Process with Run in the cloud, driven through the real dialog against the local endpoint
// (signatures required, reached as a COS bucket through COS_ENDPOINT): the option is offered
// only for a cos:// source, the dry run lists every output, Start queues a cloud job whose
// results appear in the bucket, and the Jobs dock's report lists the UploadResult facts.

#include "jobs/batchdialog.h"
#include "jobs/cloudbatch.h"
#include "jobs/jobqueue.h"
#include "jobs/jobspanel.h"
#include "jobs/standardkinds.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ad;

namespace
{
const QString kId = QStringLiteral("AKIDcloudDialogTest00000000000000000");
const QString kKey = QStringLiteral("cloudDialogSecretKey000000000000");
const QString kBucket = QStringLiteral("cos://photos-1250000000/");
} // namespace

class TestCloudBatchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offeredOnlyForCosSources();
    void runsInTheCloudAndReports();

private:
    QTemporaryDir m_root;
    QTemporaryDir m_work;
    std::unique_ptr<test::ServeProcess> m_serve;
};

void TestCloudBatchDialog::initTestCase()
{
    QVERIFY(m_root.isValid() && m_work.isValid());
    QDir().mkpath(m_root.filePath(QStringLiteral("in")));
    for (int i = 0; i < 3; ++i) {
        QFile f(m_root.filePath(QStringLiteral("in/p%1.jpg").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::makeImage(80, 60, QStringLiteral("jpg")));
    }
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root.path(), QStringLiteral("--secret-id"), kId,
                    QStringLiteral("--secret-key"), kKey});
    QVERIFY(m_serve->start());
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", kId.toUtf8());
    qputenv("COS_SECRET_KEY", kKey.toUtf8());
    qputenv("COS_ENDPOINT", m_serve->url().toUtf8());
}

void TestCloudBatchDialog::offeredOnlyForCosSources()
{
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    ui::BatchDialog dialog(&queue, {}, m_work.path());
    auto *cloud = dialog.findChild<QCheckBox *>(QStringLiteral("runInCloud"));
    auto *rate = dialog.findChild<QSpinBox *>(QStringLiteral("cloudRate"));
    QVERIFY(cloud && rate);
    QVERIFY(!cloud->isEnabled());
    QVERIFY2(cloud->toolTip().contains(QLatin1String("COS bucket")), qPrintable(cloud->toolTip()));
    QVERIFY(!rate->isEnabled());

    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("sourceFolder"));
    QVERIFY(folder);
    folder->setText(QStringLiteral("s3://photos/in/"));
    QVERIFY(!cloud->isEnabled());
    folder->setText(kBucket + QStringLiteral("in/"));
    QVERIFY(cloud->isEnabled());
    QVERIFY(!rate->isEnabled());
    cloud->setChecked(true);
    QVERIFY(rate->isEnabled());
    QCOMPARE(rate->maximum(), jobs::kCloudMaxRequestRate);
    QVERIFY(dialog.runsInCloud());
    // Back to a local folder: the option goes, and the batch runs here again.
    folder->setText(m_work.path());
    QVERIFY(!cloud->isEnabled());
    QVERIFY(!dialog.runsInCloud());
}

void TestCloudBatchDialog::runsInTheCloudAndReports()
{
    jobs::JobQueue queue(QStringLiteral(":memory:"));
    jobs::registerStandardKinds(queue);
    queue.start();
    ui::BatchDialog dialog(&queue, {}, kBucket + QStringLiteral("in/"));
    dialog.setStyles({QStringLiteral("imageMogr2/thumbnail/40x"),
                      QStringLiteral("imageMogr2/thumbnail/20x/format/png")});
    dialog.setDestination(kBucket + QStringLiteral("gui-out/"));
    dialog.findChild<QCheckBox *>(QStringLiteral("runInCloud"))->setChecked(true);
    dialog.show();
    QVERIFY(dialog.preview());
    auto *plan = dialog.findChild<QTreeWidget *>();
    QCOMPARE(plan->topLevelItemCount(), 6); // 3 objects × 2 styles, one row an output
    QVERIFY(plan->topLevelItem(0)->text(1).startsWith(kBucket + QStringLiteral("gui-out/p0_")));
    bool saysRequests = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        saysRequests |= label->text().contains(QLatin1String("cloud in 3 request(s)"));
    QVERIFY(saysRequests);
    QVERIFY(!QDir(m_root.filePath(QStringLiteral("gui-out"))).exists()); // a dry run sends nothing

    dialog.accept();
    const qint64 id = dialog.submittedJob();
    QVERIFY(id > 0);
    QCOMPARE(queue.progress(id).job.kind, jobs::kCloudBatchKind);
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    QCOMPARE(queue.progress(id).counts.done, 3);
    const QStringList written =
        QDir(m_root.filePath(QStringLiteral("gui-out"))).entryList({QStringLiteral("*.png")});
    QCOMPARE(written.size(), 3);
    QCOMPARE(test::sizeOf(test::readFile(m_root.filePath(QStringLiteral("gui-out/") + written[0]))),
             QSize(20, 15));

    // The Jobs dock lists the job; its report shows each result's facts.
    ui::JobsPanel panel(&queue);
    panel.show();
    QCOMPARE(panel.jobCount(), 1);
    QAction *report = nullptr;
    for (QAction *a : panel.findChildren<QAction *>())
        if (a->text().startsWith(QLatin1String("Show Report"))) report = a;
    QVERIFY(report && report->isEnabled());
    QStringList reasons;
    QStringList sourceTips;
    QString header;
    Qt::TextElideMode elide = Qt::ElideRight;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialogShown = QApplication::activeModalWidget();
        for (QTreeWidget *table : dialogShown->findChildren<QTreeWidget *>()) {
            header = table->headerItem()->text(3);
            elide = table->textElideMode();
            for (int row = 0; row < table->topLevelItemCount(); ++row) {
                reasons << table->topLevelItem(row)->text(3);
                sourceTips << table->topLevelItem(row)->toolTip(0);
            }
        }
        dialogShown->close();
    });
    report->trigger();
    QCOMPARE(reasons.size(), 3);
    // Results are details, not reasons; long locations keep their ends, whole in the tooltip.
    QCOMPARE(header, QStringLiteral("Details"));
    QCOMPARE(elide, Qt::ElideMiddle);
    QVERIFY2(sourceTips[0].startsWith(kBucket + QStringLiteral("in/p")), qPrintable(sourceTips[0]));
    QVERIFY2(reasons[0].contains(QStringLiteral(": 40×30 jpeg, ")), qPrintable(reasons[0]));
    QVERIFY2(reasons[0].contains(QStringLiteral(": 20×15 png, ")), qPrintable(reasons[0]));
    QVERIFY2(reasons[0].contains(QLatin1String("ETag ")), qPrintable(reasons[0]));
}

QTEST_MAIN(TestCloudBatchDialog)
#include "test_cloud_batch_dialog.moc"
