#include "styleeditor/styleeditorwindow.h"

#include "catalog/stylestore.h"
#include "common/error.h"
#include "common/windowsize.h"
#include "loading/scheduler.h"
#include "media/ciprocess.h"
#include "storage/objectops.h"
#include "storage/objecturl.h"
#include "storage/pastedlocation.h"
#include "storage/storage.h"
#include "style/cloudcheck.h"
#include "style/errortext.h"
#include "style/parser.h"
#include "style/pastedurl.h"
#include "style/printer.h"
#include "style/schema.h"
#include "style/values.h"
#include "styleeditor/cloudcomparewindow.h"
#include "styleeditor/operationform.h"
#include "styleeditor/stylelibrarypanel.h"
#include "styleeditor/stylepreview.h"
#include "styleeditor/stylestringedit.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ad::ui
{

namespace
{

QString summary(const style::EditOp &op)
{
    if (const auto *m = std::get_if<style::MogrOp>(&op)) return style::print(*m);
    return std::visit(
        [](const auto &stageOp) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(stageOp)>, style::MogrOp>)
                return {};
            else
                return style::print(style::Stage{stageOp, {}});
        },
        op);
}

} // namespace

StyleEditorWindow::StyleEditorWindow(catalog::StyleStore *store,
                                     std::function<void(const QString &)> apply, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_apply(std::move(apply)),
      m_library(new StyleLibraryPanel(store, this)), m_string(new StyleStringEdit(this)),
      m_error(new QLabel(this)), m_list(new QListWidget(this)), m_form(new OperationForm(this)),
      m_preview(new StylePreview(this)), m_warningLabel(new QLabel(this)),
      m_pastedNote(new QLabel(this))
{
    setWindowTitle(tr("Style Editor"));
    setObjectName(QStringLiteral("styleEditor"));
    resizeToFit(this, {1400, 860});

    // Middle column: the string, its error, the operations and the form.
    auto *editor = new QWidget(this);
    auto *column = new QVBoxLayout(editor);
    column->setContentsMargins(0, 0, 0, 0);
    auto *stringLabel = new QLabel(tr("&Processing:"), editor);
    stringLabel->setBuddy(m_string);
    m_string->setObjectName(QStringLiteral("processing"));
    column->addWidget(stringLabel);
    column->addWidget(m_string);
    m_error->setObjectName(QStringLiteral("styleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    column->addWidget(m_error);
    m_pastedNote->setObjectName(QStringLiteral("pastedUrlNote"));
    m_pastedNote->setWordWrap(true);
    m_pastedNote->setTextFormat(Qt::RichText);
    m_pastedNote->setStyleSheet(QStringLiteral(
        "QLabel { background: #e8f0fe; color: #1a3a6b; border: 1px solid #a8c0e8; padding: 4px; "
        "border-radius: 3px; }"));
    m_pastedNote->hide();
    connect(m_pastedNote, &QLabel::linkActivated, this, [this] { openPastedObject(); });
    column->addWidget(m_pastedNote);

    auto *operations = new QWidget(editor);
    auto *opsColumn = new QVBoxLayout(operations);
    opsColumn->setContentsMargins(0, 0, 0, 0);
    opsColumn->addWidget(new QLabel(tr("Operations, in order:"), operations));
    m_list->setObjectName(QStringLiteral("operations"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setToolTip(tr("Drag to reorder; uncheck to disable without deleting"));
    opsColumn->addWidget(m_list, 1);
    auto *opsButtons = new QHBoxLayout;
    auto *add = new QToolButton(operations);
    add->setObjectName(QStringLiteral("addOperation"));
    add->setText(tr("Add"));
    add->setToolTip(tr("Add an operation, chosen by category (Ctrl+Shift+A)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add->setPopupMode(QToolButton::InstantPopup);
    buildPalette(add);
    opsButtons->addWidget(add);
    const auto button = [&](const QString &text, const QString &tip, const QKeySequence &key,
                            auto slot) {
        auto *b = new QToolButton(operations);
        b->setText(text);
        b->setToolTip(tip.arg(key.toString(QKeySequence::NativeText)));
        auto *a = new QAction(text, m_list);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_list->addAction(a);
        connect(b, &QToolButton::clicked, this, slot);
        opsButtons->addWidget(b);
    };
    button(tr("Remove"), tr("Remove the selected operation (%1)"), QKeySequence::Delete,
           [this] { removeCurrentOperation(); });
    button(tr("Up"), tr("Move up (%1)"), QKeySequence(Qt::ALT | Qt::Key_Up),
           [this] { moveCurrentOperation(-1); });
    button(tr("Down"), tr("Move down (%1)"), QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { moveCurrentOperation(1); });
    opsButtons->addStretch(1);
    opsColumn->addLayout(opsButtons);

    auto *formScroll = new QScrollArea(editor);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *middle = new QSplitter(Qt::Vertical, editor);
    middle->addWidget(operations);
    middle->addWidget(formScroll);
    middle->setStretchFactor(1, 1);
    column->addWidget(middle, 1);

    // Right column: preview and the cloud's warnings.
    auto *right = new QWidget(this);
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_preview, 1);
    m_warningLabel->setObjectName(QStringLiteral("cloudWarnings"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #e0c060; padding: 6px; "
        "border-radius: 3px; }"));
    m_warningLabel->hide();
    rightColumn->addWidget(m_warningLabel);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_library);
    split->addWidget(editor);
    split->addWidget(right);
    split->setSizes({200, 520, 680});
    split->setStretchFactor(2, 1);
    setCentralWidget(split);
    createActions();

    connect(m_string, &StyleStringEdit::textEdited, this, &StyleEditorWindow::stringEdited);
    connect(m_string, &StyleStringEdit::undoRequested, this, &StyleEditorWindow::undo);
    connect(m_string, &StyleStringEdit::redoRequested, this, &StyleEditorWindow::redo);
    connect(m_form, &OperationForm::edited, this, &StyleEditorWindow::formEdited);
    connect(m_list, &QListWidget::currentRowChanged, this, &StyleEditorWindow::currentRowChanged);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            &StyleEditorWindow::listReordered);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding) return;
        const int row = m_list->row(item);
        const bool on = item->checkState() == Qt::Checked;
        if (row >= 0 && row < int(m_entries.size()) && m_entries[row].item.enabled != on)
            setOperationEnabled(row, on);
    });
    connect(m_preview, &StylePreview::rendered, this, &StyleEditorWindow::updateWarnings);
    connect(m_library, &StyleLibraryPanel::openRequested, this,
            [this](const QString &name) { openStyle(name); });
    connect(m_library, &StyleLibraryPanel::insertRequested, this, [this](const QString &name) {
        addOperation(QStringLiteral("style"));
        m_entries[currentIndex()].item.op = style::StyleRef{name};
        itemsChanged();
        currentRowChanged(currentIndex());
    });
    connect(m_library, &StyleLibraryPanel::changed, this, &StyleEditorWindow::validate);
    connect(m_library, &StyleLibraryPanel::message, this, &StyleEditorWindow::showMessage);
    newStyle();
}

void StyleEditorWindow::buildPalette(QToolButton *button)
{
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("palette"));
    for (const QString &category : style::categories()) {
        QMenu *sub =
            menu->addMenu(QCoreApplication::translate("StyleSchema", qPrintable(category)));
        for (const style::OpSpec &spec : style::operations()) {
            if (QLatin1String(spec.category) != category) continue;
            QAction *a = sub->addAction(QCoreApplication::translate("StyleSchema", spec.label));
            a->setData(spec.id);
            a->setToolTip(spec.id);
            connect(a, &QAction::triggered, this, [this, id = spec.id] { addOperation(id); });
        }
    }
    button->setMenu(menu);
}

void StyleEditorWindow::createActions()
{
    QMenu *styleMenu = menuBar()->addMenu(tr("&Style"));
    QToolBar *bar = addToolBar(tr("Style"));
    bar->setObjectName(QStringLiteral("styleToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [&](const QString &text, const QKeySequence &key, auto slot,
                            bool onBar = true) {
        QAction *a = styleMenu->addAction(text, this, slot);
        a->setShortcut(key);
        if (onBar) bar->addAction(a);
        return a;
    };
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, this, [this] { undo(); });
    edit->addAction(tr("&Redo"), QKeySequence::Redo, this, [this] { redo(); });
    action(tr("&New"), QKeySequence::New, [this] {
        if (!isModified() || QMessageBox::question(this, tr("New Style"),
                                                   tr("Discard the changes to the current style?"),
                                                   QMessageBox::Discard | QMessageBox::Cancel) ==
                                 QMessageBox::Discard)
            newStyle();
    });
    action(tr("&Save to Library"), QKeySequence::Save, [this] { save(); });
    action(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAs(); });
    styleMenu->addSeparator();
    bar->addSeparator();
    action(tr("Copy Cloud &URL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
           [this] { copyCloudUrl(); });
    action(tr("Copy &Pic-Operations"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
           [this] { copyPicOperations(); });
    m_compareAction = action(tr("Compare with &Cloud…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                             [this] { compareWithCloud(); });
    m_compareAction->setObjectName(QStringLiteral("compareWithCloud"));
    action(
        tr("Compare &Scratch Location…"), {},
        [this] {
            QString bucket, prefix;
            askScratchLocation(&bucket, &prefix, true);
        },
        false);
    // Also in the library's Files menu; here for a user who looks under Style.
    action(
        tr("Sync with &Bucket…"), {}, [this] { m_library->openSync(); }, false)
        ->setObjectName(QStringLiteral("syncWithBucket"));
    connect(styleMenu, &QMenu::aboutToShow, this, &StyleEditorWindow::updateCompareAction);
    updateCompareAction();
    styleMenu->addSeparator();
    bar->addSeparator();
    QAction *apply =
        action(tr("&Apply to Selection…"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
            if (!m_valid || processing().isEmpty()) {
                showMessage(tr("Fix the processing string before applying it."), true);
                return;
            }
            if (m_apply) m_apply(processing());
        });
    apply->setObjectName(QStringLiteral("applyToSelection"));
    styleMenu->addSeparator();
    action(
        tr("&Close"), QKeySequence::Close, [this] { close(); }, false);
}

void StyleEditorWindow::setAsset(const QString &path, const QString &objectLocation)
{
    m_assetPath = path;
    m_objectLocation = objectLocation;
    m_preview->setSource(path, objectLocation);
    updateCompareAction();
    clearError();
}

void StyleEditorWindow::updateCompareAction()
{
    const bool cos = storage::hasCosConnection();
    m_compareAction->setEnabled(cos);
    m_compareAction->setToolTip(
        cos ? tr("Run the style in Cloud Infinite too and compare its result with the local one")
            : tr("Needs a COS connection (File ▸ Cloud Connections)"));
}

bool StyleEditorWindow::askScratchLocation(QString *bucket, QString *prefix, bool always)
{
    QSettings settings;
    *bucket = settings.value(QStringLiteral("cloudCompare/bucket")).toString();
    *prefix =
        settings.value(QStringLiteral("cloudCompare/scratchPrefix"), storage::kDefaultScratchPrefix)
            .toString();
    if (!bucket->isEmpty() && !always) return true;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare with Cloud"));
    dialog.setMinimumWidth(480);
    auto *bucketEdit = new QLineEdit(*bucket, &dialog);
    bucketEdit->setObjectName(QStringLiteral("scratchBucket"));
    bucketEdit->setPlaceholderText(QStringLiteral("cos://examplebucket-1250000000/"));
    auto *prefixEdit = new QLineEdit(*prefix, &dialog);
    prefixEdit->setObjectName(QStringLiteral("scratchPrefix"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    auto *why = new QLabel(tr("The cloud can only process a picture that is in a bucket. This "
                              "picture is uploaded below the scratch prefix for the comparison "
                              "and removed afterwards. Remembered; Style ▸ Compare Scratch "
                              "Location changes it."),
                           &dialog);
    why->setWordWrap(true);
    form->addRow(why);
    form->addRow(tr("&Bucket:"), bucketEdit);
    form->addRow(tr("&Scratch prefix:"), prefixEdit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) return false;
    QString location = bucketEdit->text().trimmed();
    if (!location.contains(QLatin1String("://"))) location.prepend(QStringLiteral("cos://"));
    try {
        const storage::ObjectUrl url = storage::parseObjectUrl(location);
        if (url.flavor != storage::Endpoint::Flavor::Cos || !url.key.isEmpty())
            throw ProcessingError(ErrorCode::InvalidArgument, location);
    } catch (const ProcessingError &) {
        showMessage(tr("%1 is not a COS bucket; type it as cos://bucket-appid/").arg(location),
                    true);
        return false;
    }
    *bucket = location.endsWith(QLatin1Char('/')) ? location : location + QLatin1Char('/');
    *prefix = prefixEdit->text().trimmed();
    settings.setValue(QStringLiteral("cloudCompare/bucket"), *bucket);
    settings.setValue(QStringLiteral("cloudCompare/scratchPrefix"), *prefix);
    return true;
}

bool StyleEditorWindow::compareWithCloud()
{
    if (processing().isEmpty()) {
        showMessage(tr("Type or choose a style first."), true);
        return false;
    }
    if (!m_valid) {
        showMessage(tr("Fix the processing string before comparing it with the cloud."), true);
        return false;
    }
    storage::CloudCompareRequest request;
    request.processing = processing();
    request.styles = m_lookup;
    QString location = m_objectLocation;
    if (location.isEmpty() || !storage::isRemoteLocation(location)) {
        if (m_assetPath.isEmpty()) {
            showMessage(tr("Open a picture to compare first."), true);
            return false;
        }
        if (!askScratchLocation(&location, &request.scratchPrefix)) return false;
        request.localFile = m_assetPath;
    }
    // A refusal said before ("Open a picture to compare first.") no longer applies.
    clearError();
    if (!m_compare) m_compare = new CloudCompareWindow(this);
    m_compare->show();
    m_compare->raise();
    m_compare->start(location, request);
    return true;
}

QString StyleEditorWindow::processing() const
{
    return m_string->processing().trimmed();
}

void StyleEditorWindow::setProcessing(const QString &text)
{
    m_string->setProcessing(text);
    stringEdited();
}

std::vector<style::EditItem> StyleEditorWindow::items() const
{
    std::vector<style::EditItem> out;
    for (const Entry &e : m_entries)
        out.push_back(e.item);
    return out;
}

int StyleEditorWindow::currentIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_entries.size()) ? row : -1;
}

QString StyleEditorWindow::errorText() const
{
    return m_error->isVisible() || !m_valid ? m_error->text() : QString();
}

void StyleEditorWindow::validate()
{
    const QString text = processing();
    m_lastText = text;
    std::optional<media::CiProcess> ci;
    try {
        // A ci-process string has no operations to list: it previews as process runs it.
        ci = media::parseCiProcess(text);
        m_pipeline = ci || text.isEmpty() ? style::Pipeline{} : style::parse(text);
        m_valid = true;
        m_string->setError(-1, 0);
        m_error->hide();
    } catch (const ProcessingError &e) {
        m_valid = false;
        m_pipeline.reset();
        m_string->setError(e.error().offset, e.error().length);
        m_error->setText(localizedText(e.error()));
        m_error->show();
    }
    updateHighlight();
    m_list->setEnabled(m_valid && !ci);
    m_form->setEnabled(m_valid && !ci);
    // One snapshot of the library per edit, for the preview and the warnings alike.
    m_lookup = m_store ? m_store->lookup() : style::StyleLookup{};
    if (ci)
        m_preview->setCiProcess(*ci, m_lookup);
    else
        m_preview->setPipeline(m_pipeline, m_lookup);
    updateWarnings();
}

void StyleEditorWindow::updateHighlight()
{
    m_string->setHighlight(-1, 0);
    // The selected operation's place in the string: its index among the enabled ones.
    const int current = currentIndex();
    if (!m_pipeline || current < 0 || !m_entries[current].item.enabled) return;
    int index = 0;
    for (int i = 0; i < current; ++i)
        index += m_entries[i].item.enabled ? 1 : 0;
    const std::vector<style::EditItem> parsed = style::itemsOf(*m_pipeline);
    if (index < int(parsed.size()))
        m_string->setHighlight(parsed[index].span.offset, parsed[index].span.length);
}

void StyleEditorWindow::remember(const QString &before)
{
    if (m_restoring || before == processing()) return;
    // Edits in quick succession (typing, dragging a slider) undo together.
    const bool burst = m_sinceEdit.isValid() && m_sinceEdit.elapsed() < 700;
    m_sinceEdit.start();
    m_future.clear();
    if (burst && !m_history.isEmpty()) return;
    if (m_history.isEmpty() || m_history.last() != before) m_history << before;
}

void StyleEditorWindow::restore(QStringList &from, QStringList &to)
{
    if (from.isEmpty()) return;
    to << processing();
    m_restoring = true;
    setProcessing(from.takeLast());
    m_restoring = false;
    m_sinceEdit.invalidate();
}

void StyleEditorWindow::undo()
{
    restore(m_history, m_future);
}

void StyleEditorWindow::redo()
{
    restore(m_future, m_history);
}

void StyleEditorWindow::takePastedUrl()
{
    const style::PastedUrl pasted =
        style::parsePastedUrl(processing(), m_store ? m_store->lookup() : style::StyleLookup{});
    if (!pasted.isUrl) return;
    // Typing passes through forms that look like addresses (photo.jpg-s, https://h); those
    // are taken only once they carry processing the library or the query resolves.
    const bool address = !pasted.host.isEmpty() || !pasted.bucket.isEmpty();
    const bool resolved =
        !pasted.processing.isEmpty() && (pasted.style.isEmpty() || pasted.warnings.isEmpty());
    if (m_string->isPasting() ? !(address || !pasted.processing.isEmpty()) : !resolved) return;
    // The address of a plain object carries no processing: the string stays as it was, and the
    // object can still be opened to preview it.
    const bool plain = pasted.processing.isEmpty();
    m_string->setProcessing(plain ? m_lastText : pasted.processing);
    m_pastedText = processing();
    m_pastedLocation = storage::pastedObjectLocation(pasted, storage::profiles());
    QStringList lines;
    if (plain)
        lines << tr("The pasted URL carries no processing; the string is unchanged.");
    else
        lines << (pasted.key.isEmpty() ? tr("Took the processing from the pasted URL.")
                                       : tr("Took the processing from the URL of %1.")
                                             .arg(pasted.key.toHtmlEscaped()));
    if (!pasted.style.isEmpty() && pasted.warnings.isEmpty())
        lines << tr("Style %1 came from the library.").arg(pasted.style.toHtmlEscaped());
    if (!pasted.dropped.isEmpty())
        lines << tr("Dropped: %1.").arg(pasted.dropped.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const QString &w : pasted.warnings)
        lines << w.toHtmlEscaped();
    if (!m_pastedLocation.isEmpty())
        lines << QStringLiteral("<a href=\"open\">%1</a>")
                     .arg(tr("Preview %1").arg(m_pastedLocation.toHtmlEscaped()));
    m_pastedNote->setText(lines.join(QStringLiteral("<br>")));
    m_pastedNote->show();
}

StyleEditorWindow::~StyleEditorWindow()
{
    if (m_pastedLoad) loading::Scheduler::shared().cancel(m_pastedLoad);
}

void StyleEditorWindow::openPastedObject()
{
    if (m_pastedLocation.isEmpty()) return;
    const QString location = m_pastedLocation;
    // A newer object first cancels the older one's download (its transfer stops).
    loading::Scheduler::shared().cancel(std::exchange(m_pastedLoad, 0));
    showMessage(tr("Fetching %1…").arg(location), false);
    // No version yet: the pipeline asks the bucket for it.
    m_pastedLoad = loading::Scheduler::shared().submit(
        loading::objectCopyRequest(location), loading::Priority::Visible, this,
        [this, location](const loading::Result &copy) {
            m_pastedLoad = 0;
            if (!copy.ok()) {
                showMessage(tr("Cannot open %1: %2").arg(location, copy.error), true);
                return;
            }
            setAsset(copy.localPath, location);
            showMessage(tr("Previewing %1.").arg(location), false);
        });
}

void StyleEditorWindow::stringEdited()
{
    if (!m_pastedNote->isHidden() && processing() != m_pastedText) m_pastedNote->hide();
    takePastedUrl();
    remember(m_lastText);
    validate();
    if (!m_valid) return;
    const int row = currentIndex();
    m_entries.clear();
    for (const style::EditItem &item : style::itemsOf(*m_pipeline))
        m_entries.push_back({m_nextId++, item});
    rebuildList(std::min(std::max(row, 0), int(m_entries.size()) - 1));
}

void StyleEditorWindow::itemsChanged()
{
    const QString before = processing();
    m_string->setProcessing(style::printItems(items()));
    remember(before);
    validate();
    refreshListTexts();
}

void StyleEditorWindow::formEdited()
{
    const int row = currentIndex();
    if (row < 0 || !m_form->operation()) return;
    m_entries[row].item.op = *m_form->operation();
    itemsChanged();
}

void StyleEditorWindow::rebuildList(int selectRow)
{
    m_rebuilding = true;
    m_list->clear();
    for (const Entry &e : m_entries) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
    }
    m_rebuilding = false;
    refreshListTexts();
    m_list->setCurrentRow(selectRow);
    currentRowChanged(m_list->currentRow());
}

void StyleEditorWindow::refreshListTexts()
{
    m_rebuilding = true;
    for (int i = 0; i < m_list->count() && i < int(m_entries.size()); ++i) {
        const style::EditItem &e = m_entries[i].item;
        QListWidgetItem *item = m_list->item(i);
        const QString text = summary(e.op);
        const QString label = QCoreApplication::translate("StyleSchema", style::specOf(e.op).label);
        item->setText(label + QStringLiteral("   ") +
                      (text.size() > 48 ? text.left(47) + QChar(0x2026) : text));
        item->setToolTip(e.newStage ? tr("%1\nStarts a new imageMogr2 stage.").arg(text) : text);
        item->setCheckState(e.enabled ? Qt::Checked : Qt::Unchecked);
        item->setForeground(e.enabled ? palette().color(QPalette::Text)
                                      : palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_rebuilding = false;
}

void StyleEditorWindow::currentRowChanged(int row)
{
    if (m_rebuilding) return;
    if (row < 0 || row >= int(m_entries.size()))
        m_form->clear();
    else
        m_form->setOperation(m_entries[row].item.op);
    updateHighlight();
}

void StyleEditorWindow::listReordered()
{
    if (m_rebuilding) return;
    std::vector<Entry> reordered;
    for (int i = 0; i < m_list->count(); ++i) {
        const int id = m_list->item(i)->data(Qt::UserRole).toInt();
        for (const Entry &e : m_entries)
            if (e.id == id) reordered.push_back(e);
    }
    m_entries = reordered;
    itemsChanged();
}

void StyleEditorWindow::addOperation(const QString &id)
{
    const style::OpSpec *spec = style::specById(id);
    if (!spec) return;
    const int at = currentIndex() + 1 > 0 ? currentIndex() + 1 : int(m_entries.size());
    m_entries.insert(m_entries.begin() + at, Entry{m_nextId++, {spec->make(), true, false, {}}});
    rebuildList(at);
    itemsChanged();
    m_list->setFocus();
}

void StyleEditorWindow::removeCurrentOperation()
{
    const int row = currentIndex();
    if (row < 0) return;
    m_entries.erase(m_entries.begin() + row);
    rebuildList(std::min(row, int(m_entries.size()) - 1));
    itemsChanged();
}

void StyleEditorWindow::moveCurrentOperation(int delta)
{
    const int row = currentIndex();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= int(m_entries.size())) return;
    std::swap(m_entries[row], m_entries[to]);
    rebuildList(to);
    itemsChanged();
}

void StyleEditorWindow::setOperationEnabled(int row, bool enabled)
{
    if (row < 0 || row >= int(m_entries.size())) return;
    m_entries[row].item.enabled = enabled;
    itemsChanged();
}

void StyleEditorWindow::updateWarnings()
{
    m_warnings.clear();
    if (m_pipeline) {
        style::SourceFacts facts;
        QSize output;
        if (const imaging::PreviewInput *in = m_preview->input()) {
            facts = {in->originalBytes, in->originalSize, in->frames};
            if (m_preview->output() && (!in->proxy || m_preview->lastWasFullResolution()))
                output = m_preview->output()->size;
        }
        m_warnings = style::cloudWarnings(*m_pipeline, facts, output);
        try { // what referenced styles bring in
            m_warnings += style::cloudWarnings(style::expandStyles(*m_pipeline, m_lookup), {}, {});
        } catch (const ProcessingError &e) {
            m_warnings << localizedText(e.error());
        }
        m_warnings.removeDuplicates();
    }
    m_warningLabel->setVisible(!m_warnings.isEmpty());
    QStringList lines;
    for (const QString &w : m_warnings)
        lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    m_warningLabel->setText(lines.join(QStringLiteral("<br>")));
}

void StyleEditorWindow::clearError()
{
    if (statusBar()->styleSheet().isEmpty()) return; // no error shown
    statusBar()->clearMessage();
    statusBar()->setStyleSheet({});
}

void StyleEditorWindow::showMessage(const QString &text, bool error)
{
    statusBar()->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    statusBar()->showMessage(text, error ? 0 : 6000);
}

void StyleEditorWindow::openStyle(const QString &name)
{
    const std::optional<QString> body = m_store ? m_store->body(name) : std::nullopt;
    if (!body) return;
    m_pastedNote->hide();
    setProcessing(*body);
    m_styleName = name;
    m_savedText = processing();
    m_library->select(name);
    setWindowTitle(tr("Style Editor — %1").arg(name));
}

bool StyleEditorWindow::saveStyle(const QString &name, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        else
            showMessage(why, true);
        return false;
    };
    if (!m_valid || processing().isEmpty())
        return fail(tr("Only a processing string without errors can be saved."));
    if (!style::isValidStyleName(name))
        return fail(
            tr("“%1” is not a style name: use 1 to 64 letters, digits, _ - or .").arg(name));
    try {
        m_store->save(name, processing());
    } catch (const ProcessingError &e) {
        return fail(localizedText(e.error()));
    }
    m_styleName = name;
    m_savedText = processing();
    m_library->reload();
    m_library->select(name);
    validate(); // styles that use this one may change
    setWindowTitle(tr("Style Editor — %1").arg(name));
    showMessage(tr("Saved %1 to the library.").arg(name), false);
    return true;
}

bool StyleEditorWindow::save()
{
    return m_styleName.isEmpty() ? saveAs() : saveStyle(m_styleName);
}

bool StyleEditorWindow::saveAs()
{
    // The dialog stays open until the name is saved, with the reason next to the field.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveStyleDialog"));
    dialog.setWindowTitle(tr("Save Style"));
    auto *name = new QLineEdit(m_styleName, &dialog);
    name->setObjectName(QStringLiteral("styleName"));
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("styleNameProblem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->hide();
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Style &name:"), name);
    form->addRow(QString(), problem);
    form->addRow(new QLabel(tr("1 to 64 letters, digits, _ - or ."), &dialog));
    form->addRow(buttons);
    dialog.setMinimumWidth(480);
    const auto show = [&dialog, problem](const QString &text) {
        problem->setText(text);
        problem->setVisible(!text.isEmpty());
        dialog.adjustSize(); // room for the wrapped reason
    };
    connect(name, &QLineEdit::textChanged, &dialog, [=](const QString &text) {
        const QString n = text.trimmed();
        show(n.isEmpty() || style::isValidStyleName(n)
                 ? QString()
                 : tr("“%1” is not a style name: use 1 to 64 letters, digits, _ - or .").arg(n));
        buttons->button(QDialogButtonBox::Save)->setEnabled(!n.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        if (saveStyle(name->text().trimmed(), &error))
            dialog.accept();
        else
            show(error);
    });
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_styleName.isEmpty());
    return dialog.exec() == QDialog::Accepted;
}

void StyleEditorWindow::showEvent(QShowEvent *event)
{
    // Before the window is mapped, so the position is ours rather than the window manager's.
    if (!m_placed && isWindow()) {
        m_placed = true;
        keepOnScreen(this);
    }
    QMainWindow::showEvent(event);
}

void StyleEditorWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !isModified()) {
        m_closeConfirmed = false;
        event->accept();
        return;
    }
    event->ignore();
    QMessageBox *ask = unsavedQuestion();
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    connect(ask, &QMessageBox::finished, this, [this, ask] {
        const QMessageBox::StandardButton answer = ask->standardButton(ask->clickedButton());
        if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && save())) {
            m_closeConfirmed = true;
            close();
        }
    });
    ask->open();
}

QMessageBox *StyleEditorWindow::unsavedQuestion()
{
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Style Editor"),
        m_styleName.isEmpty() ? tr("Save the new style before closing?")
                              : tr("Save the changes to “%1” before closing?").arg(m_styleName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("unsavedChanges"));
    return ask;
}

bool StyleEditorWindow::confirmClose()
{
    if (m_closeConfirmed || !isModified()) return true;
    raise();
    activateWindow();
    QMessageBox *ask = unsavedQuestion();
    const auto answer = QMessageBox::StandardButton(ask->exec());
    delete ask;
    m_closeConfirmed = answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
    return m_closeConfirmed;
}

void StyleEditorWindow::newStyle()
{
    m_styleName.clear();
    m_pastedNote->hide();
    setWindowTitle(tr("Style Editor — unsaved"));
    setProcessing(QString());
    m_savedText = processing();
}

QString StyleEditorWindow::cloudUrl() const
{
    QString base;
    if (!m_objectLocation.isEmpty()) {
        try {
            base = storage::publicUrl(m_objectLocation).toString(QUrl::FullyEncoded);
        } catch (const ProcessingError &) {
            // No usable connection: the placeholder below still shows the shape.
        }
    }
    if (base.isEmpty()) {
        const QString name = m_assetPath.isEmpty() ? QStringLiteral("picture.jpg")
                                                   : QFileInfo(m_assetPath).fileName();
        base = QStringLiteral("https://<BucketName-APPID>.cos.<Region>.myqcloud.com/") +
               QString::fromLatin1(QUrl::toPercentEncoding(name));
    }
    return style::cloudUrl(base, processing());
}

QByteArray StyleEditorWindow::picOperations() const
{
    const QFileInfo source(m_assetPath.isEmpty() ? QStringLiteral("picture.jpg") : m_assetPath);
    QString ext = source.suffix().toLower();
    if (m_preview->output() && m_preview->output()->json.isEmpty())
        ext = style::formatName(m_preview->output()->format);
    const QString fileId = source.completeBaseName() + QLatin1Char('_') +
                           (m_styleName.isEmpty() ? QStringLiteral("styled") : m_styleName) +
                           QLatin1Char('.') + ext;
    return style::picOperationsJson({{fileId, processing()}});
}

void StyleEditorWindow::copyCloudUrl()
{
    QApplication::clipboard()->setText(cloudUrl());
    showMessage(tr("Copied the cloud URL: %1").arg(cloudUrl()), false);
}

void StyleEditorWindow::copyPicOperations()
{
    const QString json = QString::fromUtf8(picOperations());
    QApplication::clipboard()->setText(json);
    showMessage(tr("Copied the Pic-Operations header: %1").arg(json), false);
}

} // namespace ad::ui
