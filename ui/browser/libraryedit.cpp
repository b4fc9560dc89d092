#include "browser/libraryedit.h"

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
