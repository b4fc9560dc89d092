// Sync with Bucket, driven through the real dialog (offscreen) against `assetdesk-cli serve`
// with signatures required, reached through a saved COS connection whose endpoint is the serve
// address (requests signed for the bucket's pic host). A prepared library and bucket: the states
// shown, the defaults, the two bodies of a differing style; then the choices applied (a pulled
// body in the catalogue file, pushed ones in serve's style file, a delete gone, a skipped
// differing style unchanged on both sides), checked against what serve stored. Also: a dangling
// style/<name> refused before sending, cancel between styles, a per-style failure, a wrong key.

#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "storage/atomicfile.h"
#include "storage/profiles.h"
#include "storage/styleapi.h"
#include "storage/stylesync.h"
#include "style/stylefile.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylelibrarypanel.h"
#include "styleeditor/stylesyncdialog.h"
#include "support/serveprocess.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ad;
using storage::StyleMap;
using storage::SyncAction;
using storage::SyncState;
using ui::StyleSyncDialog;

namespace
{

const QString kId = QStringLiteral("AKIDstyleSyncWindow0000000000000000");
const QString kKey = QStringLiteral("styleSyncWindowKey00000000000000");
const QString kBucket = QStringLiteral("assets-1250000000");
const QString kProfile = QStringLiteral("local-ci");

const StyleMap kLibrary{
    {QStringLiteral("both-same"), QStringLiteral("imageMogr2/rotate/90")},
    {QStringLiteral("both-diff"), QStringLiteral("imageMogr2/thumbnail/200x|imageMogr2/rotate/9")},
    {QStringLiteral("skip-diff"), QStringLiteral("imageMogr2/rotate/10")},
    {QStringLiteral("here-only"), QStringLiteral("imageMogr2/grayscale/1")},
    {QStringLiteral("uses-base"), QStringLiteral("style/zz-base|imageMogr2/format/webp")},
    {QStringLiteral("zz-base"), QStringLiteral("imageMogr2/thumbnail/50x")}};
const StyleMap kCloud{
    {QStringLiteral("both-same"), QStringLiteral("imageMogr2/rotate/90")},
    {QStringLiteral("both-diff"), QStringLiteral("imageMogr2/thumbnail/100x|imageMogr2/rotate/9")},
    {QStringLiteral("skip-diff"), QStringLiteral("imageMogr2/rotate/20")},
    {QStringLiteral("cloud-only"), QStringLiteral("imageMogr2/blur/3x1")},
    {QStringLiteral("cloud-del"), QStringLiteral("imageMogr2/rotate/45")}};

storage::Profile cosProfile(const QString &name, const QString &endpoint)
{
    storage::Profile p;
    p.name = name;
    p.flavor = storage::Endpoint::Flavor::Cos;
    p.region = QStringLiteral("ap-guangzhou");
    p.appId = QStringLiteral("1250000000");
    p.accessKey = kId;
    p.endpoint = endpoint;
    p.pathStyle = false;
    return p;
}

} // namespace

class TestStyleSyncWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ServeProcess> m_serve;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<catalog::StyleStore> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    StyleMap cloudFile() const { return style::readStyleList(m_dir.filePath("cloud.json")); }
    int logged(const QByteArray &what)
    {
        QTest::qWait(100); // the log line travels through a pipe
        return int(m_serve->log().count(what));
    }

    // The library panel's Files > Sync with Bucket…, on the saved connection and the bucket,
    // compared.
    StyleSyncDialog *openAndCompare(ui::StyleLibraryPanel &panel, const QString &profile = kProfile,
                                    const QString &bucket = kBucket)
    {
        QAction *sync = nullptr;
        for (auto *button : panel.findChildren<QToolButton *>())
            if (button->menu())
                for (QAction *a : button->menu()->actions())
                    if (a->text() == QStringLiteral("Sync with Bucket…")) sync = a;
        if (!sync) return nullptr;
        sync->trigger();
        auto *dialog = panel.findChild<StyleSyncDialog *>();
        if (!dialog || !dialog->chooseConnection(profile)) return nullptr;
        dialog->setBucket(bucket);
        QElapsedTimer timer;
        timer.start();
        dialog->compare();
        if (timer.elapsed() > 500 || !dialog->isBusy()) return nullptr; // off the GUI thread
        if (!QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20000)) return nullptr;
        return dialog;
    }

    static std::optional<storage::SyncEntry> entry(const StyleSyncDialog *dialog,
                                                   const QString &name)
    {
        for (const storage::SyncEntry &e : dialog->entries())
            if (e.name == name) return e;
        return std::nullopt;
    }

    // Apply, and wait for the run and the fresh comparison after it.
    bool applyAndWait(StyleSyncDialog *dialog, int ms = 30000)
    {
        dialog->applyButton()->click();
        return QTest::qWaitFor([&] { return !dialog->isBusy(); }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("root"))));
        storage::writeFileAtomically(path(QStringLiteral("cloud.json")), style::styleJson(kCloud));
        m_serve = std::make_unique<test::ServeProcess>(
            QStringList{QStringLiteral("--root"), path(QStringLiteral("root")),
                        QStringLiteral("--secret-id"), kId, QStringLiteral("--secret-key"), kKey,
                        QStringLiteral("--styles"), path(QStringLiteral("cloud.json"))});
        QVERIFY(m_serve->start());
        storage::saveProfile(cosProfile(kProfile, m_serve->url()), {kKey, {}});
        m_catalog = std::make_unique<catalog::Catalog>(path(QStringLiteral("c.sqlite")));
        m_store = std::make_unique<catalog::StyleStore>(*m_catalog);
        for (auto it = kLibrary.cbegin(); it != kLibrary.cend(); ++it)
            m_store->save(it.key(), it.value());
    }

    void cleanupTestCase()
    {
        storage::removeProfile(kProfile);
        storage::removeProfile(QStringLiteral("wrong-key"));
    }

    // Every style of either side with its state and default; the two bodies of the selected
    // style side by side, the differing stage marked.
    void statesAndDefaults()
    {
        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel);
        QVERIFY(dialog);
        QVERIFY2(dialog->statusText().contains(
                     QStringLiteral("3 only here, 2 only in the bucket, 2 differ, 1 the same")),
                 qPrintable(dialog->statusText()));
        const QList<std::tuple<QString, SyncState, SyncAction>> expected{
            {QStringLiteral("both-diff"), SyncState::Differs, SyncAction::Skip},
            {QStringLiteral("both-same"), SyncState::Same, SyncAction::Skip},
            {QStringLiteral("cloud-del"), SyncState::CloudOnly, SyncAction::Pull},
            {QStringLiteral("cloud-only"), SyncState::CloudOnly, SyncAction::Pull},
            {QStringLiteral("here-only"), SyncState::LocalOnly, SyncAction::Push},
            {QStringLiteral("skip-diff"), SyncState::Differs, SyncAction::Skip},
            {QStringLiteral("uses-base"), SyncState::LocalOnly, SyncAction::Push},
            {QStringLiteral("zz-base"), SyncState::LocalOnly, SyncAction::Push}};
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), int(expected.size()));
        for (int row = 0; row < expected.size(); ++row) {
            const auto &[name, state, action] = expected[row];
            QCOMPARE(table->item(row, 0)->text(), name);
            QCOMPARE(table->item(row, 1)->text(), StyleSyncDialog::stateText(state));
            auto *choice = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
            QVERIFY(choice);
            QCOMPARE(choice->currentText(), StyleSyncDialog::actionText(action));
            QCOMPARE(dialog->entries()[row].state, state);
        }
        // A local-only style cannot be pulled; a differing one has all four choices.
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(4, 2))->count(), 2);
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, 2))->count(), 4);
        // The first differing style is shown, one stage a line, the differing line marked.
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(dialog->localBody()->toPlainText(),
                 QStringLiteral("imageMogr2/thumbnail/200x\nimageMogr2/rotate/9"));
        QCOMPARE(dialog->cloudBody()->toPlainText(),
                 QStringLiteral("imageMogr2/thumbnail/100x\nimageMogr2/rotate/9"));
        QCOMPARE(dialog->localBody()->extraSelections().size(), 1);
        QCOMPARE(dialog->cloudBody()->extraSelections().size(), 1);
        // Down to the style that is the same on both sides, as a user moves: its own bodies,
        // nothing marked, and its row not coloured like a differing one.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(dialog->localBody()->toPlainText(), QStringLiteral("imageMogr2/rotate/90"));
        QCOMPARE(dialog->cloudBody()->toPlainText(), QStringLiteral("imageMogr2/rotate/90"));
        QVERIFY(dialog->localBody()->extraSelections().isEmpty());
        QVERIFY(dialog->cloudBody()->extraSelections().isEmpty());
        for (int column : {0, 1}) {
            QCOMPARE(table->item(1, column)->foreground(), QBrush());
            QCOMPARE(table->item(1, column)->background(), QBrush());
        }
        QVERIFY(table->item(0, 1)->foreground() != QBrush()); // a differing one is
        QTest::keyClick(table, Qt::Key_Up);                   // and back: marked again
        QCOMPARE(dialog->localBody()->extraSelections().size(), 1);
        table->selectRow(3);
        QCOMPARE(dialog->localBody()->toPlainText(), QString());
        QCOMPARE(dialog->cloudBody()->toPlainText(), QStringLiteral("imageMogr2/blur/3x1"));
        QCOMPARE(logged(" PUT /?style "), 0);
        dialog->close();
    }

    // A bucket typed without its APPID gets the connection's (as the COS console names them),
    // and the full name is shown. A short name fits its column whole; a 64-character one is
    // elided in the middle, whole in its tooltip.
    void bucketGetsTheAppIdAndNamesFit()
    {
        const QString shortName = QStringLiteral("doesnotexist");
        const QString longName = QStringLiteral("a-very-long-style-name-") + QString(41, u'x');
        QCOMPARE(longName.size(), 64);
        m_store->save(shortName, QStringLiteral("imageMogr2/rotate/1"));
        m_store->save(longName, QStringLiteral("imageMogr2/rotate/2"));
        QCOMPARE(storage::bucketWithAppId(QStringLiteral("photos"), QStringLiteral("1250000000")),
                 QStringLiteral("photos-1250000000"));
        QCOMPARE(storage::bucketWithAppId(QStringLiteral("photos-1300000000"),
                                          QStringLiteral("1250000000")),
                 QStringLiteral("photos-1300000000"));
        QCOMPARE(storage::bucketWithAppId(QStringLiteral("photos"), QString()),
                 QStringLiteral("photos"));

        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel, kProfile, QStringLiteral("assets"));
        QVERIFY(dialog);
        QCOMPARE(dialog->bucket(), kBucket);
        QVERIFY2(dialog->statusText().startsWith(kBucket + QStringLiteral(": ")) &&
                     dialog->statusText().contains(QStringLiteral("5 only here")),
                 qPrintable(dialog->statusText()));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTableWidget *table = dialog->table();
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        QVERIFY(!table->wordWrap());
        int shortRow = -1, longRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == shortName) shortRow = row;
            if (table->item(row, 0)->text() == longName) longRow = row;
        }
        QVERIFY(shortRow >= 0 && longRow >= 0);
        QCOMPARE(table->item(longRow, 0)->toolTip(), longName);
        const QFontMetrics metrics(table->font());
        QVERIFY(table->columnWidth(0) > metrics.horizontalAdvance(shortName));
        QVERIFY(table->columnWidth(0) < metrics.horizontalAdvance(longName));
        QVERIFY(table->columnWidth(0) <= dialog->width() / 3);
        dialog->close();
        m_store->remove(shortName);
        m_store->remove(longName);
        QCOMPARE(m_store->all(), kLibrary);
    }

    // The Style Editor's Style menu opens the same dialog on the editor's library.
    void styleMenuOpensSync()
    {
        ui::StyleEditorWindow editor(m_store.get(), {});
        QAction *sync = editor.findChild<QAction *>(QStringLiteral("syncWithBucket"));
        QVERIFY(sync);
        QMenu *styleMenu = nullptr;
        for (QAction *menu : editor.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(sync)) styleMenu = menu->menu();
        QVERIFY(styleMenu);
        QCOMPARE(styleMenu->title(), QStringLiteral("&Style"));
        QCOMPARE(sync->text(), QStringLiteral("Sync with &Bucket…"));
        sync->trigger();
        auto *dialog = editor.findChild<StyleSyncDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->chooseConnection(kProfile));
        dialog->setBucket(kBucket);
        dialog->compare();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20000));
        QCOMPARE(dialog->entries().size(), 8); // the library's six and the bucket's two more
        dialog->close();
    }

    // A style pushed without the one it uses: refused as a whole before any request.
    void aDanglingReferenceIsRefusedBeforeSending()
    {
        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel);
        QVERIFY(dialog);
        QVERIFY(dialog->setAction(QStringLiteral("zz-base"), SyncAction::Skip));
        dialog->applyButton()->click();
        QVERIFY(!dialog->isBusy());
        QVERIFY2(
            dialog->statusText().contains(QStringLiteral("Nothing was changed")) &&
                dialog->statusText().contains(QStringLiteral("'uses-base' uses style/zz-base")),
            qPrintable(dialog->statusText()));
        QCOMPARE(logged(" /?style "), logged(" GET /?style "));
        QCOMPARE(cloudFile(), kCloud);
        QCOMPARE(m_store->all(), kLibrary);
        dialog->close();
    }

    // The defaults plus a differing style pushed and a cloud style deleted: six steps, paced,
    // with "N of 6" progress; then the states as they are now.
    void choicesAreApplied()
    {
        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel);
        QVERIFY(dialog);
        QVERIFY(dialog->setAction(QStringLiteral("both-diff"), SyncAction::Push));
        QVERIFY(dialog->setAction(QStringLiteral("cloud-del"), SyncAction::DeleteInCloud));
        QVERIFY(!dialog->setAction(QStringLiteral("here-only"), SyncAction::Pull));
        QElapsedTimer timer;
        timer.start();
        dialog->applyButton()->click();
        QVERIFY(timer.elapsed() < 500);
        QVERIFY(dialog->isBusy());
        QVERIFY(dialog->progress()->isVisible());
        QCOMPARE(dialog->progress()->maximum(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral(" of 6: pushing")),
                                 10000);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 30000));
        // Five writes, one a second.
        QVERIFY2(timer.elapsed() >= 4000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(dialog->statusText().startsWith(
                     QStringLiteral("Done: 6 of 6. Deleted in the bucket: cloud-del.")),
                 qPrintable(dialog->statusText()));

        // In serve's style file: pushed, deleted, the skipped one as it was.
        StyleMap cloud = kCloud;
        cloud.remove(QStringLiteral("cloud-del"));
        for (const char *pushed : {"both-diff", "here-only", "uses-base", "zz-base"})
            cloud.insert(QString::fromLatin1(pushed), kLibrary.value(QString::fromLatin1(pushed)));
        QCOMPARE(cloudFile(), cloud);
        QCOMPARE(logged(" PUT /?style 200"), 4);
        QCOMPARE(logged(" DELETE /?style 200"), 1);
        // In the catalogue file (read through a second connection): the pulled body; the
        // skipped differing style unchanged.
        {
            catalog::Catalog again(path(QStringLiteral("c.sqlite")));
            const StyleMap library = catalog::StyleStore(again).all();
            QCOMPARE(library.value(QStringLiteral("cloud-only")), kCloud.value("cloud-only"));
            QCOMPARE(library.value(QStringLiteral("skip-diff")), kLibrary.value("skip-diff"));
            QVERIFY(!library.contains(QStringLiteral("cloud-del")));
        }
        QVERIFY(!panel.list()->findItems(QStringLiteral("cloud-only"), Qt::MatchExactly).isEmpty());
        // The result of each, and the fresh states: only the skipped style still differs.
        QCOMPARE(dialog->resultOf(QStringLiteral("cloud-only")), QStringLiteral("Pulled"));
        QCOMPARE(dialog->resultOf(QStringLiteral("both-diff")), QStringLiteral("Pushed"));
        QCOMPARE(dialog->resultOf(QStringLiteral("cloud-del")),
                 QStringLiteral("Deleted in the bucket"));
        QCOMPARE(dialog->resultOf(QStringLiteral("skip-diff")), QString());
        for (const storage::SyncEntry &e : dialog->entries())
            QCOMPARE(e.state,
                     e.name == QLatin1String("skip-diff") ? SyncState::Differs : SyncState::Same);
        QVERIFY(!entry(dialog, QStringLiteral("cloud-del")));
        dialog->close();
    }

    // Cancel between styles: what ran is reported and done, the rest not sent.
    void cancelStopsBetweenStyles()
    {
        for (int i = 1; i <= 4; ++i)
            m_store->save(QStringLiteral("c%1").arg(i),
                          QStringLiteral("imageMogr2/rotate/%1").arg(i));
        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel);
        QVERIFY(dialog);
        dialog->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->resultOf(QStringLiteral("c1")).isEmpty(), 10000);
        dialog->reject(); // Close while busy cancels and stays open
        QVERIFY(dialog->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000));
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Cancelled: ")),
                 qPrintable(dialog->statusText()));
        const StyleMap cloud = cloudFile();
        int sent = 0;
        for (int i = 1; i <= 4; ++i) {
            const QString name = QStringLiteral("c%1").arg(i);
            QCOMPARE(cloud.contains(name), dialog->resultOf(name) == QStringLiteral("Pushed"));
            sent += cloud.contains(name);
        }
        QVERIFY2(sent >= 1 && sent < 4, qPrintable(QString::number(sent)));
        QVERIFY(dialog->statusText().contains(QStringLiteral("%1 not run").arg(4 - sent)));
        dialog->close();
    }

    // A style deleted behind the dialog's back: its step fails with the cloud's words, the
    // others go on.
    void aFailedStyleIsReportedAndTheOthersRun()
    {
        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel);
        QVERIFY(dialog);
        QCOMPARE(entry(dialog, QStringLiteral("c4"))->state, SyncState::LocalOnly);
        QVERIFY(dialog->setAction(QStringLiteral("both-same"), SyncAction::DeleteInCloud));
        storage::StyleClient(storage::endpointFor(*storage::findProfile(kProfile)), kBucket)
            .remove(QStringLiteral("both-same"));
        QVERIFY(applyAndWait(dialog));
        QVERIFY2(
            dialog->resultOf(QStringLiteral("both-same")).startsWith(QStringLiteral("Failed: ")),
            qPrintable(dialog->resultOf(QStringLiteral("both-same"))));
        QVERIFY(dialog->resultOf(QStringLiteral("both-same"))
                    .contains(QStringLiteral("StyleNotFound")) ||
                dialog->resultOf(QStringLiteral("both-same")).contains(QStringLiteral("404")));
        QCOMPARE(dialog->resultOf(QStringLiteral("c4")), QStringLiteral("Pushed"));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("failed")),
                 qPrintable(dialog->statusText()));
        QVERIFY(cloudFile().contains(QStringLiteral("c4")));
        dialog->close();
    }

    // A wrong secret key: said in words, with the service's code; nothing listed.
    void aWrongKeyIsSaidPlainly()
    {
        storage::saveProfile(cosProfile(QStringLiteral("wrong-key"), m_serve->url()),
                             {QStringLiteral("not-the-key"), {}});
        ui::StyleLibraryPanel panel(m_store.get());
        StyleSyncDialog *dialog = openAndCompare(panel, QStringLiteral("wrong-key"));
        QVERIFY(dialog);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("access denied")) &&
                     dialog->statusText().contains(QStringLiteral("SignatureDoesNotMatch")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(dialog->table()->rowCount(), 0);
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestStyleSyncWindow)
#include "test_style_sync_window.moc"
