// Tools > Blind Watermark: embed, extract and the robustness report in the window, offscreen.

#include "blindmarkform.h"
#include "imaging/blind/blindwatermark.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "robustnesspage.h"
#include "style/parser.h"
#include "style/printer.h"
#include "support/testimages.h"
#include "watermarkembedpage.h"
#include "watermarkextractpage.h"
#include "watermarkwindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

class WatermarkWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photo; // 1280x720 photograph
    QString m_mark;
    QString m_batchRule;
    std::unique_ptr<WatermarkWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        imaging::ensureVips();
        m_photo =
            writePhoto(m_dir, QStringLiteral("Kite"), QSize(1280, 720), QStringLiteral("kite.jpg"));
        m_mark = m_dir.filePath(QStringLiteral("mark.png"));
        QCOMPARE(run(QStringLiteral("convert"),
                     {QStringLiteral("-size"), QStringLiteral("120x80"), QStringLiteral("xc:black"),
                      QStringLiteral("-fill"), QStringLiteral("white"), QStringLiteral("-draw"),
                      QStringLiteral("rectangle 10,10 60,70"), m_mark}),
                 0);
        m_window =
            std::make_unique<WatermarkWindow>([this](const QString &rule) { m_batchRule = rule; });
        m_window->setPictures({m_photo});
        m_window->show();
    }

    void formRulesRoundTripThroughTheParser()
    {
        BlindMarkForm embed(BlindMarkForm::Mode::Embed), extract(BlindMarkForm::Mode::Extract);
        embed.setText(QStringLiteral("Abc123"));
        embed.setImagePath(m_mark);
        extract.setImagePath(m_mark);
        for (int type = 1; type <= 3; ++type) {
            embed.setType(type);
            extract.setType(type);
            QVERIFY(embed.problem().isEmpty());
            for (const QString &rule : {embed.rule(), extract.rule()})
                QCOMPARE(style::print(style::parse(rule)), rule);
        }
        embed.setType(3);
        embed.setText(QString());
        QVERIFY(!embed.problem().isEmpty());
        // The validator keeps the text to the cloud's alphabet.
        auto *text = embed.findChild<QLineEdit *>(QStringLiteral("blindText"));
        QTest::keyClicks(text, QStringLiteral("a b-c"));
        QCOMPARE(embed.text(), QStringLiteral("abc"));
    }

    void embedWritesAMarkedCopy()
    {
        WatermarkEmbedPage *page = m_window->embedPage();
        QCOMPARE(page->output()->text(), m_dir.filePath(QStringLiteral("kite-marked.jpg")));
        page->form()->setType(3);
        page->form()->setText(QStringLiteral("Desk42"));
        QSignalSpy done(page, &WatermarkEmbedPage::finished);
        page->embed();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY2(page->status().contains(QStringLiteral("PSNR")), qPrintable(page->status()));
        const imaging::ProcessResult r =
            imaging::process({page->output()->text(), {}}, QStringLiteral("watermark/4/type/3"));
        QCOMPARE(QJsonDocument::fromJson(r.data).object().value(QStringLiteral("Text")).toString(),
                 QStringLiteral("Desk42"));
        // The same rule goes to Batch Process for many pictures.
        QMetaObject::invokeMethod(page, [page] {
            for (QPushButton *b : page->findChildren<QPushButton *>())
                if (b->text().contains(QStringLiteral("Batch"))) b->click();
        });
        QTRY_VERIFY(m_batchRule.startsWith(QStringLiteral("watermark/3/type/3/text/")));
    }

    void extractShowsTheVerdict()
    {
        WatermarkExtractPage *page = m_window->extractPage();
        page->setSuspect(m_dir.filePath(QStringLiteral("kite-marked.jpg")));
        page->form()->setType(3);
        QSignalSpy done(page, &WatermarkExtractPage::finished);
        page->extract();
        QVERIFY(done.wait(30000));
        QCOMPARE(page->verdict(), QStringLiteral("Watermark present"));
        QCOMPARE(page->recoveredText(), QStringLiteral("Desk42"));
        QCOMPARE(page->status(), -1);
        // Type 2 on the unmarked photo: absent, with the status bar.
        page->setSuspect(m_photo);
        page->form()->setType(2);
        page->form()->setImagePath(m_mark);
        page->extract();
        QVERIFY(done.wait(30000));
        QCOMPARE(page->verdict(), QStringLiteral("No watermark found"));
        QVERIFY(page->status() >= 0 && page->status() < 60);
        QVERIFY(!page->hasMark());
    }

    void reportRunsAndExports()
    {
        RobustnessPage *page = m_window->robustnessPage();
        QCOMPARE(page->pictures(), QStringList{m_photo});
        page->chooseAttacks({QStringLiteral("jpeg50"), QStringLiteral("resize50")});
        page->setStyles(QStringLiteral("thumb\timageMogr2/thumbnail/1000x/quality/80"));
        page->form()->setType(3);
        page->form()->setText(QStringLiteral("Report1"));
        QSignalSpy done(page, &RobustnessPage::finished);
        page->run();
        QVERIFY(page->isRunning());
        QVERIFY(done.wait(60000));
        QVERIFY2(page->table()->rowCount() == 3, qPrintable(page->message()));
        for (int r = 0; r < 3; ++r)
            QVERIFY2(page->table()->item(r, 2)->text() == QStringLiteral("✔"),
                     qPrintable(page->table()->item(r, 1)->text()));
        QCOMPARE(page->table()->item(2, 1)->text(), QStringLiteral("thumb"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(page->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count('\n'), 4);
        QVERIFY(text.contains("\"style:thumb\",yes,"));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(page->exportChart(png));
        QCOMPARE(QImage(png).width(), 900);
    }

    void reportCancels()
    {
        RobustnessPage *page = m_window->robustnessPage();
        page->chooseAttacks({QStringLiteral("jpeg90"), QStringLiteral("jpeg75"),
                             QStringLiteral("jpeg50"), QStringLiteral("jpeg30"),
                             QStringLiteral("webp75"), QStringLiteral("noise")});
        page->setStyles({});
        QSignalSpy done(page, &RobustnessPage::finished);
        page->run();
        page->cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(page->table()->rowCount() < 6);
        QVERIFY(!page->isRunning());
    }
};

QTEST_MAIN(WatermarkWindowTest)
#include "test_watermarkwindow.moc"
