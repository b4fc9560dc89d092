// Help > About lists the libraries' versions as they report them (compared here with the
// libraries' own functions and headers), Copy puts them on the clipboard, and Help > Getting
// Started covers a librarian's tasks with the keys the viewer and the main window really have.

#include "browser/aboutdialog.h"
#include "browser/gettingstarteddialog.h"
#include "browser/mainwindow.h"
#include "common/imageloader.h"
#include "settings/shortcutsdialog.h"
#include "support/language.h"
#include "viewers/viewerwindow.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <exiv2/version.hpp>
#include <libavcodec/version.h>
#include <libavformat/version.h>
#include <poppler/poppler-config.h>
#include <vips/vips.h>

using namespace ad::ui;
using namespace ad::test;

class HelpDialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutListsTheLibraryVersions()
    {
        AboutDialog about;
        about.show();
        QSignalSpy shown(&about, &AboutDialog::versionsShown);
        QVERIFY(shown.wait(10000));
        QHash<QString, QString> versions;
        const QTableWidget *table = about.versionTable();
        for (int row = 0; row < table->rowCount(); ++row)
            versions.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        QCOMPARE(versions.value(QStringLiteral("libvips")),
                 QString::fromLatin1(vips_version_string()));
        QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(versions.value(QStringLiteral("libavcodec")), QStringLiteral("%1.%2.%3")
                                                                   .arg(LIBAVCODEC_VERSION_MAJOR)
                                                                   .arg(LIBAVCODEC_VERSION_MINOR)
                                                                   .arg(LIBAVCODEC_VERSION_MICRO));
        QCOMPARE(versions.value(QStringLiteral("libavformat")),
                 QStringLiteral("%1.%2.%3")
                     .arg(LIBAVFORMAT_VERSION_MAJOR)
                     .arg(LIBAVFORMAT_VERSION_MINOR)
                     .arg(LIBAVFORMAT_VERSION_MICRO));
        QVERIFY(!versions.value(QStringLiteral("FFmpeg")).isEmpty());
        QCOMPARE(versions.value(QStringLiteral("Poppler")), QStringLiteral(POPPLER_VERSION));
        QCOMPARE(versions.value(QStringLiteral("exiv2")),
                 QString::fromStdString(Exiv2::versionString()));
        // LibreOffice: its release (four numbers) where soffice is installed.
        const QString office = versions.value(QStringLiteral("LibreOffice"));
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QCOMPARE(office, QStringLiteral("not found"));
        else
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"))
                         .match(office)
                         .hasMatch(),
                     qPrintable(office));
        // Copy Versions: the same lines, for a bug report.
        about.findChild<QPushButton *>(QStringLiteral("copyVersions"))->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("libvips ") +
                                QString::fromLatin1(vips_version_string())));
        QCOMPARE(copied.count(QLatin1Char('\n')), table->rowCount());
    }

    void gettingStartedCoversTheMainTasks()
    {
        GettingStartedDialog guide;
        guide.show();
        const QString text = guide.browser()->toPlainText();
        // A librarian's tasks, not the processing strings behind them.
        for (const char *heading :
             {"Browse a folder or a bucket", "Rate, label and tag", "Find duplicates", "Albums",
              "Apply a style to a folder", "Video posters", "Blind watermark"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        for (const char *word : {"imageMogr2", "Cloud Infinite", "endpoint", "string"})
            QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
        // The keys it names are the viewer's and the main window's.
        ImageLoader loader;
        ViewerWindow viewer(&loader);
        QStringList keys;
        for (const QAction *a : viewer.actions())
            keys << a->shortcut().toString();
        for (const char *key : {"T", "Ctrl+L", "Ctrl+R", "F5", "F11", "Esc"}) {
            QVERIFY2(keys.contains(QLatin1String(key)), key);
            QVERIFY2(text.contains(QLatin1String(key)), key);
        }
        MainWindow window;
        keys.clear();
        for (const QAction *a : window.findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                keys << key.toString();
        for (const char *key :
             {"Ctrl+O", "Ctrl+1", "Ctrl+2", "Space", "F3", "0", "5", "6", "9", "Alt+6", ".",
              "Ctrl+Shift+F", "Ctrl+Z", "Ctrl+B", "Ctrl+Shift+E", "Ctrl+Shift+W"}) {
            QVERIFY2(keys.contains(QLatin1String(key)), key);
            QVERIFY2(text.contains(QLatin1String(key)), key);
        }
    }

    void shortcutsShowEveryActionAndKeyWhole_data() { addLanguageRows(); }

    void shortcutsShowEveryActionAndKeyWhole()
    {
        QFETCH(QString, language);
        const Language guard(language);
        QVERIFY(guard.loaded());
        MainWindow window;
        ShortcutsDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *table = dialog.table();
        const QFontMetrics metrics = table->fontMetrics();
        // An item's text has the style's focus margin on either side.
        const int margin =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        QHeaderView *header = table->header();
        // Both columns within the list, none behind the scroll bar.
        QVERIFY(header->sectionViewportPosition(1) + header->sectionSize(1) <=
                table->viewport()->width());
        int rows = 0;
        for (int g = 0; g < table->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = table->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i, ++rows) {
                QTreeWidgetItem *item = group->child(i);
                const QString what = item->text(0) + QStringLiteral(": ") + item->text(1);
                QVERIFY2(header->sectionSize(1) >=
                             metrics.horizontalAdvance(item->text(1)) + margin,
                         qPrintable(what));
                QVERIFY2(header->sectionSize(0) >= table->indentation() +
                                                       metrics.horizontalAdvance(item->text(0)) +
                                                       margin,
                         qPrintable(what));
                // One height for every row, rows of stars (a glyph from another font than
                // the Chinese around them) included, with room between the lines of text.
                table->scrollToItem(item);
                const int height = table->visualItemRect(item).height();
                QVERIFY2(height == table->visualItemRect(table->topLevelItem(0)).height(),
                         qPrintable(what + QStringLiteral(": ") + QString::number(height)));
                QVERIFY2(height >= metrics.height() + 4,
                         qPrintable(what + QStringLiteral(": ") + QString::number(height)));
            }
        }
        QVERIFY(rows > 30);
    }

    // The viewer's keys (the ones Getting Started names among them) have sections of their own,
    // and they are the keys the viewer binds: none missing, none it does not have.
    void shortcutsListTheViewerKeys()
    {
        ImageLoader loader;
        ViewerWindow viewer(&loader);
        QSet<QString> bound;
        for (const QAction *a : viewer.findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                bound.insert(key.toString(QKeySequence::NativeText));
        MainWindow window;
        ShortcutsDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *table = dialog.table();
        QSet<QString> listed;
        QHash<QString, QString> whatKeyDoes; // key -> action, in the viewer's sections
        for (int g = 0; g < table->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = table->topLevelItem(g);
            if (!group->text(0).startsWith(QLatin1String("Viewer"))) continue;
            for (int i = 0; i < group->childCount(); ++i) {
                listed.insert(group->child(i)->text(1));
                whatKeyDoes[group->child(i)->text(1)] += group->child(i)->text(0);
            }
        }
        QVERIFY2(bound == listed,
                 qPrintable(QStringList(bound.values()).join(u' ') + QStringLiteral(" | ") +
                            QStringList(listed.values()).join(u' ')));
        const QList<std::pair<const char *, const char *>> named{
            {"I", "in point"},      {"O", "out point"},   {"J", "Back"},
            {"L", "Forward"},       {"T", "filmstrip"},   {"F5", "slideshow"},
            {"F11", "Full screen"}, {"Left", "Previous"}, {"Right", "Next"}};
        for (const auto &[key, words] : named)
            QVERIFY2(whatKeyDoes.value(QLatin1String(key)).contains(QLatin1String(words)), key);
        // Found by typing the key, as any other.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(), QStringLiteral("F11"));
        QTreeWidgetItem *viewerGroup = nullptr;
        for (int g = 0; g < table->topLevelItemCount(); ++g)
            if (table->topLevelItem(g)->text(0) == QLatin1String("Viewer"))
                viewerGroup = table->topLevelItem(g);
        QVERIFY(viewerGroup && !viewerGroup->isHidden());
    }

    // Undo and Redo are listed as such, not as what they would undo now.
    void shortcutsNameUndoAsUndo()
    {
        MainWindow window;
        auto *stack = window.findChild<QUndoStack *>();
        QVERIFY(stack);
        stack->push(new QUndoCommand(QStringLiteral("Edit Tags")));
        stack->push(new QUndoCommand(QStringLiteral("Set Rating")));
        stack->undo();
        QStringList undoRedo;
        for (const ShortcutsDialog::Shortcut &s : ShortcutsDialog::collect(&window))
            if (s.action.contains(QLatin1String("Undo")) ||
                s.action.contains(QLatin1String("Redo")))
                undoRedo << s.action;
        QCOMPARE(undoRedo, (QStringList{QStringLiteral("Undo"), QStringLiteral("Redo")}));
    }
};

QTEST_MAIN(HelpDialogsTest)
#include "test_helpdialogs.moc"
