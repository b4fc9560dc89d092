// Tools > Blind Watermark: embed, extract and the robustness report in the window, offscreen.

#include "common/background.h"
#include "common/outputfolders.h"
#include "imaging/blind/blindwatermark.h"
#include "imaging/executor.h"
#include "imaging/vipsutil.h"
#include "style/parser.h"
#include "style/printer.h"
#include "style/values.h"
#include "support/testimages.h"
#include "watermark/blindmarkform.h"
#include "watermark/matchgauge.h"
#include "watermark/robustnesschart.h"
#include "watermark/robustnesspage.h"
#include "watermark/watermarkembedpage.h"
#include "watermark/watermarkextractpage.h"
#include "watermark/watermarkwindow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ad;
using namespace ad::ui;
using namespace ad::test;

namespace
{
// Reads a type-2 mark from `picture` with `mark` on an Extract tab; true once the verdict is in.
bool extractType2(WatermarkExtractPage *page, const QString &picture, const QString &mark)
{
    page->setSuspect(picture);
    page->form()->setType(2);
    page->form()->setImagePath(mark);
    QSignalSpy done(page, &WatermarkExtractPage::finished);
    page->extract();
    return done.wait(30000);
}
} // namespace

class WatermarkWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_out; // where marked copies go: never beside the originals by default
    QString m_photo;     // 1280x720 photograph
    QString m_mark;
    QString m_batchRule;
    std::unique_ptr<WatermarkWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        imaging::ensureVips();
        setOutputFolderSetting(OutputTool::Watermark, m_out.path());
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
            extract.setImagePath(m_mark); // each type keeps its own (a mark, an original)
            QVERIFY(embed.problem().isEmpty());
            for (const QString &rule : {embed.rule(), extract.rule()})
                QCOMPARE(style::print(style::parse(rule)), rule);
        }
        embed.setType(3);
        embed.setText(QString());
        QVERIFY(!embed.problem().isEmpty());
    }

    // Characters a type 3 mark cannot hold are kept as typed and refused by name, never
    // dropped: "User 42!" does not quietly become "User42".
    void blindTextRefusesWhatItCannotHold()
    {
        WatermarkEmbedPage page([](const QString &) {});
        page.setSource(m_photo);
        BlindMarkForm *form = page.form();
        form->setType(3);
        auto *text = form->findChild<QLineEdit *>(QStringLiteral("blindText"));
        QTest::keyClicks(text, QStringLiteral("User 42!"));
        QCOMPARE(form->text(), QStringLiteral("User 42!"));
        const QString refused =
            QLocale().createSeparatedList({QStringLiteral("space"), QStringLiteral("“!”")});
        QCOMPARE(form->problem(), QStringLiteral("A blind mark holds only the letters A–Z, a–z "
                                                 "and the digits 0–9; remove %1.")
                                      .arg(refused));
        auto *shown = form->findChild<QLabel *>(QStringLiteral("blindTextProblem"));
        QCOMPARE(shown->text(), form->problem());
        QVERIFY(!shown->isHidden());
        // And drawn, in the window: a new user saw an empty gap under the field.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(shown->isVisible());
        const QImage drawn = page.grab().toImage();
        int red = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                red += drawn.pixelColor(x, y).red() > 120 && drawn.pixelColor(x, y).green() < 80;
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
        QVERIFY2(page.status().isEmpty(), qPrintable(page.status())); // shown once, by the field
        QPushButton *embed = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Embed")) embed = b;
        QVERIFY(embed && !embed->isEnabled());
        text->setText(QStringLiteral("User42"));
        QVERIFY(form->problem().isEmpty());
        QVERIFY(shown->isHidden());
        QVERIFY(embed->isEnabled());
        text->setText(QString(41, QLatin1Char('a')));
        QCOMPARE(form->problem(),
                 QStringLiteral("A blind mark holds at most 40 characters; this text has 41."));
    }

    // Issue 23, point 1: a small picture holds fewer characters; the window says so before
    // embedding, names the picture's size and the limit, and keeps Embed disabled.
    // A picture that cannot be marked is said so before Embed, which stays disabled.
    void unusablePictureIsToldBeforeEmbedding()
    {
        WatermarkEmbedPage page([](const QString &) {});
        page.form()->setType(3);
        page.form()->setText(QStringLiteral("Tiny1"));
        QPushButton *embed = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Embed")) embed = b;
        QVERIFY(embed);
        page.setSource(writePhoto(m_dir, QStringLiteral("Kite"), QSize(200, 150),
                                  QStringLiteral("kite-tiny.jpg")));
        QVERIFY(!embed->isEnabled());
        QCOMPARE(page.status(),
                 QStringLiteral("This 200 × 150 picture is too small for a blind watermark: it "
                                "needs at least 256 pixels on its shorter side."));
        const QString text = writeTemp(m_dir, QStringLiteral("notes.png"), "just some words\n");
        page.setSource(text);
        QVERIFY(!embed->isEnabled());
        QCOMPARE(page.status(), QStringLiteral("notes.png is not a picture that can be read."));
        // Named as what it is too: a new user's readme.txt was offered "readme-marked.txt".
        page.setSource(writeTemp(m_dir, QStringLiteral("readme.txt"), "just some words\n"));
        QVERIFY(!embed->isEnabled());
        QCOMPARE(page.status(), QStringLiteral("readme.txt is not a picture that can be read."));
        const QString missing = m_dir.filePath(QStringLiteral("gone.jpg"));
        page.setSource(missing);
        QVERIFY(!embed->isEnabled());
        QCOMPARE(page.status(), QStringLiteral("%1 does not exist.").arg(missing));
        page.setSource(m_photo);
        QVERIFY(embed->isEnabled());
    }

    // Extract says the same before it is pressed, in the same words, naming the file.
    void unusablePictureIsToldBeforeExtracting()
    {
        WatermarkExtractPage page;
        page.form()->setType(3);
        auto *extract = page.findChild<QPushButton *>(QStringLiteral("extract"));
        QVERIFY(extract);
        page.setSuspect(writeTemp(m_dir, QStringLiteral("readme.txt"), "just some words\n"));
        QVERIFY(!extract->isEnabled());
        QCOMPARE(page.details(), QStringLiteral("readme.txt is not a picture that can be read."));
        page.setSuspect(writePhoto(m_dir, QStringLiteral("Kite"), QSize(200, 150),
                                   QStringLiteral("kite-tiny.jpg")));
        QVERIFY(!extract->isEnabled());
        QVERIFY2(page.details().startsWith(QStringLiteral("This 200 × 150 picture is too small")),
                 qPrintable(page.details()));
        page.setSuspect(m_photo);
        QVERIFY(extract->isEnabled());
        QVERIFY(page.details().isEmpty());
    }

    // Extracting, the image field is the mark for type 2 and the original for type 1: each
    // keeps its own, so a mark chosen for one is never read as the other's original.
    void extractKeepsAMarkAndAnOriginalApart()
    {
        WatermarkExtractPage page;
        BlindMarkForm *form = page.form();
        form->setType(2);
        form->setImagePath(m_mark);
        form->setType(1);
        QCOMPARE(form->imagePath(), QString());
        form->setImagePath(m_photo);
        form->setType(2);
        QCOMPARE(form->imagePath(), m_mark);
        form->setType(1);
        QCOMPARE(form->imagePath(), m_photo);
    }

    // Extract's button stays where it is when the type changes (a new user's click meant for
    // it opened a file dialog instead).
    void extractButtonStaysPutAcrossTypes()
    {
        WatermarkExtractPage *page = m_window->extractPage();
        m_window->tabs()->setCurrentWidget(page);
        auto *extract = page->findChild<QPushButton *>(QStringLiteral("extract"));
        page->form()->setType(3);
        QTest::qWait(50);
        const QPoint atText = extract->mapTo(page, QPoint());
        auto *typeBox = page->form()->findChild<QComboBox *>();
        const QPoint typeAt = typeBox->mapTo(page, QPoint());
        // And the form's fields line up with the picture's.
        QCOMPARE(
            typeAt.x(),
            page->findChild<QLineEdit *>(QStringLiteral("suspect"))->mapTo(page, QPoint()).x());
        for (const int type : {2, 1, 3}) {
            page->form()->setType(type);
            QTest::qWait(50);
            QCOMPARE(extract->mapTo(page, QPoint()), atText);
            // Nor do the fields move sideways as the labels change.
            QCOMPARE(typeBox->mapTo(page, QPoint()), typeAt);
        }
    }

    void smallPictureCapacityIsToldBeforeEmbedding()
    {
        const QString small = writePhoto(m_dir, QStringLiteral("Kite"), QSize(800, 600),
                                         QStringLiteral("kite-small.jpg"));
        WatermarkEmbedPage page([](const QString &) {});
        page.setSource(small);
        BlindMarkForm *form = page.form();
        form->setType(3);
        auto *text = form->findChild<QLineEdit *>(QStringLiteral("blindText"));
        QCOMPARE(text->placeholderText(),
                 QStringLiteral("digits and letters, up to 8 on this picture"));
        QTest::keyClicks(text, QStringLiteral("AssetDesk2026abc"));
        const QString expected = QStringLiteral(
            "This 800 × 600 picture holds at most 8 characters; this text has 16. Shorten the "
            "text, or mark a picture at least 1000 pixels on its shorter side.");
        QCOMPARE(form->problem(), expected);
        auto *shown = form->findChild<QLabel *>(QStringLiteral("blindTextProblem"));
        QCOMPARE(shown->text(), expected);
        QVERIFY(!shown->isHidden());
        QPushButton *embed = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Embed")) embed = b;
        QVERIFY(embed && !embed->isEnabled());
        // Eight characters fit; so do sixteen on a picture 1000 px high.
        text->setText(QStringLiteral("Asset202"));
        QVERIFY(form->problem().isEmpty());
        QVERIFY(shown->isHidden());
        QVERIFY(embed->isEnabled());
        text->setText(QStringLiteral("AssetDesk2026abc"));
        QVERIFY(!embed->isEnabled());
        page.setSource(writePhoto(m_dir, QStringLiteral("Kite"), QSize(1500, 1000),
                                  QStringLiteral("kite-large.jpg")));
        QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
        QVERIFY(embed->isEnabled());
        QCOMPARE(text->placeholderText(), QStringLiteral("digits and letters, up to 40"));
    }

    // The output's name says its format: a JPEG original marked into "x.png" is a PNG.
    void outputNameSaysTheFormat()
    {
        const QString jpeg = writePhoto(m_dir, QStringLiteral("Kite"), QSize(640, 480),
                                        QStringLiteral("kite-web.jpg"));
        WatermarkEmbedPage page([](const QString &) {});
        page.setSource(jpeg);
        page.form()->setType(3);
        page.form()->setText(QStringLiteral("Png42"));
        const QString out = QDir(m_out.path()).filePath(QStringLiteral("kite-web-as.png"));
        page.output()->setText(out);
        QSignalSpy done(&page, &WatermarkEmbedPage::finished);
        page.embed();
        QVERIFY(done.wait(30000));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const imaging::blind::Extraction e =
            imaging::blind::extract(vips::VImage::new_from_file(out.toUtf8().constData()), 3);
        QCOMPARE(e.text.value_or(QString()), QStringLiteral("Png42"));
    }

    void embedWritesAMarkedCopy()
    {
        WatermarkEmbedPage *page = m_window->embedPage();
        QCOMPARE(page->output()->text(),
                 QDir(m_out.path()).filePath(QStringLiteral("kite-marked.jpg")));
        page->form()->setType(3);
        page->form()->setText(QStringLiteral("Desk42"));
        auto *show = page->findChild<QPushButton *>(QStringLiteral("showInFolderButton"));
        QVERIFY(show && !show->isEnabled());
        QSignalSpy done(page, &WatermarkEmbedPage::finished);
        page->embed();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY2(page->status().contains(QStringLiteral("PSNR")), qPrintable(page->status()));
        // The copy's folder is a click away, and named in the button's tooltip.
        QVERIFY(show->isEnabled());
        QCOMPARE(show->toolTip(), QFileInfo(page->output()->text()).absolutePath());
        const imaging::ProcessResult r =
            imaging::process({page->output()->text(), {}}, QStringLiteral("watermark/4/type/3"));
        QCOMPARE(QJsonDocument::fromJson(r.data).object().value(QStringLiteral("Text")).toString(),
                 QStringLiteral("Desk42"));
        // Extract now looks at the marked copy, with the same type; the selection stays with
        // it when the browser hands the window its pictures again.
        QCOMPARE(m_window->extractPage()->suspect(), page->output()->text());
        QCOMPARE(m_window->extractPage()->form()->type(), 3);
        m_window->setPictures({m_photo});
        QCOMPARE(m_window->extractPage()->suspect(), page->output()->text());
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
        page->setSuspect(QDir(m_out.path()).filePath(QStringLiteral("kite-marked.jpg")));
        page->form()->setType(3);
        QSignalSpy done(page, &WatermarkExtractPage::finished);
        page->extract();
        QVERIFY(done.wait(30000));
        QCOMPARE(page->verdict(), QStringLiteral("Watermark present"));
        QCOMPARE(page->recoveredText(), QStringLiteral("Desk42"));
        QCOMPARE(page->status(), -1);
        // No mark to save under a text's verdict: the button is not shown greyed.
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("saveMark"))->isHidden());
        // In plain words: a signal, not a "tile" with a "σ".
        QVERIFY2(page->details().startsWith(QStringLiteral("Mark found: signal ")),
                 qPrintable(page->details()));
        // Type 2 on the unmarked photo: absent, with the status bar.
        QVERIFY(extractType2(page, m_photo, m_mark));
        QCOMPARE(page->verdict(), QStringLiteral("No watermark found"));
        QVERIFY(page->status() >= 0 && page->status() < 60);
        QVERIFY(!page->hasMark());
    }

    // Return in the picture's field extracts, as the default-looking button promises.
    void returnExtracts()
    {
        WatermarkExtractPage *page = m_window->extractPage();
        page->form()->setType(3);
        auto *field = page->findChild<QLineEdit *>(QStringLiteral("suspect"));
        field->setText(QDir(m_out.path()).filePath(QStringLiteral("kite-marked.jpg")));
        QSignalSpy done(page, &WatermarkExtractPage::finished);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(done.wait(30000));
        QCOMPARE(page->recoveredText(), QStringLiteral("Desk42"));
    }

    // A verdict is about one picture, mark and type: choosing another one clears it, so the
    // window never shows a result for a picture it did not examine.
    void extractForgetsAResultWhenTheQuestionChanges()
    {
        WatermarkExtractPage *page = m_window->extractPage();
        QVERIFY(extractType2(page, m_photo, m_mark));
        QCOMPARE(page->verdict(), QStringLiteral("No watermark found"));
        const QString answered = page->details();
        auto *field = page->findChild<QLineEdit *>(QStringLiteral("suspect"));
        field->setText(QDir(m_out.path()).filePath(QStringLiteral("kite-marked.jpg")));
        QCOMPARE(page->verdict(), QString());
        QCOMPARE(page->status(), -1);
        QVERIFY(page->details() != answered);
        // Back to the same question: still nothing until it is asked again.
        field->setText(m_photo);
        QCOMPARE(page->verdict(), QString());
    }

    // Type 2 writes the mark's seal: present with the mark given (shown as compared, captioned
    // so), and with another mark the window says a mark of this type is there but not that one,
    // and shows no mark.
    void type2NamesAnotherMark()
    {
        const QString marked = writeTemp(
            m_dir, QStringLiteral("kite-type2.jpg"),
            imaging::process({m_photo, {}}, QStringLiteral("watermark/3/type/2/image/%1")
                                                .arg(style::encodeBase64Param(m_mark.toUtf8())))
                .data);
        const QString other = m_dir.filePath(QStringLiteral("ring.png"));
        QCOMPARE(run(QStringLiteral("convert"),
                     {QStringLiteral("-size"), QStringLiteral("120x80"), QStringLiteral("xc:black"),
                      QStringLiteral("-fill"), QStringLiteral("none"), QStringLiteral("-stroke"),
                      QStringLiteral("white"), QStringLiteral("-strokewidth"), QStringLiteral("8"),
                      QStringLiteral("-draw"), QStringLiteral("circle 60,40 60,10"), other}),
                 0);
        WatermarkExtractPage *page = m_window->extractPage();
        QVERIFY(extractType2(page, marked, m_mark));
        QCOMPARE(page->verdict(), QStringLiteral("Watermark present"));
        QVERIFY(page->status() > 75);
        QVERIFY(page->hasMark());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("saveMark"))->isHidden());
        // The match is a meter, not a progress bar: its needle, in the verdict's colour, stands
        // in the present band, right of the 75 mark.
        auto *gauge = page->findChild<MatchGauge *>();
        QVERIFY(gauge && gauge->isVisibleTo(page));
        gauge->resize(400, gauge->sizeHint().height());
        const QImage meter = gauge->grab().toImage();
        const int x = gauge->needleX();
        QCOMPARE(meter.pixelColor(x, 1), MatchGauge::colourFor(page->status()));
        QVERIFY(x > gauge->needleXFor(75) && x <= gauge->needleXFor(100));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("markCaption"))->text(),
                 QStringLiteral("Your mark, as compared (16 × 16)"));
        QVERIFY(extractType2(page, marked, other));
        QCOMPARE(page->verdict(), QStringLiteral("Another mark is present"));
        QVERIFY(page->status() < 60);
        QVERIFY(gauge->needleX() < gauge->needleXFor(60));
        QCOMPARE(gauge->grab().toImage().pixelColor(gauge->needleX(), 1), MatchGauge::colourFor(0));
        QVERIFY2(page->details().contains(QStringLiteral("but not the one given")),
                 qPrintable(page->details()));
        QVERIFY(!page->hasMark());
        // Read for a text (type 3), the strong type-2 tile may sync with the text's chips but
        // decodes to nothing: no text, and the window names the type it carries.
        page->setSuspect(marked);
        page->form()->setType(3);
        QSignalSpy done(page, &WatermarkExtractPage::finished);
        page->extract();
        QVERIFY(done.wait(30000));
        QCOMPARE(page->verdict(), QStringLiteral("A mark of another type is present"));
        QCOMPARE(page->recoveredText(), QString());
        QVERIFY2(page->details().startsWith(QStringLiteral("This picture carries a blind image "
                                                           "mark (type 2)")),
                 qPrintable(page->details()));
        // A web-sized copy syncs with the text's chips (about 10 deviations): the window names
        // the mark it carries.
        const QString web =
            writeTemp(m_dir, QStringLiteral("leaf-type2.png"),
                      imaging::process({writePhoto(m_dir, QStringLiteral("FallenLeaf"),
                                                   QSize(960, 720), QStringLiteral("leaf.png")),
                                        {}},
                                       QStringLiteral("watermark/3/type/2/image/%1")
                                           .arg(style::encodeBase64Param(m_mark.toUtf8())))
                          .data);
        page->setSuspect(web);
        page->extract();
        QVERIFY(done.wait(30000));
        QCOMPARE(page->verdict(), QStringLiteral("A mark of another type is present"));
        QCOMPARE(page->details(),
                 QStringLiteral("This picture carries a blind image mark (type 2), not a mark of "
                                "this type."));
    }

    // Embedding again onto an existing output asks; Keep Both leaves the first copy byte for
    // byte and writes "x-marked (1).png"; Cancel writes nothing; Replace replaces.
    void embedNeverOverwritesSilently()
    {
        const auto bytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto text = [](const QString &path) {
            const imaging::ProcessResult r =
                imaging::process({path, {}}, QStringLiteral("watermark/4/type/3"));
            return QJsonDocument::fromJson(r.data)
                .object()
                .value(QStringLiteral("Text"))
                .toString();
        };
        WatermarkEmbedPage page([](const QString &) {});
        page.show();
        const auto answer = [&](const QString &button) {
            QMessageBox *box = nullptr; // an earlier answered one may await deletion
            for (QMessageBox *b : page.findChildren<QMessageBox *>(QStringLiteral("outputExists")))
                if (b->isVisible()) box = b;
            QVERIFY(box);
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepBoth"));
            QAbstractButton *b = button.isEmpty() ? box->button(QMessageBox::Cancel)
                                                  : box->findChild<QPushButton *>(button);
            QVERIFY(b);
            b->click();
        };
        page.setSource(m_photo);
        const QString first = QDir(m_out.path()).filePath(QStringLiteral("again-marked.png"));
        const QString second = QDir(m_out.path()).filePath(QStringLiteral("again-marked (1).png"));
        page.output()->setText(first);
        page.form()->setType(3);
        page.form()->setText(QStringLiteral("Hello123"));
        QSignalSpy done(&page, &WatermarkEmbedPage::finished);
        page.embed();
        QVERIFY(done.wait(30000));
        const QByteArray original = bytes(first);
        QVERIFY(!original.isEmpty());

        page.form()->setText(QStringLiteral("Again1"));
        page.embed();
        answer(QStringLiteral("keepBoth"));
        QVERIFY(done.wait(30000));
        QCOMPARE(done.last().first().toBool(), true);
        QCOMPARE(bytes(first), original);
        QCOMPARE(text(second), QStringLiteral("Again1"));
        QCOMPARE(page.output()->text(), second);
        QCOMPARE(page.written(), second);

        // Cancel: nothing written, nothing numbered further.
        const QByteArray secondBytes = bytes(second);
        page.embed();
        answer(QString());
        QVERIFY(!done.wait(300));
        QCOMPARE(bytes(second), secondBytes);
        QVERIFY(!QFileInfo::exists(
            QDir(m_out.path()).filePath(QStringLiteral("again-marked (2).png"))));

        // Replace, when asked for, replaces.
        page.output()->setText(first);
        page.embed();
        answer(QStringLiteral("replace"));
        QVERIFY(done.wait(30000));
        QCOMPARE(text(first), QStringLiteral("Again1"));
        QCOMPARE(bytes(second), secondBytes);
    }

    // The preview shows the picture examined, also when its path was typed in.
    void extractShowsThePictureExamined()
    {
        WatermarkExtractPage page;
        const auto hasLabel = [&](const QString &text) {
            for (QLabel *l : page.findChildren<QLabel *>())
                if (l->text() == text) return true;
            return false;
        };
        QVERIFY(hasLabel(QStringLiteral("Choose the picture to examine.")));
        page.setSuspect(m_photo);
        QVERIFY(!hasLabel(QStringLiteral("Choose the picture to examine.")));
        QCOMPARE(page.previewPath(), m_photo);
        QCOMPARE(page.previewImage().size(), QSize(480, 270));
        QVERIFY(hasLabel(QStringLiteral("The picture examined: kite.jpg")));
        page.form()->setType(3);
        QSignalSpy done(&page, &WatermarkExtractPage::finished);
        page.extract();
        QVERIFY(done.wait(30000));
        auto *field = page.findChild<QLineEdit *>(QStringLiteral("suspect"));
        QVERIFY(field);
        field->setText(m_mark); // typed, not browsed
        QVERIFY(page.previewPath().isEmpty());
        QVERIFY(!hasLabel(QStringLiteral("The picture examined: kite.jpg")));
        page.extract();
        QVERIFY(done.wait(30000));
        QCOMPARE(page.previewPath(), m_mark);
        const QImage shown = page.previewImage();
        QCOMPARE(shown.size(), QSize(450, 300));
        // mark.png: a white rectangle on black; its middle is white, its right edge black.
        QVERIFY(qGray(shown.pixel(shown.width() / 6, shown.height() / 2)) > 240);
        QVERIFY(qGray(shown.pixel(shown.width() - 5, shown.height() / 2)) < 15);
    }

    // Issue 23, point 5: attacks with the user's own parameters, a wrong one named, and the
    // worst case of each attack over the pictures.
    void reportTakesParametersAndShowsTheWorstCase()
    {
        RobustnessPage page;
        const QString other = writePhoto(m_dir, QStringLiteral("Autumn"), QSize(1280, 720),
                                         QStringLiteral("autumn.jpg"));
        page.setPictures({m_photo, other});
        page.chooseAttacks({});
        page.form()->setType(3);
        page.form()->setText(QStringLiteral("Report2"));
        page.setAttackSpecs(QStringLiteral("jpeg:15, sharpen:3"));
        page.run();
        QVERIFY(!page.isRunning());
        QCOMPARE(page.message(), QStringLiteral("The attack “sharpen:3” is not understood; hover "
                                                "over the field for the forms it takes."));
        page.setAttackSpecs(QStringLiteral("jpeg:15, scale:40+jpeg:30"));
        QSignalSpy done(&page, &RobustnessPage::finished);
        page.run();
        QVERIFY(done.wait(60000));
        QTableWidget *table = page.table();
        QVERIFY2(table->rowCount() == 4, qPrintable(page.message()));
        QCOMPARE(table->horizontalHeaderItem(7)->text(), QStringLiteral("Worst case"));
        // Rows: photo x (jpeg:15, chain), then autumn x the same.
        for (int attack = 0; attack < 2; ++attack) {
            double lowest = 1;
            QString where;
            for (const int r : {attack, attack + 2}) {
                const double acc = table->item(r, 3)->text().chopped(2).toDouble() / 100;
                if (acc < lowest) lowest = acc, where = table->item(r, 0)->text();
            }
            // The picture is named on the other picture's row; on its own the value is bold.
            const QString value = QStringLiteral("%1 %").arg(lowest * 100, 0, 'f', 1);
            for (const int r : {attack, attack + 2}) {
                const bool here = table->item(r, 0)->text() == where;
                QCOMPARE(table->item(r, 7)->text(),
                         here ? value : QStringLiteral("%1 (%2)").arg(value, where));
                QCOMPARE(table->item(r, 7)->font().bold(), here);
                QVERIFY(table->item(r, 7)->toolTip().endsWith(where));
            }
        }
        QVERIFY(table->item(1, 1)->text().contains(QLatin1String("30")));
        // The attacks typed joined the list, ticked, and left the field; run again from the
        // list alone, they run again.
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("robustnessAttackSpecs"))->text(),
                 QString());
        QStringList ticked;
        auto *list = page.findChild<QListWidget *>(QStringLiteral("robustnessAttacks"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ticked << list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(ticked,
                 (QStringList{QStringLiteral("jpeg:15"), QStringLiteral("scale:40+jpeg:30")}));
        page.setPictures({m_photo});
        page.run();
        QVERIFY(done.wait(60000));
        QCOMPARE(table->rowCount(), 2);
        // An attack typed that is also in the list runs once, whether its id is the same
        // ("rotate:10") or only its name ("jpeg:50" is the list's "jpeg50").
        page.chooseAttacks({QStringLiteral("rotate:10"), QStringLiteral("jpeg50")});
        page.setPictures({m_photo});
        page.setAttackSpecs(QStringLiteral("rotate:10, jpeg:50"));
        page.run();
        QVERIFY(done.wait(60000));
        QCOMPARE(table->rowCount(), 2);
    }

    // A greyed Run Report says why, and the reason goes when it does.
    void reportSaysWhyItCannotRun()
    {
        RobustnessPage page;
        page.form()->setType(3);
        page.form()->setText(QString());
        auto *run = page.findChild<QPushButton *>(QStringLiteral("runReport"));
        QVERIFY(run && !run->isEnabled());
        // Pictures first, as the page lists them (reopened, it asked for the text first).
        QCOMPARE(page.message(), QStringLiteral("Add the pictures to mark and attack: Add…, or "
                                                "drop them on the list."));
        page.setPictures({m_photo});
        QCOMPARE(page.message(), page.form()->problem());
        QVERIFY(!page.message().isEmpty());
        page.form()->setText(QStringLiteral("Why1"));
        QVERIFY(run->isEnabled());
        QCOMPARE(page.message(), QString());
    }

    // A picture that cannot be marked is left out of the report, named with the reason; the
    // chart counts only the pictures reported on (a 200x150 one was counted as 87 % of bits
    // read, and every bar turned amber).
    void reportLeavesOutWhatCannotBeMarked()
    {
        RobustnessPage page;
        const QString tiny = writePhoto(m_dir, QStringLiteral("Kite"), QSize(200, 150),
                                        QStringLiteral("kite-small.jpg"));
        const QString text = writeTemp(m_dir, QStringLiteral("notes.jpg"), "just some words\n");
        page.setPictures({tiny, m_photo, text});
        page.chooseAttacks({QStringLiteral("jpeg50")});
        page.form()->setType(3);
        page.form()->setText(QStringLiteral("Left1"));
        QSignalSpy done(&page, &RobustnessPage::finished);
        page.run();
        QVERIFY(done.wait(60000));
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 2)->text(), QStringLiteral("✔"));
        const QStringList lines = page.message().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("kite-small.jpg is left out: blind watermark needs at "
                                          "least 256 px on the shorter side; the picture is "
                                          "200x150"));
        QCOMPARE(lines[1], QStringLiteral("notes.jpg is left out: input is not an image in a "
                                          "supported format"));
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

    // Fifteen attacks: every bar is drawn inside the chart at the size the page gives it, and
    // the table's columns are at least as wide as what they hold.
    void reportShowsEveryAttack()
    {
        RobustnessPage *page = m_window->robustnessPage();
        m_window->tabs()->setCurrentWidget(page);
        imaging::blind::Report report;
        report.source = m_dir.filePath(QStringLiteral("a-rather-long-picture-name.jpg"));
        report.embedPsnr = 41;
        for (int i = 0; i < 36; ++i)
            report.rows.push_back({QStringLiteral("a%1").arg(i),
                                   QStringLiteral("Attack number %1 with a long label").arg(i),
                                   true,
                                   1.0,
                                   90,
                                   40.0,
                                   0.25,
                                   {}});
        const int windowHeight = m_window->height();
        page->showReports({report});
        auto *chart = page->findChild<RobustnessChart *>();
        QVERIFY(chart);
        QTRY_VERIFY(chart->isVisible() && chart->height() > 0);
        const QImage shot = chart->grab().toImage();
        // Bars of complete recovery are green; count them down the middle of the chart.
        const QColor green(58, 157, 93);
        int bars = 0;
        bool inBar = false;
        for (int y = 0; y < shot.height(); ++y) {
            const bool on = shot.pixelColor(shot.width() / 2, y) == green;
            bars += on && !inBar;
            inBar = on;
        }
        QCOMPARE(bars, 36);
        // Above the bars, in the first look, a legend says what the colours mean: amber (some
        // pictures) is shown there though every bar is green.
        const QImage exported = chart->render({900, 1200});
        int firstBar = 0;
        while (firstBar < exported.height() &&
               exported.pixelColor(exported.width() / 2, firstBar) != green)
            ++firstBar;
        int amber = 0;
        for (int y = 0; y < firstBar; ++y)
            for (int x = 0; x < exported.width(); ++x)
                amber += exported.pixelColor(x, y) == QColor(230, 160, 40);
        QVERIFY2(amber >= 25, qPrintable(QString::number(amber)));
        // Scrolled to its last bars, the chart keeps the legend and the axis in view at the top
        // (they scrolled away with a long list before).
        auto *scroll = qobject_cast<QScrollArea *>(chart->parentWidget()->parentWidget());
        QVERIFY(scroll && scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTRY_VERIFY(chart->y() < 0);
        const QImage view = scroll->viewport()->grab().toImage();
        int amberInView = 0;
        for (int y = 0; y < 3 * chart->fontMetrics().height(); ++y)
            for (int x = 0; x < view.width(); ++x)
                amberInView += view.pixelColor(x, y) == QColor(230, 160, 40);
        QVERIFY2(amberInView >= 25, qPrintable(QString::number(amberInView)));
        scroll->verticalScrollBar()->setValue(0);
        // In a narrow pane the legend wraps rather than losing its last colour (red, none).
        const QImage narrowChart = chart->render({280, 900});
        int red = 0;
        for (int y = 0; y < 80; ++y)
            for (int x = 0; x < narrowChart.width(); ++x)
                red += narrowChart.pixelColor(x, y) == QColor(200, 60, 50);
        QVERIFY2(red >= 25, qPrintable(QString::number(red)));
        // Names are whole where there is room, elided (never drawn over the values) where not.
        const QFontMetrics fm = chart->fontMetrics();
        QCOMPARE(chart->shownLabels(fm, 900).first(),
                 QStringLiteral("Attack number 0 with a long label"));
        const QString narrow = chart->shownLabels(fm, 300).first();
        QVERIFY2(narrow.contains(QChar(0x2026)) && fm.horizontalAdvance(narrow) <= 300 / 2,
                 qPrintable(narrow));
        QTableWidget *table = page->table();
        QCOMPARE(table->rowCount(), 36);
        // Thirty-six attacks: the chart scrolls in its half, the table keeps rows in view and
        // the window its height (a new user saw the table pushed down to a row, the window
        // taller after each run).
        QTest::qWait(200); // the layout settles in the event loop
        QCOMPARE(m_window->height(), windowHeight);
        QVERIFY2(table->viewport()->height() >= 4 * table->rowHeight(0),
                 qPrintable(QString::number(table->viewport()->height())));
        // Names share what the figures leave (whole in their tooltips), a third of the table
        // each at most, so that the figures stay in view: the table does not scroll sideways.
        int figures = 0;
        for (int c = 2; c < table->columnCount(); ++c)
            figures += table->columnWidth(c);
        const int shortName = table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16;
        const int viewWidth = table->viewport()->width();
        const int nameCap = std::max(std::min(viewWidth / 3, (viewWidth - figures) / 2), shortName);
        if (viewWidth - figures >= 2 * shortName)
            QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(table->item(35, 1)->toolTip(), table->item(35, 1)->text());
        for (int c = 0; c < table->columnCount(); ++c) {
            // What the column holds, and never less than a short word.
            int needed =
                std::max(table->horizontalHeader()->sectionSizeHint(c),
                         table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
            for (int r = 0; r < table->rowCount(); ++r)
                needed =
                    std::max(needed, table->sizeHintForIndex(table->model()->index(r, c)).width());
            if (c <= 1) needed = std::min(needed, nameCap);
            QVERIFY2(table->columnWidth(c) >= needed,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(c)
                                    .arg(table->columnWidth(c))
                                    .arg(needed)));
        }
    }

    // A photograph stored sideways with an orientation tag: the marked copy keeps the tag, and
    // the page compared it as stored with the original turned upright (PSNR 6.8 dB, the copy
    // shown sideways and the change as blocks).
    void embedComparesATurnedPhotoUpright()
    {
        const QString upright = writePhoto(m_dir, QStringLiteral("Kite"), QSize(800, 600),
                                           QStringLiteral("upright.png"));
        const QString turned = m_dir.filePath(QStringLiteral("turned.jpg"));
        vips::VImage stored = vips::VImage::new_from_file(upright.toUtf8().constData()).rot270();
        stored = stored.copy();
        stored.set("orientation", 6);
        stored.write_to_file((turned + QStringLiteral("[Q=95]")).toUtf8().constData());
        WatermarkEmbedPage page([](const QString &) {});
        page.setSource(turned);
        page.form()->setType(3);
        // Its size is said upright before marking too.
        page.form()->setText(QStringLiteral("Desk42abc"));
        QVERIFY2(page.form()->problem().startsWith(QStringLiteral("This 800 × 600 picture")),
                 qPrintable(page.form()->problem()));
        page.form()->setText(QStringLiteral("Desk42"));
        page.output()->setText(m_out.filePath(QStringLiteral("turned-marked.jpg")));
        QSignalSpy done(&page, &WatermarkEmbedPage::finished);
        page.embed();
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().toBool());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("PSNR ([0-9.]+) dB")).match(page.status());
        QVERIFY2(m.hasMatch(), qPrintable(page.status()));
        QVERIFY2(m.captured(1).toDouble() > 35, qPrintable(page.status()));
        QVERIFY2(page.status().contains(QStringLiteral("800 × 600")), qPrintable(page.status()));
        int shown = 0;
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->pixmap().isNull()) continue;
            ++shown;
            QVERIFY(l->pixmap().width() > l->pixmap().height()); // upright: 800 x 600
        }
        QCOMPARE(shown, 2);
    }

    // A new picture typed in takes a new proposed output (unless one was chosen) and clears the
    // marked copy shown for the last one; the text's limit stays readable under the previews.
    void embedFollowsANewPicture()
    {
        WatermarkEmbedPage *page = m_window->embedPage();
        m_window->findChild<QTabWidget *>()->setCurrentWidget(page);
        auto *field = page->findChild<QLineEdit *>(QStringLiteral("blindSource"));
        QVERIFY(field);
        auto previews = [page] {
            int n = 0;
            for (QLabel *l : page->findChildren<QLabel *>())
                n += !l->pixmap().isNull();
            return n;
        };
        QSignalSpy done(page, &WatermarkEmbedPage::finished);
        auto embedInto = [&](const QString &name) {
            page->setSource(m_photo);
            page->form()->setType(3);
            page->form()->setText(QStringLiteral("Desk42"));
            page->output()->setText(m_out.filePath(name));
            page->embed();
            return done.wait(30000) && previews() == 2;
        };
        QVERIFY(embedInto(QStringLiteral("again.jpg")));
        const QString small = writePhoto(m_dir, QStringLiteral("Kite"), QSize(800, 600),
                                         QStringLiteral("kite-small2.jpg"));
        field->setText(small);
        QCOMPARE(previews(), 0);
        // The output was chosen by hand: it stays. A proposed one follows the picture.
        QCOMPARE(page->output()->text(), m_out.filePath(QStringLiteral("again.jpg")));
        page->setSource(m_photo);
        field->setText(small);
        QCOMPARE(page->output()->text(),
                 QDir(m_out.path()).filePath(QStringLiteral("kite-small2-marked.jpg")));
        // Ten characters with a marked copy on screen: the limit shows, lines high.
        QVERIFY(embedInto(QStringLiteral("again2.jpg")));
        auto *shown = page->form()->findChild<QLabel *>(QStringLiteral("blindTextProblem"));
        QTest::keyClicks(page->form()->findChild<QLineEdit *>(QStringLiteral("blindText")),
                         QStringLiteral("ABCD"));
        QTRY_VERIFY(shown->isVisible());
        QVERIFY2(shown->height() >= shown->fontMetrics().height(),
                 qPrintable(QString::number(shown->height())));
    }

    // The report's text must fit its smallest picture: the form says so before it runs.
    void reportToldTheCapacity()
    {
        RobustnessPage page;
        page.form()->setType(3);
        auto *text = page.form()->findChild<QLineEdit *>(QStringLiteral("blindText"));
        page.setPictures({m_photo});
        QCOMPARE(text->placeholderText(),
                 QStringLiteral("digits and letters, up to 8 on this picture"));
        page.setPictures({writePhoto(m_dir, QStringLiteral("Kite"), QSize(1500, 1000),
                                     QStringLiteral("kite-report.jpg"))});
        QCOMPARE(text->placeholderText(), QStringLiteral("digits and letters, up to 40"));
    }

    // What a new user met: after Keep Both numbered a proposed name, the output stopped
    // following the picture and the next picture was written under the last one's name; a mark
    // too large was refused only after asking about the output; the report ran a text that
    // cannot be embedded, and kept an old report up without a word.
    void namesAndLimitsFollowTheChoice()
    {
        WatermarkEmbedPage page([](const QString &) {});
        page.show();
        page.setSource(m_photo);
        const QString proposed = page.output()->text();
        QVERIFY(proposed.endsWith(QStringLiteral("kite-marked.jpg")));
        page.form()->setType(3);
        page.form()->setText(QStringLiteral("Keep1"));
        QSignalSpy done(&page, &WatermarkEmbedPage::finished);
        if (QFileInfo::exists(proposed)) {
            page.embed();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("outputExists"))));
            box->findChild<QPushButton *>(QStringLiteral("keepBoth"))->click();
        } else {
            page.embed();
        }
        QVERIFY(done.wait(30000));
        const QString small = writePhoto(m_dir, QStringLiteral("Kite"), QSize(800, 600),
                                         QStringLiteral("kite-follow.jpg"));
        page.findChild<QLineEdit *>(QStringLiteral("blindSource"))->setText(small);
        QCOMPARE(page.output()->text(),
                 QDir(m_out.path()).filePath(QStringLiteral("kite-follow-marked.jpg")));

        // A 120x80 mark on an 800x600 picture (at most 100x75): said before embedding.
        page.form()->setType(2);
        page.form()->setImagePath(m_mark);
        QCOMPARE(page.form()->problem(),
                 QStringLiteral("The mark image is 120 × 80; on this 800 × 600 picture it may be "
                                "at most 100 × 75 (an eighth of each side)."));
        QPushButton *embed = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Embed")) embed = b;
        QVERIFY(embed && !embed->isEnabled());

        RobustnessPage report;
        report.setPictures({small});
        report.form()->setType(3);
        report.form()->setText(QStringLiteral("ABCDEFGHIJ"));
        QPushButton *run = nullptr;
        for (QPushButton *b : report.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Run Report")) run = b;
        QVERIFY(run && !run->isEnabled());
        report.form()->setText(QStringLiteral("ABCD"));
        QVERIFY(run->isEnabled());
        report.chooseAttacks({QStringLiteral("jpeg75")});
        report.setStyles({});
        QSignalSpy finished(&report, &RobustnessPage::finished);
        report.run();
        QVERIFY(finished.wait(60000));
        report.form()->setText(QStringLiteral("ABCDE"));
        auto *message = report.findChild<QLabel *>(QStringLiteral("reportMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("run it again")),
                 qPrintable(message->text()));
    }

    // Tab goes down the page as it reads (a new user found the Browse buttons last).
    // Embed's three forms (the files, the mark, its processing string) line up their fields.
    void embedFieldsLineUp()
    {
        WatermarkEmbedPage page([](const QString &) {});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int source =
            page.findChild<QLineEdit *>(QStringLiteral("blindSource"))->mapTo(&page, QPoint()).x();
        QCOMPARE(page.form()->findChild<QComboBox *>()->mapTo(&page, QPoint()).x(), source);
        QCOMPARE(
            page.findChild<QLineEdit *>(QStringLiteral("blindRule"))->mapTo(&page, QPoint()).x(),
            source);
    }

    // The tabs stay where they are when the report's tab hides the place (they jumped up under
    // a new user's pointer).
    void tabsStayPut()
    {
        QTabBar *bar = m_window->tabs()->tabBar();
        m_window->tabs()->setCurrentWidget(m_window->extractPage());
        QTest::qWait(50);
        const QPoint at = bar->mapTo(m_window.get(), QPoint());
        m_window->tabs()->setCurrentWidget(m_window->robustnessPage());
        QTest::qWait(50);
        QCOMPARE(bar->mapTo(m_window.get(), QPoint()), at);
        // Where the place was, a line says where reports are made.
        auto *here = m_window->findChild<QLabel *>(QStringLiteral("reportPlace"));
        QVERIFY(here && here->isVisible());
        QVERIFY(here->text().startsWith(QStringLiteral("Reports are made on this computer")));
        m_window->tabs()->setCurrentWidget(m_window->embedPage());
        QTest::qWait(50);
        QCOMPARE(bar->mapTo(m_window.get(), QPoint()), at);
        QVERIFY(!here->isVisible());
    }

    void tabFollowsThePage()
    {
        WatermarkEmbedPage page([](const QString &) {});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.form()->setType(2);
        auto *source = page.findChild<QLineEdit *>(QStringLiteral("blindSource"));
        QStringList order;
        QWidget *w = source;
        for (int i = 0; i < 6; ++i) {
            const auto *button = qobject_cast<QPushButton *>(w);
            const auto *edit = qobject_cast<QLineEdit *>(w);
            order << (button ? button->text() : edit ? edit->objectName() : QString());
            do
                w = w->nextInFocusChain();
            while (!w->isVisible() || w->focusPolicy() == Qt::NoFocus);
        }
        QCOMPARE(order.mid(0, 4),
                 (QStringList{QStringLiteral("blindSource"), QStringLiteral("Br&owse…"), QString(),
                              QStringLiteral("Sa&ve As…")}));
    }

    void escapeClosesTheWindow()
    {
        WatermarkWindow window([](const QString &) {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
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
        // Running, the empty chart says the bars are coming rather than inviting a run.
        auto *chart = page->findChild<RobustnessChart *>();
        QVERIFY(chart->emptyText().startsWith(QStringLiteral("Marking and attacking")));
        page->cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(page->table()->rowCount() < 6);
        QVERIFY(!page->isRunning());
        QVERIFY(chart->emptyText().startsWith(QStringLiteral("Run the report")));
    }

    // A picture an attack failed on counts against it: the bar said "5/5", green, over six
    // pictures, the table said only "error", and the worst case named a picture that read well.
    void reportCountsAFailedAttack()
    {
        RobustnessPage page;
        imaging::blind::Report good, bad;
        good.source = m_dir.filePath(QStringLiteral("good.jpg"));
        bad.source = m_dir.filePath(QStringLiteral("bad.png"));
        good.rows = {
            {QStringLiteral("jpeg75"), QStringLiteral("JPEG 75"), true, 0.97, 100, 40, 0.1, {}},
            {QStringLiteral("grey"), QStringLiteral("Grey"), true, 0.98, 100, 30, 0.1, {}}};
        bad.rows = {{QStringLiteral("jpeg75"), QStringLiteral("JPEG 75"), false, 0, 0, 0, 0,
                     QStringLiteral("the attack broke, with a reason long enough to be wider than "
                                    "any of the columns it spans")},
                    {QStringLiteral("grey"), QStringLiteral("Grey"), true, 0.96, 100, 30, 0.1, {}}};
        page.showReports({good, bad});
        QTableWidget *table = page.table();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("error"));
        QVERIFY(table->item(2, 3)->text().startsWith(QStringLiteral("the attack broke")));
        QCOMPARE(table->columnSpan(2, 3), 4);
        // Columns without the reason are as wide as Qt's own fit, grid line included (without
        // it, PSNR's "39.2 dB" wrapped in two in Chinese).
        const QAbstractItemView *view = table;
        for (int c : {0, 1, 2, 7})
            QVERIFY2(table->columnWidth(c) >= view->sizeHintForColumn(c),
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(c)
                                    .arg(table->columnWidth(c))
                                    .arg(view->sizeHintForColumn(c))));
        // A long reason does not widen the Bit accuracy column it starts in.
        QVERIFY2(table->columnWidth(3) < 2 * table->horizontalHeader()->sectionSizeHint(3),
                 qPrintable(QString::number(table->columnWidth(3))));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("error (bad.png)"));
        QCOMPARE(table->item(2, 7)->text(), QStringLiteral("error"));
        QCOMPARE(table->item(1, 7)->text(), QStringLiteral("96.0 % (bad.png)"));
        // The chart: JPEG's bar is amber (the mark came back from one picture of two), Grey's
        // green.
        auto *chart = page.findChild<RobustnessChart *>();
        const QImage shot = chart->render({900, 400});
        QList<QColor> bars;
        for (int y = 0; y < shot.height(); ++y) {
            const QColor c = shot.pixelColor(shot.width() / 2 - 100, y);
            if ((c == QColor(58, 157, 93) || c == QColor(230, 160, 40)) &&
                (bars.isEmpty() || bars.last() != c))
                bars << c;
        }
        QCOMPARE(bars, (QList<QColor>{QColor(230, 160, 40), QColor(58, 157, 93)}));
    }

    // Closed while it runs, the report stops: it went on marking and attacking unseen.
    void closingTheReportStopsIt()
    {
        auto page = std::make_unique<RobustnessPage>();
        QStringList copies;
        for (int i = 0; i < 6; ++i) {
            copies << m_dir.filePath(QStringLiteral("stop%1.jpg").arg(i));
            QFile::remove(copies.last());
            QVERIFY(QFile::copy(m_photo, copies.last()));
        }
        page->setPictures(copies); // six pictures of all the attacks: a minute's work or more
        page->form()->setType(3);
        page->form()->setText(QStringLiteral("Desk42"));
        page->setStyles({});
        page->run();
        QVERIFY(page->isRunning());
        QTest::qWait(300);
        page.reset();
        QTRY_COMPARE_WITH_TIMEOUT(background::pool().activeThreadCount(), 0, 5000);
    }

    // Maximised, both columns take a share of the room: the pictures' and attacks' lists did not
    // grow.
    void reportColumnsShareAWiderWindow()
    {
        RobustnessPage *page = m_window->robustnessPage();
        m_window->tabs()->setCurrentWidget(page);
        QSplitter *split = nullptr;
        for (auto *s : page->findChildren<QSplitter *>())
            if (s->orientation() == Qt::Horizontal) split = s;
        QVERIFY(split);
        imaging::blind::Report report;
        report.source = m_dir.filePath(QStringLiteral("wide.jpg"));
        const QString chain = QStringLiteral(
            "Stretch to 120% x 100%, then Crop keeping 85% (bottom right), then JPEG quality 40");
        report.rows = {{QStringLiteral("c"), chain, true, 0.9, 100, 30, 0.1, {}}};
        page->showReports({report});
        QTableWidget *table = page->table();
        const QSize size = m_window->size();
        QTRY_VERIFY(split->widget(0)->width() > 0);
        const int left = split->widget(0)->width(), right = split->widget(1)->width();
        m_window->resize(size.width() + 600, size.height());
        QTRY_VERIFY(split->widget(1)->width() > right + 200);
        QTest::qWait(300);
        QVERIFY2(split->widget(0)->width() > left + 100,
                 qPrintable(QStringLiteral("%1 -> %2, %3 -> %4, max %5")
                                .arg(left)
                                .arg(split->widget(0)->width())
                                .arg(right)
                                .arg(split->widget(1)->width())
                                .arg(split->widget(0)->maximumWidth())));
        // The room goes to the attack's name, whole, rather than to the last column.
        const QAbstractItemView *view = table;
        QTRY_VERIFY(table->columnWidth(1) >= view->sizeHintForColumn(1));
        QCOMPARE(table->columnWidth(7), std::max(view->sizeHintForColumn(7),
                                                 table->horizontalHeader()->sectionSizeHint(7)));
        m_window->resize(size);
    }
};

QTEST_MAIN(WatermarkWindowTest)
#include "test_watermarkwindow.moc"
