#include "browser/librarypanel.h"

#include "browser/assetcolumnsmodel.h"
#include "browser/libraryedit.h"
#include "browser/tagcompleter.h"
#include "catalog/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QSet>

namespace ad::ui
{

LibraryPanel::LibraryPanel(catalog::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_rating(new QComboBox(this)),
      m_favourite(new QCheckBox(tr("Favourite"), this)), m_label(new QComboBox(this)),
      m_tags(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_rating->addItem(tr("No rating"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(QString(stars, QChar(0x2605)), stars);
    const QStringList labels{tr("None"),  tr("Red"),  tr("Orange"), tr("Yellow"),
                             tr("Green"), tr("Blue"), tr("Purple")};
    // Each label with its colour swatch, as the grid's badge shows it.
    for (int i = 0; i < labels.size(); ++i) {
        QPixmap swatch(12, 12);
        swatch.fill(i == 0 ? Qt::transparent : AssetColumnsModel::labelColour(i));
        m_label->addItem(QIcon(swatch), labels[i], i);
    }
    // Shown by the combo boxes when the selection disagrees (no index chosen).
    m_rating->setPlaceholderText(tr("(mixed)"));
    m_label->setPlaceholderText(tr("(mixed)"));
    m_note->setPlaceholderText(tr("a note"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(tr("Rating:"), m_rating);
    form->addRow(QString(), m_favourite);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Note:"), m_note);

    connect(m_rating, &QComboBox::activated, this, [this] {
        const int stars = m_rating->currentData().toInt();
        edit(tr("Set Rating"), LibraryWords::rated(int(m_paths.size()), stars),
             [catalog = m_catalog, stars](const QStringList &paths) {
                 catalog->setRating(paths, stars);
             });
    });
    connect(m_favourite, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("Set Favourite"), LibraryWords::favourite(int(m_paths.size()), on),
             [catalog = m_catalog, on](const QStringList &paths) {
                 catalog->setFavourite(paths, on);
             });
    });
    connect(m_label, &QComboBox::activated, this, [this] {
        const int label = m_label->currentData().toInt();
        edit(tr("Set Label"), LibraryWords::labelled(int(m_paths.size()), label),
             [catalog = m_catalog, label](const QStringList &paths) {
                 catalog->setLabel(paths, label);
             });
    });
    connect(m_tags, &QLineEdit::editingFinished, this, &LibraryPanel::applyTags);
    attachTagCompleter(m_tags, [catalog] { return catalog->allTags(); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!m_note->isModified()) return;
        m_note->setModified(false);
        const QString note = m_note->text();
        edit(tr("Edit Note"), LibraryWords::noted(int(m_paths.size())),
             [catalog = m_catalog, note](const QStringList &paths) {
                 catalog->setNote(paths, note);
             });
    });
    setSelection({});
}

void LibraryPanel::edit(const QString &text, const QString &confirmation,
                        std::function<void(const QStringList &)> change)
{
    if (m_loading || m_paths.isEmpty()) return;
    // The paths are bound now: undo later edits what was selected then, whatever is selected.
    const QStringList paths = m_paths;
    QPointer<LibraryPanel> panel(this);
    editLibrary(m_undo, m_catalog, text, paths, std::move(change), [panel] {
        if (panel) panel->load();
    });
    Q_EMIT applied(confirmation, paths);
}

void LibraryPanel::setSelection(const QStringList &paths)
{
    m_paths = paths;
    setEnabled(!paths.isEmpty());
    load();
}

void LibraryPanel::load()
{
    m_loading = true;
    QList<catalog::Entry> entries;
    for (const QString &path : std::as_const(m_paths))
        entries << libraryEntry(*m_catalog, path);
    const auto same = [&](auto field) {
        return std::all_of(entries.begin(), entries.end(), [&](const catalog::Entry &e) {
            return field(e) == field(entries.first());
        });
    };
    const bool any = !entries.isEmpty();
    const QString mixed = tr("(mixed)");
    const bool sameRating = any && same([](const catalog::Entry &e) { return e.rating; });
    m_rating->setCurrentIndex(!any ? 0 : sameRating ? entries.first().rating : -1);
    const bool sameFavourite = any && same([](const catalog::Entry &e) { return e.favourite; });
    m_favourite->setCheckState(!any                        ? Qt::Unchecked
                               : !sameFavourite            ? Qt::PartiallyChecked
                               : entries.first().favourite ? Qt::Checked
                                                           : Qt::Unchecked);
    const bool sameLabel = any && same([](const catalog::Entry &e) { return e.label; });
    m_label->setCurrentIndex(!any ? 0 : sameLabel ? entries.first().label : -1);
    // Tags: the ones every selected entry has; edits add and remove relative to those.
    m_commonTags.clear();
    if (any) {
        QSet<QString> common(entries.first().tags.begin(), entries.first().tags.end());
        for (const catalog::Entry &e : std::as_const(entries))
            common &= QSet<QString>(e.tags.begin(), e.tags.end());
        m_commonTags = QStringList(common.begin(), common.end());
        m_commonTags.sort(Qt::CaseInsensitive);
    }
    m_tags->setText(m_commonTags.join(QStringLiteral(", ")));
    const bool sameTags = any && same([](const catalog::Entry &e) {
                              return QSet<QString>(e.tags.begin(), e.tags.end());
                          });
    m_tags->setPlaceholderText(
        any && !sameTags ? mixed : tr("tags, separated by commas: places/asia/tokyo"));
    m_tags->setToolTip(any && !sameTags ? tr("Tags shown are the ones every selected item has")
                                        : QString());
    const bool sameNote = any && same([](const catalog::Entry &e) { return e.note; });
    m_note->setText(sameNote ? entries.first().note : QString());
    m_note->setPlaceholderText(any && !sameNote ? mixed : tr("a note"));
    m_note->setModified(false);
    m_tags->setModified(false);
    m_loading = false;
}

void LibraryPanel::applyTags()
{
    if (m_loading || !m_tags->isModified()) return;
    QStringList wanted;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) wanted << tag.trimmed();
    }
    QStringList removed;
    for (const QString &tag : std::as_const(m_commonTags)) {
        if (!wanted.contains(tag, Qt::CaseInsensitive)) removed << tag;
    }
    m_tags->setModified(false);
    edit(tr("Edit Tags"), LibraryWords::tagged(int(m_paths.size()), wanted),
         [catalog = m_catalog, removed, wanted](const QStringList &paths) {
             if (!removed.isEmpty()) catalog->removeTags(paths, removed);
             if (!wanted.isEmpty()) catalog->addTags(paths, wanted);
         });
}

} // namespace ad::ui
