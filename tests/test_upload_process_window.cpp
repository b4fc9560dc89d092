// Process on upload in the window, against the local endpoint (signatures required, reached as a
// COS bucket through COS_ENDPOINT): File > Copy to Bucket offers a library style only for a
// cos:// destination and the job's report lists the results; files dropped on a COS bucket view
// are processed with the style chosen in its bar, which S3 buckets do not show.

#include "browser/contentview.h"
#include "browser/mainwindow.h"
#include "buckets/bucketview.h"
#include "buckets/uploaddialog.h"
#include "buckets/uploadstylebox.h"
#include "catalog/stylestore.h"
#include "jobs/jobqueue.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ad;

namespace
{
const QString kId = QStringLiteral("AKIDuploadWindowTest0000000000000000");
const QString kKey = QStringLiteral("uploadWindowSecretKey00000000000");
const QString kBucket = QStringLiteral("cos://photos-1250000000/");

QAction *actionNamed(const QWidget &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text() == text) return a;
    return nullptr;
}
} // namespace

class TestUploadProcessWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyToBucketWithAStyle();
    void dropOnACosBucket();

private:
    // The lines of the job's report (the text of its one item).
    static QStringList report(ui::MainWindow &w, qint64 job);

    QTemporaryDir m_root;
    QTemporaryDir m_local;
    std::unique_ptr<test::ServeProcess> m_serve;
};

void TestUploadProcessWindow::initTestCase()
{
    QVERIFY(m_root.isValid() && m_local.isValid());
    test::writeTemp(m_local, QStringLiteral("a.jpg"),
                    test::makeImage(400, 300, QStringLiteral("jpg")));
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), m_root.path(), QStringLiteral("--secret-id"), kId,
                    QStringLiteral("--secret-key"), kKey});
    QVERIFY(m_serve->start());
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", kId.toUtf8());
    qputenv("COS_SECRET_KEY", kKey.toUtf8());
    qputenv("COS_ENDPOINT", m_serve->url().toUtf8());
}

QStringList TestUploadProcessWindow::report(ui::MainWindow &w, qint64 job)
{
    const QList<jobs::ItemRecord> items = w.queue()->items(job);
    if (items.size() != 1 || items[0].state != jobs::ItemState::Done)
        return {QStringLiteral("not done: ") + (items.isEmpty() ? QString() : items[0].error)};
    return items[0].error.split(QLatin1Char('\n'));
}

void TestUploadProcessWindow::copyToBucketWithAStyle()
{
    ui::MainWindow w;
    w.styleStore()->save(QStringLiteral("thumb"), QStringLiteral("imageMogr2/thumbnail/100x"));
    w.openFolder(m_local.path());
    QTRY_COMPARE_WITH_TIMEOUT(w.content()->entryCount(), 1, 5000);
    QVERIFY(w.content()->selectPath(m_local.filePath(QStringLiteral("a.jpg"))));

    // The dialog as the menu opens it: no processing for S3, the library's styles for COS.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::UploadDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A failed check rejects the dialog, so the menu's exec() returns and nothing is sent.
        auto close = qScopeGuard([&] { checked ? dialog->accept() : dialog->reject(); });
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("uploadNote"));
        QVERIFY(note);
        dialog->setDestination(QStringLiteral("s3://assets/up/"));
        QVERIFY(!dialog->styleBox()->isEnabled());
        QVERIFY2(note->text().contains(QLatin1String("needs a COS bucket")),
                 qPrintable(note->text()));
        dialog->setDestination(kBucket + QStringLiteral("up/"));
        QVERIFY(dialog->styleBox()->isEnabled());
        QCOMPARE(dialog->styleBox()->itemText(0), QStringLiteral("None"));
        QVERIFY(dialog->styleBox()->setStyleName(QStringLiteral("thumb")));
        QCOMPARE(dialog->styleName(), QStringLiteral("thumb"));
        QVERIFY2(note->text().contains(QLatin1String("name-thumb.ext")), qPrintable(note->text()));
        checked = true;
    });
    QAction *copy = actionNamed(w, QStringLiteral("Copy to &Bucket…"));
    QVERIFY(copy);
    copy->trigger();
    QVERIFY(checked);
    QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle() && !w.queue()->jobIds().isEmpty(), 20000);
    const QList<qint64> ids = w.queue()->jobIds();
    const qint64 job = *std::max_element(ids.begin(), ids.end());

    QCOMPARE(test::sizeOf(test::readFile(m_root.filePath(QStringLiteral("up/a.jpg")))),
             QSize(400, 300));
    const QByteArray thumb = test::readFile(m_root.filePath(QStringLiteral("up/a-thumb.jpg")));
    QCOMPARE(test::sizeOf(thumb), QSize(100, 75));
    const QStringList lines = report(w, job);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(kBucket + QStringLiteral("up/a.jpg: original 400×300 JPEG")),
             qPrintable(lines[0]));
    QVERIFY2(
        lines[1].startsWith(
            kBucket + QStringLiteral("up/a-thumb.jpg: 100×75 jpeg, %1 bytes").arg(thumb.size())),
        qPrintable(lines[1]));
}

void TestUploadProcessWindow::dropOnACosBucket()
{
    ui::MainWindow w;
    w.styleStore()->save(QStringLiteral("half"), QStringLiteral("imageMogr2/thumbnail/!50p"));
    w.show();
    ui::BucketView *view = w.buckets();
    view->setLocation(kBucket + QStringLiteral("drop/"));
    ui::UploadStyleBox *box = view->uploadStyleBox();
    QVERIFY(box->isVisibleTo(view));
    QCOMPARE(box->styleName(), QString()); // none by default
    QVERIFY(box->setStyleName(QStringLiteral("half")));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_local.filePath(QStringLiteral("a.jpg")))});
    QWidget *viewport = view->grid()->viewport();
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY2(enter.isAccepted(), qPrintable(view->location()));
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(w.queue()->isIdle() && !w.queue()->jobIds().isEmpty(), 20000);
    const QList<qint64> ids = w.queue()->jobIds();
    const qint64 job = *std::max_element(ids.begin(), ids.end());
    QCOMPARE(test::sizeOf(test::readFile(m_root.filePath(QStringLiteral("drop/a-half.jpg")))),
             QSize(200, 150));
    const QStringList lines = report(w, job);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].startsWith(kBucket + QStringLiteral("drop/a-half.jpg: 200×150 jpeg")),
             qPrintable(lines[1]));

    // An S3 bucket has no processing on upload: the choice is not shown.
    view->setLocation(QStringLiteral("s3://assets/"));
    QVERIFY(!box->isVisibleTo(view));
    QCOMPARE(view->uploadStyle(), QString());
}

QTEST_MAIN(TestUploadProcessWindow)
#include "test_upload_process_window.moc"
