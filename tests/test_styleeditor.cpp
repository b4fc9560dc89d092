// The Style Editor, offscreen: the form and the string kept in sync for every operation and
// parameter, list editing, inline errors, the live preview on a worker (proxy, full resolution,
// coalesced edits), cloud warnings and forms, the style library, and Apply to Selection; the
// greyed defaults against the executor's, the Save dialog and the unsaved-changes question.

#include "catalog/catalog.h"
#include "catalog/stylestore.h"
#include "common/error.h"
#include "imaging/executor.h"
#include "loading/scheduler.h"
#include "storage/objectclient.h"
#include "storage/profiles.h"
#include "style/editlist.h"
#include "style/parser.h"
#include "style/schema.h"
#include "style/values.h"
#include "styleeditor/beforeafterview.h"
#include "styleeditor/operationform.h"
#include "styleeditor/paramfield.h"
#include "styleeditor/styleeditorwindow.h"
#include "styleeditor/stylelibrarypanel.h"
#include "styleeditor/stylepreview.h"
#include "styleeditor/stylestringedit.h"
#include "support/s3rver.h"
#include "support/styleparams.h"
#include "support/testimages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ad;
using namespace ad::ui;

namespace
{

// Changes a parameter the way a user would: through its widget.
void setThroughWidget(ParamField *field, const QVariant &value)
{
    if (auto *set = field->findChild<QCheckBox *>(QStringLiteral("set")); set && !set->isChecked())
        set->setChecked(true);
    QWidget *editor = field->editor();
    switch (field->spec().type) {
    case style::ParamType::Int:
        editor->findChild<QSpinBox *>()->setValue(value.toInt());
        break;
    case style::ParamType::Real:
        qobject_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble());
        break;
    case style::ParamType::Bool:
        qobject_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case style::ParamType::Choice:
    case style::ParamType::Font: {
        auto *combo = qobject_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(value.toString()));
        break;
    }
    case style::ParamType::Gravity:
        editor->findChild<QToolButton *>(value.toString())->click();
        break;
    case style::ParamType::Color:
    case style::ParamType::File:
    case style::ParamType::Text: {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (!line) line = editor->findChild<QLineEdit *>();
        line->setText(value.toString());
        break;
    }
    }
}

// The operation the string holds now (the editor's string is parsed with the core parser).
style::EditOp parsedOp(const StyleEditorWindow &editor, int index = 0)
{
    return style::itemsOf(style::parse(editor.processing())).at(size_t(index)).op;
}

template <typename Pred> bool waitFor(Pred done, int ms = 30000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace

class StyleEditorTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<catalog::StyleStore> m_store;
    QString m_photo; // 5000x4000: previews through the proxy
    QString m_small; // 640x480 JPEG

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = std::make_unique<catalog::Catalog>(m_dir.filePath(QStringLiteral("c.sqlite")));
        m_store = std::make_unique<catalog::StyleStore>(*m_catalog);
        m_photo = test::writeTemp(m_dir, QStringLiteral("big.jpg"),
                                  test::makeImage(5000, 4000, QStringLiteral("jpg")));
        m_small = test::writeTemp(m_dir, QStringLiteral("small.jpg"),
                                  test::makeImage(640, 480, QStringLiteral("jpg")));
        QDir(m_dir.path()).mkpath(QStringLiteral("marks"));
        test::writeTemp(m_dir, test::kMarkPath, test::makeImage(40, 30, QStringLiteral("png")));
    }

    // Form -> string: every parameter of every operation, set through its widget, is in the
    // string; string -> form: a string typed with another value shows it in the form.
    // The editor opens inside the screen, whatever its size (offscreen's is 800x600), so the
    // buttons along its bottom edge can be reached.
    void opensWithinTheScreen()
    {
        StyleEditorWindow editor(m_store.get(), {});
        const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY(editor.width() <= room.width());
        QVERIFY(editor.height() <= room.height());
        QVERIFY(editor.width() >= room.width() * 0.8 || editor.width() == 1400);
    }

    void formAndStringRoundTripOnEveryOperation()
    {
        StyleEditorWindow editor(m_store.get(), {});
        int checked = 0;
        for (const style::OpSpec &spec : style::operations()) {
            editor.setProcessing(QString());
            editor.addOperation(spec.id);
            QCOMPARE(editor.operationList()->count(), 1);
            OperationForm *form = editor.form();
            QVERIFY2(form->operation().has_value(), qPrintable(spec.id));
            for (const style::ParamSpec &p : spec.params) {
                if (p.type == style::ParamType::File && form->isRowShown(p.key))
                    setThroughWidget(form->field(p.key), test::kMarkPath);
            }
            QVERIFY2(editor.errorText().isEmpty(),
                     qPrintable(spec.id + QStringLiteral(": ") + editor.errorText()));
            for (const style::ParamSpec &p : spec.params) {
                if (!form->isRowShown(p.key)) continue;
                const QVariant value = test::otherValue(p, p.get(*form->operation()));
                setThroughWidget(form->field(p.key), value);
                // A type switch may ask for a mark image: give it one through the form.
                for (const style::ParamSpec &f : spec.params)
                    if (f.type == style::ParamType::File && form->isRowShown(f.key) &&
                        form->field(f.key)->value().toString().isEmpty())
                        setThroughWidget(form->field(f.key), test::kMarkPath);
                const QString where = spec.id + QLatin1Char('.') + p.key + QStringLiteral(" in ") +
                                      editor.processing();
                QVERIFY2(editor.errorText().isEmpty(),
                         qPrintable(where + QStringLiteral(": ") + editor.errorText()));
                QVERIFY2(p.get(parsedOp(editor)) == value,
                         qPrintable(where + QStringLiteral(" lacks ") + value.toString()));

                // And back: the string with yet another value rebuilds the form.
                style::EditOp op = parsedOp(editor);
                const QVariant typed = test::otherValue(p, value);
                p.set(op, typed);
                test::fillRequiredImages(spec, op);
                std::vector<style::EditItem> items(1, style::EditItem{op, true, false, {}});
                const QString text = style::printItems(items);
                if (text == editor.processing()) continue; // e.g. a two-way choice
                editor.setProcessing(text);
                QVERIFY2(editor.errorText().isEmpty(), qPrintable(text));
                QVERIFY2(form->field(p.key)->value() == typed,
                         qPrintable(where + QStringLiteral(": form shows ") +
                                    form->field(p.key)->value().toString() +
                                    QStringLiteral(" for ") + typed.toString()));
                ++checked;
            }
        }
        QVERIFY2(checked > 55, qPrintable(QString::number(checked)));
    }

    // Whatever a number field lets a user pick, down to its lowest and up to its highest,
    // makes a string the parser accepts (a blur sigma of 0 once passed the form).
    // The empty form points at what is there (the Add menu), and sizes in pixels say so.
    void wordsNameWhatIsThere()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setProcessing(QString());
        const auto shown = [&editor](const QString &text) {
            for (const QLabel *label : editor.findChildren<QLabel *>())
                if (label->isVisibleTo(&editor) && label->text() == text) return true;
            return false;
        };
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(
            shown(QStringLiteral("Select an operation to edit it, or add one from the Add menu.")));
        QCOMPARE(editor.findChild<QToolButton *>(QStringLiteral("addOperation"))->text(),
                 QStringLiteral("Add"));
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/200x"));
        editor.operationList()->setCurrentRow(0);
        QVERIFY(shown(QStringLiteral("Width (px)")));
    }

    void numberFieldsOfferOnlyValidValues()
    {
        StyleEditorWindow editor(m_store.get(), {});
        int checked = 0;
        for (const style::OpSpec &spec : style::operations()) {
            for (const style::ParamSpec &p : spec.params) {
                if (p.type != style::ParamType::Int && p.type != style::ParamType::Real) continue;
                editor.setProcessing(QString());
                editor.addOperation(spec.id);
                OperationForm *form = editor.form();
                if (!form->isRowShown(p.key)) continue;
                for (const style::ParamSpec &f : spec.params)
                    if (f.type == style::ParamType::File && form->isRowShown(f.key))
                        setThroughWidget(form->field(f.key), test::kMarkPath);
                setThroughWidget(form->field(p.key), p.get(*form->operation()));
                QWidget *field = form->field(p.key)->editor();
                auto *whole = field->findChild<QSpinBox *>();
                auto *real = qobject_cast<QDoubleSpinBox *>(field);
                QVERIFY(whole || real);
                for (const bool high : {false, true}) {
                    if (whole)
                        whole->setValue(high ? whole->maximum() : whole->minimum());
                    else
                        real->setValue(high ? real->maximum() : real->minimum());
                    QVERIFY2(editor.errorText().isEmpty(),
                             qPrintable(spec.id + QLatin1Char('.') + p.key + QStringLiteral(": ") +
                                        editor.processing() + QStringLiteral(": ") +
                                        editor.errorText()));
                    ++checked;
                }
            }
        }
        QVERIFY2(checked >= 76, qPrintable(QString::number(checked))); // 38 fields today
    }

    void undoAndDragReorder()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/640x/rotate/90"));
        QTest::qWait(800); // a separate edit, not part of a burst
        editor.operationList()->setCurrentRow(1);
        setThroughWidget(editor.form()->field(QStringLiteral("degrees")), 180);
        setThroughWidget(editor.form()->field(QStringLiteral("degrees")), 270); // same burst
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/640x/rotate/270"));
        editor.undo();
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/640x/rotate/90"));
        editor.redo();
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/640x/rotate/270"));
        editor.undo();
        editor.undo();
        QCOMPARE(editor.processing(), QString());
        editor.redo();
        // Ctrl+Z in the string goes to the same history.
        QTest::qWait(800);
        editor.stringEdit()->setFocus();
        editor.stringEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.stringEdit(), QStringLiteral("/strip"));
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/640x/rotate/90/strip"));
        QTest::keySequence(editor.stringEdit(), QKeySequence::Undo);
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/640x/rotate/90"));
        // Reordering by drag moves rows in the list's model.
        QVERIFY(editor.operationList()->model()->moveRow({}, 1, {}, 0));
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/rotate/90/thumbnail/640x"));
    }

    void typedErrorsAreMarkedAtTheToken()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/640x|imageMogr2/rotate/400"));
        QVERIFY(editor.stringEdit()->hasError());
        QVERIFY2(editor.errorText().contains(QLatin1String("rotate")),
                 qPrintable(editor.errorText()));
        QVERIFY(editor.errorText().contains(QLatin1String("-60998")));
        QVERIFY(!editor.operationList()->isEnabled());
        const QList<QTextEdit::ExtraSelection> marks = editor.stringEdit()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("400"));
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/640x|imageMogr2/rotate/40"));
        QVERIFY(!editor.stringEdit()->hasError());
        QVERIFY(editor.errorText().isEmpty());
        QCOMPARE(editor.operationList()->count(), 2);
        QCOMPARE(editor.operationList()->currentRow(), 0);
        editor.operationList()->setCurrentRow(1);
        QCOMPARE(editor.form()->field(QStringLiteral("degrees"))->value().toInt(), 40);
        // The selected operation is highlighted in the string.
        const QList<QTextEdit::ExtraSelection> spans = editor.stringEdit()->extraSelections();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().cursor.selectedText(), QStringLiteral("rotate/40"));
        editor.setProcessing(QStringLiteral("imageMogr2/unknown/1"));
        QVERIFY(editor.errorText().contains(QLatin1String("UnknownOperation")));
    }

    void listEditsRewriteTheString()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setProcessing(
            QStringLiteral("imageMogr2/thumbnail/640x/rotate/90|imageMogr2/strip"));
        editor.operationList()->setCurrentRow(0);
        editor.addOperation(QStringLiteral("grayscale")); // after the selected one
        QCOMPARE(
            editor.processing(),
            QStringLiteral("imageMogr2/thumbnail/640x/grayscale/1/rotate/90|imageMogr2/strip"));
        // Unchecking disables without deleting.
        editor.operationList()->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(editor.processing(),
                 QStringLiteral("imageMogr2/thumbnail/640x/grayscale/1|imageMogr2/strip"));
        QCOMPARE(editor.operationList()->count(), 4);
        editor.operationList()->item(2)->setCheckState(Qt::Checked);
        editor.operationList()->setCurrentRow(1);
        editor.moveCurrentOperation(-1);
        QVERIFY(editor.processing().startsWith(
            QStringLiteral("imageMogr2/grayscale/1/thumbnail/640x/rotate/90")));
        QCOMPARE(editor.operationList()->currentRow(), 0);
        editor.removeCurrentOperation();
        QCOMPARE(editor.processing(),
                 QStringLiteral("imageMogr2/thumbnail/640x/rotate/90|imageMogr2/strip"));
        // A stage of another kind added at the end, and the palette lists every operation.
        editor.operationList()->setCurrentRow(2);
        editor.addOperation(QStringLiteral("info"));
        QVERIFY(editor.processing().endsWith(QStringLiteral("|imageInfo")));
        int paletteEntries = 0;
        for (QAction *a : editor.findChild<QMenu *>(QStringLiteral("palette"))->actions())
            if (a->menu()) paletteEntries += int(a->menu()->actions().size());
        QCOMPARE(paletteEntries, int(style::operations().size()));
    }

    void previewRendersOnAWorkerThroughAProxy()
    {
        StyleEditorWindow editor(m_store.get(), {});
        StylePreview *preview = editor.preview();
        QSignalSpy rendered(preview, &StylePreview::rendered);
        editor.setAsset(m_photo);
        editor.setProcessing(QStringLiteral("imageMogr2/rotate/90"));
        QVERIFY(waitFor([&] { return !preview->isBusy() && preview->output().has_value(); }));
        QVERIFY(preview->input()->proxy);
        QCOMPARE(preview->input()->originalSize, QSize(5000, 4000));
        QCOMPARE(preview->output()->size, QSize(1638, 2048)); // the proxy, turned
        QVERIFY(!preview->view()->difference().isNull());
        // Full resolution on demand.
        preview->renderFullResolution();
        QVERIFY(waitFor([&] { return !preview->isBusy() && preview->lastWasFullResolution(); }));
        QCOMPARE(preview->output()->size, QSize(4000, 5000));
        // An edit while a slow render runs stops that render instead of waiting for it.
        editor.setProcessing(QStringLiteral("imageMogr2/blur/30x20"));
        QVERIFY(waitFor([&] { return !preview->isBusy(); }));
        const int cancelledBefore = preview->cancelledRenders();
        preview->renderFullResolution(); // seconds of blur on 20 Mpx
        QTest::qWait(100);
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/310x"));
        QVERIFY(waitFor([&] { return !preview->isBusy(); }));
        QCOMPARE(preview->cancelledRenders(), cancelledBefore + 1);
        QCOMPARE(preview->output()->size.width(), 310);
        // A burst of edits renders far fewer times than it edits, and ends on the last one.
        rendered.clear();
        for (int w = 300; w < 340; ++w) {
            editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/%1x").arg(w));
            QTest::qWait(5);
        }
        QVERIFY(waitFor([&] { return !preview->isBusy(); }));
        QCOMPARE(preview->output()->size.width(), 339);
        QVERIFY2(rendered.size() <= 3, qPrintable(QString::number(rendered.size())));
        // An error of the render is shown, not thrown.
        editor.setProcessing(QStringLiteral("imageMogr2/cut/9000x10x0x0"));
        QVERIFY(waitFor([&] { return !preview->isBusy(); }));
        QVERIFY(!preview->error().isEmpty());
        QVERIFY(!preview->output().has_value());
    }

    void cloudWarningsAndForms()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(m_small);
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/800x600>|watermark/1/image/") +
                             style::encodeBase64Param(m_dir.filePath(test::kMarkPath).toUtf8()) +
                             QStringLiteral("|imageMogr2/format/tpg"));
        const QString all = editor.warnings().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("tpg")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("local file")));
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("cloudWarnings"))->isVisibleTo(&editor));
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/800x600>/format/webp"));
        QVERIFY(editor.warnings().isEmpty());
        QCOMPARE(editor.cloudUrl(),
                 QStringLiteral("https://<BucketName-APPID>.cos.<Region>.myqcloud.com/small.jpg?"
                                "imageMogr2/thumbnail/800x600%3E/format/webp"));
        QVERIFY(waitFor([&] { return !editor.preview()->isBusy(); }));
        const QJsonObject ops = QJsonDocument::fromJson(editor.picOperations()).object();
        const QJsonObject rule = ops[QStringLiteral("rules")].toArray().first().toObject();
        QCOMPARE(rule[QStringLiteral("rule")].toString(), editor.processing());
        QCOMPARE(rule[QStringLiteral("fileid")].toString(), QStringLiteral("small_styled.webp"));
        QCOMPARE(ops[QStringLiteral("is_pic_info")].toInt(), 1);
    }

    void libraryStylesAreSavedReferencedAndExchanged()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(m_small);
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/320x"));
        QVERIFY(editor.saveStyle(QStringLiteral("small")));
        QVERIFY(!editor.saveStyle(QStringLiteral("bad name")));
        editor.setProcessing(QStringLiteral("style/small|imageMogr2/format/png"));
        QVERIFY(editor.saveStyle(QStringLiteral("small-png")));
        QVERIFY(waitFor([&] { return !editor.preview()->isBusy(); }));
        QCOMPARE(editor.preview()->output()->size, QSize(320, 240)); // style/small expanded
        QVERIFY(editor.warnings().join(QLatin1Char(' ')).contains(QLatin1String("style/small")));

        StyleLibraryPanel *library = editor.library();
        QCOMPARE(library->list()->count(), 2);
        library->select(QStringLiteral("small"));
        QVERIFY(library->renameCurrent(QStringLiteral("s320")));
        QCOMPARE(*m_store->body(QStringLiteral("small-png")),
                 QStringLiteral("style/s320|imageMogr2/format/png"));
        QVERIFY(library->duplicateCurrent());
        QCOMPARE(library->currentName(), QStringLiteral("s320-copy"));
        QVERIFY(library->deleteCurrent(false));

        const QString json = m_dir.filePath(QStringLiteral("styles.json"));
        const QString tsv = m_dir.filePath(QStringLiteral("styles.tsv"));
        QVERIFY(library->exportFile(json));
        QVERIFY(library->exportFile(tsv));
        QVERIFY(test::readFile(tsv).contains("s320\timageMogr2/thumbnail/320x\n"));
        catalog::Catalog other(QStringLiteral(":memory:"));
        catalog::StyleStore otherStore(other);
        StyleEditorWindow second(&otherStore, {});
        QVERIFY(second.library()->importFile(json, false));
        QCOMPARE(otherStore.all(), m_store->all());
        QVERIFY(!second.library()->importFile(m_small, false)); // not a style list: an error

        library->select(QStringLiteral("s320"));
        QSignalSpy opened(library, &StyleLibraryPanel::openRequested);
        library->list()->setFocus();
        Q_EMIT library->list()->itemActivated(library->list()->currentItem());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/320x"));
        QCOMPARE(editor.styleName(), QStringLiteral("s320"));
        QVERIFY(editor.windowTitle().contains(QLatin1String("s320")));
    }

    void applyHandsTheStringToBatch()
    {
        QString applied;
        StyleEditorWindow editor(m_store.get(), [&](const QString &s) { applied = s; });
        QAction *apply = editor.findChild<QAction *>(QStringLiteral("applyToSelection"));
        QVERIFY(apply);
        editor.setProcessing(QStringLiteral("imageMogr2/rotate/999"));
        apply->trigger();
        QVERIFY(applied.isEmpty()); // never a string with errors
        editor.setProcessing(QStringLiteral("imageMogr2/rotate/90"));
        apply->trigger();
        QCOMPARE(applied, QStringLiteral("imageMogr2/rotate/90"));
    }

    // Every fixed default the form shows greyed is what the executor applies when the
    // parameter is left out: the picture with the parameter absent and with it written as the
    // shown default decode to the same pixels.
    void greyedDefaultsAreWhatTheExecutorApplies()
    {
        // Large enough for every operation's default (a 600x600 crop).
        const QString png = test::writeTemp(m_dir, QStringLiteral("defaults.png"),
                                            test::makeImage(1000, 800, QStringLiteral("png")));
        imaging::ProcessOptions options;
        options.resourceRoot = m_dir.path();
        QString failure;
        const auto pixels = [&](const style::EditOp &op) {
            const std::vector<style::EditItem> items(1, style::EditItem{op, true, false, {}});
            const QString text = style::printItems(items);
            try {
                const imaging::ProcessResult r = imaging::process({png, {}}, text, options);
                return r.isJson ? QImage() : QImage::fromData(r.data);
            } catch (const ProcessingError &e) {
                failure = text + QStringLiteral(": ") + e.error().toString();
                return QImage();
            }
        };
        int compared = 0;
        for (const style::OpSpec &spec : style::operations()) {
            // The default operation, and variants where other parameters apply (a thumbnail
            // that fits a box can pad, a tiled watermark has an angle, type 2 a strength).
            std::vector<style::EditOp> variants{spec.make()};
            for (const style::ParamSpec &p : spec.params) {
                if (!p.appliesTo(variants.front())) continue;
                QVariantList values;
                if (p.type == style::ParamType::Choice && !p.optional)
                    for (const QString &c : p.choices)
                        values << c;
                if (p.type == style::ParamType::Bool) values << true;
                for (const QVariant &v : values) {
                    style::EditOp op = spec.make();
                    p.set(op, v);
                    variants.push_back(op);
                }
            }
            for (style::EditOp &made : variants) {
                test::fillRequiredImages(spec, made);
                for (const style::ParamSpec &p : spec.params) {
                    if (!p.optional || !p.appliesTo(made)) continue;
                    style::EditOp absent = made, written = made;
                    p.set(absent, QVariant());
                    const QVariant fallback = p.fallbackFor(absent);
                    if (!fallback.isValid()) continue; // depends on the picture: shown as "auto"
                    p.set(written, fallback);
                    const QString where = spec.id + QLatin1Char('.') + p.key;
                    const QImage a = pixels(absent), b = pixels(written);
                    QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(where + u' ' + failure));
                    QVERIFY2(a == b,
                             qPrintable(where + QStringLiteral(" = ") + fallback.toString()));
                    ++compared;
                }
            }
        }
        QVERIFY2(compared >= 25, qPrintable(QString::number(compared)));

        // The text watermark's colour, size and opacity do change the picture, so the equality
        // above is no accident of a parameter without effect.
        style::TextWatermark text =
            std::get<style::TextWatermark>(style::specById(QStringLiteral("watermark/2"))->make());
        const QImage plain = pixels(text);
        for (const auto &change : std::vector<std::function<void(style::TextWatermark &)>>{
                 [](style::TextWatermark &t) { t.fill = qRgb(0xFF, 0xFF, 0xFF); },
                 [](style::TextWatermark &t) { t.fontSize = 14; },
                 [](style::TextWatermark &t) { t.place.dissolve = 100; }}) {
            style::TextWatermark other = text;
            change(other);
            QVERIFY(pixels(other) != plain);
        }
    }

    // Unchecked, a field shows greyed the default that applies, or "auto".
    void greyedFieldsShowTheAppliedDefaults()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.addOperation(QStringLiteral("watermark/2"));
        OperationForm *form = editor.form();
        const auto line = [&](const QString &key) {
            return form->field(key)->editor()->findChild<QLineEdit *>();
        };
        const auto spin = [&](const QString &key) {
            return form->field(key)->editor()->findChild<QSpinBox *>();
        };
        QVERIFY(!form->field(QStringLiteral("fill"))->editor()->isEnabled());
        QCOMPARE(line(QStringLiteral("fill"))->text(), QStringLiteral("#3D3D3D"));
        QCOMPARE(spin(QStringLiteral("fontsize"))->value(), 13);
        QCOMPARE(spin(QStringLiteral("dissolve"))->value(), 90);
        QCOMPARE(spin(QStringLiteral("shadow"))->value(), 0);
        QVERIFY(!form->field(QStringLiteral("fill"))->value().isValid()); // still not written
        // Checking the box writes the shown default: the string changes, the picture does not.
        form->field(QStringLiteral("fontsize"))
            ->findChild<QCheckBox *>(QStringLiteral("set"))
            ->setChecked(true);
        QVERIFY2(editor.processing().contains(QStringLiteral("/fontsize/13")),
                 qPrintable(editor.processing()));
        // A crop's width depends on the picture: "auto" until it is checked.
        editor.setProcessing(QStringLiteral("imageMogr2/crop/x300"));
        QCOMPARE(spin(QStringLiteral("width"))->text(), QStringLiteral("auto"));
        QVERIFY(!form->field(QStringLiteral("width"))->value().isValid());
        QCOMPARE(spin(QStringLiteral("height"))->value(), 300);
    }

    // With nothing to do, the preview reports the executor's output: the input's format.
    void emptyStringKeepsTheInputFormat()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.setAsset(m_small);
        editor.setProcessing(QString());
        QVERIFY(waitFor(
            [&] { return !editor.preview()->isBusy() && editor.preview()->output().has_value(); }));
        QCOMPARE(editor.preview()->output()->format, style::ImageFormat::Jpeg);
        QCOMPARE(editor.preview()->output()->size, QSize(640, 480));
        auto *info = editor.preview()->findChild<QLabel *>(QStringLiteral("previewInfo"));
        QVERIFY(info);
        QVERIFY2(info->text().contains(QStringLiteral(" · JPG · ")), qPrintable(info->text()));
        QVERIFY2(!info->text().contains(QStringLiteral("PNG")), qPrintable(info->text()));
    }

    // A bad name keeps the Save dialog open with the reason next to the field.
    void saveDialogExplainsABadName()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.show();
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/100x"));
        QAction *saveAs = nullptr;
        for (QAction *a : editor.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)) saveAs = a;
        QVERIFY(saveAs);
        bool stayedOpen = false;
        QString reason;
        QTimer::singleShot(0, &editor, [&] {
            auto *dialog = editor.findChild<QDialog *>(QStringLiteral("saveStyleDialog"));
            QVERIFY(dialog && dialog->isVisible());
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("styleName"));
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            name->setText(QStringLiteral("bad name"));
            save->click();
            stayedOpen = dialog->isVisible();
            reason = dialog->findChild<QLabel *>(QStringLiteral("styleNameProblem"))->text();
            name->setText(QStringLiteral("good-name"));
            save->click();
        });
        saveAs->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(reason.contains(QStringLiteral("“bad name” is not a style name")),
                 qPrintable(reason));
        QCOMPARE(editor.styleName(), QStringLiteral("good-name"));
        QCOMPARE(m_store->body(QStringLiteral("good-name")),
                 std::optional(QStringLiteral("imageMogr2/thumbnail/100x")));
        QVERIFY(!editor.isModified());
        m_store->remove(QStringLiteral("good-name"));
    }

    // Closing with unsaved changes asks Save / Discard / Cancel.
    void closingWithUnsavedChangesAsks()
    {
        StyleEditorWindow editor(m_store.get(), {});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const auto answer = [&](QMessageBox::StandardButton button) {
            QMessageBox *box = nullptr; // an earlier answered one may await deletion
            for (QMessageBox *b :
                 editor.findChildren<QMessageBox *>(QStringLiteral("unsavedChanges")))
                if (b->isVisible()) box = b;
            QVERIFY(box);
            box->button(button)->click();
        };
        editor.setProcessing(QStringLiteral("imageMogr2/rotate/90"));
        QVERIFY(editor.isModified());
        QVERIFY(!editor.close());
        answer(QMessageBox::Cancel);
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/rotate/90"));
        // Save on a library style writes it and closes.
        m_store->save(QStringLiteral("turn"), QStringLiteral("imageMogr2/rotate/180"));
        editor.openStyle(QStringLiteral("turn"));
        QVERIFY(!editor.isModified());
        editor.setProcessing(QStringLiteral("imageMogr2/rotate/270"));
        QVERIFY(!editor.close());
        answer(QMessageBox::Save);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(m_store->body(QStringLiteral("turn")),
                 std::optional(QStringLiteral("imageMogr2/rotate/270")));
        // Discard closes without writing.
        editor.show();
        editor.setProcessing(QStringLiteral("imageMogr2/rotate/45"));
        QVERIFY(!editor.close());
        answer(QMessageBox::Discard);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(m_store->body(QStringLiteral("turn")),
                 std::optional(QStringLiteral("imageMogr2/rotate/270")));
        // Nothing unsaved: no question.
        editor.show();
        editor.openStyle(QStringLiteral("turn"));
        QVERIFY(editor.close());
        m_store->remove(QStringLiteral("turn"));
    }

    // A signed COS URL pasted into the string: the processing stays, the signature goes (and
    // the note says so); the style after '!' comes from the library; with a COS connection for
    // the bucket's APPID the note offers the object. Typing passes through without surprises.
    void pastedUrlBecomesItsProcessing()
    {
        m_store->save(QStringLiteral("tiny"), QStringLiteral("imageMogr2/thumbnail/64x"));
        storage::Profile cos;
        cos.name = QStringLiteral("guangzhou");
        cos.flavor = storage::Endpoint::Flavor::Cos;
        cos.region = QStringLiteral("ap-guangzhou");
        cos.appId = QStringLiteral("1250000000");
        cos.accessKey = QStringLiteral("AKIDexample");
        storage::saveProfile(cos, {QStringLiteral("secret"), {}});
        StyleEditorWindow editor(m_store.get(), {});
        editor.show();
        const QString host =
            QStringLiteral("https://photos-1250000000.cos.ap-guangzhou.myqcloud.com/");
        QApplication::clipboard()->setText(
            host + QStringLiteral("%E7%9B%B8%E5%86%8C/a.jpg?imageMogr2%2Fthumbnail%2F300x%7C"
                                  "imageMogr2/rotate/90&q-sign-algorithm=sha1&q-signature=ab#x"));
        editor.stringEdit()->setFocus();
        editor.stringEdit()->paste();
        QCOMPARE(editor.processing(),
                 QStringLiteral("imageMogr2/thumbnail/300x|imageMogr2/rotate/90"));
        QVERIFY(editor.errorText().isEmpty());
        QCOMPARE(editor.operationList()->count(), 2);
        QLabel *note = editor.pastedNote();
        QVERIFY(note->isVisibleTo(&editor));
        QVERIFY2(note->text().contains(QStringLiteral("相册/a.jpg")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("q-sign-algorithm, q-signature, #fragment")));
        QCOMPARE(editor.pastedLocation(),
                 QStringLiteral("cos://guangzhou@photos-1250000000/相册/a.jpg"));
        QVERIFY(note->text().contains(QStringLiteral("href")));
        // Undo gives back what was there before the paste.
        editor.undo();
        QCOMPARE(editor.processing(), QString());

        // Another region's bucket: no connection reaches it, so no link; the style resolves.
        editor.setProcessing(QString());
        QApplication::clipboard()->setText(
            QStringLiteral("https://photos-1250000000.cos.ap-beijing.myqcloud.com/b.png!tiny"));
        editor.stringEdit()->paste();
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/64x"));
        QVERIFY(editor.pastedLocation().isEmpty());
        QVERIFY(!note->text().contains(QStringLiteral("href")));
        QVERIFY(note->text().contains(QStringLiteral("tiny")));

        // Typed a character at a time: nothing is taken until the query brings processing.
        editor.setProcessing(QString());
        QTest::keyClicks(editor.stringEdit(),
                         QStringLiteral("http://x.example.com/p.jpg?imageMogr2/rotate/9"));
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/rotate/9"));
        editor.setProcessing(QString());
        QTest::keyClicks(editor.stringEdit(), QStringLiteral("imageMogr2/thumbnail/50x"));
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/50x"));
        // An edit after a paste retires the note, which described the pasted string.
        editor.setProcessing(QString());
        QApplication::clipboard()->setText(QStringLiteral(
            "https://photos-1250000000.cos.ap-guangzhou.myqcloud.com/c.jpg?imageMogr2/rotate/90"));
        editor.stringEdit()->paste();
        QVERIFY(!note->isHidden());
        QTest::keyClick(editor.stringEdit(), Qt::Key_Backspace);
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/rotate/9"));
        QVERIFY(note->isHidden());
        // The address of a plain object keeps the string as it was, and says so.
        editor.setProcessing(QStringLiteral("imageMogr2/thumbnail/120x"));
        editor.stringEdit()->selectAll();
        QApplication::clipboard()->setText(QStringLiteral(
            "https://photos-1250000000.cos.ap-guangzhou.myqcloud.com/d.jpg?q-sign-algorithm=sha1"));
        editor.stringEdit()->paste();
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/120x"));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("no processing")), qPrintable(note->text()));
        QCOMPARE(editor.pastedLocation(),
                 QStringLiteral("cos://guangzhou@photos-1250000000/d.jpg"));
        // Pasted text that is neither a URL nor processing stays, marked as an error.
        editor.setProcessing(QString());
        QApplication::clipboard()->setText(QStringLiteral("hello world"));
        editor.stringEdit()->paste();
        QCOMPARE(editor.processing(), QStringLiteral("hello world"));
        QVERIFY(!editor.errorText().isEmpty());
        m_store->remove(QStringLiteral("tiny"));
        storage::removeProfile(cos.name);
    }

    // A URL on a saved connection's own endpoint (s3rver, path style): the note's link fetches
    // the object and the preview renders the pasted processing on it.
    void pastedUrlOpensTheObject()
    {
        QTemporaryDir data;
        test::S3rver server(data.filePath(QStringLiteral("s3")), {QStringLiteral("assets")});
        QVERIFY(server.start());
        storage::Profile p;
        p.name = QStringLiteral("studio");
        p.endpoint = server.url().toString();
        p.region = QStringLiteral("us-east-1");
        p.accessKey = QStringLiteral("S3RVER");
        storage::saveProfile(p, {QStringLiteral("S3RVER"), {}});
        const QByteArray photo = test::makeImage(640, 400, QStringLiteral("jpg"));
        storage::ObjectClient(storage::endpointFor(p))
            .put(QStringLiteral("assets"), QStringLiteral("in/photo.jpg"), photo);
        storage::ObjectClient(storage::endpointFor(p))
            .put(QStringLiteral("assets"), QStringLiteral("in/large.png"),
                 test::makeImage(3000, 2000, QStringLiteral("png")));
        StyleEditorWindow editor(m_store.get(), {});
        editor.show();
        // An older pasted object whose download the newer one replaces: its copy never becomes
        // the preview, however late it would have arrived.
        QApplication::clipboard()->setText(server.url().toString() +
                                           QStringLiteral("/assets/in/large.png?imageMogr2/"
                                                          "thumbnail/100x"));
        editor.stringEdit()->paste();
        QCOMPARE(editor.pastedLocation(), QStringLiteral("s3://studio@assets/in/large.png"));
        Q_EMIT editor.pastedNote()->linkActivated(QStringLiteral("open"));
        editor.stringEdit()->clear();
        QApplication::clipboard()->setText(
            server.url().toString() +
            QStringLiteral("/assets/in/photo.jpg?imageMogr2/thumbnail/100x&X-Amz-Signature=ab&"
                           "response-content-type=image%2Fpng"));
        editor.stringEdit()->paste();
        QCOMPARE(editor.processing(), QStringLiteral("imageMogr2/thumbnail/100x"));
        QCOMPARE(editor.pastedLocation(), QStringLiteral("s3://studio@assets/in/photo.jpg"));
        QVERIFY(editor.pastedNote()->text().contains(
            QStringLiteral("X-Amz-Signature, response-content-type")));
        Q_EMIT editor.pastedNote()->linkActivated(QStringLiteral("open"));
        QVERIFY(waitFor([&] { return !editor.preview()->source().isEmpty(); }));
        QVERIFY(waitFor(
            [&] { return !editor.preview()->isBusy() && editor.preview()->output().has_value(); }));
        QCOMPARE(editor.preview()->output()->size, QSize(100, 63));
        QVERIFY(editor.cloudUrl().contains(QStringLiteral("/assets/in/photo.jpg?imageMogr2")));
        QTRY_COMPARE(loading::Scheduler::shared().running(), 0);
        QTest::qWait(100);
        QCOMPARE(test::readFile(editor.preview()->source()), photo);
        QCOMPARE(editor.preview()->output()->size, QSize(100, 63));
        storage::removeProfile(p.name);
    }
};

QTEST_MAIN(StyleEditorTest)
#include "test_styleeditor.moc"
