// The Style Editor's Compare with Cloud, driven as a user would, against the local endpoint
// with signatures required (reached through COS_ENDPOINT): a bucket object, a local style that
// differs from the cloud's, a local picture through a remembered scratch prefix, a missing
// object said in words, and Cancel.

#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "styleeditor/beforeafterview.h"
#include "styleeditor/cloudcomparewindow.h"
#include "styleeditor/styleeditorwindow.h"
#include "support/serveprocess.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ad;

namespace
{
const QString kId = QStringLiteral("AKIDcompareWindow0000000000000000000");
const QString kKey = QStringLiteral("compareWindowKey0000000000000000");
const QString kObject = QStringLiteral("cos://photos-1250000000/in/kite.jpg");
} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bucketObjectSideBySide();
    void differentLocalStyleIsFlagged();
    void localPictureUsesTheRememberedScratchPrefix();
    void scratchLocationIsAskedOnceThenRemembered();
    void missingObjectIsSaidInWords();
    void cancelStopsAndCleansUp();
    void messagesFollowTheState();
    void styleEditorOpensWithinTheScreen();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool compare(); // triggers the action and waits for the window to finish
    QStringList scratchFiles() const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::ServeProcess> m_serve;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<catalog::StyleStore> m_store;
    std::unique_ptr<ui::StyleEditorWindow> m_editor;
};

void TestCompareWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("root/in"))));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {400, 300}, QStringLiteral("root/in/kite.jpg"));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {400, 300}, QStringLiteral("kite-copy.jpg"));
    test::writePhoto(m_dir, QStringLiteral("Kite"), {320, 240}, QStringLiteral("local.png"));
    QFile cloud(path(QStringLiteral("cloud.tsv")));
    QVERIFY(cloud.open(QIODevice::WriteOnly));
    cloud.write("s\timageMogr2/thumbnail/200x/format/jpg/quality/20\n");
    cloud.close();
    m_serve = std::make_unique<test::ServeProcess>(
        QStringList{QStringLiteral("--root"), path(QStringLiteral("root")),
                    QStringLiteral("--secret-id"), kId, QStringLiteral("--secret-key"), kKey,
                    QStringLiteral("--styles"), path(QStringLiteral("cloud.tsv"))});
    QVERIFY(m_serve->start());
    qputenv("COS_REGION", "ap-guangzhou");
    qputenv("COS_SECRET_ID", kId.toUtf8());
    qputenv("COS_SECRET_KEY", kKey.toUtf8());
    qputenv("COS_ENDPOINT", m_serve->url().toUtf8());
    m_catalog = std::make_unique<catalog::Catalog>(path(QStringLiteral("c.sqlite")));
    m_store = std::make_unique<catalog::StyleStore>(*m_catalog);
    m_store->save(QStringLiteral("s"),
                  QStringLiteral("imageMogr2/thumbnail/200x/format/jpg/quality/95"));
}

void TestCompareWindow::init()
{
    QSettings().remove(QStringLiteral("cloudCompare"));
    m_editor = std::make_unique<ui::StyleEditorWindow>(m_store.get(), nullptr);
    m_editor->show();
}

void TestCompareWindow::cleanup()
{
    m_editor.reset();
    QSettings().remove(QStringLiteral("cloudCompare"));
}

bool TestCompareWindow::compare()
{
    if (!m_editor->compareAction()->isEnabled()) return false;
    m_editor->compareAction()->trigger();
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    return w && QTest::qWaitFor([w] { return !w->isRunning(); }, 30000);
}

QStringList TestCompareWindow::scratchFiles() const
{
    QStringList files;
    QDirIterator it(path(QStringLiteral("root/scratch")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestCompareWindow::bucketObjectSideBySide()
{
    m_editor->setAsset(path(QStringLiteral("kite-copy.jpg")), kObject);
    m_editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/200x"));
    QVERIFY(m_editor->compareAction()->isEnabled());
    QVERIFY(compare());
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    QVERIFY(w->isVisible());
    QVERIFY2(w->result(), qPrintable(w->statusText()));
    const imaging::Fidelity &f = w->result()->fidelity;
    QCOMPARE(f.local.width, 200);
    QCOMPARE(f.cloud.height, 150);
    QVERIFY(*f.psnr >= 40);
    QCOMPARE(w->facts()->item(0, 0)->text(), QStringLiteral("200 × 150"));
    QCOMPARE(w->facts()->item(0, 1)->text(), QStringLiteral("200 × 150"));
    QCOMPARE(w->facts()->item(1, 1)->text(), QStringLiteral("JPEG"));
    QVERIFY2(w->statusText().startsWith(QLatin1String("Matches")), qPrintable(w->statusText()));
    QCOMPARE(w->view()->mode(), ui::BeforeAfterView::Mode::SideBySide);
    w->setDifferenceShown(true);
    QCOMPARE(w->view()->mode(), ui::BeforeAfterView::Mode::Difference);
    QCOMPARE(w->view()->difference().size(), QSize(200, 150));
    QTRY_VERIFY(m_serve->log().contains("GET /in/kite.jpg?imageMogr2/thumbnail/200x 200"));
}

void TestCompareWindow::differentLocalStyleIsFlagged()
{
    m_editor->setAsset(path(QStringLiteral("kite-copy.jpg")), kObject);
    m_editor->setProcessing(QStringLiteral("style/s"));
    QVERIFY(compare());
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    QVERIFY2(w->result(), qPrintable(w->statusText()));
    QVERIFY(*w->result()->fidelity.psnr < 40);
    QVERIFY(w->result()->fidelity.local.bytes > w->result()->fidelity.cloud.bytes);
    QVERIFY2(w->statusText().startsWith(QLatin1String("Differs")), qPrintable(w->statusText()));
    QVERIFY(w->facts()->item(3, 0)->text().endsWith(QLatin1String(" dB")));
}

void TestCompareWindow::localPictureUsesTheRememberedScratchPrefix()
{
    QSettings().setValue(QStringLiteral("cloudCompare/bucket"),
                         QStringLiteral("cos://photos-1250000000/"));
    QSettings().setValue(QStringLiteral("cloudCompare/scratchPrefix"),
                         QStringLiteral("scratch/gui/"));
    m_editor->setAsset(path(QStringLiteral("local.png")));
    m_editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/160x"));
    QVERIFY(compare());
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    QVERIFY2(w->result(), qPrintable(w->statusText()));
    QCOMPARE(w->result()->fidelity.cloud.width, 160);
    QCOMPARE(w->result()->fidelity.cloud.height, 120);
    QCOMPARE(w->result()->fidelity.cloud.format, QStringLiteral("png"));
    QVERIFY(w->result()->key.startsWith(QLatin1String("scratch/gui/")));
    QTRY_VERIFY(m_serve->log().contains("DELETE /scratch/gui/"));
    QVERIFY(m_serve->log().contains("PUT /scratch/gui/"));
    QVERIFY2(scratchFiles().isEmpty(), qPrintable(scratchFiles().join(' ')));
}

void TestCompareWindow::scratchLocationIsAskedOnceThenRemembered()
{
    m_editor->setAsset(path(QStringLiteral("local.png")));
    m_editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/80x"));
    int asked = 0;
    const auto answer = [&asked] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) return;
        ++asked;
        auto *bucket = dialog->findChild<QLineEdit *>(QStringLiteral("scratchBucket"));
        auto *prefix = dialog->findChild<QLineEdit *>(QStringLiteral("scratchPrefix"));
        QCOMPARE(prefix->text(), storage::kDefaultScratchPrefix);
        bucket->setText(QStringLiteral("photos-1250000000"));
        prefix->setText(QStringLiteral("scratch/asked/"));
        dialog->accept();
    };
    QTimer::singleShot(0, this, answer);
    QVERIFY(compare());
    QCOMPARE(asked, 1);
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    QVERIFY2(w->result(), qPrintable(w->statusText()));
    QCOMPARE(w->result()->fidelity.cloud.width, 80);
    QVERIFY(w->result()->key.startsWith(QLatin1String("scratch/asked/")));
    QCOMPARE(QSettings().value(QStringLiteral("cloudCompare/bucket")).toString(),
             QStringLiteral("cos://photos-1250000000/"));
    // The second comparison goes to the same place without asking.
    QTimer::singleShot(0, this, answer);
    QVERIFY(compare());
    QCOMPARE(asked, 1);
    QVERIFY(w->result()->key.startsWith(QLatin1String("scratch/asked/")));
    QVERIFY(scratchFiles().isEmpty());
}

void TestCompareWindow::missingObjectIsSaidInWords()
{
    m_editor->setAsset(path(QStringLiteral("kite-copy.jpg")),
                       QStringLiteral("cos://photos-1250000000/in/gone.jpg"));
    m_editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/200x"));
    QVERIFY(compare());
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    QVERIFY(!w->result());
    QVERIFY2(w->statusText().startsWith(QLatin1String("The comparison failed:")),
             qPrintable(w->statusText()));
    QVERIFY2(w->statusText().contains(QLatin1String("404")), qPrintable(w->statusText()));
}

void TestCompareWindow::cancelStopsAndCleansUp()
{
    QSettings().setValue(QStringLiteral("cloudCompare/bucket"),
                         QStringLiteral("cos://photos-1250000000/"));
    QSettings().setValue(QStringLiteral("cloudCompare/scratchPrefix"), QStringLiteral("scratch/"));
    m_editor->setAsset(path(QStringLiteral("local.png")));
    m_editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/160x"));
    m_editor->compareAction()->trigger();
    ui::CloudCompareWindow *w = m_editor->cloudCompareWindow();
    QVERIFY(w->isRunning());
    w->cancel();
    QVERIFY(QTest::qWaitFor([w] { return !w->isRunning(); }, 30000));
    QCOMPARE(w->statusText(), QStringLiteral("Cancelled."));
    QVERIFY(!w->result());
    QVERIFY2(scratchFiles().isEmpty(), qPrintable(scratchFiles().join(' ')));
}

void TestCompareWindow::messagesFollowTheState()
{
    const auto message = [this] { return m_editor->statusBar()->currentMessage(); };
    m_editor->setProcessing(QString());
    m_editor->compareAction()->trigger();
    QCOMPARE(message(), QStringLiteral("Type or choose a style first."));
    m_editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/200x"));
    m_editor->compareAction()->trigger();
    QCOMPARE(message(), QStringLiteral("Open a picture to compare first."));
    // A picture opened: the complaint is gone, and stays gone after the comparison.
    m_editor->setAsset(path(QStringLiteral("kite-copy.jpg")), kObject);
    QCOMPARE(message(), QString());
    QVERIFY(compare());
    QVERIFY(m_editor->cloudCompareWindow()->result());
    QCOMPARE(message(), QString());
    // A long address is elided in the middle on one line, whole in the tooltip.
    const QString longKey = QStringLiteral("cos://photos-1250000000/") +
                            QStringLiteral("campaign-folder/").repeated(12) +
                            QStringLiteral("kite.jpg");
    m_editor->setAsset(path(QStringLiteral("kite-copy.jpg")), longKey);
    QVERIFY(compare());
    const QLabel *title = m_editor->cloudCompareWindow()->title();
    QVERIFY2(title->text().contains(QChar(0x2026)), qPrintable(title->text()));
    QVERIFY(title->text().contains(QLatin1String("white-space: nowrap\">cos://photos-")));
    QVERIFY(title->text().contains(QLatin1String("kite.jpg</span>")));
    QCOMPARE(title->toolTip(), longKey);
}

void TestCompareWindow::styleEditorOpensWithinTheScreen()
{
    // Placed low, as a window manager centring it over a main window may do.
    ui::StyleEditorWindow editor(m_store.get(), nullptr);
    editor.move(0, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QRect room = editor.screen()->availableGeometry();
    // Top to bottom within the screen (the offscreen screen is narrower than the window's
    // minimum width, so only the height is checked here).
    QVERIFY2(editor.geometry().bottom() <= room.bottom(),
             qPrintable(QStringLiteral("y %1 height %2").arg(editor.y()).arg(editor.height())));
    QVERIFY(editor.y() >= room.top() + 32); // room for a title bar
    QVERIFY(editor.height() >= room.height() / 2);
}

QTEST_MAIN(TestCompareWindow)
#include "test_compare_window.moc"
