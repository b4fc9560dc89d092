// Tools → Local Endpoint: the dialog serves a folder or bucket prefix over real HTTP, logs each
// request, copies the selected picture's URL with the Style Editor's string, and stops; also
// driven from the main window's menu.

#include "browser/contentview.h"
#include "browser/mainwindow.h"
#include "imaging/vipsutil.h"
#include "settings/endpointdialog.h"
#include "storage/httpclient.h"
#include "storage/objectclient.h"
#include "storage/objecturl.h"
#include "styleeditor/styleeditorwindow.h"
#include "support/s3rver.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QtConcurrent>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
storage::HttpExchange get(const QString &url)
{
    return storage::httpExchange("GET", url.toUtf8(), {}, {}, 10000, nullptr);
}
} // namespace

class EndpointPanelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;    // what the endpoint serves
    QString m_picture; // root/trip/beach photo.jpg, 640x480
    QString m_processing;
    EndpointContext m_context;

    // Stops the dialog's endpoint and waits until its port is closed.
    static void stopAndWait(EndpointDialog &dialog)
    {
        QSignalSpy stopped(&dialog, &EndpointDialog::stopped);
        dialog.stop();
        QVERIFY(!dialog.isRunning());
        QVERIFY(stopped.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        imaging::ensureVips();
        m_root = m_dir.filePath(QStringLiteral("served"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/trip")));
        const QByteArray jpeg = makeImage(640, 480, QStringLiteral("jpg"));
        m_picture = m_root + QStringLiteral("/trip/beach photo.jpg");
        QFile file(m_picture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(jpeg), jpeg.size());
        file.close();
        m_context.source = [this] { return m_root; };
        m_context.picture = [this] { return m_picture; };
        m_context.processing = [this] { return m_processing; };
        m_context.styles = [] {
            return QMap<QString, QString>{
                {QStringLiteral("small"), QStringLiteral("imageMogr2/thumbnail/100x")}};
        };
    }

    // Each test starts from the defaults (any free port), not from the port the last one used.
    void init() { QSettings().remove(QStringLiteral("endpoint")); }

    // Start, GET the object, see the log line, copy the URL with a processing string and GET
    // the result, stop: the port refuses connections.
    void servesCopiesAndStops()
    {
        EndpointDialog dialog(m_context);
        dialog.show();
        QCOMPARE(dialog.portEdit()->value(), 0); // any free port by default
        QVERIFY2(dialog.start(), qPrintable(dialog.message()->text()));
        QVERIFY(dialog.isRunning());
        const QString base = dialog.url();
        QVERIFY(base.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(dialog.link()->text().contains(QStringLiteral("href=\"%1\"").arg(base)));
        QVERIFY(!dialog.addressEdit()->isEnabled()); // fixed while it runs
        // The port it got is shown and kept, so a restart serves the same addresses.
        QVERIFY(dialog.portEdit()->value() > 0);
        QVERIFY(base.endsWith(QLatin1Char(':') + QString::number(dialog.portEdit()->value())));

        const storage::HttpExchange object = get(base + QStringLiteral("/trip/beach%20photo.jpg"));
        QCOMPARE(object.status, 200);
        QCOMPARE(object.body, readFile(m_picture));
        QTRY_VERIFY(dialog.log()->toPlainText().contains(
            QStringLiteral("GET /trip/beach%20photo.jpg 200")));

        m_processing = QStringLiteral("imageMogr2/thumbnail/200x/format/png");
        dialog.copyPictureUrl();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, base + QStringLiteral("/trip/beach%20photo.jpg?") + m_processing);
        const storage::HttpExchange thumb = get(copied);
        QCOMPARE(thumb.status, 200);
        QCOMPARE(sizeOf(thumb.body), QSize(200, 150));
        QCOMPARE(loaderOf(thumb.body), QStringLiteral("pngload_buffer"));
        QTRY_VERIFY(dialog.log()->toPlainText().contains(QStringLiteral("thumbnail/200x")));
        // The style library's styles resolve, as style/<name> and after a separator.
        for (const QString &target : {QStringLiteral("/trip/beach%20photo.jpg?style/small"),
                                      QStringLiteral("/trip/beach%20photo.jpg-small")}) {
            const storage::HttpExchange styled = get(base + target);
            QCOMPARE(styled.status, 200);
            QCOMPARE(sizeOf(styled.body), QSize(100, 75));
        }

        // What a URL cannot carry is percent-encoded, as the cloud URL of the Style Editor is.
        m_processing = QStringLiteral("imageMogr2/thumbnail/<100x100");
        QCOMPARE(dialog.pictureUrl(),
                 base + QStringLiteral("/trip/beach%20photo.jpg?imageMogr2/thumbnail/%3C100x100"));
        m_processing.clear();
        QCOMPARE(dialog.pictureUrl(), base + QStringLiteral("/trip/beach%20photo.jpg"));

        stopAndWait(dialog);
        const storage::HttpExchange refused = get(base + QStringLiteral("/trip/beach%20photo.jpg"));
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.error.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
                 qPrintable(refused.error));
        QVERIFY(dialog.url().isEmpty());
        QVERIFY(dialog.pictureUrl().isEmpty());
        QVERIFY(dialog.addressEdit()->isEnabled());
    }

    // Each problem is said in the dialog, and nothing starts.
    void saysWhyItCannotStartOrCopy()
    {
        EndpointContext nothing = m_context;
        nothing.source = [] { return QString(); };
        EndpointDialog empty(nothing);
        QVERIFY(!empty.start());
        QVERIFY(empty.message()->text().contains(QStringLiteral("Open a folder or a bucket")));

        EndpointContext missing = m_context;
        missing.source = [this] { return m_dir.filePath(QStringLiteral("gone")); };
        EndpointDialog gone(missing);
        QVERIFY(!gone.start());
        QVERIFY(gone.message()->text().startsWith(QStringLiteral("Cannot start the endpoint:")));

        EndpointDialog dialog(m_context);
        dialog.secretIdEdit()->setText(QStringLiteral("AKIDonly"));
        QVERIFY(!dialog.start());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("both the SecretId")));
        dialog.secretIdEdit()->clear();
        QVERIFY(dialog.pictureUrl().isEmpty());
        QCOMPARE(dialog.message()->text(), QStringLiteral("Start the endpoint first."));

        QVERIFY(dialog.start());
        // A port in use: the second endpoint says so and the first keeps serving.
        EndpointDialog second(m_context);
        second.portEdit()->setValue(int(QUrl(dialog.url()).port()));
        QVERIFY(!second.start());
        QVERIFY2(second.message()->text().contains(QStringLiteral("cannot listen on")),
                 qPrintable(second.message()->text()));
        QVERIFY(second.message()->text().contains(QStringLiteral("Another program may be using")));
        QVERIFY(!second.isRunning());
        QCOMPARE(get(dialog.url() + QStringLiteral("/trip/beach%20photo.jpg")).status, 200);

        // A picture outside the served folder has no URL here.
        const QString outside = writeTemp(m_dir, QStringLiteral("outside.jpg"),
                                          makeImage(16, 16, QStringLiteral("jpg")));
        EndpointContext elsewhere = m_context;
        elsewhere.picture = [outside] { return outside; };
        EndpointDialog other(elsewhere);
        other.portEdit()->setValue(0);
        QVERIFY(other.start());
        QVERIFY(other.pictureUrl().isEmpty());
        QVERIFY(other.message()->text().contains(QStringLiteral("is not in")));
        EndpointContext none = m_context;
        none.picture = [] { return QString(); };
        EndpointDialog unselected(none);
        unselected.portEdit()->setValue(0);
        QVERIFY(unselected.start());
        QVERIFY(unselected.pictureUrl().isEmpty());
        QVERIFY(unselected.message()->text().contains(QStringLiteral("Select a picture")));
    }

    // A burst from several clients: the view keeps the last kMaxLogLines lines, the newest at
    // the bottom, and nothing in between is lost.
    void logKeepsTheLastLinesOfABurst()
    {
        EndpointDialog dialog(m_context);
        QVERIFY(dialog.start());
        const int clients = 4;
        const int each = (EndpointDialog::kMaxLogLines + 400) / clients;
        QElapsedTimer timer;
        timer.start();
        QList<QFuture<int>> runs;
        for (int c = 0; c < clients; ++c)
            runs << QtConcurrent::run([url = dialog.url(), c, each] {
                int ok = 0;
                for (int i = 0; i < each; ++i)
                    ok += get(url + QStringLiteral("/none-%1-%2.jpg").arg(c).arg(i)).status == 404;
                return ok;
            });
        for (QFuture<int> &run : runs)
            QCOMPARE(run.result(), each);
        const qint64 ms = timer.elapsed();
        qInfo("%d requests from %d clients in %lld ms", clients * each, clients, ms);
        QTRY_COMPARE(dialog.log()->blockCount(), EndpointDialog::kMaxLogLines);
        const QStringList lines = dialog.log()->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), EndpointDialog::kMaxLogLines);
        for (int c = 0; c < clients; ++c)
            QCOMPARE(
                lines.filter(QStringLiteral("/none-%1-%2.jpg 404").arg(c).arg(each - 1)).size(), 1);
    }

    // With a key pair every request must be signed, and the copied URL is; the address, port
    // and SecretId are remembered, the SecretKey is not.
    void signedEndpointRefusesAnonymousRequests()
    {
        EndpointDialog dialog(m_context);
        dialog.secretIdEdit()->setText(QStringLiteral("AKIDlocal"));
        dialog.secretKeyEdit()->setText(QStringLiteral("local-secret"));
        QTcpServer probe; // a port free a moment ago, typed in as a user would
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        dialog.portEdit()->setValue(port);
        QVERIFY(dialog.start());
        QCOMPARE(QUrl(dialog.url()).port(), port);
        const storage::HttpExchange anonymous =
            get(dialog.url() + QStringLiteral("/trip/beach%20photo.jpg"));
        QCOMPARE(anonymous.status, 403);
        QVERIFY(anonymous.body.contains("<Code>AccessDenied</Code>"));
        // The copied URL carries a signature for an hour, valid for this picture only.
        const QString signedUrl = dialog.pictureUrl();
        QVERIFY(
            signedUrl.contains(QStringLiteral("?sign=q-sign-algorithm%3Dsha1%26q-ak%3DAKIDlocal")));
        const storage::HttpExchange signedGet = get(signedUrl);
        QCOMPARE(signedGet.status, 200);
        QCOMPARE(signedGet.body, readFile(m_picture));
        QString other = signedUrl;
        other.replace(QStringLiteral("beach%20photo.jpg"), QStringLiteral("other.jpg"));
        QCOMPARE(get(other).status, 403);
        stopAndWait(dialog);

        EndpointDialog again(m_context);
        QCOMPARE(again.portEdit()->value(), int(port));
        QCOMPARE(again.secretIdEdit()->text(), QStringLiteral("AKIDlocal"));
        QVERIFY(again.secretKeyEdit()->text().isEmpty()); // never stored
    }

    // A bucket prefix shown in the browser is served the same way (s3rver as the bucket).
    void servesABucketPrefix()
    {
        S3rver s3(m_dir.filePath(QStringLiteral("s3data")), {QStringLiteral("photos")});
        QVERIFY(s3.start());
        s3.useForS3();
        const QByteArray bytes = readFile(m_picture);
        storage::ObjectClient client(
            storage::endpointFor(storage::parseObjectUrl(QStringLiteral("s3://photos/"))));
        client.put(QStringLiteral("photos"), QStringLiteral("web/trip/a b.jpg"), bytes);

        EndpointContext bucket;
        bucket.source = [] { return QStringLiteral("s3://photos/web/"); };
        bucket.picture = [] { return QStringLiteral("s3://photos/web/trip/a b.jpg"); };
        bucket.processing = [] { return QString(); };
        EndpointDialog dialog(bucket);
        QVERIFY2(dialog.start(), qPrintable(dialog.message()->text()));
        dialog.copyPictureUrl();
        QCOMPARE(QApplication::clipboard()->text(),
                 dialog.url() + QStringLiteral("/trip/a%20b.jpg"));
        const storage::HttpExchange object = get(QApplication::clipboard()->text());
        QCOMPARE(object.status, 200);
        QCOMPARE(object.body, bytes);
        // An object of another prefix is not below what is served.
        EndpointContext other = bucket;
        other.picture = [] { return QStringLiteral("s3://photos/raw/a.jpg"); };
        EndpointDialog elsewhere(other);
        elsewhere.portEdit()->setValue(0);
        QVERIFY(elsewhere.start());
        QVERIFY(elsewhere.pictureUrl().isEmpty());
    }

    // The main window: Tools → Local Endpoint on the folder shown, the selected picture with
    // the Style Editor's string, and closing the window stops the endpoint.
    void fromTheMainWindow()
    {
        MainWindow window;
        window.openFolder(m_root + QStringLiteral("/trip"));
        window.show();
        QTRY_VERIFY(window.content()->selectPath(m_picture));
        StyleEditorWindow *editor = window.openStyleEditor();
        editor->setProcessing(QStringLiteral("imageMogr2/thumbnail/320x"));
        auto *action = window.findChild<QAction *>(QStringLiteral("localEndpointAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        action->trigger();
        auto *dialog = window.findChild<EndpointDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->start());
        QCOMPARE(dialog->served(), m_root + QStringLiteral("/trip"));
        dialog->copyPictureUrl();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied,
                 dialog->url() + QStringLiteral("/beach%20photo.jpg?imageMogr2/thumbnail/320x"));
        const storage::HttpExchange thumb = get(copied);
        QCOMPARE(thumb.status, 200);
        QCOMPARE(sizeOf(thumb.body), QSize(320, 240));

        const QString url = dialog->url();
        editor->setProcessing(QString()); // nothing unsaved to ask about on close
        window.close();
        QVERIFY(!window.findChild<EndpointDialog *>());
        QCOMPARE(get(url + QStringLiteral("/beach%20photo.jpg")).status, 0);
    }
};

QTEST_MAIN(EndpointPanelTest)
#include "test_endpointpanel.moc"
