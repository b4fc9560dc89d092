#include "browser/metadatapanel.h"

#include "browser/namedialog.h"
#include "catalog/catalog.h"
#include "catalog/metadatapolicy.h"
#include "common/background.h"
#include "metadata/filemetaqueue.h"
#include "metadata/metastore.h"
#include "metadata/xmpfile.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace ad::ui
{

namespace
{
using metadata::MetaEdit;
using metadata::MetaRecord;

// Files beyond this many are edited in the catalogue but not read up front.
constexpr qsizetype kMostRead = 200;
// A folder's import: records handed over at a time, and the GUI thread's time per step
// taking them up.
constexpr qsizetype kImportChunk = 50;
constexpr qint64 kImportSliceMs = 10;

// One edit of the selection: redo applies it to each file's record, undo sets back what each
// held before; both go to the catalogue at once and to the files in the background.
class MetaEditCommand : public QUndoCommand
{
public:
    // The writes, and the undo step they come from (empty for the edit itself).
    using Writer = std::function<void(const QList<QPair<QString, MetaEdit>> &, const QString &)>;
    MetaEditCommand(const QString &text, metadata::MetaStore *store, const QStringList &paths,
                    MetaEdit edit, Writer write, std::function<void()> changed)
        : QUndoCommand(text), m_store(store), m_paths(paths), m_edit(std::move(edit)),
          m_write(std::move(write)), m_changed(std::move(changed))
    {
        for (const QString &path : paths)
            m_before << store->record(path);
    }
    void redo() override
    {
        QList<QPair<QString, MetaEdit>> writes;
        for (const QString &path : std::as_const(m_paths)) {
            m_store->save(path, metadata::applied(m_store->record(path), m_edit));
            writes.append({path, m_edit});
        }
        m_write(writes, {});
        m_changed();
    }
    void undo() override
    {
        QList<QPair<QString, MetaEdit>> writes;
        for (qsizetype i = 0; i < m_paths.size(); ++i) {
            m_store->save(m_paths[i], m_before[i]);
            writes.append({m_paths[i], metadata::editSetting(m_before[i])});
        }
        m_write(writes, text());
        m_changed();
    }

private:
    metadata::MetaStore *m_store;
    QStringList m_paths;
    MetaEdit m_edit;
    QList<MetaRecord> m_before;
    Writer m_write;
    std::function<void()> m_changed;
};

} // namespace

MetadataPanel::MetadataPanel(catalog::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_store(std::make_unique<metadata::MetaStore>(*catalog)),
      m_title(new QLineEdit(this)), m_caption(new QLineEdit(this)), m_creator(new QLineEdit(this)),
      m_rights(new QLineEdit(this)), m_position(new QLineEdit(this)),
      m_templates(new QComboBox(this)),
      m_applyTemplate(new QPushButton(tr("Apply Template"), this)),
      m_saveTemplate(new QPushButton(tr("Save as Template…"), this)), m_status(new QLabel(this)),
      m_importStep(new QTimer(this))
{
    setObjectName(QStringLiteral("metadataPanel"));
    m_importStep->setSingleShot(true);
    m_importStep->setInterval(0);
    connect(m_importStep, &QTimer::timeout, this, &MetadataPanel::takeUpImports);
    m_title->setObjectName(QStringLiteral("metaTitle"));
    m_caption->setObjectName(QStringLiteral("metaCaption"));
    m_creator->setObjectName(QStringLiteral("metaCreator"));
    m_rights->setObjectName(QStringLiteral("metaRights"));
    m_position->setObjectName(QStringLiteral("metaPosition"));
    m_templates->setObjectName(QStringLiteral("metaTemplates"));
    m_applyTemplate->setObjectName(QStringLiteral("applyTemplateButton"));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateButton"));
    m_status->setObjectName(QStringLiteral("metaStatus"));
    // A new user looked for a button to save a title: the fields say how they are saved.
    const QString saved = tr("Saved when you press Enter or leave the field.");
    m_title->setToolTip(saved);
    m_caption->setToolTip(saved);
    m_rights->setToolTip(saved);
    m_creator->setToolTip(tr("Several names: separate them with semicolons.") + u' ' + saved);
    m_position->setToolTip(tr("Latitude and longitude in degrees, e.g. 35.6586, 139.7454.") + u' ' +
                           saved);
    m_templates->setPlaceholderText(tr("Templates"));
    m_applyTemplate->setToolTip(tr("Set the template's creator, copyright, position and tags "
                                   "on the selected files"));
    m_saveTemplate->setToolTip(tr("Save the creator, copyright, position and tags shown as a "
                                  "template"));
    // Two lines are kept for the status whether it says something or not, so a message never
    // moves the fields (a longer one is whole in the tooltip).
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setFixedHeight(2 * m_status->fontMetrics().lineSpacing());
    // The template's name has the field's whole width, its buttons go below: beside them, in
    // a dock of the usual width, the combo showed a few letters.
    m_templates->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // One above the other, of one width: side by side their names widened the dock, and so the
    // main window, past a small screen.
    const int buttonWidth =
        std::max(m_applyTemplate->sizeHint().width(), m_saveTemplate->sizeHint().width());
    auto *templateButtons = new QVBoxLayout;
    for (QPushButton *button : {m_applyTemplate, m_saveTemplate}) {
        button->setFixedWidth(buttonWidth);
        templateButtons->addWidget(button, 0, Qt::AlignRight);
    }
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 0, 4, 4);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(tr("Creator:"), m_creator);
    form->addRow(tr("Copyright:"), m_rights);
    form->addRow(tr("Position:"), m_position);
    form->addRow(tr("Template:"), m_templates);
    form->addRow(QString(), templateButtons);
    form->addRow(m_status);

    fieldEdited(m_title, QStringLiteral("title"), tr("Edit Title"));
    fieldEdited(m_caption, QStringLiteral("description"), tr("Edit Caption"));
    fieldEdited(m_creator, QStringLiteral("creator"), tr("Edit Creator"));
    fieldEdited(m_rights, QStringLiteral("rights"), tr("Edit Copyright"));
    connect(m_position, &QLineEdit::editingFinished, this, &MetadataPanel::positionEdited);
    connect(m_applyTemplate, &QPushButton::clicked, this,
            [this] { applyTemplate(m_templates->currentText()); });
    connect(m_saveTemplate, &QPushButton::clicked, this, [this] {
        const QString name =
            askName(this, tr("Save Metadata Template"), tr("Template name:"),
                    m_templates->currentText(), QStringLiteral("saveTemplateDialog"));
        if (!name.isEmpty()) saveTemplate(name);
    });
    refreshTemplates();
    setSelection({});
}

MetadataPanel::~MetadataPanel()
{
    // A write in flight finishes, so the original is never left half done; a folder's import is
    // only reading: it stops at the next file. Both post here, so they end first.
    *m_stopImport = true;
    m_work.waitForAll();
}

void MetadataPanel::fieldEdited(QLineEdit *field, const QString &key, const QString &undoText)
{
    connect(field, &QLineEdit::editingFinished, this, [this, field, key, undoText] {
        if (m_loading || !field->isModified()) return;
        field->setModified(false);
        MetaEdit e;
        e.text[key] = field->text();
        edit(undoText, e);
    });
}

void MetadataPanel::positionEdited()
{
    if (m_loading || !m_position->isModified()) return;
    m_position->setModified(false);
    MetaEdit e;
    const QString text = m_position->text().trimmed();
    const QStringList parts = text.split(QLatin1Char(','));
    bool okLat = false, okLon = false;
    const double lat = parts.value(0).trimmed().toDouble(&okLat);
    const double lon = parts.value(1).trimmed().toDouble(&okLon);
    if (!text.isEmpty() &&
        (parts.size() != 2 || !okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)) {
        setStatus(tr("The position needs latitude (-90 to 90) and longitude (-180 to "
                     "180) in degrees, separated by a comma, e.g. 35.6586, 139.7454."));
        load();
        return;
    }
    e.text[QStringLiteral("latitude")] = text.isEmpty() ? QString() : QString::number(lat, 'f', 6);
    e.text[QStringLiteral("longitude")] = text.isEmpty() ? QString() : QString::number(lon, 'f', 6);
    edit(tr("Edit Position"), e);
}

void MetadataPanel::edit(const QString &text, const MetaEdit &change)
{
    if (m_paths.isEmpty() || change.isEmpty()) return;
    QPointer<MetadataPanel> panel(this);
    auto *command = new MetaEditCommand(
        text, m_store.get(), m_paths, change,
        [panel](const QList<QPair<QString, MetaEdit>> &writes, const QString &undone) {
            if (panel) panel->writeFiles(writes, undone);
        },
        [panel] {
            if (!panel) return;
            panel->load();
            Q_EMIT panel->recordsChanged();
        });
    if (m_undo) {
        m_undo->push(command); // runs it
    } else {
        command->redo();
        delete command;
    }
}

void MetadataPanel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    m_undoIndex = stack ? stack->index() : 0;
}

void MetadataPanel::writeLibraryFields()
{
    // Moved back: the step undone is named with what its writes did.
    const int index = m_undo ? m_undo->index() : 0;
    const QString undone = index < m_undoIndex ? m_undo->text(index) : QString();
    m_undoIndex = index;
    if (catalog::metadataWritePolicy() == metadata::WritePolicy::Never) return;
    QList<QPair<QString, MetaEdit>> writes = m_store->unwrittenLibraryFields();
    writes.removeIf([this](const QPair<QString, MetaEdit> &w) {
        return m_writing.contains(w.first) || !QFileInfo(w.first).isFile();
    });
    if (!writes.isEmpty()) writeFiles(writes, undone);
}

void MetadataPanel::writeFiles(const QList<QPair<QString, MetaEdit>> &edits, const QString &undone)
{
    // What is said first: the step undone, when the writes undo one.
    const QString step = undone.isEmpty() ? QString() : tr("Undone: %1.").arg(undone) + u' ';
    const metadata::WritePolicy policy = catalog::metadataWritePolicy();
    if (policy == metadata::WritePolicy::Never) {
        setStatus(step + tr("Kept in the library only (Preferences > Metadata)."));
        Q_EMIT filesWritten();
        return;
    }
    const metadata::SidecarNaming naming = metadata::sidecarNaming();
    ++m_pending;
    for (const auto &w : edits)
        m_writing.insert(w.first);
    setStatus(step + tr("Saving to %n file(s)…", nullptr, int(edits.size())));
    auto *watcher = new QFutureWatcher<metadata::WriteResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, step] {
        const metadata::WriteResult r = watcher->result();
        watcher->deleteLater();
        --m_pending;
        for (const auto &[path, changed] : r.written)
            m_store->markWritten(path, changed);
        if (m_pending == 0) m_writing.clear();
        if (r.errors.isEmpty())
            setStatus(step + tr("Saved to %n file(s).", nullptr, int(r.written.size())));
        else
            setStatus(step + tr("Not saved to %n file(s): %1", nullptr, int(r.errors.size()))
                                 .arg(r.errors.join(QLatin1Char(' '))));
        Q_EMIT filesWritten();
    });
    const QFuture<metadata::WriteResult> written =
        metadata::updateFilesAsync(edits, policy, naming);
    m_work.add(QFuture<void>(written));
    watcher->setFuture(written);
}

void MetadataPanel::importFolder(const QString &folder)
{
    if (folder.isEmpty() || m_importedFolders.contains(folder)) return;
    m_importedFolders.insert(folder);
    // What the files say is taken up as it is read (the core reads off the GUI thread).
    QPointer<MetadataPanel> self(this);
    m_work.add(
        metadata::readFolderAsync(folder, metadata::sidecarNaming(), m_stopImport, kImportChunk,
                                  [self, folder](const metadata::FolderMeta &read, bool done) {
                                      QMetaObject::invokeMethod(
                                          qApp,
                                          [self, folder, done, read] {
                                              if (!self) return;
                                              self->m_imports.append(read);
                                              if (done) self->m_importsDone << folder;
                                              if (!self->m_importStep->isActive())
                                                  self->m_importStep->start();
                                          },
                                          Qt::QueuedConnection);
                                  }));
}

void MetadataPanel::takeUpImports()
{
    // Each catalogue write is a few queries: a slice of them per turn of the event loop, so
    // thousands of records never hold the GUI thread at once.
    QElapsedTimer slice;
    slice.start();
    while (!m_imports.isEmpty() && slice.elapsed() < kImportSliceMs) {
        const auto [path, meta] = m_imports.takeFirst();
        m_store->importFile(path, meta);
    }
    if (!m_imports.isEmpty()) {
        m_importStep->start();
        return;
    }
    for (const QString &folder : std::exchange(m_importsDone, {}))
        Q_EMIT folderImported(folder);
}

void MetadataPanel::setSelection(const QStringList &paths)
{
    m_paths.clear();
    for (const QString &path : paths)
        if (QFileInfo(path).isFile()) m_paths << path;
    const int request = ++m_request;
    setEnabled(!m_paths.isEmpty());
    setStatus({});
    load();
    if (!m_paths.isEmpty()) importFolder(QFileInfo(m_paths.first()).absolutePath());
    if (m_paths.isEmpty() || m_paths.size() > kMostRead) return;
    // Files are read off the GUI thread; the catalogue takes up what they say on it.
    const QStringList wanted = m_paths;
    auto *watcher = new QFutureWatcher<QList<metadata::FileMeta>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, wanted, request] {
        const QList<metadata::FileMeta> read = watcher->result();
        watcher->deleteLater();
        for (qsizetype i = 0; i < wanted.size(); ++i)
            m_store->importFile(wanted[i], read[i]);
        if (request != m_request) return;
        load();
        Q_EMIT selectionLoaded();
    });
    watcher->setFuture(background::run([wanted, naming = metadata::sidecarNaming()] {
        QList<metadata::FileMeta> read;
        for (const QString &path : wanted)
            read << metadata::readFileMeta(path, naming);
        return read;
    }));
}

void MetadataPanel::load()
{
    m_loading = true;
    QList<MetaRecord> records;
    for (const QString &path : std::as_const(m_paths))
        records << m_store->record(path);
    const auto show = [&](QLineEdit *field, const std::function<QString(const MetaRecord &)> &of) {
        const bool any = !records.isEmpty();
        const QString first = any ? of(records.first()) : QString();
        const bool same = std::all_of(records.begin(), records.end(),
                                      [&](const MetaRecord &r) { return of(r) == first; });
        field->setText(same ? first : QString());
        field->setPlaceholderText(any && !same ? tr("(mixed)") : QString());
        field->setModified(false);
    };
    const auto text = [](const QString &key) {
        return [key](const MetaRecord &r) { return r.text.value(key); };
    };
    show(m_title, text(QStringLiteral("title")));
    show(m_caption, text(QStringLiteral("description")));
    show(m_creator, text(QStringLiteral("creator")));
    show(m_rights, text(QStringLiteral("rights")));
    show(m_position, [](const MetaRecord &r) {
        const QString lat = r.text.value(QStringLiteral("latitude"));
        const QString lon = r.text.value(QStringLiteral("longitude"));
        return lat.isEmpty() || lon.isEmpty() ? QString() : lat + QStringLiteral(", ") + lon;
    });
    m_applyTemplate->setEnabled(!m_paths.isEmpty() && m_templates->count() > 0);
    m_loading = false;
}

void MetadataPanel::refreshTemplates()
{
    const QString current = m_templates->currentText();
    m_templates->clear();
    m_templates->addItems(m_store->templateNames());
    m_templates->setCurrentIndex(m_templates->findText(current));
    if (m_templates->currentIndex() < 0 && m_templates->count() > 0)
        m_templates->setCurrentIndex(0);
    m_applyTemplate->setEnabled(!m_paths.isEmpty() && m_templates->count() > 0);
}

void MetadataPanel::saveTemplate(const QString &name)
{
    MetaRecord fields;
    const auto keep = [&](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty()) fields.text[key] = value.trimmed();
    };
    keep(QStringLiteral("creator"), m_creator->text());
    keep(QStringLiteral("rights"), m_rights->text());
    const QStringList position = m_position->text().split(QLatin1Char(','));
    if (position.size() == 2) {
        keep(QStringLiteral("latitude"), position[0]);
        keep(QStringLiteral("longitude"), position[1]);
    }
    // The tags every selected file has.
    QStringList common;
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const QStringList tags = m_store->record(m_paths[i]).tags.value_or(QStringList());
        if (i == 0)
            common = tags;
        else
            common.removeIf([&](const QString &t) { return !tags.contains(t); });
    }
    if (!common.isEmpty()) fields.tags = common;
    m_store->saveTemplate(name, fields);
    refreshTemplates();
    m_templates->setCurrentIndex(m_templates->findText(name));
    setStatus(tr("Template “%1” saved.").arg(name));
}

void MetadataPanel::applyTemplate(const QString &name)
{
    if (!m_store->templateNames().contains(name)) return;
    edit(tr("Apply Template “%1”").arg(name), metadata::templateEdit(m_store->metaTemplate(name)));
}

void MetadataPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

QString MetadataPanel::status() const
{
    return m_status->text();
}

} // namespace ad::ui
