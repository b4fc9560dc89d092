// What the window's words say, offscreen and in both languages: the filter bar's choices are
// whole phrases that fit their boxes, errors and job titles follow the interface language, and
// Rename selects the base name only.

#include "browser/filterbar.h"
#include "browser/renamedialog.h"
#include "common/asyncrun.h"
#include "jobs/thumbnailjob.h"
#include "settings/appsettings.h"
#include "style/errortext.h"
#include "support/language.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace ad;
using namespace ad::ui;

class WindowTextsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void filterBarChoicesAreWholeAndFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("taken");
        QTest::addColumn<QString>("threeStars");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Taken any time")
                            << QStringLiteral("★★★ or more");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("任意拍摄时间")
                               << QStringLiteral("★★★ 及以上");
    }

    // Each choice is one translated phrase, and its box is wide enough to show all of it: a
    // clipped "Taken any time" read "Taken any tin".
    void filterBarChoicesAreWholeAndFit()
    {
        QFETCH(QString, language);
        QFETCH(QString, taken);
        QFETCH(QString, threeStars);
        const test::Language interface(language);
        QVERIFY(interface.loaded());
        FilterBar bar;
        bar.resize(bar.minimumSizeHint());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QStringList texts;
        for (QComboBox *box : bar.findChildren<QComboBox *>()) {
            QStyleOptionComboBox option;
            option.initFrom(box);
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                             QStyle::SC_ComboBoxEditField, box);
            for (int i = 0; i < box->count(); ++i) {
                const QString text = box->itemText(i);
                texts << text;
                QVERIFY2(field.width() >= box->fontMetrics().horizontalAdvance(text),
                         qPrintable(QStringLiteral("“%1” in %2 px").arg(text).arg(field.width())));
            }
        }
        QVERIFY2(texts.contains(taken), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(threeStars), qPrintable(texts.join(u'|')));
    }

    // Errors made in core read in the interface language in the window; the CLI's form (no
    // translator) is unchanged.
    void errorsAndJobTitlesFollowTheLanguage()
    {
        const Error error{ErrorCode::InvalidArgument, QStringLiteral("thumbnail: bad width")};
        QCOMPARE(localizedText(error), error.toString());
        QDir(m_dir.path()).mkpath(QStringLiteral("Holiday"));
        const QString folder = m_dir.filePath(QStringLiteral("Holiday"));
        QCOMPARE(jobs::planThumbnailJob(folder, false).title,
                 QStringLiteral("Thumbnails of Holiday"));

        const test::Language chinese(QStringLiteral("zh_CN"));
        QVERIFY(chinese.loaded());
        QCOMPARE(localizedText(error),
                 QStringLiteral("参数无效：thumbnail: bad width（X-ErrNo -60998）"));
        QCOMPARE(jobs::planThumbnailJob(folder, false).title, QStringLiteral("Holiday 的缩略图"));
        // A failure on a worker reaches the window in Chinese.
        QString shown;
        QObject context;
        runCatching(
            &context,
            []() -> int {
                throw ProcessingError(ErrorCode::ImageTooLarge, QStringLiteral("100000x1"));
            },
            [&](const Outcome<int> &o) { shown = o.error; });
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown, QStringLiteral("图片过大：100000x1（X-ErrNo -447）"));
    }

    // Shortcuts name the arrow keys by their arrows in Chinese, not Qt's "上方向"; the rest of
    // Qt's words still come from Qt's catalogue.
    void arrowKeysReadAsArrowsInChinese()
    {
        installTranslations(*qApp, QStringLiteral("zh_CN"));
        const QKeySequence up(Qt::ALT | Qt::Key_Up), left(Qt::Key_Left), space(Qt::Key_Space);
        const QString upText = up.toString(QKeySequence::NativeText);
        const QString leftText = left.toString(QKeySequence::NativeText);
        const QString spaceText = space.toString(QKeySequence::NativeText);
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t), delete t;
        QLocale::setDefault(QLocale::c());
        QCOMPARE(upText, QStringLiteral("Alt+↑"));
        QCOMPARE(leftText, QStringLiteral("←"));
        QCOMPARE(spaceText, QStringLiteral("空格")); // Qt's own
        QCOMPARE(up.toString(QKeySequence::NativeText), QStringLiteral("Alt+Up"));
    }

    // Rename selects what comes before the extension, so typing keeps ".jpg".
    void renameSelectsTheBaseName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QString>("typed");
        QTest::newRow("extension")
            << QStringLiteral("report.final.jpg") << QStringLiteral("report.final")
            << QStringLiteral("holiday.jpg");
        QTest::newRow("dot file") << QStringLiteral(".hidden") << QStringLiteral(".hidden")
                                  << QStringLiteral("holiday");
        QTest::newRow("folder") << QStringLiteral("photos.2024") << QStringLiteral("photos.2024")
                                << QStringLiteral("holiday");
    }

    void renameSelectsTheBaseName()
    {
        QFETCH(QString, name);
        QFETCH(QString, selected);
        QFETCH(QString, typed);
        const QString path = m_dir.filePath(name);
        if (name.startsWith(u"photos"))
            QDir(m_dir.path()).mkpath(name);
        else
            QFile(path).open(QIODevice::WriteOnly);
        QString selection;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("newName"));
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            selection = line->selectedText();
            QTest::keyClicks(line, QStringLiteral("holiday"));
            dialog->accept();
        });
        QCOMPARE(askNewName(nullptr, path), typed);
        QCOMPARE(selection, selected);
    }
};

QTEST_MAIN(WindowTextsTest)
#include "test_windowtexts.moc"
