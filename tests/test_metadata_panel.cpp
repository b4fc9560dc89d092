// The Inspector's metadata editing, driven offscreen: a file tagged by another program shows
// its title, an edit lands in the sidecar (never the original) and undo takes it back and says
// so, a selection shows mixed values and is edited as one, templates apply (every field shows
// them at once, and their undo), a rating and a favourite set in the library panel travel into
// the sidecar, tags complete from the catalogue, and the status reads English plurals.

#include "browser/inspectorpanel.h"
#include "browser/metadatapanel.h"
#include "catalog/catalog.h"
#include "catalog/metadatapolicy.h"
#include "metadata/xmpfile.h"
#include "settings/appsettings.h"
#include "support/testimages.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace ad;
using namespace ad::test;

namespace
{
metadata::MetaRecord sidecarOf(const QString &path)
{
    return metadata::readFileMeta(path, metadata::SidecarNaming::FullName).record;
}
} // namespace

class MetadataPanelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a, m_b;

    static void type(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AssetDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_metadata_panel"));
        catalog::setMetadataWritePolicy(catalog::MetadataWritePolicy::SidecarOnly);
        metadata::setSidecarNaming(metadata::SidecarNaming::FullName);
        m_a = writeTemp(m_dir, QStringLiteral("a.jpg"), makeImage(48, 32, QStringLiteral("jpg")));
        m_b = writeTemp(m_dir, QStringLiteral("b.jpg"), makeImage(32, 48, QStringLiteral("jpg")));
        // a.jpg as another program left it: a title and a creator in its own XMP.
        metadata::MetaRecord theirs;
        theirs.text[QStringLiteral("title")] = QStringLiteral("Harbour at dawn");
        theirs.text[QStringLiteral("creator")] = QStringLiteral("Ann Lee");
        theirs.tags = QStringList{QStringLiteral("places/asia/tokyo")};
        metadata::writeFileMeta(m_a, theirs, metadata::WritePolicy::FileAndSidecar,
                                metadata::SidecarNaming::BaseName);
        QFile::remove(m_dir.filePath(QStringLiteral("a.xmp"))); // only the file's own copy
    }

    // A PDF's size is in points (what libvips reads at 72 dpi), with the paper's name or its
    // size in millimetres; it said "612 × 792 px".
    void pdfPageSizeIsInPoints()
    {
        const auto writePdf = [this](const QString &name, const QPageSize &page) {
            const QString path = m_dir.filePath(name);
            QPdfWriter writer(path);
            writer.setPageSize(page);
            writer.setPageMargins({});
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("Page"));
            return path;
        };
        const QString letter = writePdf(QStringLiteral("letter.pdf"), QPageSize(QPageSize::Letter));
        const QString custom = writePdf(QStringLiteral("custom.pdf"),
                                        QPageSize(QSizeF(200, 100), QPageSize::Millimeter));
        catalog::Catalog catalog(QStringLiteral(":memory:"));
        ui::InspectorPanel inspector(&catalog);
        inspector.resize(360, 600);
        inspector.show();
        inspector.showSelection({letter});
        QTRY_COMPARE_WITH_TIMEOUT(inspector.shownRow(QStringLiteral("Dimensions")),
                                  QStringLiteral("612 × 792 pt (Letter / ANSI A)"), 10000);
        inspector.showSelection({custom});
        QTRY_COMPARE_WITH_TIMEOUT(inspector.shownRow(QStringLiteral("Dimensions")),
                                  QStringLiteral("567 × 283 pt (200 × 100 mm)"), 10000);
        // A picture keeps its pixels.
        inspector.showSelection({m_b});
        QTRY_COMPARE_WITH_TIMEOUT(inspector.shownRow(QStringLiteral("Dimensions")),
                                  QStringLiteral("32 × 48 px"), 10000);
    }

    void editUndoSelectionTemplatesAndRating()
    {
        catalog::Catalog catalog(QStringLiteral(":memory:"));
        QUndoStack undo;
        ui::InspectorPanel inspector(&catalog);
        inspector.setUndoStack(&undo);
        inspector.resize(360, 900);
        inspector.show();
        ui::MetadataPanel *panel = inspector.metadataPanel();
        QSignalSpy loaded(panel, &ui::MetadataPanel::selectionLoaded);
        QSignalSpy written(panel, &ui::MetadataPanel::filesWritten);
        auto *title = panel->findChild<QLineEdit *>(QStringLiteral("metaTitle"));
        auto *creator = panel->findChild<QLineEdit *>(QStringLiteral("metaCreator"));
        auto *rights = panel->findChild<QLineEdit *>(QStringLiteral("metaRights"));
        auto *position = panel->findChild<QLineEdit *>(QStringLiteral("metaPosition"));
        const QByteArray originalA = readFile(m_a);

        inspector.showSelection({m_a});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(title->text(), QStringLiteral("Harbour at dawn"));
        QCOMPARE(creator->text(), QStringLiteral("Ann Lee"));
        QCOMPARE(catalog.entry(m_a)->tags, QStringList{QStringLiteral("places/asia/tokyo")});
        // The library fields above show what the file said as well.
        auto *library = inspector.findChild<QWidget *>(QStringLiteral("libraryPanel"));
        QLineEdit *tags = nullptr;
        for (QLineEdit *field : library->findChildren<QLineEdit *>())
            if (field->findChild<QCompleter *>()) tags = field;
        QVERIFY(tags);
        QCOMPARE(tags->text(), QStringLiteral("places/asia/tokyo"));

        // The status line has its room before it says anything: the fields stay put.
        const int titleAt = title->mapTo(&inspector, QPoint()).y();
        const int tagsAt = tags->mapTo(&inspector, QPoint()).y();
        type(title, QStringLiteral("Harbour at noon"));
        QVERIFY(written.wait(10000));
        QCOMPARE(panel->status(), QStringLiteral("Saved to 1 file(s)."));
        QCoreApplication::processEvents();
        QCOMPARE(title->mapTo(&inspector, QPoint()).y(), titleAt);
        QCOMPARE(tags->mapTo(&inspector, QPoint()).y(), tagsAt);
        QCOMPARE(sidecarOf(m_a).text.value(QStringLiteral("title")),
                 QStringLiteral("Harbour at noon"));
        QVERIFY(QFile::exists(m_a + QStringLiteral(".xmp")));
        QCOMPARE(readFile(m_a), originalA); // sidecar only: the original is untouched
        QCOMPARE(undo.undoText(), QStringLiteral("Edit Title"));
        // The facts above never contradict the field: the file itself still says "dawn".
        QTRY_VERIFY(!inspector.shownRow(QStringLiteral("Dimensions")).isEmpty());
        for (const QString &row : {QStringLiteral("Title"), QStringLiteral("Keywords")})
            QVERIFY2(inspector.shownRow(row).isEmpty(), qPrintable(inspector.shownRow(row)));

        undo.undo();
        QTRY_VERIFY(!panel->writing());
        // The undo says so: the status does not keep saying what the edit did.
        QCOMPARE(panel->status(), QStringLiteral("Undone: Edit Title. Saved to 1 file(s)."));
        QCOMPARE(title->text(), QStringLiteral("Harbour at dawn"));
        QCOMPARE(sidecarOf(m_a).text.value(QStringLiteral("title")),
                 QStringLiteral("Harbour at dawn"));

        // A bad position is refused in words and changes nothing.
        type(position, QStringLiteral("95, 10"));
        QVERIFY(panel->status().contains(QStringLiteral("latitude (-90 to 90)")));
        QVERIFY(position->text().isEmpty());
        type(position, QStringLiteral("35.6586, 139.7454"));
        QTRY_VERIFY(!panel->writing());
        QCOMPARE(sidecarOf(m_a).text.value(QStringLiteral("latitude")),
                 QStringLiteral("35.658600"));
        QCOMPARE(sidecarOf(m_a).text.value(QStringLiteral("longitude")),
                 QStringLiteral("139.745400"));

        // Two files: what differs shows as mixed; an edit sets both as one undo step.
        inspector.showSelection({m_a, m_b});
        QVERIFY(loaded.wait(10000));
        QVERIFY(title->text().isEmpty());
        QCOMPARE(title->placeholderText(), QStringLiteral("(mixed)"));
        type(rights, QStringLiteral("© 2026 Ann Lee"));
        QTRY_VERIFY(!panel->writing());
        QCOMPARE(sidecarOf(m_a).text.value(QStringLiteral("rights")),
                 QStringLiteral("© 2026 Ann Lee"));
        QCOMPARE(sidecarOf(m_b).text.value(QStringLiteral("rights")),
                 QStringLiteral("© 2026 Ann Lee"));
        QCOMPARE(sidecarOf(m_a).text.value(QStringLiteral("title")),
                 QStringLiteral("Harbour at dawn")); // untouched by the selection's edit

        // A template saved from a.jpg's creator and copyright applies to b.jpg.
        inspector.showSelection({m_a});
        QVERIFY(loaded.wait(10000));
        panel->saveTemplate(QStringLiteral("Ann's agency"));
        auto *templates = panel->findChild<QComboBox *>(QStringLiteral("metaTemplates"));
        QCOMPARE(templates->currentText(), QStringLiteral("Ann's agency"));
        inspector.showSelection({m_b});
        QVERIFY(loaded.wait(10000));
        QVERIFY(creator->text().isEmpty());
        QVERIFY(tags->text().isEmpty());
        panel->applyTemplate(QStringLiteral("Ann's agency"));
        // Every field shows the template at once: the creator here, the tags in the library
        // fields (they kept the old tags until the file was selected again).
        QCOMPARE(creator->text(), QStringLiteral("Ann Lee"));
        QCOMPARE(tags->text(), QStringLiteral("places/asia/tokyo"));
        QTRY_VERIFY(!panel->writing());
        QCOMPARE(sidecarOf(m_b).text.value(QStringLiteral("creator")), QStringLiteral("Ann Lee"));
        QCOMPARE(*sidecarOf(m_b).tags, QStringList{QStringLiteral("places/asia/tokyo")});
        // Undone and redone, the fields follow at once too.
        undo.undo();
        QVERIFY(creator->text().isEmpty());
        QVERIFY(tags->text().isEmpty());
        QTRY_VERIFY(!panel->writing());
        QVERIFY(!sidecarOf(m_b)
                     .tags.value_or(QStringList())
                     .contains(QStringLiteral("places/asia/tokyo")));
        undo.redo();
        QCOMPARE(creator->text(), QStringLiteral("Ann Lee"));
        QCOMPARE(tags->text(), QStringLiteral("places/asia/tokyo"));
        QTRY_VERIFY(!panel->writing());

        // A rating set in the library panel goes into the sidecar too.
        auto *rating = library->findChildren<QComboBox *>().first();
        rating->setCurrentIndex(4);
        Q_EMIT rating->activated(4);
        QTRY_COMPARE(sidecarOf(m_b).rating, 4);
        QTRY_VERIFY(!panel->writing());
        QCOMPARE(panel->status(), QStringLiteral("Saved to 1 file(s)."));
        undo.undo();
        QTRY_VERIFY(!panel->writing());
        QCOMPARE(sidecarOf(m_b).rating, 0);
        QCOMPARE(panel->status(), QStringLiteral("Undone: Set Rating. Saved to 1 file(s)."));

        // So does the favourite, as digiKam's accepted pick; the original stays as it was.
        const QByteArray originalB = readFile(m_b);
        auto *favourite = library->findChild<QCheckBox *>();
        QVERIFY(favourite);
        favourite->click();
        QTRY_COMPARE(sidecarOf(m_b).favourite, true);
        QTRY_VERIFY(!panel->writing());
        undo.undo();
        QTRY_VERIFY(!panel->writing());
        QCOMPARE(sidecarOf(m_b).favourite, false);
        QCOMPARE(panel->status(), QStringLiteral("Undone: Set Favourite. Saved to 1 file(s)."));
        QCOMPARE(readFile(m_b), originalB);

        // Tags complete from the catalogue, anywhere in the path, replacing the word typed.
        tags->setFocus();
        tags->setText(QStringLiteral("cat, "));
        QTest::keyClicks(tags, QStringLiteral("tok"));
        auto *completer = tags->findChild<QCompleter *>();
        QCOMPARE(completer->currentCompletion(), QStringLiteral("places/asia/tokyo"));
        Q_EMIT completer->activated(QStringLiteral("places/asia/tokyo"));
        QCOMPARE(tags->text(), QStringLiteral("cat, places/asia/tokyo"));
    }

    // A language not shipped (or the C locale of a bare system) reads our English, plural
    // forms included.
    void statusPluralInEnglish()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        ui::installTranslations(*qApp);
        const QString one = ui::MetadataPanel::tr("Saved to %n file(s).", nullptr, 1);
        const QString two = ui::MetadataPanel::tr("Saved to %n file(s).", nullptr, 2);
        qDeleteAll(qApp->findChildren<QTranslator *>()); // each removes itself
        QSettings().remove(QStringLiteral("ui/language"));
        QCOMPARE(one, QStringLiteral("Saved to 1 file."));
        QCOMPARE(two, QStringLiteral("Saved to 2 files."));
    }
};

QTEST_MAIN(MetadataPanelTest)
#include "test_metadata_panel.moc"
