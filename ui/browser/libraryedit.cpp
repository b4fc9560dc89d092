#include "browser/libraryedit.h"

#include "browser/assetcolumnsmodel.h"
#include "catalog/catalog.h"

#include <QMap>
#include <QUndoStack>

namespace ad::ui
{

catalog::Entry libraryEntry(const catalog::Catalog &catalog, const QString &path)
{
    catalog::Entry fresh; // not in the catalogue yet: nothing set
    fresh.path = path;
    return catalog.entry(path).value_or(fresh);
}

namespace
{
// One edit of the selection's library fields: redo applies it, undo puts back what each entry
// held before (grouped by value, so a large selection is a few transactions).
class LibraryEdit : public QUndoCommand
{
public:
    LibraryEdit(const QString &text, catalog::Catalog *catalog, const QStringList &paths,
                std::function<void()> apply, std::function<void()> changed)
        : QUndoCommand(text), m_catalog(catalog), m_apply(std::move(apply)),
          m_changed(std::move(changed))
    {
        for (const QString &path : paths)
            m_before << libraryEntry(*catalog, path);
    }
    void redo() override
    {
        m_apply();
        m_changed();
    }
    void undo() override
    {
        QMap<int, QStringList> ratings, labels;
        QMap<bool, QStringList> favourites;
        QMap<QString, QStringList> notes;
        for (const catalog::Entry &e : std::as_const(m_before)) {
            ratings[e.rating] << e.path;
            labels[e.label] << e.path;
            favourites[e.favourite] << e.path;
            notes[e.note] << e.path;
        }
        for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
            m_catalog->setRating(it.value(), it.key());
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            m_catalog->setLabel(it.value(), it.key());
        for (auto it = favourites.cbegin(); it != favourites.cend(); ++it)
            m_catalog->setFavourite(it.value(), it.key());
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            m_catalog->setNote(it.value(), it.key());
        for (const catalog::Entry &e : std::as_const(m_before)) {
            QStringList added;
            for (const QString &tag : libraryEntry(*m_catalog, e.path).tags)
                if (!e.tags.contains(tag)) added << tag;
            if (!added.isEmpty()) m_catalog->removeTags({e.path}, added);
            if (!e.tags.isEmpty()) m_catalog->addTags({e.path}, e.tags);
        }
        m_changed();
    }

private:
    catalog::Catalog *m_catalog;
    std::function<void()> m_apply;
    std::function<void()> m_changed;
    QList<catalog::Entry> m_before;
};
} // namespace

QString LibraryWords::rated(int items, int stars)
{
    return stars > 0 ? tr("Rated %n item(s) %1", nullptr, items).arg(QString(stars, QChar(0x2605)))
                     : tr("Cleared the rating of %n item(s)", nullptr, items);
}

QString LibraryWords::labelled(int items, int label)
{
    return label > 0 ? tr("Labelled %n item(s) %1", nullptr, items)
                           .arg(AssetColumnsModel::labelName(label))
                     : tr("Cleared the label of %n item(s)", nullptr, items);
}

QString LibraryWords::favourite(int items, bool on)
{
    return on ? tr("Marked %n item(s) as favourite", nullptr, items)
              : tr("Removed %n item(s) from the favourites", nullptr, items);
}

QString LibraryWords::tagged(int items, const QStringList &tags)
{
    return tags.isEmpty()
               ? tr("Removed the tags of %n item(s)", nullptr, items)
               : tr("Tagged %n item(s): %1", nullptr, items).arg(tags.join(QLatin1String(", ")));
}

QString LibraryWords::noted(int items)
{
    return tr("Saved the note of %n item(s)", nullptr, items);
}

void editLibrary(QUndoStack *undo, catalog::Catalog *catalog, const QString &text,
                 const QStringList &paths, std::function<void(const QStringList &)> change,
                 std::function<void()> changed)
{
    auto *command = new LibraryEdit(
        text, catalog, paths, [change = std::move(change), paths] { change(paths); },
        std::move(changed));
    if (undo) {
        undo->push(command); // runs it
    } else {
        command->redo();
        delete command;
    }
}

} // namespace ad::ui
