#include "browser/libraryactions.h"

#include "browser/assetcolumnsmodel.h"
#include "browser/libraryedit.h"
#include "catalog/catalog.h"
#include "common/icons.h"

#include <QAction>
#include <QMenu>
#include <QPixmap>
#include <QPointer>

namespace ad::ui
{

namespace
{
// A digit on the main row and on the keypad.
QList<QKeySequence> digit(int n)
{
    const auto key = Qt::Key(Qt::Key_0 + n);
    return {QKeySequence(key), QKeySequence(Qt::KeypadModifier | key)};
}

// Bridge's keys for the labels it has; the others only with Alt.
int plainKeyOf(int label)
{
    switch (label) {
    case 1:
        return 6; // red
    case 3:
        return 7; // yellow
    case 4:
        return 8; // green
    case 5:
        return 9; // blue
    default:
        return -1;
    }
}
} // namespace

LibraryActions::LibraryActions(catalog::Catalog *catalog, QUndoStack *undo,
                               std::function<QStringList()> selection, QWidget *window)
    : QObject(window), m_catalog(catalog), m_undo(undo), m_selection(std::move(selection)),
      m_ratingMenu(new QMenu(tr("&Rating"), window)),
      m_labelMenu(new QMenu(tr("Colour &Label"), window)),
      m_favourite(new QAction(tr("Toggle &Favourite"), window))
{
    m_ratingMenu->setObjectName(QStringLiteral("ratingMenu"));
    for (int stars = 0; stars <= 5; ++stars) {
        QAction *a = m_ratingMenu->addAction(
            stars == 0 ? tr("No Rating") : QString(stars, QChar(0x2605)), this, [this, stars] {
                const QStringList paths =
                    apply(tr("Set Rating"), [catalog = m_catalog, stars](const QStringList &paths) {
                        catalog->setRating(paths, stars);
                    });
                if (!paths.isEmpty())
                    Q_EMIT applied(LibraryWords::rated(int(paths.size()), stars), paths);
            });
        a->setObjectName(QStringLiteral("rate%1Action").arg(stars));
        setActionIcon(a, stars == 0 ? QStringLiteral("non-starred") : QStringLiteral("starred"));
        a->setShortcuts(digit(stars));
    }
    m_labelMenu->setObjectName(QStringLiteral("labelMenu"));
    for (int label = 0; label <= 6; ++label) {
        QPixmap swatch(12, 12);
        swatch.fill(label == 0 ? Qt::transparent : AssetColumnsModel::labelColour(label));
        QAction *a = m_labelMenu->addAction(
            QIcon(swatch), AssetColumnsModel::labelName(label), this, [this, label] {
                const QStringList paths =
                    apply(tr("Set Label"), [catalog = m_catalog, label](const QStringList &paths) {
                        catalog->setLabel(paths, label);
                    });
                if (!paths.isEmpty())
                    Q_EMIT applied(LibraryWords::labelled(int(paths.size()), label), paths);
            });
        a->setObjectName(QStringLiteral("label%1Action").arg(label));
        QList<QKeySequence> keys;
        if (const int plain = plainKeyOf(label); plain > 0) keys << digit(plain);
        keys << QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + label));
        a->setShortcuts(keys);
    }
    m_favourite->setObjectName(QStringLiteral("favouriteAction"));
    setActionIcon(m_favourite, QStringLiteral("emblem-favorite"));
    m_favourite->setShortcut(QKeySequence(Qt::Key_Period));
    connect(m_favourite, &QAction::triggered, this, [this] {
        // Like a check box over a selection: all favourites become none, else all become one.
        const QStringList paths = m_selection();
        const bool all = std::all_of(paths.begin(), paths.end(), [this](const QString &path) {
            return libraryEntry(*m_catalog, path).favourite;
        });
        const QStringList done =
            apply(tr("Set Favourite"), [catalog = m_catalog, on = !all](const QStringList &paths) {
                catalog->setFavourite(paths, on);
            });
        if (!done.isEmpty()) Q_EMIT applied(LibraryWords::favourite(int(done.size()), !all), done);
    });
}

QStringList LibraryActions::apply(const QString &text,
                                  std::function<void(const QStringList &)> change)
{
    const QStringList paths = m_selection();
    if (paths.isEmpty()) return {};
    QPointer<LibraryActions> self(this);
    editLibrary(m_undo, m_catalog, text, paths, std::move(change), [self] {
        if (self) Q_EMIT self->changed();
    });
    return paths;
}

} // namespace ad::ui
