// Processing errors in the interface language: with the Simplified Chinese translator installed
// (as the window installs it), errors made by the core read in Chinese and keep their values (the
// bad token, the file, the sizes); without a translator they are the English text the CLI
// prints, and the CLI stays English whatever the locale.

#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "document/docpreview.h"
#include "files/fileops.h"
#include "imaging/executor.h"
#include "jobs/batchdialog.h"
#include "jobs/docjob.h"
#include "jobs/jobqueue.h"
#include "jobs/standardkinds.h"
#include "style/errortext.h"
#include "styleeditor/styleeditorwindow.h"
#include "support/testimages.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>
#include <optional>

using namespace ad;
using namespace ad::test;

namespace
{

bool hasCjk(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The error a call throws; the test fails when it throws none.
template <typename F> std::optional<Error> errorOf(F &&f)
{
    try {
        f();
    } catch (const ProcessingError &e) {
        return e.error();
    }
    return std::nullopt;
}

} // namespace

class ErrorTextsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_image; // 10x1000 JPEG
    QString m_pdf;   // two pages
    QTranslator m_chinese;

    // Each case: the call, the English message, and the values its Chinese form must keep.
    struct Case {
        const char *name;
        std::function<void()> call;
        ErrorCode code;
        QString english;
        QStringList values;
    };

    QList<Case> cases() const
    {
        const QString image = m_image, pdf = m_pdf;
        const QString missing = m_dir.filePath(QStringLiteral("absent-holiday.jpg"));
        const auto process = [](const QString &path, const QString &processing) {
            return [path, processing] { imaging::process({path, {}}, processing); };
        };
        return {
            {"bad token",
             process(image, QStringLiteral("imageMogr2/thumbnail/abc")),
             ErrorCode::InvalidArgument,
             QStringLiteral("thumbnail: 'abc' is not a geometry"),
             {QStringLiteral("thumbnail: "), QStringLiteral("abc")}},
            {"value out of range",
             process(image, QStringLiteral("imageMogr2/blur/99x5")),
             ErrorCode::InvalidArgument,
             QStringLiteral("blur: radius 99 is outside 1..50"),
             {QStringLiteral("99"), QStringLiteral("1..50")}},
            {"nested message",
             process(image, QStringLiteral("imageMogr2/thumbnail/99999x")),
             ErrorCode::InvalidArgument,
             QStringLiteral("thumbnail: '99999x' is out of range (99999 is outside 1..9999)"),
             {QStringLiteral("99999x"), QStringLiteral("99999 "), QStringLiteral("1..9999")}},
            {"unknown operation",
             process(image, QStringLiteral("imageMogr2/spin/90")),
             ErrorCode::UnknownOperation,
             QStringLiteral("imageMogr2: unknown operation 'spin'"),
             {QStringLiteral("spin")}},
            {"missing file",
             process(missing, QStringLiteral("imageInfo")),
             ErrorCode::NotFound,
             QStringLiteral("'%1' does not exist").arg(missing),
             {missing}},
            {"output too large",
             process(image, QStringLiteral("imageMogr2/thumbnail/9999x")),
             ErrorCode::OutputTooLarge,
             QStringLiteral("result would be 9999x999900; each side must be at most 9999"),
             {QStringLiteral("9999x999900"), QStringLiteral("9999")}},
            {"rename onto an existing name",
             [image, pdf] { files::rename(image, QFileInfo(pdf).fileName()); },
             ErrorCode::InvalidArgument,
             QStringLiteral("'two-pages.pdf' already exists"),
             {QStringLiteral("two-pages.pdf")}},
            {"page out of range",
             [pdf] {
                 document::DocRequest r;
                 r.page = 5;
                 document::convertDocument(pdf, r, [](const document::DocPage &) {});
             },
             ErrorCode::DocPageOutOfRange,
             QStringLiteral("page 5 does not exist; the document has 2"),
             {QStringLiteral("5"), QStringLiteral("2")}},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = writeTemp(m_dir, QStringLiteral("tall.jpg"),
                            makeImage(10, 1000, QStringLiteral("jpg")));
        m_pdf = m_dir.filePath(QStringLiteral("two-pages.pdf"));
        {
            QPdfWriter writer(m_pdf);
            writer.setPageSize(QPageSize(QPageSize::A6));
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("Page 1"));
            writer.newPage();
            painter.drawText(100, 100, QStringLiteral("Page 2"));
        }
        QVERIFY(m_chinese.load(QStringLiteral(":/i18n/assetdesk_zh_CN.qm")));
    }

    // Without a translator (the CLI's case) each message is exactly the English text.
    void englishWithoutTranslator()
    {
        for (const Case &c : cases()) {
            const std::optional<Error> e = errorOf(c.call);
            QVERIFY2(e, c.name);
            QCOMPARE(e->code, c.code);
            QCOMPARE(e->message, c.english);
            QCOMPARE(localizedText(*e), e->toString());
        }
    }

    // With the window's translator the same failures read in Chinese, values intact.
    void chineseWithTheWindowsTranslator()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_chinese));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_chinese); });
        for (const Case &c : cases()) {
            const std::optional<Error> e = errorOf(c.call);
            QVERIFY2(e, c.name);
            QCOMPARE(e->code, c.code);
            QVERIFY2(hasCjk(e->message) && e->message != c.english,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), e->message)));
            for (const QString &value : c.values)
                QVERIFY2(e->message.contains(value),
                         qPrintable(QStringLiteral("%1 lacks %2").arg(e->message, value)));
            // The whole line the window shows: class and message in Chinese, X-ErrNo kept.
            const QString shown = localizedText(*e);
            QVERIFY2(!shown.contains(e->codeName()), qPrintable(shown));
            QVERIFY(shown.contains(QStringLiteral("X-ErrNo %1").arg(e->errNo())));
        }
        // Operation prefixes stay as written in the processing string.
        QCOMPARE(errorOf(cases().constFirst().call)->message,
                 QStringLiteral("thumbnail: “abc”不是有效的尺寸参数"));
    }

    // The CLI prints English even in a Chinese locale: it installs no translator.
    void cliStaysEnglish()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASSETDESK_CLI),
                {QStringLiteral("process"), m_image, QStringLiteral("imageMogr2/thumbnail/abc"),
                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("never.jpg"))});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(err.contains(QLatin1String("thumbnail: 'abc' is not a geometry")),
                 qPrintable(err));
        QVERIFY2(!hasCjk(err), qPrintable(err));
    }

    // In the window: the Style Editor's error line for a bad string reads in Chinese.
    void styleEditorErrorLineInChinese()
    {
        catalog::Catalog catalog(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        catalog::StyleStore store(catalog);
        QVERIFY(QCoreApplication::installTranslator(&m_chinese));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_chinese); });
        ui::StyleEditorWindow editor(&store, {});
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/abc"));
        QCOMPARE(editor.errorText(),
                 QStringLiteral("参数无效：thumbnail: “abc”不是有效的尺寸参数（X-ErrNo -60998）"));
    }

    // The Jobs dock shows an item's failure as the job recorded it: in Chinese, class and all.
    void jobItemErrorInChinese()
    {
        jobs::JobQueue queue(m_dir.filePath(QStringLiteral("doc-jobs.sqlite")));
        jobs::registerStandardKinds(queue);
        queue.start();
        QVERIFY(QCoreApplication::installTranslator(&m_chinese));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_chinese); });
        document::DocRequest request;
        request.page = 5;
        const jobs::JobSpec spec =
            jobs::planDocJob({m_pdf}, m_dir.filePath(QStringLiteral("pages")), request);
        QCOMPARE(spec.title, QStringLiteral("two-pages.pdf 的页面"));
        const qint64 id = queue.submit(spec);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
        const QList<jobs::ItemRecord> items = queue.items(id);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].state, jobs::ItemState::Failed);
        QCOMPARE(items[0].error,
                 QStringLiteral("页码超出范围：第 5 页不存在；文档共 2 页（X-ErrNo -3015）"));
    }

    // In the window: the Batch dialog's error for a bad style reads in Chinese, the style quoted.
    void batchDialogErrorInChinese()
    {
        jobs::JobQueue queue(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(QCoreApplication::installTranslator(&m_chinese));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_chinese); });
        ui::BatchDialog dialog(&queue, {m_image}, m_dir.path());
        dialog.setStyles({QStringLiteral("imageMogr2/thumbnail/abc")});
        dialog.setDestination(m_dir.filePath(QStringLiteral("out")));
        QVERIFY(!dialog.preview());
        QStringList shown;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(QLatin1String("X-ErrNo"))) shown << label->text();
        QCOMPARE(shown, QStringList{QStringLiteral("参数无效：样式“imageMogr2/thumbnail/abc”："
                                                   "thumbnail: “abc”不是有效的尺寸参数（X-ErrNo "
                                                   "-60998）")});
    }
};

QTEST_MAIN(ErrorTextsTest)
#include "test_errortexts.moc"
